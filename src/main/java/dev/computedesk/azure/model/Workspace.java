package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/** An Azure ML workspace. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Workspace(String id, String name, String type, String location, Map<String, String> tags, Sku sku,
        ManagedIdentity identity, SystemData systemData, WorkspaceProperties properties) {

    /** The reference the clients take, parsed from {@link #id()}. */
    public WorkspaceRef ref() {
        return WorkspaceRef.fromId(id, location);
    }
}
