package dev.computedesk.ui.common.form;

import dev.computedesk.azure.model.ArmId;
import dev.computedesk.azure.model.BigDataPool;
import dev.computedesk.azure.model.BigDataPoolAutoPause;
import dev.computedesk.azure.model.BigDataPoolAutoScale;
import dev.computedesk.azure.model.BigDataPoolProperties;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.ManagedIdentity;
import dev.computedesk.azure.model.SynapseSparkProperties;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.domain.text.Messages;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * What both ways of attaching a Synapse Spark pool share: the one ARM request they send (a {@code SynapseSpark}
 * compute whose {@code resourceId} is the pool's id), the "already attached" pre-flight, and the pool's
 * read-only facts as the forms show them.
 */
public final class SparkPools {
    /** The role the attached pool's identity needs on the pool, granted in Synapse Studio. */
    public static final String POOL_ROLE = "Synapse Administrator";
    /** The role a linked service's managed identity needs on the Synapse workspace. */
    public static final String LINK_ROLE = "Synapse Apache Spark Administrator";

    private SparkPools() {
    }

    /**
     * The attach request: the ML workspace's location, the identity (null for none) and the pool's ARM id. The
     * pool's own settings are not sent: the service reads them from the pool.
     */
    public static ComputeResource attachRequest(WorkspaceRef workspace, String poolId, ManagedIdentity identity) {
        return ComputeResource.request(workspace.location(), identity,
                SynapseSparkProperties.forRequest(null, poolId, null));
    }

    /** The name of a compute of {@code computes} already attached to {@code poolId}, if there is one. */
    public static Optional<String> attachedAs(Collection<ComputeResource> computes, String poolId) {
        if (poolId == null) {
            return Optional.empty();
        }
        String wanted = poolId.toLowerCase(Locale.ROOT);
        return computes.stream()
                .filter(c -> c.properties() != null && c.properties().resourceId() != null
                        && SynapseSparkProperties.COMPUTE_TYPE.equals(c.computeType())
                        && c.properties().resourceId().toLowerCase(Locale.ROOT).equals(wanted))
                .map(ComputeResource::name)
                .findFirst();
    }

    /** True when {@code compute} is a Spark pool of the Synapse workspace {@code synapseWorkspaceId}. */
    public static boolean isPoolOf(ComputeResource compute, String synapseWorkspaceId) {
        if (compute.properties() == null || compute.properties().resourceId() == null || synapseWorkspaceId == null
                || !SynapseSparkProperties.COMPUTE_TYPE.equals(compute.computeType())) {
            return false;
        }
        return compute.properties().resourceId().toLowerCase(Locale.ROOT)
                .startsWith(synapseWorkspaceId.toLowerCase(Locale.ROOT) + "/bigdatapools/");
    }

    /** The pool's name from its ARM id (the last segment). */
    public static String poolName(String poolId) {
        String name = ArmId.parse(poolId).name();
        return name == null ? "" : name;
    }

    /** The Synapse workspace's ARM id of a pool id ({@code …/workspaces/w/bigDataPools/p} → {@code …/workspaces/w}). */
    public static String workspaceIdOf(String poolId) {
        int at = poolId == null ? -1 : poolId.toLowerCase(Locale.ROOT).indexOf("/bigdatapools/");
        return at < 0 ? null : poolId.substring(0, at);
    }

    /** "Medium (MemoryOptimized)". */
    public static String nodeSize(BigDataPool pool) {
        BigDataPoolProperties p = pool.properties();
        if (p == null || p.nodeSize() == null) {
            return "";
        }
        return p.nodeSizeFamily() == null || p.nodeSizeFamily().equals("None")
                ? p.nodeSize() : p.nodeSize() + " (" + p.nodeSizeFamily() + ")";
    }

    /** "Autoscale 3–10" or "3 nodes". */
    public static String nodes(BigDataPool pool) {
        BigDataPoolProperties p = pool.properties();
        if (p == null) {
            return "";
        }
        BigDataPoolAutoScale scale = p.autoScale();
        if (scale != null && Boolean.TRUE.equals(scale.enabled())) {
            return Messages.get("common.code.pool.autoscale", scale.minNodeCount(), scale.maxNodeCount());
        }
        return p.nodeCount() == null ? "" : Messages.get("common.code.pool.nodes", p.nodeCount());
    }

    /** "3.4". */
    public static String sparkVersion(BigDataPool pool) {
        return pool.properties() == null || pool.properties().sparkVersion() == null
                ? "" : pool.properties().sparkVersion();
    }

    /** "After 15 min idle" or "Off". */
    public static String autoPause(BigDataPool pool) {
        BigDataPoolAutoPause pause = pool.properties() == null ? null : pool.properties().autoPause();
        if (pause == null || !Boolean.TRUE.equals(pause.enabled())) {
            return Messages.get("common.code.pool.autoPauseOff");
        }
        return Messages.get("common.code.pool.autoPauseAfter", pause.delayInMinutes());
    }

    /** The pool's provisioning state, or empty. */
    public static String state(BigDataPool pool) {
        return pool.properties() == null || pool.properties().provisioningState() == null
                ? "" : pool.properties().provisioningState();
    }

    /** The Synapse Studio address of a Synapse workspace (where the post-attach role is granted). */
    public static String synapseStudioUrl(String synapseWorkspaceId) {
        return "https://web.azuresynapse.net/en/home?workspace="
                + java.net.URLEncoder.encode(synapseWorkspaceId == null ? "" : synapseWorkspaceId,
                java.nio.charset.StandardCharsets.UTF_8);
    }
}
