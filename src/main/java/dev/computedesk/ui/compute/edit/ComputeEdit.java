package dev.computedesk.ui.compute.edit;

import dev.computedesk.azure.model.AksProperties;
import dev.computedesk.azure.model.ComputeInstanceProperties;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.domain.compute.ComputeInstanceState;
import dev.computedesk.domain.compute.ComputeKind;
import dev.computedesk.domain.compute.ProvisioningState;
import dev.computedesk.domain.text.Messages;

import java.util.Set;

/**
 * The edits the details pane offers, which computes each applies to, and in which states ARM accepts it
 * (docs/arm.md "Editing a compute"; docs/editing.md). The same rule disables Save while the compute as shown does not
 * allow the edit, and refuses the edit after the fresh read made just before sending.
 */
public enum ComputeEdit {
    IDLE_SHUTDOWN("compute.code.edit.title.idleShutdown"),
    SCHEDULES("compute.code.edit.title.schedules"),
    SCALE("compute.code.edit.title.scale"),
    IDENTITY("compute.code.edit.title.identity"),
    AGENT_COUNT("compute.code.edit.title.nodeCount");

    /** The instance states in which {@code updateIdleShutdownSetting} is accepted (the emulator's rule, docs/arm.md). */
    static final Set<ComputeInstanceState> IDLE_EDITABLE = Set.of(ComputeInstanceState.RUNNING,
            ComputeInstanceState.JOB_RUNNING, ComputeInstanceState.STOPPED);

    private final String titleKey;

    ComputeEdit(String titleKey) {
        this.titleKey = titleKey;
    }

    /** "Idle shutdown", "Scale" … */
    public String title() {
        return Messages.get(titleKey);
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
            return Messages.get("compute.code.edit.notListed");
        }
        ProvisioningState provisioning = compute.properties().provisioningState();
        ComputeInstanceState state = compute.properties() instanceof ComputeInstanceProperties ci
                && ci.properties() != null ? ci.properties().state() : null;
        switch (this) {
            case SCHEDULES:
                return "";
            case IDLE_SHUTDOWN:
                return state != null && IDLE_EDITABLE.contains(state) ? ""
                        : Messages.get("compute.code.edit.idleBlocked", describe(state == null ? null : state.label()));
            case IDENTITY:
                if (provisioning != ProvisioningState.SUCCEEDED && provisioning != ProvisioningState.FAILED) {
                    return notSucceeded(provisioning, "compute.code.edit.needsSucceededOrFailed");
                }
                return state != null && state.isTransitional()
                        ? Messages.get("compute.code.edit.identityBlocked", describe(state.label()))
                        : "";
            default:
                return provisioning == ProvisioningState.SUCCEEDED ? ""
                        : notSucceeded(provisioning, "compute.code.edit.needsSucceeded");
        }
    }

    private static String notSucceeded(ProvisioningState provisioning, String key) {
        return Messages.get(key, describe(provisioning == null ? null : provisioning.label()));
    }

    /** "'Creating'" (quoted), or "unknown". */
    private static String describe(String label) {
        return label == null ? Messages.get("compute.code.edit.unknownState") : Messages.get("compute.code.edit.quoted", label);
    }
}
