package dev.computedesk.azure.internal;

/**
 * The api-version each provider the app calls itself is sent with (docs/decisions.md "API versions"); tenants,
 * resource groups, VMs, AKS, identities and role assignments go through the SDK's modules, which send their own
 * (docs/arm.md).
 */
public final class ApiVersions {
    /** Microsoft.MachineLearningServices: workspaces, computes, sizes, usages, quotas. */
    public static final String ML = "2026-07-01";
    /**
     * Preview: {@code POST …/computes/{name}/updateIdleShutdownSetting} only. The operation is not in the stable
     * 2026-07-01 spec; its example is {@code specification/machinelearningservices/resource-manager/
     * Microsoft.MachineLearningServices/preview/2025-07-01-preview/examples/Compute/updateIdleShutdownSetting.json}
     * (docs/arm.md "Idle shutdown"). Every other compute call uses {@link #ML}.
     */
    public static final String ML_IDLE_SHUTDOWN_PREVIEW = "2025-07-01-preview";
    /** Microsoft.MachineLearningServices linked services (preview-only). */
    public static final String ML_LINKED_SERVICES = "2020-09-01-preview";
    /** Microsoft.Synapse. */
    public static final String SYNAPSE = "2021-06-01";
    /**
     * Microsoft.Resources subscriptions ({@code GET /subscriptions}): the version azure-resourcemanager-resources
     * 2.53.5 sent when it listed them for the app.
     */
    public static final String SUBSCRIPTIONS = "2022-12-01";
    /** Resource groups and generic resources. */
    public static final String RESOURCES = "2021-04-01";
    /** Microsoft.Network. */
    public static final String NETWORK = "2024-05-01";

    private ApiVersions() {
    }
}
