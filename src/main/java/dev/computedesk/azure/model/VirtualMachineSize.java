package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A VM size offered in a location, with prices where known. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VirtualMachineSize(String name, String family, @JsonProperty("vCPUs") Integer vCPUs, Integer gpus,
        @JsonProperty("osVhdSizeMB") Integer osVhdSizeMB, @JsonProperty("maxResourceVolumeMB") Integer maxResourceVolumeMB,
        @JsonProperty("memoryGB") Double memoryGB, Boolean lowPriorityCapable, @JsonProperty("premiumIO") Boolean premiumIO,
        @JsonProperty("estimatedVMPrices") EstimatedVmPrices estimatedVMPrices, List<String> supportedComputeTypes) {

    /** The hourly retail price for an OS and tier, if the service gave one. */
    public java.util.OptionalDouble price(String osType, String vmTier) {
        if (estimatedVMPrices == null || estimatedVMPrices.values() == null) {
            return java.util.OptionalDouble.empty();
        }
        return estimatedVMPrices.values().stream()
                .filter(p -> osType.equalsIgnoreCase(p.osType()) && vmTier.equalsIgnoreCase(p.vmTier())
                        && p.retailPrice() != null)
                .mapToDouble(EstimatedVmPrice::retailPrice).findFirst();
    }
}
