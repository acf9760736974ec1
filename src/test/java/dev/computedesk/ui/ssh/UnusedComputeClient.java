package dev.computedesk.ui.ssh;

import dev.computedesk.azure.ArmOperation;
import dev.computedesk.azure.ComputeClient;
import dev.computedesk.azure.UnderlyingResourceAction;
import dev.computedesk.azure.model.AmlComputeNode;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.ComputeSecrets;
import dev.computedesk.azure.model.ScaleSettings;
import dev.computedesk.azure.model.WorkspaceRef;

import java.util.List;
import java.util.Optional;

/** For tests that must not reach ARM: every call fails the test. */
final class UnusedComputeClient implements ComputeClient {
    private static AssertionError unexpected() {
        return new AssertionError("This test must not call ARM");
    }

    @Override
    public List<ComputeResource> list(WorkspaceRef workspace) {
        throw unexpected();
    }

    @Override
    public ComputeResource get(WorkspaceRef workspace, String computeName) {
        throw unexpected();
    }

    @Override
    public Optional<ComputeResource> find(WorkspaceRef workspace, String computeName) {
        throw unexpected();
    }

    @Override
    public ArmOperation<ComputeResource> createOrUpdate(WorkspaceRef workspace, String computeName,
                                                        ComputeResource body) {
        throw unexpected();
    }

    @Override
    public ArmOperation<ComputeResource> updateScaleSettings(WorkspaceRef workspace, String computeName,
                                                             ScaleSettings scaleSettings) {
        throw unexpected();
    }

    @Override
    public ArmOperation<Void> delete(WorkspaceRef workspace, String computeName, UnderlyingResourceAction action) {
        throw unexpected();
    }

    @Override
    public ArmOperation<ComputeResource> start(WorkspaceRef workspace, String computeName) {
        throw unexpected();
    }

    @Override
    public ArmOperation<ComputeResource> stop(WorkspaceRef workspace, String computeName) {
        throw unexpected();
    }

    @Override
    public ArmOperation<ComputeResource> restart(WorkspaceRef workspace, String computeName) {
        throw unexpected();
    }

    @Override
    public List<AmlComputeNode> listNodes(WorkspaceRef workspace, String computeName) {
        throw unexpected();
    }

    @Override
    public ComputeSecrets listKeys(WorkspaceRef workspace, String computeName) {
        throw unexpected();
    }
}
