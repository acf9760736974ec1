package dev.computedesk.azure.internal;

import dev.computedesk.azure.SubscriptionClient;
import dev.computedesk.azure.WorkspaceClient;
import dev.computedesk.azure.model.Subscription;
import dev.computedesk.azure.model.Workspace;
import dev.computedesk.azure.model.WorkspaceRef;
import java.util.ArrayList;
import java.util.List;

/** {@link WorkspaceClient} over {@link ArmHttp}. */
final class ArmWorkspaceClient implements WorkspaceClient {
    private final ArmHttp http;
    private final SubscriptionClient subscriptions;

    ArmWorkspaceClient(ArmHttp http, SubscriptionClient subscriptions) {
        this.http = http;
        this.subscriptions = subscriptions;
    }

    @Override
    public List<Workspace> list(String subscriptionId) {
        return http.listAll(http.url("/subscriptions/" + ArmHttp.encode(subscriptionId)
                + "/providers/Microsoft.MachineLearningServices/workspaces", ApiVersions.ML), Workspace.class);
    }

    @Override
    public List<Workspace> list(String subscriptionId, String resourceGroup) {
        return http.listAll(http.url("/subscriptions/" + ArmHttp.encode(subscriptionId) + "/resourceGroups/"
                + ArmHttp.encode(resourceGroup) + "/providers/Microsoft.MachineLearningServices/workspaces",
                ApiVersions.ML), Workspace.class);
    }

    @Override
    public List<Workspace> listAll() {
        List<Workspace> all = new ArrayList<>();
        for (Subscription s : subscriptions.listSubscriptions()) {
            try {
                all.addAll(list(s.subscriptionId()));
            } catch (dev.computedesk.azure.ArmException e) {
                // A subscription the account may see but not read ML workspaces in is skipped, not fatal.
                if (e.httpStatus() != 403) {
                    throw e;
                }
            }
        }
        return all;
    }

    @Override
    public Workspace get(WorkspaceRef workspace) {
        return http.get(http.url(workspace.id(), ApiVersions.ML), Workspace.class);
    }
}
