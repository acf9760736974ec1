package dev.computedesk.ui.common;

import dev.computedesk.azure.http.CallRecord;
import dev.computedesk.azure.http.CallScope;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Runs tasks on a worker executor and publishes their outcome through a UI executor, recording each
 * one in the {@link OperationLog}.
 *
 * <p>The same class serves the app ({@link #forFx}: a small bounded pool, callbacks through
 * {@code Platform.runLater}) and tests ({@link #synchronous}: everything inline on the caller's thread),
 * so the tracking that tests observe is the tracking the app does.
 */
public final class TrackingTaskExecutor implements TaskExecutor, AutoCloseable {

    private final OperationLog log;
    private final ExecutorService workers;
    private final Executor direct;
    private final Executor ui;
    private final Clock clock;
    private volatile Consumer<Throwable> failureObserver = error -> { };

    private TrackingTaskExecutor(OperationLog log, ExecutorService workers, Executor ui, Clock clock) {
        this.log = Objects.requireNonNull(log);
        this.workers = workers;
        this.direct = Runnable::run;
        this.ui = Objects.requireNonNull(ui);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The app's executor: {@code workers} run the work, {@code fxThread} (Platform::runLater) the callbacks. */
    public static TrackingTaskExecutor forFx(OperationLog log, ExecutorService workers, Executor fxThread) {
        return new TrackingTaskExecutor(log, Objects.requireNonNull(workers), fxThread, Clock.systemUTC());
    }

    /**
     * A small bounded pool of daemon threads for background work: enough for a few ARM calls at once
     * without flooding the throttling bucket, and never keeping the JVM alive after the window closes.
     */
    public static ExecutorService defaultWorkers() {
        java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        return java.util.concurrent.Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "compute-desk-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The tests' executor: work and callbacks run inline, before {@link #submit} returns. */
    public static TrackingTaskExecutor synchronous(OperationLog log) {
        return new TrackingTaskExecutor(log, null, Runnable::run, Clock.systemUTC());
    }

    /**
     * Sees every task's failure (on the UI thread, before the task's own callback), so the app can react to what
     * concerns all screens alike, such as an expired sign-in.
     */
    public void setFailureObserver(Consumer<Throwable> observer) {
        this.failureObserver = Objects.requireNonNull(observer);
    }

    @Override
    public <T> TaskHandle submit(BackgroundTask<T> task) {
        Job<T> job = new Job<>(task, clock.instant());
        log.started(job.operation);
        if (workers == null) {
            direct.execute(job::runWork);
        } else {
            try {
                workers.execute(job::runWork);
            } catch (java.util.concurrent.RejectedExecutionException closed) {
                // After close(): a late callback (a follow ending as the window closes) starts nothing.
                job.cancel();
                ui.execute(() -> job.finish(null, new CancellationException("The app is closing"), Duration.ZERO));
            }
        }
        return job;
    }

    /** Stops the worker pool; running work is interrupted, and tasks submitted afterwards are cancelled at once. */
    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    private final class Job<T> implements TaskHandle, TaskContext {
        private final BackgroundTask<T> task;
        private final Instant startedAt;
        private final long startNanos = System.nanoTime();
        private final RunningOperation operation;
        private final List<CallRecord> calls = new ArrayList<>();
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private volatile boolean done;
        private final List<Runnable> cancelActions = new ArrayList<>();
        private volatile String note;
        /** The worker running the work, while it runs; guarded by {@code this}. */
        private Thread worker;

        Job(BackgroundTask<T> task, Instant startedAt) {
            this.task = task;
            this.startedAt = startedAt;
            this.operation = new RunningOperation(task.title(), task.target(), startedAt, this);
        }

        void runWork() {
            T value = null;
            Throwable error = null;
            synchronized (this) {
                worker = Thread.currentThread();
            }
            try (CallScope scope = CallScope.open(this::record)) {
                throwIfCancelled();
                value = task.work().run(this);
            } catch (Throwable t) {
                error = unwrap(t);
            } finally {
                synchronized (this) {
                    worker = null;
                    Thread.interrupted(); // a late cancel must not leak into the pool's next task
                }
            }
            Duration duration = Duration.ofNanos(System.nanoTime() - startNanos);
            T result = value;
            Throwable failure = error;
            ui.execute(() -> finish(result, failure, duration));
        }

        private void record(CallRecord call) {
            synchronized (calls) {
                calls.add(call);
            }
        }

        private void finish(T value, Throwable error, Duration duration) {
            ActivityEntry.Outcome outcome;
            String message = "";
            boolean cancelledNow = cancelled.get() || error instanceof CancellationException;
            if (cancelledNow && task.followsOperation()) {
                outcome = ActivityEntry.Outcome.NO_LONGER_FOLLOWED;
                message = StoppedFollowing.mayStillComplete();
            } else if (cancelledNow) {
                outcome = ActivityEntry.Outcome.CANCELLED;
            } else if (error instanceof StoppedFollowing) {
                outcome = ActivityEntry.Outcome.NO_LONGER_FOLLOWED;
                message = messageOf(error);
            } else if (error != null) {
                outcome = ActivityEntry.Outcome.FAILED;
                message = messageOf(error);
            } else {
                outcome = ActivityEntry.Outcome.SUCCEEDED;
                message = note == null ? "" : note;
            }
            List<CallRecord> made;
            synchronized (calls) {
                made = List.copyOf(calls);
            }
            int lastStatus = made.isEmpty() ? 0 : made.get(made.size() - 1).status();
            String firstRequestId = made.stream().map(CallRecord::requestId).filter(Objects::nonNull)
                    .findFirst().orElse("");
            log.ended(operation, new ActivityEntry(startedAt, task.title(), task.target(), outcome, message,
                    lastStatus, firstRequestId, duration, made));
            try {
                if (cancelledNow) {
                    task.cancelled();
                } else if (error != null) {
                    // The observer looks for what concerns every screen (an expired sign-in), also inside a follow.
                    boolean followEnd = error instanceof StoppedFollowing || error instanceof FollowEnded;
                    failureObserver.accept(followEnd && error.getCause() != null ? error.getCause() : error);
                    task.failed(error);
                } else {
                    task.succeeded(value);
                }
            } finally {
                done = true;
                task.done();
            }
        }

        @Override
        public void cancel() {
            if (done || !cancelled.compareAndSet(false, true)) {
                return;
            }
            List<Runnable> actions;
            synchronized (this) {
                actions = List.copyOf(cancelActions);
                if (worker != null && worker != Thread.currentThread()) {
                    worker.interrupt();
                }
            }
            actions.forEach(Runnable::run);
        }

        @Override
        public void onCancel(Runnable action) {
            synchronized (this) {
                if (!cancelled.get()) {
                    cancelActions.add(action);
                    return;
                }
            }
            action.run();
        }

        @Override
        public void note(String remark) {
            note = remark;
        }

        @Override
        public void publish(Runnable update) {
            ui.execute(() -> {
                if (!cancelled.get()) {
                    update.run();
                }
            });
        }

        @Override
        public boolean isDone() {
            return done;
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while (current instanceof ExecutionException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static String messageOf(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }
}
