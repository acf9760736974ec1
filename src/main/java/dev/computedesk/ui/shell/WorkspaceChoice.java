package dev.computedesk.ui.shell;

/**
 * One entry of the workspace picker.
 *
 * @param id               the workspace's ARM id
 * @param name             the workspace name
 * @param resourceGroup    its resource group
 * @param subscriptionName its subscription's display name
 */
public record WorkspaceChoice(String id, String name, String resourceGroup, String subscriptionName) {

    /** "workspace (resource group · subscription)", as UI-CONTRACT.md asks. */
    public String displayName() {
        return name + " (" + resourceGroup + " \u00b7 " + subscriptionName + ")";
    }

    @Override
    public String toString() {
        return displayName();
    }
}
