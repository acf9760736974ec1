package dev.computedesk.azure;

import dev.computedesk.azure.model.AmlComputeNode;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.ComputeSecrets;
import dev.computedesk.azure.model.ManagedIdentity;
import dev.computedesk.azure.model.ScaleSettings;
import dev.computedesk.azure.model.WorkspaceRef;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.Optional;

/**
 * The computes of an ML workspace ({@code Microsoft.MachineLearningServices/workspaces/computes}). Every method
 * blocks on the network: call it off the FX thread. Failures throw {@link ArmException}.
 */
public interface ComputeClient {

    /** Every compute of the workspace (follows {@code nextLink} through all pages). */
    List<ComputeResource> list(WorkspaceRef workspace);

    /**
     * As {@link #list(WorkspaceRef)}, handing each page to {@code onPage} as it arrives (on the calling thread), so
     * a screen can show the first computes of a large workspace before the last page is read.
     */
    default List<ComputeResource> list(WorkspaceRef workspace, Consumer<List<ComputeResource>> onPage) {
        List<ComputeResource> all = list(workspace);
        onPage.accept(all);
        return all;
    }

    /** One compute. @throws ArmException 404 when it does not exist */
    ComputeResource get(WorkspaceRef workspace, String computeName);

    /** One compute, or empty when ARM answers 404. */
    Optional<ComputeResource> find(WorkspaceRef workspace, String computeName);

    /**
     * Creates, attaches or updates a compute (PUT with {@code body}, built with
     * {@link ComputeResource#request}); the operation's result is the compute once provisioning ends.
     */
    ArmOperation<ComputeResource> createOrUpdate(WorkspaceRef workspace, String computeName, ComputeResource body);

    /**
     * Changes a cluster's scale settings: {@code PATCH} with {@code properties.properties.scaleSettings} (Microsoft's
     * {@code Compute_patch} example), followed to its end; the result is the updated compute. ARM refuses it with
     * {@code 409} unless the cluster's provisioning state is {@code Succeeded}.
     */
    ArmOperation<ComputeResource> updateScaleSettings(WorkspaceRef workspace, String computeName,
                                                      ScaleSettings scaleSettings);

    /**
     * Changes the node count of an AKS inference cluster the workspace created: a same-type {@code PUT} with the
     * cluster's description and {@code resourceId} and the new {@code agentCount}, as Microsoft's AKS update example
     * sends it (docs/arm.md "Editing a compute"). The service keeps {@code agentCount × vCPUs ≥ 12}.
     *
     * <p>Implemented by the ARM client; a client that does not support edits throws
     * {@link UnsupportedOperationException}.
     */
    default ArmOperation<ComputeResource> updateAksNodeCount(WorkspaceRef workspace, String computeName,
                                                             int agentCount) {
        throw new UnsupportedOperationException("updateAksNodeCount");
    }

    /**
     * Changes the managed identity of a compute cluster or a compute instance: a same-type {@code PUT} of the
     * compute's current body (what a client may write, read from a fresh GET) with {@code identity} replaced, as the
     * {@code *_update} examples and the {@code az ml compute update} command do. For an instance the body leaves out
     * {@code schedules}, which the service refuses in an update, and {@code idleTimeBeforeShutdown}, which an update
     * does not change (docs/arm.md). {@code ManagedIdentity.type} {@code None} removes the identity.
     *
     * <p>Implemented by the ARM client; a client that does not support edits throws
     * {@link UnsupportedOperationException}.
     */
    default ArmOperation<ComputeResource> updateIdentity(WorkspaceRef workspace, String computeName,
                                                         ManagedIdentity identity) {
        throw new UnsupportedOperationException("updateIdentity");
    }

    /**
     * Changes a compute instance's idle shutdown: {@code POST …/updateIdleShutdownSetting} with
     * {@code {"idleTimeBeforeShutdown":"PT30M"}} (15 minutes to 3 days), sent with the <b>preview</b> api-version of
     * Microsoft's example ({@code ApiVersions.ML_IDLE_SHUTDOWN_PREVIEW}) for this call only. ARM answers {@code 200}
     * at once; the result is the instance read again.
     *
     * <p>Implemented by the ARM client; a client that does not support edits throws
     * {@link UnsupportedOperationException}.
     */
    default ArmOperation<ComputeResource> updateIdleShutdown(WorkspaceRef workspace, String computeName,
                                                             Duration idleTimeBeforeShutdown) {
        throw new UnsupportedOperationException("updateIdleShutdown");
    }

    /** Deletes ({@link UnderlyingResourceAction#DELETE}) or detaches ({@link UnderlyingResourceAction#DETACH}). */
    ArmOperation<Void> delete(WorkspaceRef workspace, String computeName, UnderlyingResourceAction action);

    /** Starts a compute instance; the result is the compute afterwards. */
    ArmOperation<ComputeResource> start(WorkspaceRef workspace, String computeName);

    /** Stops a compute instance; the result is the compute afterwards. */
    ArmOperation<ComputeResource> stop(WorkspaceRef workspace, String computeName);

    /** Restarts a compute instance; the result is the compute afterwards. */
    ArmOperation<ComputeResource> restart(WorkspaceRef workspace, String computeName);

    /** Every node of a cluster (follows {@code nextLink} through all pages). */
    List<AmlComputeNode> listNodes(WorkspaceRef workspace, String computeName);

    /** The compute's secrets (kube configs, VM credentials, Databricks token). Never log them. */
    ComputeSecrets listKeys(WorkspaceRef workspace, String computeName);
}
