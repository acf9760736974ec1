package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.computedesk.domain.compute.ComputeKind;
import java.util.Map;
import java.util.Optional;

/** An ML compute ({@code Microsoft.MachineLearningServices/workspaces/computes}); also the create/attach request body. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComputeResource(String id, String name, String type, String location, Map<String, String> tags, Sku sku,
        ManagedIdentity identity, SystemData systemData, ComputeProperties properties) {

    /** A create or attach request body: location, optional identity, and the compute's properties. */
    public static ComputeResource request(String location, ManagedIdentity identity, ComputeProperties properties) {
        return new ComputeResource(null, null, null, location, null, null, identity, null, properties);
    }

    /** The compute's kind; empty without properties or for a type this version does not know. */
    public Optional<ComputeKind> kind() {
        return properties == null ? Optional.empty() : properties.kind();
    }

    /** The compute type's wire name, or null when the resource has no properties. */
    public String computeType() {
        return properties == null ? null : properties.computeType();
    }
}
