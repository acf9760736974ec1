package dev.computedesk.ui.common;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.computedesk.azure.ArmException;
import dev.computedesk.azure.ArmOperation;
import dev.computedesk.azure.AuthenticationRequiredException;
import dev.computedesk.azure.ComputeClient;
import dev.computedesk.azure.OperationCancelledException;
import dev.computedesk.azure.OperationFailedException;
import dev.computedesk.azure.OperationStatus;
import dev.computedesk.azure.model.ArmError;
import dev.computedesk.azure.model.ArmErrorResponse;
import dev.computedesk.azure.model.ComputeInstanceProperties;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.domain.compute.ComputeInstanceState;
import dev.computedesk.domain.compute.ProvisioningState;
import dev.computedesk.domain.text.Messages;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one way the app follows an operation on a compute to its end (docs/operations.md): the Compute
 * page's row actions, the create and attach forms, the SSH helper's "Start it first" and the Spark pool attach all
 * go through the single instance the composition root makes.
 *
 * <p>{@link #follow} sends the request and follows the accepted operation as <em>one</em> titled background task, so
 * its activity-log entry lasts until the operation ends and records how it ended. While it runs, the compute is in
 * {@link #followed()} (keyed by workspace id and compute name, lower-cased) and a second follow of it joins the first
 * instead of sending again. Every change is published as a {@link ComputeEvents.Change}: the transitional state as
 * soon as ARM accepts (read back, or set here from the action when the read lags), the compute read again at the end,
 * {@link ComputeEvents.Kind#REMOVED} once a delete or detach succeeded.
 *
 * <p>When the request's outcome is unknown (no reply, an unreadable 2xx body, a {@code 409} for an operation already
 * running), it is not reported as failed: the compute is read, and if it shows the operation happening it is followed
 * by re-reading it to its end ("the reply was lost, but the service accepted it").
 *
 * <p>Cancel stops following only: Azure is not asked to stop, and the activity log says so.
 *
 * <p>Why this class is longer than about 400 lines: it is the one place that decides how a followed operation ended
 * (accepted, failed, refused, reply lost, no longer followed, cancelled, time limit reached) and what the page sees
 * for each; splitting the decisions across classes would let two screens answer the same end differently, which
 * is what this class exists to prevent. The waiting itself is azure-core's poller (docs/following-operations.md).
 */
public final class OperationFollower {

    /** What the followed request does to the compute. */
    public enum Action {
        CREATE("Creating"), UPDATE("Updating"), START("Starting"), STOP("Stopping"), RESTART("Restarting"),
        DELETE("Deleting"), DETACH("Detaching");

        private final String ongoing;

        Action(String ongoing) {
            this.ongoing = ongoing;
        }

        /** "Stopping", "Deleting" … (the state word ARM uses, in English). */
        public String ongoing() {
            return ongoing;
        }

        /** What the action does, as the user reads it ("Stopping the compute"). */
        String doing() {
            String key = "common.code.doing." + name().toLowerCase(Locale.ROOT);
            return Messages.get(key);
        }

        boolean removes() {
            return this == DELETE || this == DETACH;
        }
    }

    /** How a follow ended. */
    public enum Result {
        /** Azure reported Succeeded (or the compute read back shows the action done). */
        SUCCEEDED,
        /** Azure reported the operation Failed (ARM's error in {@link Outcome#failure()}). */
        FAILED,
        /** Azure reported the operation Canceled. */
        CANCELED,
        /** The request itself was refused: nothing was accepted. */
        REFUSED,
        /** The app could not learn the end (status unreadable, follow limit); the compute was read again. */
        NO_LONGER_FOLLOWED,
        /** The user stopped following; the operation may still complete in Azure. */
        CANCELLED_BY_USER
    }

    /**
     * The end of a follow.
     *
     * @param result  how it ended
     * @param compute the compute as last read (null when it is gone, or could not be read)
     * @param failure ARM's error (or the failure) for every result but SUCCEEDED and CANCELLED_BY_USER; else null
     * @param note    a remark such as "the reply was lost, but the service accepted it", or empty
     */
    public record Outcome(Result result, ComputeResource compute, Throwable failure, String note) {

        public boolean succeeded() {
            return result == Result.SUCCEEDED;
        }

        /**
         * What a banner shows, or null for a success or a user's cancel: "{@code title} failed" with ARM's code,
         * message and request id, or "{@code title}: no longer followed" with why.
         */
        public ErrorInfo errorInfo(String title) {
            switch (result) {
                case REFUSED:
                    return ErrorInfos.from(Messages.get("common.code.failed", title), failure);
                case FAILED:
                case CANCELED: {
                    // Azure ran it and it did not succeed: asking again is a sensible way on.
                    ErrorInfo arm = ErrorInfos.from(Messages.get(result == Result.FAILED ? "common.code.failed"
                            : "common.code.canceledInAzure", title), failure);
                    return new ErrorInfo(arm.what(), arm.code(), arm.message(), arm.requestId(), true);
                }
                case NO_LONGER_FOLLOWED: {
                    ErrorInfo cause = ErrorInfos.from(Messages.get("common.code.noLongerFollowed", title), failure);
                    return new ErrorInfo(cause.what(), cause.code(), cause.message()
                            + (cause.message().contains(StoppedFollowing.mayStillComplete()) ? ""
                            : " " + Messages.get("common.code.rowShowsStateNow")),
                            cause.requestId(), false);
                }
                default:
                    return null;
            }
        }
    }

    /** One compute being followed, as callers see it. Its callbacks run on the FX thread. */
    public static final class Follow {
        private final String key;
        private final String title;
        private final List<Consumer<ComputeResource>> acceptedListeners = new ArrayList<>();
        private final List<Consumer<Outcome>> endListeners = new ArrayList<>();
        private TaskHandle handle;
        /** The running work's context, so a cancel from inside a synchronous run reaches it too. */
        private volatile TaskContext context;
        private boolean accepted;
        private ComputeResource acceptedAs;
        private Outcome outcome;

        private Follow(String key, String title) {
            this.key = key;
            this.title = title;
        }

        public String title() {
            return title;
        }

        /** Calls {@code listener} once ARM accepted the request (at once when it already has). */
        public Follow whenAccepted(Consumer<ComputeResource> listener) {
            if (accepted) {
                listener.accept(acceptedAs);
            } else if (outcome == null) {
                acceptedListeners.add(listener);
            }
            return this;
        }

        /** Calls {@code listener} with the end (at once when it has ended). */
        public Follow whenEnded(Consumer<Outcome> listener) {
            if (outcome != null) {
                listener.accept(outcome);
            } else {
                endListeners.add(listener);
            }
            return this;
        }

        /** Stops following (Azure is not asked to stop anything). */
        public void cancel() {
            if (handle != null) {
                handle.cancel();
            } else if (context instanceof TaskHandle running) {
                running.cancel();
            }
        }

        public boolean isEnded() {
            return outcome != null;
        }

        /** The end, or null while it is followed. */
        public Outcome outcome() {
            return outcome;
        }

        String key() {
            return key;
        }

        private void markAccepted(ComputeResource compute) {
            if (accepted || outcome != null) {
                return;
            }
            accepted = true;
            acceptedAs = compute;
            List.copyOf(acceptedListeners).forEach(listener -> listener.accept(compute));
            acceptedListeners.clear();
        }

        private void end(Outcome end) {
            outcome = end;
            acceptedListeners.clear();
            List.copyOf(endListeners).forEach(listener -> listener.accept(end));
            endListeners.clear();
        }
    }

    /**
     * Waits between re-reads of a compute in transition that no status URL reports on (an unknown outcome here, a
     * row in transition for other reasons on the Compute page): quick at first, then patient.
     */
    public static final List<Duration> REREAD_BACKOFF = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2),
            Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(15));
    /** How long such a compute is re-read before the app stops following it (as the poller's follow limit). */
    static final Duration REREAD_LIMIT = Duration.ofMinutes(30);

    static String acceptedNote() {
        return Messages.get("common.code.acceptedNote");
    }

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final TaskExecutor executor;
    private final ComputeEvents events;
    private final ObservableSet<String> followed = FXCollections.observableSet();
    private final Map<String, Follow> follows = new HashMap<>();

    public OperationFollower(TaskExecutor executor, ComputeEvents events) {
        this.executor = Objects.requireNonNull(executor);
        this.events = Objects.requireNonNull(events);
    }

    /** The compute events this follower publishes to (the same instance the pages listen to). */
    public ComputeEvents events() {
        return events;
    }

    /** Keys ({@link #key}) of the computes followed now. Read on the FX thread. */
    public ObservableSet<String> followed() {
        return followed;
    }

    /** The key of a compute: its workspace's id and its name, lower-cased. */
    public static String key(WorkspaceRef workspace, String computeName) {
        return (workspace.id() + "/computes/" + computeName).toLowerCase(Locale.ROOT);
    }

    public boolean isFollowed(WorkspaceRef workspace, String computeName) {
        return followed.contains(key(workspace, computeName));
    }

    /** The running follow of that compute, if any. */
    public Optional<Follow> current(WorkspaceRef workspace, String computeName) {
        return Optional.ofNullable(follows.get(key(workspace, computeName)));
    }

    /**
     * Sends a request and follows its operation to the end, as one titled background task. When the compute is
     * followed already, nothing is sent and the running follow is returned.
     *
     * @param workspace   the compute's workspace
     * @param computeName the compute
     * @param title       the activity's title ("Stopping compute instance ci-a")
     * @param action      what the request does (to know the transitional state and what "done" looks like)
     * @param client      reads the compute back
     * @param send        sends the request (off the FX thread) and returns the accepted operation
     */
    public Follow follow(WorkspaceRef workspace, String computeName, String title, Action action, ComputeClient client,
                         Supplier<? extends ArmOperation<?>> send) {
        String key = key(workspace, computeName);
        Follow existing = follows.get(key);
        if (existing != null) {
            return existing;
        }
        Follow follow = new Follow(key, title);
        follows.put(key, follow);
        followed.add(key);
        Target target = new Target(workspace, computeName, action, client);
        follow.handle = executor.submit(BackgroundTask.titled(title, computeName,
                        context -> run(target, follow, send, context))
                .followingAnOperation()
                .onSuccess(follow::end)
                .onFailure(failure -> follow.end(outcomeOf(failure)))
                .onCancelled(() -> follow.end(new Outcome(Result.CANCELLED_BY_USER, null, null,
                        StoppedFollowing.mayStillComplete())))
                .whenDone(() -> {
                    follows.remove(key, follow);
                    followed.remove(key);
                }));
        return follow;
    }

    /** Follows an operation ARM has already accepted (a form's PUT), as {@link #follow} does after sending. */
    public Follow adopt(WorkspaceRef workspace, String computeName, String title, Action action, ComputeClient client,
                        ArmOperation<?> accepted) {
        return follow(workspace, computeName, title, action, client, () -> accepted);
    }

    /**
     * A request whose outcome is unknown (the failure {@code unknown} came back, see {@link #outcomeUnknown}):
     * reads the compute and, when it shows the operation happening, follows it to its end by re-reading it; else
     * ends {@link Result#REFUSED} with {@code unknown}.
     */
    public Follow verify(WorkspaceRef workspace, String computeName, String title, Action action, ComputeClient client,
                         RuntimeException unknown) {
        return follow(workspace, computeName, title, action, client, () -> {
            throw unknown;
        });
    }

    /**
     * True when a failed request may still have been carried out: no reply (I/O), an unreadable body on a 2xx, or a
     * {@code 409} (an operation on it is already running, e.g. the retry of a request whose reply was lost).
     */
    public static boolean outcomeUnknown(Throwable failure) {
        if (failure instanceof AuthenticationRequiredException) {
            return false;
        }
        if (failure instanceof ArmException arm) {
            int status = arm.httpStatus();
            return status == 0 || (status >= 200 && status < 300) || status == 409 || status == 408 || status == 504;
        }
        return failure instanceof UncheckedIOException;
    }

    // ---------------------------------------------------------------- the background work

    private record Target(WorkspaceRef workspace, String name, Action action, ComputeClient client) {
    }

    private enum Verdict { HAPPENING, DONE, NOT_HAPPENING }

    private Outcome run(Target target, Follow follow, Supplier<? extends ArmOperation<?>> send, TaskContext context) {
        follow.context = context;
        ArmOperation<?> operation;
        try {
            operation = send.get();
        } catch (RuntimeException failure) {
            context.throwIfCancelled();
            if (!outcomeUnknown(failure)) {
                throw failure;
            }
            return verifyUnknown(target, follow, failure, context);
        }
        context.onCancel(operation::cancel);
        showAccepted(target, follow, context);
        Object result;
        try {
            result = operation.waitForCompletion();
        } catch (OperationCancelledException | CancellationException stopped) {
            throw new CancellationException(StoppedFollowing.mayStillComplete());
        } catch (RuntimeException failure) {
            if (context.isCancelled()) {
                throw new CancellationException(StoppedFollowing.mayStillComplete());
            }
            return ended(target, operation.status(), failure, context);
        }
        if (target.action.removes()) {
            publish(context, target, Optional.empty());
            return new Outcome(Result.SUCCEEDED, null, null, "");
        }
        Optional<ComputeResource> after = result instanceof ComputeResource compute ? Optional.of(compute)
                : readQuietly(target);
        publish(context, target, after);
        return new Outcome(Result.SUCCEEDED, after.orElse(null), null, "");
    }

    /** ARM accepted: the row shows the transitional state at once (read back, or set from the action). */
    private void showAccepted(Target target, Follow follow, TaskContext context) {
        Optional<ComputeResource> now = readQuietly(target);
        ComputeResource shown = now.map(compute -> transitional(compute) ? compute
                : withTransitionalState(compute, target.action)).orElse(null);
        context.publish(() -> {
            if (shown != null) {
                events.publish(new ComputeEvents.Change(target.workspace, target.name, shown,
                        ComputeEvents.Kind.CHANGED));
            }
            follow.markAccepted(shown);
        });
    }

    /** The operation did not end Succeeded: read the compute as it really is, and say how it ended. */
    private Outcome ended(Target target, OperationStatus status, RuntimeException failure, TaskContext context) {
        if (status != null && status.state() == OperationStatus.State.SUCCEEDED) {
            // Only reading the final resource failed: read it once more.
            Optional<ComputeResource> fresh;
            try {
                fresh = target.client.find(target.workspace, target.name);
            } catch (RuntimeException again) {
                throw new StoppedFollowing(messageOf(again), new Outcome(Result.NO_LONGER_FOLLOWED, null, again, ""));
            }
            publish(context, target, fresh);
            return new Outcome(Result.SUCCEEDED, fresh.orElse(null), null, "");
        }
        Optional<ComputeResource> fresh = readQuietly(target);
        publish(context, target, fresh);
        if (failure instanceof OperationFailedException armEnded) {
            Result result = armEnded.canceled() ? Result.CANCELED : Result.FAILED;
            throw new FollowEnded(new Outcome(result, fresh.orElse(null), failure, ""));
        }
        throw new StoppedFollowing(messageOf(failure),
                new Outcome(Result.NO_LONGER_FOLLOWED, fresh.orElse(null), failure, ""));
    }

    /** The request's answer was lost or unreadable: read the compute, and follow it when it shows the operation. */
    private Outcome verifyUnknown(Target target, Follow follow, RuntimeException unknown, TaskContext context) {
        Optional<ComputeResource> found;
        try {
            found = target.client.find(target.workspace, target.name);
        } catch (RuntimeException unreadable) {
            throw unknown;
        }
        Verdict verdict = judge(target.action, found);
        boolean conflict = unknown instanceof ArmException arm && arm.httpStatus() == 409;
        boolean alreadyThere = conflict && verdict == Verdict.DONE
                && (target.action == Action.START || target.action == Action.STOP);
        if (verdict == Verdict.NOT_HAPPENING || alreadyThere) {
            // A 409 for a Start on a Running instance (or a Stop on a Stopped one) is a refusal, not a lost reply.
            throw unknown;
        }
        context.note(acceptedNote());
        ComputeResource shown = found.orElse(null);
        context.publish(() -> follow.markAccepted(shown));
        publish(context, target, found);
        long deadline = System.nanoTime() + REREAD_LIMIT.toNanos();
        int step = 0;
        while (verdict == Verdict.HAPPENING) {
            pause(REREAD_BACKOFF.get(Math.min(step++, REREAD_BACKOFF.size() - 1)), context);
            if (System.nanoTime() > deadline) {
                throw new StoppedFollowing(Messages.get("common.code.stillInTransition", REREAD_LIMIT.toMinutes()),
                        new Outcome(Result.NO_LONGER_FOLLOWED, found.orElse(null), unknown, acceptedNote()));
            }
            try {
                found = target.client.find(target.workspace, target.name);
            } catch (ArmException transientFailure) {
                if (transientFailure instanceof AuthenticationRequiredException) {
                    throw transientFailure;
                }
                continue;
            }
            publish(context, target, found);
            verdict = judge(target.action, found);
        }
        if (succeededAsAsked(target.action, found)) {
            return new Outcome(Result.SUCCEEDED, found.orElse(null), null, acceptedNote());
        }
        ComputeResource end = found.orElse(null);
        throw new FollowEnded(new Outcome(Result.FAILED, end, endedWith(end, target.action), acceptedNote()));
    }

    private static void pause(Duration wait, TaskContext context) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CancellationException(StoppedFollowing.mayStillComplete());
        }
        context.throwIfCancelled();
    }

    private void publish(TaskContext context, Target target, Optional<ComputeResource> compute) {
        ComputeEvents.Change change = compute.map(c -> new ComputeEvents.Change(target.workspace, target.name, c,
                        ComputeEvents.Kind.CHANGED))
                .orElse(new ComputeEvents.Change(target.workspace, target.name, null, ComputeEvents.Kind.REMOVED));
        context.publish(() -> events.publish(change));
    }

    private static Optional<ComputeResource> readQuietly(Target target) {
        try {
            return target.client.find(target.workspace, target.name);
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static Outcome outcomeOf(Throwable failure) {
        if (failure instanceof FollowEnded ended) {
            return ended.outcome();
        }
        if (failure instanceof StoppedFollowing stopped) {
            return stopped.outcome();
        }
        return new Outcome(Result.REFUSED, null, failure, "");
    }

    // ---------------------------------------------------------------- states

    private static Verdict judge(Action action, Optional<ComputeResource> found) {
        if (found.isEmpty()) {
            return action.removes() ? Verdict.DONE : Verdict.NOT_HAPPENING;
        }
        ComputeResource c = found.get();
        ComputeInstanceState state = instanceState(c);
        ProvisioningState provisioning = c.properties() == null ? null : c.properties().provisioningState();
        switch (action) {
            case CREATE:
                return transitional(c) ? Verdict.HAPPENING : Verdict.DONE;
            case UPDATE:
                return provisioning == ProvisioningState.UPDATING ? Verdict.HAPPENING : Verdict.NOT_HAPPENING;
            case START:
                return state == ComputeInstanceState.STARTING ? Verdict.HAPPENING
                        : state == ComputeInstanceState.RUNNING ? Verdict.DONE : Verdict.NOT_HAPPENING;
            case STOP:
                return state == ComputeInstanceState.STOPPING ? Verdict.HAPPENING
                        : state == ComputeInstanceState.STOPPED ? Verdict.DONE : Verdict.NOT_HAPPENING;
            case RESTART:
                return state == ComputeInstanceState.RESTARTING || state == ComputeInstanceState.STOPPING
                        || state == ComputeInstanceState.STARTING ? Verdict.HAPPENING : Verdict.NOT_HAPPENING;
            default:
                return provisioning == ProvisioningState.DELETING || state == ComputeInstanceState.DELETING
                        ? Verdict.HAPPENING : Verdict.NOT_HAPPENING;
        }
    }

    private static boolean succeededAsAsked(Action action, Optional<ComputeResource> found) {
        if (action.removes()) {
            return found.isEmpty();
        }
        if (found.isEmpty()) {
            return false;
        }
        ComputeResource c = found.get();
        ProvisioningState provisioning = c.properties() == null ? null : c.properties().provisioningState();
        ComputeInstanceState state = instanceState(c);
        switch (action) {
            case STOP:
                return state == ComputeInstanceState.STOPPED;
            case START:
            case RESTART:
                return state != null && state.isRunning();
            default:
                return provisioning == ProvisioningState.SUCCEEDED;
        }
    }

    /** The compute's own errors as the failure of an operation whose status URL was never known. */
    private static ArmException endedWith(ComputeResource c, Action action) {
        ArmError error = null;
        if (c != null && c.properties() != null && c.properties().provisioningErrors() != null) {
            error = c.properties().provisioningErrors().stream().map(ArmErrorResponse::error)
                    .filter(Objects::nonNull).findFirst().orElse(null);
        }
        if (error == null) {
            error = ArmError.of("OperationFailed", Messages.get("common.code.didNotComplete", action.doing(),
                    c == null ? Messages.get("common.code.stateGone") : describeState(c)));
        }
        return new ArmException(200, error, null, null, null);
    }

    private static String describeState(ComputeResource c) {
        ComputeInstanceState state = instanceState(c);
        if (state != null) {
            return state.label().toLowerCase(Locale.ROOT);
        }
        return c.properties() == null || c.properties().provisioningState() == null
                ? Messages.get("common.code.stateUnknown")
                : c.properties().provisioningState().label().toLowerCase(Locale.ROOT);
    }

    private static ComputeInstanceState instanceState(ComputeResource c) {
        return c.properties() instanceof ComputeInstanceProperties ci && ci.properties() != null
                ? ci.properties().state() : null;
    }

    private static boolean transitional(ComputeResource c) {
        if (c.properties() == null) {
            return false;
        }
        ProvisioningState provisioning = c.properties().provisioningState();
        if (provisioning == null || provisioning.isTransitional()) {
            return true;
        }
        ComputeInstanceState state = instanceState(c);
        return state != null && state.isTransitional();
    }

    /**
     * The compute as it is while {@code action} runs, for when the read right after ARM accepted still shows the
     * state before (ARM's reads can lag its writes by a moment).
     */
    static ComputeResource withTransitionalState(ComputeResource c, Action action) {
        try {
            ObjectNode tree = JSON.valueToTree(c);
            if (!(tree.get("properties") instanceof ObjectNode properties)) {
                return c;
            }
            switch (action) {
                case START:
                case STOP:
                case RESTART:
                    if (properties.get("properties") instanceof ObjectNode inner) {
                        inner.put("state", action.ongoing());
                    }
                    break;
                case DELETE:
                case DETACH:
                    properties.put("provisioningState", "Deleting");
                    if (properties.get("properties") instanceof ObjectNode inner && inner.has("state")) {
                        inner.put("state", "Deleting");
                    }
                    break;
                case UPDATE:
                    properties.put("provisioningState", "Updating");
                    break;
                default:
                    return c;
            }
            return JSON.treeToValue(tree, ComputeResource.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException notCopyable) {
            return c;
        }
    }

    private static String messageOf(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
