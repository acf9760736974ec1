package dev.computedesk.ui.ssh;

import dev.computedesk.azure.ComputeClient;
import dev.computedesk.azure.model.AmlComputeNode;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.ui.common.BackgroundTask;
import dev.computedesk.ui.common.ErrorInfo;
import dev.computedesk.ui.common.ErrorInfos;
import dev.computedesk.ui.common.OperationFollower;
import dev.computedesk.ui.common.TaskExecutor;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Objects;
import java.util.Optional;

/**
 * Keeps the SSH helper's subject current: Start first (a stopped instance, through the app's one follower of
 * operations) and Refresh (reads the compute, and the node, again), with the error banner and its Retry. A fresh read
 * replaces the subject of the {@link SshSubjectSection}, and every other section follows it.
 */
public final class SshStartRefreshSection {
    private final SshSubjectSection subject;
    private final TaskExecutor executor;
    private final ComputeClient computes;
    private final OperationFollower follower;

    private final BooleanProperty starting = new SimpleBooleanProperty(this, "starting");
    private final BooleanProperty refreshing = new SimpleBooleanProperty(this, "refreshing");
    private final ObjectProperty<ErrorInfo> error = new SimpleObjectProperty<>(this, "error");
    private final BooleanBinding canStartFirst;
    private Runnable retryAction = () -> { };

    /**
     * @param subject  the subject this section reads and replaces
     * @param executor runs Refresh in the background
     * @param computes reads and starts the compute
     * @param follower the app's one follower of operations (joins a start or stop another screen already follows)
     */
    public SshStartRefreshSection(SshSubjectSection subject, TaskExecutor executor, ComputeClient computes,
                                  OperationFollower follower) {
        this.subject = Objects.requireNonNull(subject);
        this.executor = Objects.requireNonNull(executor);
        this.computes = Objects.requireNonNull(computes);
        this.follower = Objects.requireNonNull(follower);
        canStartFirst = subject.startFirstVisibleProperty().and(starting.not());
    }

    /**
     * Starts the stopped compute instance through the app's one follower (joining a start or stop another screen
     * already follows, instead of sending another), then shows its commands once it is Running.
     */
    public void startFirst() {
        if (!canStartFirst.get()) {
            return;
        }
        SshSubject now = subject.get();
        WorkspaceRef workspace = now.workspace();
        String name = now.computeName();
        String title = Messages.get("ssh.code.task.start", name);
        starting.set(true);
        error.set(null);
        subject.announce(Messages.get("ssh.code.starting", name));
        follower.follow(workspace, name, title, OperationFollower.Action.START, computes,
                () -> computes.start(workspace, name)).whenEnded(outcome -> {
                    starting.set(false);
                    if (outcome.compute() != null) {
                        subject.set(SshSubject.of(workspace, outcome.compute(), null));
                    }
                    ErrorInfo problem = outcome.errorInfo(title);
                    if (problem != null) {
                        retryAction = this::startFirst;
                        error.set(problem);
                    }
                    if (!outcome.succeeded() || outcome.compute() == null) {
                        // Takes back "Starting…": the subject's own reason shows again.
                        subject.recompute();
                    }
                });
    }

    /** Reads the compute (and the node) again, e.g. when it had no address yet. */
    public void refresh() {
        if (refreshing.get()) {
            return;
        }
        SshSubject now = subject.get();
        WorkspaceRef workspace = now.workspace();
        String name = now.computeName();
        String nodeId = now.isNode() ? now.node().nodeId() : null;
        String title = Messages.get(nodeId == null ? "ssh.code.task.readCompute" : "ssh.code.task.readNodes", name);
        refreshing.set(true);
        error.set(null);
        executor.submit(BackgroundTask.titled(title, now.targetName(), token -> {
                    ComputeResource compute = computes.get(workspace, name);
                    if (nodeId == null) {
                        return new Refreshed(compute, null, false);
                    }
                    Optional<AmlComputeNode> node = computes.listNodes(workspace, name).stream()
                            .filter(n -> nodeId.equals(n.nodeId())).findFirst();
                    return new Refreshed(compute, node.orElse(null), node.isEmpty());
                })
                .onSuccess(refreshed -> {
                    if (refreshed.nodeGone()) {
                        AmlComputeNode gone = new AmlComputeNode(nodeId, null, null, null, "leaving", null);
                        subject.set(SshSubject.of(workspace, refreshed.compute(), gone));
                        subject.announce(Messages.get("ssh.code.nodeGone", nodeId));
                    } else {
                        subject.set(SshSubject.of(workspace, refreshed.compute(), refreshed.node()));
                    }
                })
                .onFailure(failure -> {
                    retryAction = this::refresh;
                    error.set(ErrorInfos.from(Messages.get("common.code.failed", title), failure));
                })
                .whenDone(() -> refreshing.set(false)));
    }

    private record Refreshed(ComputeResource compute, AmlComputeNode node, boolean nodeGone) {
    }

    /** Repeats the operation that failed (the error banner's Retry). */
    public void retry() {
        error.set(null);
        retryAction.run();
    }

    /** True while Start first runs. */
    public ReadOnlyBooleanProperty startingProperty() {
        return starting;
    }

    /** True when Start first is shown and not already running. */
    public BooleanBinding canStartFirstProperty() {
        return canStartFirst;
    }

    /** True while Refresh reads the compute. */
    public ReadOnlyBooleanProperty refreshingProperty() {
        return refreshing;
    }

    /** A failed Start or Refresh, for the error banner; null when none. */
    public ObjectProperty<ErrorInfo> errorProperty() {
        return error;
    }
}
