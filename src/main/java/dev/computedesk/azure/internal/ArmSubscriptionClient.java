package dev.computedesk.azure.internal;

import dev.computedesk.azure.SubscriptionClient;
import dev.computedesk.azure.model.ResourceGroup;
import dev.computedesk.azure.model.Subscription;
import dev.computedesk.azure.model.Tenant;
import java.util.List;

/**
 * Tenants and resource groups through the Azure SDK's {@code ResourceManager} (see {@link SdkManagers}), so the SDK
 * chooses the api-versions; subscriptions through the app's own {@link ArmHttp} (the same pipeline, retries and
 * error mapping), because the shell lists them at every start and the resource manager's classes and reactor chains
 * cost that start about 0.3 s of class loading (docs/performance.md). The activity log sees every call either way.
 */
final class ArmSubscriptionClient implements SubscriptionClient {
    private final ArmHttp http;
    private final SdkManagers sdk;
    private final Object subscriptionsLock = new Object();
    /** The connection's subscriptions once listed (an unmodifiable list), else null. */
    private List<Subscription> subscriptions;

    ArmSubscriptionClient(ArmHttp http, SdkManagers sdk) {
        this.http = http;
        this.sdk = sdk;
    }

    @Override
    public List<Tenant> listTenants() {
        return sdk.call(() -> sdk.authenticated().tenants().list().stream()
                .map(t -> new Tenant(t.innerModel().id(), t.tenantId(), t.innerModel().displayName(),
                        t.innerModel().defaultDomain(),
                        t.innerModel().tenantCategory() == null ? null : t.innerModel().tenantCategory().toString()))
                .toList());
    }
    /**
     * Lists the subscriptions once per connection: the shell, the workspace list and the Synapse forms all ask,
     * and the answer does not change while the same account is connected (a new subscription shows after
     * connecting again). Callers that ask at the same time share one request; a failure is not remembered, so
     * the next call (Retry) asks ARM again.
     */
    @Override
    public List<Subscription> listSubscriptions() {
        synchronized (subscriptionsLock) {
            if (subscriptions == null) {
                // Subscriptions_List and its nextLink pages; the fields are ARM's own names (state as ARM spells
                // it: "Enabled", "Warned", "PastDue", "Disabled", "Deleted").
                subscriptions = List.copyOf(http.listAll(http.url("/subscriptions", ApiVersions.SUBSCRIPTIONS),
                        Subscription.class));
            }
            return subscriptions;
        }
    }

    @Override
    public List<ResourceGroup> listResourceGroups(String subscriptionId) {
        return sdk.call(() -> sdk.resources(subscriptionId).resourceGroups().list().stream()
                .map(g -> new ResourceGroup(g.id(), g.name(), g.regionName(), g.tags(), g.provisioningState()))
                .toList());
    }
}
