package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/** A Synapse workspace. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SynapseWorkspace(String id, String name, String type, String location, Map<String, String> tags, ManagedIdentity identity, SynapseWorkspaceProperties properties) {
}
