package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Identifies an ML workspace: subscription, resource group, name, and its location. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WorkspaceRef(String subscriptionId, String resourceGroup, String name, String location) {

    /** Parses a workspace ARM id ({@code /subscriptions/s/resourceGroups/rg/providers/.../workspaces/name}). */
    public static WorkspaceRef fromId(String armId, String location) {
        ArmId id = ArmId.parse(armId);
        return new WorkspaceRef(id.subscriptionId(), id.resourceGroup(), id.name(), location);
    }

    /** The workspace's ARM id. */
    public String id() {
        return "/subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroup
                + "/providers/Microsoft.MachineLearningServices/workspaces/" + name;
    }
}
