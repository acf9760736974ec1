package dev.computedesk.ui.compute.edit;

import dev.computedesk.azure.model.AksProperties;
import dev.computedesk.azure.model.ComputeInstanceProperties;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.domain.compute.ComputeInstanceState;
import dev.computedesk.domain.compute.ComputeKind;
import dev.computedesk.domain.compute.ProvisioningState;

import java.util.Set;

/**
 * The edits the details pane offers, which computes each applies to, and in which states ARM accepts it
 * (docs/arm.md "Editing a compute"; docs/editing.md). The same rule disables Save while the compute as shown does not
 * allow the edit, and refuses the edit after the fresh read made just before sending.
 */
public enum ComputeEdit {
    IDLE_SHUTDOWN("Idle shutdown"),
    SCHEDULES("Schedules"),
    SCALE("Scale"),
    IDENTITY("Managed identity"),
    AGENT_COUNT("Node count");

    /** The instance states in which {@code updateIdleShutdownSetting} is accepted (the emulator's rule, docs/arm.md). */
    static final Set<ComputeInstanceState> IDLE_EDITABLE = Set.of(ComputeInstanceState.RUNNING,
            ComputeInstanceState.JOB_RUNNING, ComputeInstanceState.STOPPED);

    private final String title;

    ComputeEdit(String title) {
        this.title = title;
    }

    /** "Idle shutdown", "Scale" … */
    public String title() {
        return title;
    }

    /** True when the details pane offers this edit for {@code compute}. */
    public boolean appliesTo(ComputeResource compute) {
        ComputeKind kind = compute == null ? null : compute.kind().orElse(null);
        if (kind == null) {
            return false;
        }
        switch (this) {
            case IDLE_SHUTDOWN:
            case SCHEDULES:
                return kind == ComputeKind.COMPUTE_INSTANCE;
            case SCALE:
                return kind == ComputeKind.AML_COMPUTE;
            case IDENTITY:
                return kind == ComputeKind.COMPUTE_INSTANCE || kind == ComputeKind.AML_COMPUTE;
            default:
                // Only a cluster the workspace created: an attached one is sized in AKS itself.
                return kind == ComputeKind.AKS && compute.properties() instanceof AksProperties aks
                        && !Boolean.TRUE.equals(aks.isAttachedCompute());
        }
    }

    /**
     * Why the compute's state does not allow this edit now, or empty when it does. Idle shutdown: the instance is
     * Running, JobRunning or Stopped; scale and node count: provisioning state Succeeded; identity: Succeeded (or
     * Failed), and an instance not in the middle of starting, stopping or restarting.
     */
    public String whyNot(ComputeResource compute) {
        if (compute == null || compute.properties() == null) {
            return "The compute is no longer listed.";
        }
        ProvisioningState provisioning = compute.properties().provisioningState();
        ComputeInstanceState state = compute.properties() instanceof ComputeInstanceProperties ci
                && ci.properties() != null ? ci.properties().state() : null;
        switch (this) {
            case SCHEDULES:
                return "";
            case IDLE_SHUTDOWN:
                return state != null && IDLE_EDITABLE.contains(state) ? ""
                        : "Idle shutdown can be changed while the instance is running or stopped; it is "
                                + describe(state == null ? null : state.label()) + ".";
            case IDENTITY:
                if (provisioning != ProvisioningState.SUCCEEDED && provisioning != ProvisioningState.FAILED) {
                    return notSucceeded(provisioning, " or Failed");
                }
                return state != null && state.isTransitional()
                        ? "The identity can be changed once the instance is no longer " + describe(state.label()) + "."
                        : "";
            default:
                return provisioning == ProvisioningState.SUCCEEDED ? "" : notSucceeded(provisioning, "");
        }
    }

    private static String notSucceeded(ProvisioningState provisioning, String orFailed) {
        return "This can be changed while the provisioning state is Succeeded" + orFailed + "; it is "
                + describe(provisioning == null ? null : provisioning.label()) + ".";
    }

    private static String describe(String label) {
        return label == null ? "unknown" : "'" + label + "'";
    }
}
