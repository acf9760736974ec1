package dev.computedesk.ui.ssh;

import dev.computedesk.azure.model.AmlComputeNode;
import dev.computedesk.azure.model.AmlComputeProperties;
import dev.computedesk.azure.model.AmlComputeSettings;
import dev.computedesk.azure.model.ComputeInstanceProperties;
import dev.computedesk.azure.model.ComputeInstanceSettings;
import dev.computedesk.azure.model.ComputeInstanceSshSettings;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.UserAccountCredentials;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.domain.compute.ComputeAction;
import dev.computedesk.domain.compute.ComputeActions;
import dev.computedesk.domain.compute.ComputeInstanceState;
import dev.computedesk.domain.compute.ComputeKind;
import dev.computedesk.domain.ssh.SshAvailability;
import dev.computedesk.domain.ssh.SshHostAlias;
import dev.computedesk.domain.ssh.SshNotice;
import dev.computedesk.domain.ssh.SshProblem;
import dev.computedesk.domain.ssh.SshReadiness;
import dev.computedesk.domain.ssh.SshTarget;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.ui.common.InstanceSsh;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the SSH helper connects to, read from ARM's data: a compute instance, or one node of a compute cluster.
 * Everything here comes from the resource itself (docs/arm.md): the user from {@code sshSettings.adminUserName} or the
 * cluster's {@code userAccountCredentials.adminUserName}, the host from the public (else private) IP, the port from
 * {@code sshSettings.sshPort} or the node's {@code port}.
 *
 * @param workspace    the workspace the compute belongs to
 * @param compute      the compute as last read
 * @param node         the cluster node, or null for a compute instance
 * @param availability whether SSH can work, and why not
 * @param alias        the {@code Host} alias of {@code ~/.ssh/config} and VS Code
 * @param stateText    the instance's state or the node's, as ARM spells it ("Running", "idle"), or ""
 * @param startable    true when the instance is stopped and starting it is what SSH needs
 * @param portReported false when ARM reported no SSH port and the command carries the domain's fallback
 */
public record SshSubject(WorkspaceRef workspace, ComputeResource compute, AmlComputeNode node,
                         SshAvailability availability, String alias, String stateText, boolean startable,
                         boolean portReported) {

    /** Copies nothing; checks the parts are there. */
    public SshSubject {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(compute, "compute");
        Objects.requireNonNull(availability, "availability");
    }

    /** Reads the subject from a compute and, for a cluster, one of its nodes. */
    public static SshSubject of(WorkspaceRef workspace, ComputeResource compute, AmlComputeNode node) {
        String computeName = compute.name();
        if (node != null) {
            AmlComputeSettings settings = compute.properties() instanceof AmlComputeProperties aml
                    ? aml.properties() : null;
            UserAccountCredentials account = settings == null ? null : settings.userAccountCredentials();
            SshAvailability availability = SshReadiness.forNode(
                    settings == null ? null : settings.remoteLoginPortPublicAccess(), node.nodeState(),
                    account == null ? null : account.adminUserName(), node.publicIpAddress(), node.privateIpAddress(),
                    node.port());
            String alias = SshHostAlias.forNode(workspace.name(), computeName, nullToEmpty(node.nodeId()));
            return new SshSubject(workspace, compute, node, availability, alias, nullToEmpty(node.nodeState()), false,
                    node.port() != null);
        }
        if (compute.properties() instanceof ComputeInstanceProperties instance) {
            ComputeInstanceSettings settings = instance.properties();
            ComputeInstanceSshSettings ssh = settings == null ? null : settings.sshSettings();
            ComputeInstanceState instanceState = settings == null ? null : settings.state();
            String state = instanceState == null ? null : instanceState.armValue();
            SshAvailability availability = InstanceSsh.availability(settings);
            boolean notRunning = availability.notices().stream()
                    .anyMatch(notice -> notice.problem() == SshProblem.INSTANCE_NOT_RUNNING);
            boolean startable = notRunning && ComputeActions.allowed(ComputeKind.COMPUTE_INSTANCE,
                    instance.provisioningState(), instanceState, false).contains(ComputeAction.START);
            return new SshSubject(workspace, compute, null, availability,
                    SshHostAlias.forCompute(workspace.name(), computeName), nullToEmpty(state), startable,
                    ssh != null && ssh.sshPort() != null);
        }
        String type = compute.computeType() == null ? Messages.get("ssh.code.subject.unknownType")
                : compute.computeType();
        String why = AmlComputeProperties.COMPUTE_TYPE.equals(type)
                ? Messages.get("ssh.code.subject.clusterByNode", computeName)
                : Messages.get("ssh.code.subject.otherType", computeName, type);
        SshAvailability none = new SshAvailability(Optional.empty(),
                List.of(new SshNotice(SshProblem.SSH_NOT_ENABLED, why)));
        return new SshSubject(workspace, compute, null, none, SshHostAlias.forCompute(workspace.name(), computeName),
                "", false, false);
    }

    /**
     * The workspace a compute belongs to, read from its ARM id; {@code fallback} (the selected workspace) when the id
     * does not say.
     */
    public static WorkspaceRef workspaceOf(ComputeResource compute, WorkspaceRef fallback) {
        String id = compute.id();
        if (id != null) {
            String[] parts = id.split("/");
            String subscription = null;
            String group = null;
            String workspace = null;
            for (int i = 0; i + 1 < parts.length; i++) {
                String key = parts[i].toLowerCase(Locale.ROOT);
                if (key.equals("subscriptions") && subscription == null) {
                    subscription = parts[i + 1];
                } else if (key.equals("resourcegroups") && group == null) {
                    group = parts[i + 1];
                } else if (key.equals("workspaces") && workspace == null) {
                    workspace = parts[i + 1];
                }
            }
            if (subscription != null && group != null && workspace != null) {
                boolean same = fallback != null && fallback.name().equalsIgnoreCase(workspace)
                        && fallback.resourceGroup().equalsIgnoreCase(group)
                        && fallback.subscriptionId().equalsIgnoreCase(subscription);
                return same ? fallback : new WorkspaceRef(subscription, group, workspace, compute.location());
            }
        }
        return Objects.requireNonNull(fallback, "The compute's id names no workspace and none is selected");
    }

    /** The compute's name. */
    public String computeName() {
        return compute.name();
    }

    /** True for a compute instance (not a node, not another compute type). */
    public boolean isInstance() {
        return node == null && compute.properties() instanceof ComputeInstanceProperties;
    }

    /** True for a cluster node. */
    public boolean isNode() {
        return node != null;
    }

    /** Where to connect, when SSH can work. */
    public Optional<SshTarget> target() {
        return availability.target();
    }

    /** The key under which the chosen private key is remembered: the compute's id, or the node's compute. */
    public String rememberKey() {
        return compute.id() != null ? compute.id().toLowerCase(Locale.ROOT)
                : RememberedKeyPaths.computeKey(workspace, compute.name());
    }

    /** What the operation titles name: "ci-a", or "cpu-cluster node tvm-…_1". */
    public String targetName() {
        return node == null ? computeName() : Messages.get("ssh.code.subject.nodeTarget", computeName(), node.nodeId());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
