package dev.computedesk.emulator;

/**
 * Names and ids of the emulator's seeded data, for tests and docs. The demo user is the one the
 * emulator's token speaks for.
 */
public final class DemoSeed {
    private DemoSeed() {
    }

    public static final String TENANT_ID = "0c9d8e7f-6a5b-4c3d-9e1f-0a9b8c7d6e5f";
    public static final String TENANT_NAME = "Compute Desk Demo";
    public static final String TENANT_DOMAIN = "computedesk.example";

    public static final String SUBSCRIPTION_ID = "6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    public static final String SUBSCRIPTION_NAME = "Compute Desk Demo Subscription";

    /** The demo user: the {@code oid}/{@code name} claims of the emulator's token. */
    public static final String USER_OID = "3a2b1c0d-9e8f-4a7b-b6c5-d4e3f2a1b0c9";
    public static final String USER_NAME = "Dana Demo";
    public static final String USER_UPN = "dana@computedesk.example";
    /** Another user of the workspace, who created some of the instances. */
    public static final String OTHER_USER_OID = "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    public static final String OTHER_USER_NAME = "Sam Rivera";

    public static final String RESOURCE_GROUP = "rg-computedesk-demo";
    public static final String LOCATION = "eastus";
    /** The workspace holding every compute type in varied states. */
    public static final String WORKSPACE = "ws-demo";
    /** A second workspace of the same region, nearly empty. */
    public static final String WORKSPACE_2 = "ws-research";

    /** Running compute instance with SSH enabled and a public IP, created by the demo user. */
    public static final String CI_RUNNING_SSH = "ci-dana-ssh";
    /** Stopped compute instance with SSH enabled, created by the demo user. */
    public static final String CI_STOPPED = "ci-dana-stopped";
    /** Running compute instance without a public IP (in a subnet, {@code enableNodePublicIp} false). */
    public static final String CI_NO_PUBLIC_IP = "ci-private";
    /** Compute instance still being created (its create completes a few seconds after seeding). */
    public static final String CI_CREATING = "ci-creating";
    /** Compute instance whose create failed, with provisioning errors. */
    public static final String CI_FAILED = "ci-failed";
    /** Running compute instance created by another user. */
    public static final String CI_OTHER_USER = "ci-sam";
    /** Compute instance created by another user and assigned to the demo user. */
    public static final String CI_ASSIGNED_TO_ME = "ci-for-dana";
    /** Running GPU compute instance (Standard_NC6s_v3) created by another user. */
    public static final String CI_GPU = "ci-gpu";

    /** AmlCompute cluster with {@code minNodeCount} 2, steady with 2 nodes (one running a job). */
    public static final String CLUSTER_WITH_NODES = "cpu-cluster";
    /** AmlCompute cluster scaled to zero. */
    public static final String CLUSTER_IDLE = "gpu-cluster";
    /** AKS inference cluster created by the workspace. */
    public static final String AKS_CLUSTER = "aks-infer";

    public static final String ATTACHED_VM = "attached-vm";
    public static final String ATTACHED_HDINSIGHT = "attached-hdi";
    public static final String ATTACHED_DATABRICKS = "attached-dbx";
    public static final String ATTACHED_DATA_LAKE_ANALYTICS = "attached-adla";
    public static final String ATTACHED_SYNAPSE_SPARK = "attached-spark";
    public static final String ATTACHED_KUBERNETES = "k8s-arc";
    public static final String ATTACHED_DATA_FACTORY = "attached-adf";

    /** The linked service (Synapse) of {@link #WORKSPACE}. */
    public static final String LINKED_SERVICE = "synapse-link";
    /** Synapse workspace where the demo user is Owner (it is the linked one). */
    public static final String SYNAPSE_WORKSPACE_OWNER = "syn-demo-owner";
    /** Synapse workspace where the demo user is only Contributor. */
    public static final String SYNAPSE_WORKSPACE_CONTRIBUTOR = "syn-demo-team";
    public static final String SPARK_POOL_SMALL = "sparksmall";
    public static final String SPARK_POOL_LARGE = "sparklarge";
    public static final String SPARK_POOL_TEAM = "sparkteam";

    public static final String IDENTITY_COMPUTE = "uai-compute";
    public static final String IDENTITY_SYNAPSE = "uai-synapse";

    public static final String VNET = "vnet-demo";
    public static final String SUBNET = "default";
    public static final String VM = "vm-dsvm";
    public static final String AKS_RESOURCE = "aks-demo";
    public static final String ARC_CLUSTER = "arc-onprem";
    public static final String HDINSIGHT_CLUSTER = "hdi-demo";
    public static final String DATABRICKS_WORKSPACE = "dbx-demo";
    public static final String DATA_LAKE_ANALYTICS_ACCOUNT = "adlademo";

    /**
     * A size {@code vmSizes} lists in {@link #LOCATION} that Compute's resource SKUs mark as not offered there to this
     * subscription (a {@code Location} restriction, reason {@code NotAvailableForSubscription}).
     */
    public static final String REGION_RESTRICTED_SIZE = "Standard_F8s_v2";

    /** VM family with little dedicated quota left (6 of 12 vCPUs used by {@link #CI_GPU}). */
    public static final String TIGHT_FAMILY = "standardNCSv3Family";

    /** LARGE seed: the workspace holding 10,000 computes. */
    public static final String LARGE_WORKSPACE = "ws-scale";
    /** LARGE seed: the cluster of 1,000 nodes in {@link #LARGE_WORKSPACE}. */
    public static final String LARGE_CLUSTER = "big-cluster";
    public static final int LARGE_COMPUTE_COUNT = 10_000;
    public static final int LARGE_NODE_COUNT = 1_000;

    /** An SSH public key resource the user uploaded, in the demo resource group. */
    public static final String SSH_KEY_UPLOADED = "dana-laptop-key";
    /** An SSH public key resource Azure generated, in the network resource group. */
    public static final String SSH_KEY_GENERATED = "ci-keypair-2026";

    public static final String OWNER_ROLE_ID = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635";
    public static final String CONTRIBUTOR_ROLE_ID = "b24988ac-6180-42a0-ab88-20f7382dd24c";

    /** The resource group's ARM id. */
    public static String resourceGroupId() {
        return "/subscriptions/" + SUBSCRIPTION_ID + "/resourceGroups/" + RESOURCE_GROUP;
    }

    /** A workspace's ARM id in the demo resource group. */
    public static String workspaceId(String workspace) {
        return resourceGroupId() + "/providers/Microsoft.MachineLearningServices/workspaces/" + workspace;
    }

    /** A compute's ARM id in a demo workspace. */
    public static String computeId(String workspace, String compute) {
        return workspaceId(workspace) + "/computes/" + compute;
    }
}
