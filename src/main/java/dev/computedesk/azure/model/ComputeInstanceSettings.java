package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.computedesk.domain.compute.ComputeInstanceState;
import java.util.List;

/** The ComputeInstance-specific {@code properties.properties} of a compute instance. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComputeInstanceSettings(String vmSize, ResourceId subnet, String applicationSharingPolicy, ComputeInstanceSshSettings sshSettings,
        List<JsonNode> customServices, OsImageMetadata osImageMetadata, ConnectivityEndpoints connectivityEndpoints,
        List<ComputeInstanceApplication> applications, ComputeInstanceCreatedBy createdBy,
        List<ArmErrorResponse> errors, ComputeInstanceState state, String computeInstanceAuthorizationType,
        @JsonProperty("enableSSO") Boolean enableSSO,
        PersonalComputeInstanceSettings personalComputeInstanceSettings, JsonNode setupScripts,
        ComputeInstanceLastOperation lastOperation, JsonNode schedules, String idleTimeBeforeShutdown,
        Boolean enableNodePublicIp, List<JsonNode> containers, List<JsonNode> dataDisks, List<JsonNode> dataMounts,
        JsonNode versions) {

    /** The instance's state (read-only), read and written through {@link ComputeTerms}. */
    @Override
    @JsonSerialize(using = ComputeTerms.InstanceStateWriter.class)
    @JsonDeserialize(using = ComputeTerms.InstanceStateReader.class)
    public ComputeInstanceState state() {
        return state;
    }

    /** Settings for a create request: what the compute-instance form sends (nulls are omitted). */
    public static ComputeInstanceSettings forCreate(String vmSize, ResourceId subnet, String applicationSharingPolicy,
            ComputeInstanceSshSettings sshSettings, String computeInstanceAuthorizationType,
            PersonalComputeInstanceSettings personalSettings, Boolean enableSSO, String idleTimeBeforeShutdown,
            Boolean enableNodePublicIp) {
        return new ComputeInstanceSettings(vmSize, subnet, applicationSharingPolicy, sshSettings, null, null, null,
                null, null, null, null, computeInstanceAuthorizationType, enableSSO, personalSettings, null, null,
                null, idleTimeBeforeShutdown, enableNodePublicIp, null, null, null, null);
    }

    /**
     * These settings with {@code customServices} set to {@code services} (custom applications at create; docs/arm.md
     * "Custom applications"); an empty list leaves the field out.
     */
    public ComputeInstanceSettings withCustomServices(List<CustomService> services) {
        List<JsonNode> json = services == null || services.isEmpty() ? null
                : services.stream().map(CustomService::toJson).toList();
        return new ComputeInstanceSettings(vmSize, subnet, applicationSharingPolicy, sshSettings, json,
                osImageMetadata, connectivityEndpoints, applications, createdBy, errors, state,
                computeInstanceAuthorizationType, enableSSO, personalComputeInstanceSettings, setupScripts,
                lastOperation, schedules, idleTimeBeforeShutdown, enableNodePublicIp, containers, dataDisks, dataMounts,
                versions);
    }

    /** The custom applications as typed entries (empty when there are none). */
    public List<CustomService> customServiceList() {
        return customServices == null ? List.of()
                : customServices.stream().filter(n -> n != null && n.isObject()).map(CustomService::fromJson).toList();
    }
}
