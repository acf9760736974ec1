package dev.computedesk.ui.common;

import dev.computedesk.azure.http.CallRecord;
import dev.computedesk.azure.http.CallScope;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class TrackingTaskExecutorTest {

    private static CallRecord call(String requestId, int status) {
        return new CallRecord(Instant.now(), "GET", "/subscriptions", status, requestId, "corr-" + requestId,
                Duration.ofMillis(5), null);
    }

    @Nested
    class Synchronous {
        private final OperationLog log = new OperationLog();
        private final TaskExecutor executor = TrackingTaskExecutor.synchronous(log);

        @Test
        void successDeliversTheResultAndLogsTheOperation() {
            AtomicReference<String> result = new AtomicReference<>();
            TaskHandle handle = executor.submit(BackgroundTask.titled("Listing computes", "ws-demo", token -> "three")
                    .onSuccess(result::set));

            assertThat(result.get()).isEqualTo("three");
            assertThat(handle.isDone()).isTrue();
            assertThat(log.running()).isEmpty();
            assertThat(log.finished()).singleElement().satisfies(entry -> {
                assertThat(entry.title()).isEqualTo("Listing computes");
                assertThat(entry.target()).isEqualTo("ws-demo");
                assertThat(entry.outcome()).isEqualTo(ActivityEntry.Outcome.SUCCEEDED);
                assertThat(entry.resultText()).isEqualTo("Succeeded");
            });
        }

        @Test
        void failureDeliversTheErrorAndLogsItsMessage() {
            AtomicReference<Throwable> error = new AtomicReference<>();
            AtomicReference<String> success = new AtomicReference<>();
            executor.submit(BackgroundTask.<String>titled("Stopping compute instance ci-a", "ci-a", token -> {
                throw new IllegalStateException("Conflict: ci-a is Stopped");
            }).onSuccess(success::set).onFailure(error::set));

            assertThat(success.get()).isNull();
            assertThat(error.get()).hasMessage("Conflict: ci-a is Stopped");
            assertThat(log.finished().get(0).outcome()).isEqualTo(ActivityEntry.Outcome.FAILED);
            assertThat(log.finished().get(0).resultText()).isEqualTo("Failed: Conflict: ci-a is Stopped");
        }

        @Test
        void theHttpCallsOfATaskAreRecordedWithItsEntry() {
            executor.submit(BackgroundTask.titled("Starting compute instance ci-b", "ci-b", token -> {
                CallScope.current().onCall(call("req-1", 202));
                CallScope.current().onCall(call("req-2", 200));
                return null;
            }));

            ActivityEntry entry = log.finished().get(0);
            assertThat(entry.calls()).extracting(CallRecord::requestId).containsExactly("req-1", "req-2");
            assertThat(entry.firstRequestId()).isEqualTo("req-1");
            assertThat(entry.lastStatus()).isEqualTo(200);
            assertThat(CallScope.current()).as("the scope closes with the task").isNull();
        }

        @Test
        void theFailureObserverSeesEveryFailureBeforeTheTasksOwnCallback() {
            List<String> seen = new ArrayList<>();
            ((TrackingTaskExecutor) executor).setFailureObserver(error -> seen.add("observer: " + error.getMessage()));
            executor.submit(BackgroundTask.<String>titled("Listing computes", "ws", token -> {
                throw new IllegalStateException("expired");
            }).onFailure(error -> seen.add("task: " + error.getMessage())));
            executor.submit(BackgroundTask.titled("ok", "", token -> 1));

            assertThat(seen).containsExactly("observer: expired", "task: expired");
        }

        @Test
        void theLogListsNewestFirst() {
            executor.submit(BackgroundTask.titled("first", "", token -> 1));
            executor.submit(BackgroundTask.titled("second", "", token -> 2));

            assertThat(log.finished()).extracting(ActivityEntry::title).containsExactly("second", "first");
        }

        @Test
        void whenDoneRunsAfterEitherOutcome() {
            AtomicReference<String> order = new AtomicReference<>("");
            executor.submit(BackgroundTask.titled("ok", "", token -> 1)
                    .onSuccess(v -> order.set(order.get() + "success,"))
                    .whenDone(() -> order.set(order.get() + "done")));
            assertThat(order.get()).isEqualTo("success,done");
        }
    }

    @Nested
    class OnTheFxThread {
        private final OperationLog log = new OperationLog();
        private TrackingTaskExecutor executor;

        @BeforeAll
        static void startToolkit() throws Exception {
            FxToolkit.registerPrimaryStage();
        }

        @AfterEach
        void stop() {
            executor.close();
        }

        private TrackingTaskExecutor newExecutor() {
            executor = TrackingTaskExecutor.forFx(log, TrackingTaskExecutor.defaultWorkers(), Platform::runLater);
            return executor;
        }

        @Test
        void workRunsOffTheFxThreadAndCallbacksOnIt() throws Exception {
            TrackingTaskExecutor fx = newExecutor();
            AtomicReference<Boolean> workOnFx = new AtomicReference<>();
            AtomicReference<Boolean> callbackOnFx = new AtomicReference<>();
            AtomicReference<Boolean> listedWhileRunning = new AtomicReference<>();
            CountDownLatch finished = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);

            Platform.runLater(() -> {
                fx.submit(BackgroundTask.titled("Listing workspaces", "", token -> {
                    workOnFx.set(Platform.isFxApplicationThread());
                    release.await(10, TimeUnit.SECONDS);
                    return "ok";
                }).onSuccess(value -> callbackOnFx.set(Platform.isFxApplicationThread()))
                        .whenDone(finished::countDown));
                listedWhileRunning.set(log.running().size() == 1);
            });
            release.countDown();

            assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(workOnFx.get()).isFalse();
            assertThat(callbackOnFx.get()).isTrue();
            assertThat(listedWhileRunning.get()).isTrue();
            assertThat(onFx(() -> log.running().isEmpty())).isTrue();
        }

        @Test
        void publishedUpdatesRunOnTheFxThreadInOrderBeforeTheResult() throws Exception {
            TrackingTaskExecutor fx = newExecutor();
            List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
            CountDownLatch finished = new CountDownLatch(1);
            Platform.runLater(() -> fx.submit(BackgroundTask.titled("Listing computes", "ws", context -> {
                for (int page = 1; page <= 3; page++) {
                    int number = page;
                    context.publish(() -> seen.add("page " + number + (Platform.isFxApplicationThread() ? " on fx" : "")));
                }
                return "all";
            }).onSuccess(value -> seen.add(value)).whenDone(finished::countDown)));

            assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(seen).containsExactly("page 1 on fx", "page 2 on fx", "page 3 on fx", "all");
        }

        @Test
        void failureCallbackRunsOnTheFxThread() throws Exception {
            TrackingTaskExecutor fx = newExecutor();
            AtomicReference<Boolean> onFxThread = new AtomicReference<>();
            CountDownLatch finished = new CountDownLatch(1);
            Platform.runLater(() -> fx.submit(BackgroundTask.<String>titled("Deleting", "c", token -> {
                throw new IOException("connection reset");
            }).onFailure(error -> onFxThread.set(Platform.isFxApplicationThread())).whenDone(finished::countDown)));

            assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(onFxThread.get()).isTrue();
        }

        @Test
        void cancelInterruptsTheWorkAndReportsCancelled() throws Exception {
            TrackingTaskExecutor fx = newExecutor();
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch finished = new CountDownLatch(1);
            AtomicReference<String> outcome = new AtomicReference<>("none");
            AtomicReference<TaskHandle> handle = new AtomicReference<>();
            Platform.runLater(() -> handle.set(fx.submit(BackgroundTask.titled("Waiting for ci-a", "ci-a", token -> {
                started.countDown();
                new CountDownLatch(1).await(); // blocks until interrupted
                return "never";
            }).onSuccess(v -> outcome.set("success")).onFailure(e -> outcome.set("failure"))
                    .onCancelled(() -> outcome.set(Platform.isFxApplicationThread() ? "cancelled on fx" : "cancelled"))
                    .whenDone(finished::countDown))));

            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            Platform.runLater(() -> handle.get().cancel());

            assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(outcome.get()).isEqualTo("cancelled on fx");
            assertThat(handle.get().isDone()).isTrue();
            assertThat(onFx(() -> log.finished().get(0).outcome())).isEqualTo(ActivityEntry.Outcome.CANCELLED);
        }

        private <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
            java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(read);
            Platform.runLater(task);
            return task.get(10, TimeUnit.SECONDS);
        }
    }
}
