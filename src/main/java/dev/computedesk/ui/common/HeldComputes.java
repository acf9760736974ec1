package dev.computedesk.ui.common;

import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.WorkspaceRef;

import java.util.List;
import java.util.Optional;

/**
 * The computes a page already holds for a workspace (the Compute page's complete list, kept current by compute
 * events), so a window opened from it need not list every compute again. Read on the FX thread.
 */
@FunctionalInterface
public interface HeldComputes {

    /** Nothing held: every window reads what it needs itself. */
    HeldComputes NONE = (connection, workspace) -> Optional.empty();

    /**
     * The computes held for {@code workspace} on {@code connection}; empty unless a complete list of exactly that
     * workspace, on that connection, is on screen.
     */
    Optional<List<ComputeResource>> computesOf(AzureConnection connection, WorkspaceRef workspace);
}
