package dev.computedesk.ui.shell;

import dev.computedesk.azure.model.WorkspaceRef;

import java.util.Comparator;

/**
 * One entry of the workspace picker.
 *
 * @param ref              the workspace
 * @param subscriptionName its subscription's display name
 */
public record WorkspaceChoice(WorkspaceRef ref, String subscriptionName) {

    /**
     * The picker's order: by subscription, then resource group, then workspace name (each ignoring case), so the
     * workspaces of one subscription and one group stand together as the portal groups them.
     */
    public static final Comparator<WorkspaceChoice> ORDER = Comparator
            .comparing(WorkspaceChoice::subscriptionName, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(choice -> choice.ref().resourceGroup(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(choice -> choice.ref().name(), String.CASE_INSENSITIVE_ORDER);

    /** "workspace (resource group · subscription)", as docs/ui-contract.md asks. */
    public String displayName() {
        return ref.name() + " (" + ref.resourceGroup() + " \u00b7 " + subscriptionName + ")";
    }

    @Override
    public String toString() {
        return displayName();
    }
}
