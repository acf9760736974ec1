package dev.computedesk.ui.shell;

import dev.computedesk.azure.model.WorkspaceRef;

/**
 * One entry of the workspace picker.
 *
 * @param ref              the workspace
 * @param subscriptionName its subscription's display name
 */
public record WorkspaceChoice(WorkspaceRef ref, String subscriptionName) {

    /** "workspace (resource group · subscription)", as docs/ui-contract.md asks. */
    public String displayName() {
        return ref.name() + " (" + ref.resourceGroup() + " \u00b7 " + subscriptionName + ")";
    }

    @Override
    public String toString() {
        return displayName();
    }
}
