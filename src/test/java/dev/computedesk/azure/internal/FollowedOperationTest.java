package dev.computedesk.azure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.http.HttpResponse;
import dev.computedesk.azure.ConnectionOptions;
import dev.computedesk.azure.OperationCancelledException;
import dev.computedesk.azure.OperationFailedException;
import dev.computedesk.azure.OperationNoLongerFollowedException;
import dev.computedesk.azure.OperationStatus;
import dev.computedesk.azure.OperationStatus.State;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * ARM's async-operation rules as {@link FollowedOperation} plays them over azure-core's poller, on scripted answers:
 * Azure-AsyncOperation (unknown statuses still running), Location only, provisioningState after a PUT, Failed and
 * Canceled with ARM's error and both request ids, final answers without headers, and the bad answers (202 with
 * nothing to follow, another host, long Retry-After, the follow limit, cancel during a wait).
 */
class FollowedOperationTest {
    private static final String BASE = "https://management.azure.com/";
    private final CapturingHttpClient transport = new CapturingHttpClient();
    private final ArmHttp http = new ArmHttp(new HttpPipelineBuilder().httpClient(transport).build(), BASE);
    private ConnectionOptions options = ConnectionOptions.defaults().withPollFallback(Duration.ofMillis(5))
            .withMaxRetryAfter(Duration.ofMillis(50));

    private <T> FollowedOperation<T> follow(HttpMethod method, String path, java.util.function.Supplier<T> result) {
        HttpResponse first = http.send(method, BASE + path, method == HttpMethod.PUT ? "{}".getBytes() : null);
        return new FollowedOperation<>(http, http.followingPipeline(), "test", first, result, options);
    }

    private List<String> urls() {
        return transport.requests.stream().map(r -> r.getUrl().toString()).toList();
    }

    @Test
    void anUnknownStatusIsStillRunningUntilSucceeded() {
        transport.then(202, null, "Azure-AsyncOperation", BASE + "op/1", "Location", BASE + "res/1", "Retry-After", "0")
                .then(200, "{\"status\":\"Updating\"}", "Retry-After", "0")
                .then(200, "{\"status\":\"InProgress\",\"percentComplete\":40}", "Retry-After", "0")
                .then(200, "{\"status\":\"Succeeded\"}");
        List<OperationStatus> seen = new CopyOnWriteArrayList<>();
        FollowedOperation<String> op = follow(HttpMethod.POST, "c/stop?api-version=1", () -> "done");
        op.addListener(seen::add);

        assertThat(op.waitForCompletion()).isEqualTo("done");
        assertThat(urls()).containsExactly(BASE + "c/stop?api-version=1", BASE + "op/1", BASE + "op/1", BASE + "op/1");
        assertThat(seen).extracting(OperationStatus::state).containsExactly(State.IN_PROGRESS, State.IN_PROGRESS,
                State.IN_PROGRESS, State.SUCCEEDED);
        assertThat(seen).extracting(OperationStatus::armStatus).containsExactly("Accepted", "Updating", "InProgress",
                "Succeeded");
        assertThat(seen.get(2).percentComplete()).isEqualTo(40.0);
        // Ended: asking again answers at once.
        assertThat(op.waitForCompletion()).isEqualTo("done");
        assertThat(transport.requests).hasSize(4);
    }

    @Test
    void locationAloneIsPolledUntilItStopsAnswering202() {
        transport.then(202, null, "Location", BASE + "res/1", "Retry-After", "0")
                .then(202, null, "Retry-After", "0")
                .then(204, null);
        FollowedOperation<Object> op = follow(HttpMethod.DELETE, "c?api-version=1", null);
        assertThat(op.waitForCompletion()).isNull();
        assertThat(urls()).containsExactly(BASE + "c?api-version=1", BASE + "res/1", BASE + "res/1");
        assertThat(op.status().state()).isEqualTo(State.SUCCEEDED);
    }

    @Test
    void locationAnsweringArmsErrorIsTheOperationsFailure() {
        transport.then(202, null, "Location", BASE + "res/1", "Retry-After", "0", "x-ms-request-id", "accepted-1")
                .then(400, "{\"error\":{\"code\":\"StopFailed\",\"message\":\"It did not stop.\"}}",
                        "x-ms-request-id", "status-1");
        FollowedOperation<Object> op = follow(HttpMethod.POST, "c/stop?api-version=1", null);
        assertThatThrownBy(op::waitForCompletion).isInstanceOfSatisfying(OperationFailedException.class, e -> {
            assertThat(e.code()).isEqualTo("StopFailed");
            assertThat(e.requestId()).isEqualTo("accepted-1");
            assertThat(e.statusRequestId()).isEqualTo("status-1");
        });
    }

    @Test
    void failedAndCanceledCarryArmsErrorAndBothRequestIds() {
        transport.then(201, "{\"properties\":{\"provisioningState\":\"Creating\"}}", "Azure-AsyncOperation",
                        BASE + "op/1", "Retry-After", "0", "x-ms-request-id", "accepted-1")
                .then(200, "{\"status\":\"Failed\",\"error\":{\"code\":\"QuotaExceeded\",\"message\":\"No cores\","
                        + "\"details\":[{\"code\":\"Inner\",\"message\":\"detail\"}]}}", "x-ms-request-id", "status-1");
        FollowedOperation<Object> op = follow(HttpMethod.PUT, "c?api-version=1", () -> "unused");
        assertThatThrownBy(op::waitForCompletion).isInstanceOfSatisfying(OperationFailedException.class, e -> {
            assertThat(e.code()).isEqualTo("QuotaExceeded");
            assertThat(e.getMessage()).isEqualTo("QuotaExceeded: No cores (request id accepted-1)");
            assertThat(e.details()).extracting(d -> d.code()).containsExactly("Inner");
            assertThat(e.canceled()).isFalse();
            assertThat(e.httpStatus()).isEqualTo(201);
            assertThat(e.statusRequestId()).isEqualTo("status-1");
        });
        assertThat(op.status().state()).isEqualTo(State.FAILED);
        assertThat(op.status().error().code()).isEqualTo("QuotaExceeded");

        transport.then(202, null, "Azure-AsyncOperation", BASE + "op/2", "Retry-After", "0")
                .then(200, "{\"status\":\"Canceled\"}");
        FollowedOperation<Object> canceled = follow(HttpMethod.DELETE, "d?api-version=1", null);
        assertThatThrownBy(canceled::waitForCompletion).isInstanceOfSatisfying(OperationFailedException.class, e -> {
            assertThat(e.canceled()).isTrue();
            assertThat(e.code()).isEqualTo("OperationCanceled");
        });
        assertThat(canceled.status().state()).isEqualTo(State.CANCELED);
    }

    @Test
    void aPutWithoutHeadersIsFollowedThroughItsProvisioningState() {
        transport.then(201, "{\"properties\":{\"provisioningState\":\"Creating\"}}", "Retry-After", "0")
                .then(200, "{\"properties\":{\"provisioningState\":\"Creating\"}}", "Retry-After", "0")
                .then(200, "{\"properties\":{\"provisioningState\":\"Failed\",\"provisioningErrors\":[{\"error\":"
                        + "{\"code\":\"AllocationFailed\",\"message\":\"No capacity\"}}]}}");
        FollowedOperation<Object> op = follow(HttpMethod.PUT, "c?api-version=1", () -> "unused");
        assertThat(op.status().state()).isEqualTo(State.IN_PROGRESS);
        assertThatThrownBy(op::waitForCompletion).isInstanceOfSatisfying(OperationFailedException.class,
                e -> assertThat(e.code()).isEqualTo("AllocationFailed"));
        assertThat(urls()).allMatch(u -> u.equals(BASE + "c?api-version=1"));
    }

    @Test
    void anAnswerWithoutHeadersIsFinal() {
        transport.then(200, "{}");
        FollowedOperation<String> op = follow(HttpMethod.POST, "c/start?api-version=1", () -> "read again");
        assertThat(op.status().state()).isEqualTo(State.SUCCEEDED);
        assertThat(op.waitForCompletion()).isEqualTo("read again");
        assertThat(transport.requests).hasSize(1);
    }

    @Test
    void anAcceptedRequestWithNothingToFollowIsNotReportedAsFailed() {
        transport.then(202, null, "x-ms-request-id", "accepted-1");
        FollowedOperation<Object> op = follow(HttpMethod.POST, "c/stop?api-version=1", null);
        assertThatThrownBy(op::waitForCompletion).isInstanceOfSatisfying(OperationNoLongerFollowedException.class,
                e -> {
                    assertThat(e.code()).isEqualTo(OperationNoLongerFollowedException.NOT_FOLLOWABLE);
                    assertThat(e.requestId()).isEqualTo("accepted-1");
                });
        assertThat(op.status().state()).isEqualTo(State.POLLING_STOPPED);
        assertThat(transport.requests).hasSize(1);
    }

    @Test
    void aStatusUrlOnAnotherHostIsNeverCalled() {
        transport.then(202, null, "Azure-AsyncOperation", "https://elsewhere.example.com/op/1", "Retry-After", "0");
        FollowedOperation<Object> op = follow(HttpMethod.POST, "c/stop?api-version=1", null);
        assertThatThrownBy(op::waitForCompletion).isInstanceOfSatisfying(OperationNoLongerFollowedException.class,
                e -> {
                    assertThat(e.code()).isEqualTo(OperationNoLongerFollowedException.STATUS_UNREADABLE);
                    assertThat(e.getMessage()).contains("UnexpectedHost");
                });
        assertThat(urls()).noneMatch(u -> u.contains("elsewhere"));
    }

    @Test
    void aRetryAfterOfHoursIsWaitedAsTheCap() {
        transport.then(202, null, "Azure-AsyncOperation", BASE + "op/1", "Retry-After", "7200")
                .then(200, "{\"status\":\"InProgress\"}", "Retry-After", "7200")
                .then(200, "{\"status\":\"Succeeded\"}");
        FollowedOperation<Object> op = follow(HttpMethod.POST, "c/stop?api-version=1", null);
        long t0 = System.nanoTime();
        op.waitForCompletion();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
        assertThat(transport.requests).hasSize(3);
    }

    @Test
    void followingEndsAtTheLimitWhileArmStillSaysRunning() {
        options = options.withFollowLimit(Duration.ofMillis(300));
        transport.then(202, null, "Azure-AsyncOperation", BASE + "op/1", "Retry-After", "0", "x-ms-request-id", "a-1");
        transport.always(200, "{\"status\":\"InProgress\"}", "Retry-After", "0");
        FollowedOperation<Object> op = follow(HttpMethod.POST, "c/stop?api-version=1", null);
        assertThatThrownBy(op::waitForCompletion).isInstanceOfSatisfying(OperationNoLongerFollowedException.class,
                e -> {
                    assertThat(e.code()).isEqualTo(OperationNoLongerFollowedException.FOLLOW_LIMIT_REACHED);
                    assertThat(e.requestId()).isEqualTo("a-1");
                    assertThat(e.getMessage()).contains("300 ms").contains(OperationNoLongerFollowedException
                            .NO_LONGER_FOLLOWED);
                });
        assertThat(op.status().state()).isEqualTo(State.POLLING_STOPPED);
    }

    @Test
    void cancelWakesAWaitingPollAtOnce() throws Exception {
        options = options.withMaxRetryAfter(Duration.ofSeconds(60));
        transport.then(202, null, "Azure-AsyncOperation", BASE + "op/1", "Retry-After", "0")
                .then(200, "{\"status\":\"InProgress\"}", "Retry-After", "30");
        FollowedOperation<Object> op = follow(HttpMethod.POST, "c/stop?api-version=1", null);
        CountDownLatch polled = new CountDownLatch(1);
        op.addListener(s -> {
            if (s.polls() == 1) {
                polled.countDown();
            }
        });
        CompletableFuture<Object> waiting = CompletableFuture.supplyAsync(op::waitForCompletion);
        assertThat(polled.await(10, TimeUnit.SECONDS)).isTrue();
        long t0 = System.nanoTime();
        op.cancel();
        assertThatThrownBy(() -> waiting.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(OperationCancelledException.class)
                .hasMessageContaining("no longer followed; the operation may still complete in Azure");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
        assertThat(op.isCancelled()).isTrue();
        assertThat(op.status().state()).isEqualTo(State.POLLING_STOPPED);
        assertThat(transport.requests).hasSize(2);
    }
}
