package dev.computedesk.azure;

import dev.computedesk.azure.model.AmlComputeNode;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.ComputeSecrets;
import dev.computedesk.azure.model.ScaleSettings;
import dev.computedesk.azure.model.WorkspaceRef;
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

    /** Changes a cluster's scale settings (PATCH); the result is the updated compute. */
    ArmOperation<ComputeResource> updateScaleSettings(WorkspaceRef workspace, String computeName,
                                                      ScaleSettings scaleSettings);

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
