package dev.computedesk.azure;

import dev.computedesk.azure.model.Workspace;
import dev.computedesk.azure.model.WorkspaceRef;
import java.util.List;

/** ML workspaces. Blocking; call off the FX thread. */
public interface WorkspaceClient {

    /** Every workspace of a subscription (all pages). */
    List<Workspace> list(String subscriptionId);

    /** Every workspace of a resource group (all pages). */
    List<Workspace> list(String subscriptionId, String resourceGroup);

    /**
     * Every workspace of every subscription the connection sees (the workspace picker's list); subscriptions that
     * answer 403 are skipped.
     */
    List<Workspace> listAll();

    /** One workspace. */
    Workspace get(WorkspaceRef workspace);
}
