package dev.computedesk.ui.compute;

import dev.computedesk.azure.ArmOperation;
import dev.computedesk.azure.ComputeClient;
import dev.computedesk.azure.UnderlyingResourceAction;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.domain.compute.ComputeAction;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.ui.common.ComputeFormKind;
import dev.computedesk.ui.common.DialogService;
import dev.computedesk.ui.common.ErrorInfo;
import dev.computedesk.ui.common.Navigator;
import dev.computedesk.ui.common.OperationFollower;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs the Compute page's row actions (Start, Stop, Restart, Delete, Detach) and "Edit and retry": asks first where
 * the action must, hands each compute's operation to the {@link OperationFollower} (which shows its transitional
 * state and its end on the row), and puts a failure on the page's banner with a Retry that repeats it.
 */
final class ComputeActionRunner {
    private final ComputeListSync list;
    private final DialogService dialogs;
    private final OperationFollower follower;
    private final PageError banner;
    private final Navigator navigator;

    ComputeActionRunner(ComputeListSync list, DialogService dialogs, OperationFollower follower, PageError banner,
                        Navigator navigator) {
        this.list = Objects.requireNonNull(list);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.follower = Objects.requireNonNull(follower);
        this.banner = Objects.requireNonNull(banner);
        this.navigator = Objects.requireNonNull(navigator);
    }

    /**
     * Runs {@code action} on {@code targets}: asks first where it must, then one titled operation per compute.
     * Nothing happens unless every target allows the action now and none is being followed already.
     */
    void act(ComputeAction action, List<ComputeRow> targets) {
        if (targets.isEmpty() || !list.isShowing()) {
            return;
        }
        boolean allAllow = targets.stream()
                .allMatch(row -> !list.isBusy(row) && row.allowedActions().contains(action));
        if (!allAllow) {
            return;
        }
        if (action.asksFirst() && !dialogs.confirm(ComputeActionWording.confirmation(action, targets))) {
            return;
        }
        for (ComputeRow row : targets) {
            perform(action, row);
        }
    }

    /**
     * "Stop all my running instances": one confirmation that names {@code mine}, then each stopped as Stop stops a
     * selection (followed to Stopped, failures on the banner). {@code whenAllEnded} runs once every stop has ended.
     *
     * @return false when nothing was sent (declined, or a row no longer allows Stop)
     */
    boolean stopAll(List<ComputeRow> mine, Runnable whenAllEnded) {
        if (mine.isEmpty() || !list.isShowing()) {
            return false;
        }
        if (!mine.stream().allMatch(row -> !list.isBusy(row) && row.allowedActions().contains(ComputeAction.STOP))) {
            return false;
        }
        if (!dialogs.confirm(ComputeActionWording.stopMineConfirmation(mine))) {
            return false;
        }
        int[] left = {mine.size()};
        for (ComputeRow row : mine) {
            perform(ComputeAction.STOP, row).whenEnded(outcome -> {
                if (--left[0] == 0) {
                    whenAllEnded.run();
                }
            });
        }
        return true;
    }

    private OperationFollower.Follow perform(ComputeAction action, ComputeRow row) {
        long gen = list.generation();
        WorkspaceRef ws = list.workspace();
        ComputeClient client = list.connection().computes();
        String name = row.name();
        String title = ComputeActionWording.title(action, row);
        Supplier<ArmOperation<?>> send;
        switch (action) {
            case START -> send = () -> client.start(ws, name);
            case STOP -> send = () -> client.stop(ws, name);
            case RESTART -> send = () -> client.restart(ws, name);
            case DELETE -> send = () -> client.delete(ws, name, UnderlyingResourceAction.DELETE);
            case DETACH -> send = () -> client.delete(ws, name, UnderlyingResourceAction.DETACH);
            default -> throw new IllegalArgumentException(action + " is not a row action");
        }
        return follower.follow(ws, name, title, followed(action), client, send).whenEnded(outcome -> {
            if (gen != list.generation()) {
                return;
            }
            ErrorInfo problem = outcome.errorInfo(title);
            if (problem == null) {
                return;
            }
            if (outcome.result() == OperationFollower.Result.NO_LONGER_FOLLOWED) {
                banner.show(problem, list::refresh);
            } else {
                banner.show(problem, () -> perform(action, row));
            }
        });
    }

    private static OperationFollower.Action followed(ComputeAction action) {
        switch (action) {
            case START: return OperationFollower.Action.START;
            case STOP: return OperationFollower.Action.STOP;
            case RESTART: return OperationFollower.Action.RESTART;
            case DELETE: return OperationFollower.Action.DELETE;
            case DETACH: return OperationFollower.Action.DETACH;
            default: throw new IllegalArgumentException(action + " is not a row action");
        }
    }

    /**
     * "Edit and retry" on the late-failure notice. The failed compute still holds the name, so a create under it
     * would be refused (the form never updates a compute): this asks to delete it (detach, for an attached type),
     * follows that to its end, then reopens the form with what was sent. Declining changes nothing.
     */
    void editAndRetry() {
        LateFailure failure = list.lateFailureProperty().get();
        if (failure == null || !failure.canEditAndRetry() || !list.isShowing()) {
            return;
        }
        String name = failure.computeName();
        Optional<ComputeRow> row = list.row(name);
        // Only created computes can be deleted; an attached one is detached (its resource stays where it is).
        boolean created = failure.form() == ComputeFormKind.COMPUTE_INSTANCE
                || failure.form() == ComputeFormKind.COMPUTE_CLUSTER || failure.form() == ComputeFormKind.INFERENCE_CLUSTER;
        ComputeAction removal = row.map(r -> r.allowedActions().contains(ComputeAction.DELETE) ? ComputeAction.DELETE
                : ComputeAction.DETACH).orElse(created ? ComputeAction.DELETE : ComputeAction.DETACH);
        String verb = removal.label();
        String noun = ComputeActionWording.noun(row.flatMap(ComputeRow::kind), 1);
        if (!dialogs.confirm(ComputeActionWording.editAndRetryConfirmation(removal, noun, name))) {
            return;
        }
        list.lateFailureProperty().set(null);
        long gen = list.generation();
        WorkspaceRef ws = list.workspace();
        ComputeClient client = list.connection().computes();
        UnderlyingResourceAction how = removal == ComputeAction.DELETE ? UnderlyingResourceAction.DELETE
                : UnderlyingResourceAction.DETACH;
        String title = Messages.get("compute.code.retry.title", ComputeActionWording.ongoing(removal), noun, name);
        follower.follow(ws, name, title, followed(removal), client, () -> client.delete(ws, name, how))
                .whenEnded(outcome -> {
                    if (gen != list.generation()) {
                        return;
                    }
                    if (outcome.succeeded()) {
                        list.remove(name);
                        banner.clear();
                        navigator.openEditAndRetry(failure.form(), name, failure.sentRequest());
                        return;
                    }
                    list.lateFailureProperty().set(failure);
                    ErrorInfo problem = outcome.errorInfo(Messages.get("compute.code.retry.failed", verb, name));
                    banner.show(problem != null ? problem : new ErrorInfo(Messages.get("compute.code.retry.unfollowed",
                            verb, name), "", Messages.get("compute.code.retry.mayComplete"), "", true),
                            this::editAndRetry);
                });
    }
}
