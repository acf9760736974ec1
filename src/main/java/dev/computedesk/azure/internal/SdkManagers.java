package dev.computedesk.azure.internal;

import com.azure.core.http.HttpPipeline;
import com.azure.core.management.AzureEnvironment;
import com.azure.core.management.profile.AzureProfile;
import com.azure.resourcemanager.authorization.AuthorizationManager;
import com.azure.resourcemanager.compute.ComputeManager;
import com.azure.resourcemanager.containerservice.ContainerServiceManager;
import com.azure.resourcemanager.msi.MsiManager;
import com.azure.resourcemanager.resources.ResourceManager;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The Azure SDK's resource-manager entry points of one connection, each module's own ({@link ResourceManager},
 * {@link ComputeManager}, {@link ContainerServiceManager}, {@link MsiManager}, {@link AuthorizationManager}; the
 * {@code azure-resourcemanager} aggregate is not a dependency), all authenticated with the connection's pipeline so
 * credential, retry, call recording and redacted logging see every SDK call. A manager is scoped to a subscription;
 * each is built on first use and kept. {@link #call} turns the SDK's failures into the app's {@code ArmException}.
 */
final class SdkManagers {
    private final ArmHttp http;
    private final HttpPipeline pipeline;
    private final AzureEnvironment environment;
    private final String tenantId;
    private ResourceManager.Authenticated authenticated;
    private final Map<String, ResourceManager> resources = new ConcurrentHashMap<>();
    private final Map<String, ComputeManager> compute = new ConcurrentHashMap<>();
    private final Map<String, ContainerServiceManager> containerService = new ConcurrentHashMap<>();
    private final Map<String, MsiManager> msi = new ConcurrentHashMap<>();
    private final Map<String, AuthorizationManager> authorization = new ConcurrentHashMap<>();

    SdkManagers(ArmHttp http, HttpPipeline pipeline, AzureEnvironment environment, String tenantId) {
        this.http = http;
        this.pipeline = pipeline;
        this.environment = environment;
        this.tenantId = tenantId;
    }

    /** Tenants and subscriptions (no subscription needed). */
    synchronized ResourceManager.Authenticated authenticated() {
        if (authenticated == null) {
            authenticated = ResourceManager.authenticate(pipeline, new AzureProfile(tenantId, null, environment));
        }
        return authenticated;
    }

    /** Resource groups and generic resources of {@code subscriptionId}. */
    ResourceManager resources(String subscriptionId) {
        return resources.computeIfAbsent(subscriptionId, id -> authenticated().withSubscription(id));
    }

    /** Virtual machines of {@code subscriptionId}. */
    ComputeManager compute(String subscriptionId) {
        return scoped(compute, subscriptionId, ComputeManager::authenticate);
    }

    /** AKS managed clusters of {@code subscriptionId}. */
    ContainerServiceManager containerService(String subscriptionId) {
        return scoped(containerService, subscriptionId, ContainerServiceManager::authenticate);
    }

    /** User-assigned identities of {@code subscriptionId}. */
    MsiManager msi(String subscriptionId) {
        return scoped(msi, subscriptionId, MsiManager::authenticate);
    }

    /** Role assignments under {@code subscriptionId}. */
    AuthorizationManager authorization(String subscriptionId) {
        return scoped(authorization, subscriptionId, AuthorizationManager::authenticate);
    }

    private <M> M scoped(Map<String, M> cache, String subscriptionId,
                         BiFunction<HttpPipeline, AzureProfile, M> authenticate) {
        return cache.computeIfAbsent(subscriptionId,
                id -> authenticate.apply(pipeline, new AzureProfile(tenantId, id, environment)));
    }

    /** Runs an SDK call (listing included: the SDK pages lazily), turning its failures into the app's exceptions. */
    <T> T call(Supplier<T> sdkCall) {
        try {
            return sdkCall.get();
        } catch (RuntimeException e) {
            throw http.fromSdk(e);
        }
    }
}
