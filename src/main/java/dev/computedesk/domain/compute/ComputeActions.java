package dev.computedesk.domain.compute;

import dev.computedesk.domain.text.Messages;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/**
 * The compute state → allowed actions table of docs/decisions.md, verbatim:
 *
 * <table>
 * <caption>Allowed actions</caption>
 * <tr><th>Type</th><th>Start</th><th>Stop</th><th>Restart</th><th>Delete</th><th>Detach</th><th>Scale</th></tr>
 * <tr><td>ComputeInstance</td><td>Stopped</td><td>Running, JobRunning</td><td>Running, JobRunning</td>
 *     <td>any state but Creating, Deleting, Starting, Stopping</td><td>—</td><td>—</td></tr>
 * <tr><td>AmlCompute</td><td>—</td><td>—</td><td>—</td><td>provisioningState Succeeded or Failed</td><td>—</td>
 *     <td>Succeeded</td></tr>
 * <tr><td>AKS created by the workspace</td><td>—</td><td>—</td><td>—</td><td>Succeeded or Failed</td>
 *     <td>Succeeded or Failed</td><td>—</td></tr>
 * <tr><td>AKS attached, Kubernetes, every attached type</td><td>—</td><td>—</td><td>—</td><td>—</td>
 *     <td>Succeeded or Failed</td><td>—</td></tr>
 * </table>
 *
 * <p>The UI enables only what this allows; with several rows selected an action is enabled when
 * every row allows it ({@link #allowedForAll(Collection)}). States arrive as types (the azure layer read the wire
 * text once, ignoring case); a value this version does not know allows what the table gives "any other state".
 */
public final class ComputeActions {

    private ComputeActions() {
    }

    /**
     * The actions allowed on one compute.
     *
     * @param kind              the compute type
     * @param provisioningState ARM's {@code provisioningState}, may be null
     * @param instanceState     a compute instance's state, null for other kinds
     * @param attached          {@code isAttachedCompute}
     */
    public static Set<ComputeAction> allowed(ComputeKind kind, ProvisioningState provisioningState,
                                             ComputeInstanceState instanceState, boolean attached) {
        EnumSet<ComputeAction> allowed = EnumSet.noneOf(ComputeAction.class);
        boolean settled = provisioningState == ProvisioningState.SUCCEEDED || provisioningState == ProvisioningState.FAILED;
        switch (kind) {
            case COMPUTE_INSTANCE: {
                if (instanceState == ComputeInstanceState.STOPPED) {
                    allowed.add(ComputeAction.START);
                }
                if (instanceState != null && instanceState.isRunning()) {
                    allowed.add(ComputeAction.STOP);
                    allowed.add(ComputeAction.RESTART);
                }
                // The instance state decides; a provisioning state of Creating/Deleting (before the
                // instance reports one) means the same thing.
                boolean busy = instanceState == ComputeInstanceState.CREATING
                        || instanceState == ComputeInstanceState.DELETING
                        || instanceState == ComputeInstanceState.STARTING
                        || instanceState == ComputeInstanceState.STOPPING;
                if (!busy && provisioningState != ProvisioningState.CREATING
                        && provisioningState != ProvisioningState.DELETING) {
                    allowed.add(ComputeAction.DELETE);
                }
                break;
            }
            case AML_COMPUTE:
                if (settled) {
                    allowed.add(ComputeAction.DELETE);
                }
                if (provisioningState == ProvisioningState.SUCCEEDED) {
                    allowed.add(ComputeAction.SCALE);
                }
                break;
            case AKS:
                if (settled) {
                    if (!attached) {
                        allowed.add(ComputeAction.DELETE);
                    }
                    allowed.add(ComputeAction.DETACH);
                }
                break;
            default:
                // Kubernetes and every attached type.
                if (settled) {
                    allowed.add(ComputeAction.DETACH);
                }
                break;
        }
        return allowed;
    }

    /** The actions allowed on one compute. */
    public static Set<ComputeAction> allowed(ComputeStatus status) {
        return allowed(status.kind(), status.provisioningState(), status.instanceState(), status.attached());
    }

    /**
     * The actions every selected compute allows (the intersection); empty for an empty selection.
     */
    public static Set<ComputeAction> allowedForAll(Collection<ComputeStatus> selection) {
        Iterator<ComputeStatus> rows = selection.iterator();
        if (!rows.hasNext()) {
            return EnumSet.noneOf(ComputeAction.class);
        }
        // allowed(...) returns an EnumSet, so copyOf works even when it is empty.
        EnumSet<ComputeAction> common = EnumSet.copyOf(allowed(rows.next()));
        while (rows.hasNext()) {
            common.retainAll(allowed(rows.next()));
        }
        return common;
    }

    /**
     * The actions a compute's type supports in some state (the table's non-"—" cells). An action
     * outside this set is hidden or answered by the service with 400; one inside it but not
     * {@linkplain #allowed allowed} now is disabled (the service answers 409).
     */
    public static Set<ComputeAction> supported(ComputeKind kind, boolean attached) {
        switch (kind) {
            case COMPUTE_INSTANCE:
                return EnumSet.of(ComputeAction.START, ComputeAction.STOP, ComputeAction.RESTART, ComputeAction.DELETE);
            case AML_COMPUTE:
                return EnumSet.of(ComputeAction.DELETE, ComputeAction.SCALE);
            case AKS:
                return attached ? EnumSet.of(ComputeAction.DETACH) : EnumSet.of(ComputeAction.DELETE, ComputeAction.DETACH);
            default:
                return EnumSet.of(ComputeAction.DETACH);
        }
    }

    /**
     * Why {@code action} is disabled for this row, for a tooltip; empty when it is allowed.
     * Examples: "Start is not available for compute clusters", "Start is available when the state
     * is Stopped; it is Running now", "Delete is not available while the state is Starting".
     */
    public static Optional<String> unavailableReason(ComputeStatus status, ComputeAction action) {
        if (allowed(status).contains(action)) {
            return Optional.empty();
        }
        if (!supported(status.kind(), status.attached()).contains(action)) {
            String noun = status.kind() == ComputeKind.AKS && status.attached()
                    ? Messages.get("domain.actions.attachedInferenceClusters") : status.kind().pluralNoun();
            return Optional.of(Messages.get("domain.actions.notForKind", action.label(), noun));
        }
        boolean instance = status.kind() == ComputeKind.COMPUTE_INSTANCE;
        ArmTerm state = instance && status.instanceState() != null ? status.instanceState() : status.provisioningState();
        String now = state == null || state.armValue().isBlank() ? Messages.get("domain.actions.unknownState")
                : state.armValue();
        if (instance && action == ComputeAction.DELETE) {
            return Optional.of(Messages.get("domain.actions.noDeleteWhile", now));
        }
        String needed;
        if (instance) {
            needed = action == ComputeAction.START ? "Stopped" : Messages.get("domain.actions.runningOrJobRunning");
        } else {
            needed = action == ComputeAction.SCALE ? "Succeeded" : Messages.get("domain.actions.succeededOrFailed");
        }
        return Optional.of(Messages.get("domain.actions.availableWhen", action.label(), needed, now));
    }
}
