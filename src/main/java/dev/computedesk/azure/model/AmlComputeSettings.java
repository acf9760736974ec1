package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;

/** The AmlCompute-specific {@code properties.properties} of a compute cluster. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AmlComputeSettings(String osType, String vmSize, String vmPriority, ResourceId virtualMachineImage,
        Boolean isolatedNetwork, ScaleSettings scaleSettings, UserAccountCredentials userAccountCredentials,
        ResourceId subnet, String remoteLoginPortPublicAccess, String allocationState,
        OffsetDateTime allocationStateTransitionTime, List<ArmErrorResponse> errors, Integer currentNodeCount,
        Integer targetNodeCount, NodeStateCounts nodeStateCounts, Boolean enableNodePublicIp, JsonNode propertyBag) {

    /** Settings for a create request: what the cluster form sends. */
    public static AmlComputeSettings forCreate(String vmSize, String vmPriority, String osType, ScaleSettings scaleSettings,
            UserAccountCredentials credentials, ResourceId subnet, String remoteLoginPortPublicAccess,
            Boolean enableNodePublicIp) {
        return new AmlComputeSettings(osType, vmSize, vmPriority, null, null, scaleSettings, credentials, subnet,
                remoteLoginPortPublicAccess, null, null, null, null, null, null, enableNodePublicIp, null);
    }

    /** Settings that only carry scale settings (a full-PUT update, as Microsoft's update example). */
    public static AmlComputeSettings scaleOnly(ScaleSettings scaleSettings) {
        return new AmlComputeSettings(null, null, null, null, null, scaleSettings, null, null, null, null, null, null,
                null, null, null, null, null);
    }
}
