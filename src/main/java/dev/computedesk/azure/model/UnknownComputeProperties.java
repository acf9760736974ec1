package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.computedesk.domain.compute.ProvisioningState;
import java.time.OffsetDateTime;
import java.util.List;

/** A compute whose {@code computeType} this version does not know; its own properties are kept raw. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(using = JsonDeserializer.None.class)
@JsonPropertyOrder({"computeType"})
public record UnknownComputeProperties(@JsonProperty("computeType") String computeType, String computeLocation,
        ProvisioningState provisioningState, String description, OffsetDateTime createdOn,
        OffsetDateTime modifiedOn, String resourceId, List<ArmErrorResponse> provisioningErrors,
        @JsonProperty("isAttachedCompute") Boolean isAttachedCompute, Boolean disableLocalAuth,
        JsonNode properties) implements ComputeProperties {
}
