package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.computedesk.domain.compute.ProvisioningState;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An attached Data Factory (no type-specific properties). {@code computeType} {@code DataFactory}.
 * The common fields are those of ARM's {@code Compute}; {@code properties} holds the type's own fields.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(using = JsonDeserializer.None.class)
@JsonPropertyOrder({"computeType"})
public record DataFactoryProperties(String computeLocation, ProvisioningState provisioningState, String description,
        OffsetDateTime createdOn, OffsetDateTime modifiedOn, String resourceId,
        List<ArmErrorResponse> provisioningErrors,
        @JsonProperty("isAttachedCompute") Boolean isAttachedCompute, Boolean disableLocalAuth) implements ComputeProperties {

    /** The discriminator value, {@value #COMPUTE_TYPE}. */
    public static final String COMPUTE_TYPE = "DataFactory";

    @Override
    @JsonProperty("computeType")
    public String computeType() {
        return COMPUTE_TYPE;
    }

    /** The body part of a create or attach request: only what a client may send. */
    public static DataFactoryProperties forRequest(String description, String resourceId) {
        return new DataFactoryProperties(null, null, description, null, null, resourceId, null, null, null);
    }
}
