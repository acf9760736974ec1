package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The create body of a linked service, as Microsoft's example. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LinkedServiceRequest(String name, String location, ManagedIdentity identity, LinkedServiceProps properties) {

    /** A request linking {@code synapseWorkspaceId} with a system-assigned identity. */
    public static LinkedServiceRequest of(String name, String location, String synapseWorkspaceId) {
        return new LinkedServiceRequest(name, location, ManagedIdentity.systemAssigned(),
                new LinkedServiceProps(synapseWorkspaceId, null, null, null));
    }
}
