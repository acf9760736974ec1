package dev.computedesk.ui.compute;

import dev.computedesk.azure.Principal;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.domain.compute.ComputeInstanceState;
import dev.computedesk.domain.compute.ComputeKind;
import dev.computedesk.domain.compute.ComputeStatus;
import dev.computedesk.domain.text.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.transformation.FilteredList;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * "Stop all my running instances" ({@code #stopMyRunningButton}): which instances are mine and running, whether the
 * button may act now and, when it may not, why. "Mine" is docs/decisions.md's "Instances I can use"
 * ({@link ComputeTabViewModel#canBeUsedBy}); running is Running or JobRunning. The stop itself goes through the
 * page's {@link ComputeActionRunner}, exactly as Stop on a selection of rows does.
 */
public final class MyRunningInstances {
    /** Kept as a filtered list, so a changed row is judged alone (a refresh of 10,000 rows stays linear). */
    private final FilteredList<ComputeRow> mineRunning;
    private final ObservableSet<String> busyNames;
    private final ComputeActionRunner actions;
    private final ReadOnlyBooleanWrapper stopping = new ReadOnlyBooleanWrapper(this, "stopping");
    private final BooleanBinding canStop;
    private final StringBinding reason;

    /**
     * @param rows      every compute of the workspace (with an extractor on each row's compute)
     * @param busyNames lower-cased names of the computes an operation follows now
     * @param me        the signed-in user (null while unknown)
     */
    MyRunningInstances(ObservableList<ComputeRow> rows, ObservableSet<String> busyNames, Supplier<Principal> me,
                       ComputeActionRunner actions) {
        this.mineRunning = new FilteredList<>(rows, row -> isMineAndRunning(row.compute(), me.get()));
        this.busyNames = Objects.requireNonNull(busyNames);
        this.actions = Objects.requireNonNull(actions);
        // Asked again on every change of the rows (each page of a large list): it stops at the first target.
        this.canStop = Bindings.createBooleanBinding(() -> !stopping.get() && mineRunning.stream().anyMatch(this::free),
                stopping, mineRunning, busyNames);
        this.reason = Bindings.createStringBinding(this::describe, stopping, mineRunning, busyNames);
    }

    /** True for an instance I can use whose state is Running or JobRunning. */
    static boolean isMineAndRunning(ComputeResource compute, Principal me) {
        ComputeStatus status = ComputeRow.statusOf(compute).orElse(null);
        if (status == null || status.kind() != ComputeKind.COMPUTE_INSTANCE) {
            return false;
        }
        ComputeInstanceState state = status.instanceState();
        return state != null && state.isRunning() && ComputeTabViewModel.canBeUsedBy(compute, me);
    }

    /** The instances the button stops now: mine, running, and not already followed by another operation. */
    public List<ComputeRow> targets() {
        return mineRunning.stream().filter(this::free).toList();
    }

    /** Not followed by an operation now (most of the time none is, and no name need be lower-cased). */
    private boolean free(ComputeRow row) {
        return busyNames.isEmpty() || !busyNames.contains(ComputePageViewModel.lower(row.name()));
    }

    /** True when there is something to stop and no stop of mine is still running. */
    public BooleanBinding canStopProperty() {
        return canStop;
    }

    /** What the button does now, or why it is disabled (its tooltip). */
    public StringBinding reasonProperty() {
        return reason;
    }

    /** True from the confirmation until every stop it started has ended. */
    public ReadOnlyBooleanProperty stoppingProperty() {
        return stopping.getReadOnlyProperty();
    }

    /** Asks once, naming the instances, then stops each of them; declining changes nothing. */
    public void stopAll() {
        if (!canStop.get()) {
            return;
        }
        stopping.set(true);
        if (!actions.stopAll(targets(), () -> stopping.set(false))) {
            stopping.set(false);
        }
    }

    private String describe() {
        if (stopping.get()) {
            return Messages.get("compute.code.mine.stopping");
        }
        long targets = mineRunning.stream().filter(this::free).count();
        if (targets > 0) {
            return Messages.get("compute.code.mine.stop", (int) targets);
        }
        if (!mineRunning.isEmpty()) {
            return Messages.get("compute.code.mine.busy");
        }
        return Messages.get("compute.code.mine.none");
    }
}
