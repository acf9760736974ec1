package dev.computedesk.azure.internal;

import com.azure.core.http.HttpPipeline;
import com.azure.core.management.AzureEnvironment;
import com.azure.core.management.profile.AzureProfile;
import com.azure.resourcemanager.AzureResourceManager;
import dev.computedesk.azure.SubscriptionClient;
import dev.computedesk.azure.model.ResourceGroup;
import dev.computedesk.azure.model.Subscription;
import dev.computedesk.azure.model.Tenant;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tenants, subscriptions and resource groups through the Azure SDK's {@link AzureResourceManager}, authenticated
 * with the connection's own pipeline (credential, retry, call recording, redacted logging), so the SDK chooses the
 * api-versions and the activity log still sees every call.
 */
final class ArmSubscriptionClient implements SubscriptionClient {
    private final ArmHttp http;
    private final HttpPipeline pipeline;
    private final AzureEnvironment environment;
    private final String tenantId;
    /** Built on first use: a connection that never lists subscriptions does not pay for the SDK's set-up. */
    private AzureResourceManager.Authenticated azure;
    /** One manager per subscription: the SDK scopes resource groups by the manager's subscription. */
    private final Map<String, AzureResourceManager> bySubscription = new ConcurrentHashMap<>();
    private final Object subscriptionsLock = new Object();
    /** The connection's subscriptions once listed (an unmodifiable list), else null. */
    private List<Subscription> subscriptions;

    ArmSubscriptionClient(ArmHttp http, HttpPipeline pipeline, AzureEnvironment environment, String tenantId) {
        this.http = http;
        this.pipeline = pipeline;
        this.environment = environment;
        this.tenantId = tenantId;
    }

    private synchronized AzureResourceManager.Authenticated azure() {
        if (azure == null) {
            azure = AzureResourceManager.authenticate(pipeline, new AzureProfile(tenantId, null, environment));
        }
        return azure;
    }

    @Override
    public List<Tenant> listTenants() {
        return sdk(() -> azure().tenants().list().stream()
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
                subscriptions = sdk(() -> azure().subscriptions().list().stream()
                        .map(s -> new Subscription(s.innerModel().id(), s.subscriptionId(), s.displayName(),
                                s.state() == null ? null : s.state().toString(), s.innerModel().tenantId()))
                        .toList());
            }
            return subscriptions;
        }
    }

    @Override
    public List<ResourceGroup> listResourceGroups(String subscriptionId) {
        AzureResourceManager manager = bySubscription.computeIfAbsent(subscriptionId, id ->
                AzureResourceManager.authenticate(pipeline, new AzureProfile(tenantId, id, environment))
                        .withSubscription(id));
        return sdk(() -> manager.resourceGroups().list().stream()
                .map(g -> new ResourceGroup(g.id(), g.name(), g.regionName(), g.tags(), g.provisioningState()))
                .toList());
    }

    /** Runs an SDK call, turning its failures into the app's {@code ArmException}. */
    private <T> T sdk(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw http.fromSdk(e);
        }
    }
}
