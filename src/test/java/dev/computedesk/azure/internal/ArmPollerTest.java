package dev.computedesk.azure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.http.HttpResponse;
import dev.computedesk.azure.ArmException;
import dev.computedesk.azure.OperationStatus;
import dev.computedesk.azure.OperationStatus.State;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The poller's ARM rules on scripted responses: Location polling (202 … 200), Azure-AsyncOperation Failed and
 * Canceled, provisioningState polling after a PUT answered without headers, and an already-finished operation.
 */
class ArmPollerTest {
    private static final String BASE = "https://management.azure.com/";
    private final CapturingHttpClient transport = new CapturingHttpClient();
    private final ArmHttp http = new ArmHttp(new HttpPipelineBuilder().httpClient(transport).build(), BASE);

    private <T> ArmPoller<T> poller(HttpResponse first, String resourceUrl, java.util.function.Supplier<T> result) {
        return new ArmPoller<>(http, "test", first, resourceUrl, result, Duration.ofMillis(5), Duration.ofSeconds(1));
    }

    @Test
    void locationIsPolledUntilItStopsAnswering202() {
        transport.then(202, null, "Location", BASE + "op/1", "Retry-After", "0")
                .then(202, null, "Retry-After", "0")
                .then(202, null)
                .then(200, "{}");
        HttpResponse first = http.send(HttpMethod.POST, BASE + "subscriptions/s/restart?api-version=x", null);
        List<OperationStatus> seen = new CopyOnWriteArrayList<>();
        ArmPoller<String> op = poller(first, null, () -> "done");
        op.addListener(seen::add);

        assertThat(op.waitForCompletion()).isEqualTo("done");
        assertThat(transport.requests).extracting(r -> r.getUrl().toString()).containsExactly(
                BASE + "subscriptions/s/restart?api-version=x", BASE + "op/1", BASE + "op/1", BASE + "op/1");
        assertThat(seen).extracting(OperationStatus::state).containsExactly(State.IN_PROGRESS, State.IN_PROGRESS,
                State.IN_PROGRESS, State.SUCCEEDED);
        assertThat(op.waitForCompletion()).isEqualTo("done");
        assertThat(transport.requests).hasSize(4);
    }

    @Test
    void asyncOperationIsPreferredToLocation() {
        transport.then(202, null, "Location", BASE + "loc", "Azure-AsyncOperation", BASE + "async", "Retry-After", "0")
                .then(200, "{\"status\":\"Succeeded\"}");
        HttpResponse first = http.send(HttpMethod.DELETE, BASE + "x?api-version=1", null);
        poller(first, null, null).waitForCompletion();
        assertThat(transport.requests.get(1).getUrl().toString()).isEqualTo(BASE + "async");
    }

    @Test
    void failedOperationCarriesArmsError() {
        transport.then(201, "{}", "Azure-AsyncOperation", BASE + "async", "Retry-After", "0")
                .then(200, "{\"status\":\"InProgress\",\"percentComplete\":40}")
                .then(200, "{\"status\":\"Failed\",\"error\":{\"code\":\"QuotaExceeded\",\"message\":\"No cores\","
                        + "\"details\":[{\"code\":\"Inner\",\"message\":\"detail\"}]}}");
        HttpResponse first = http.send(HttpMethod.PUT, BASE + "c?api-version=1", "{}".getBytes());
        ArmPoller<Object> op = poller(first, BASE + "c?api-version=1", () -> "unused");
        assertThatThrownBy(op::waitForCompletion).isInstanceOfSatisfying(ArmException.class, e -> {
            assertThat(e.code()).isEqualTo("QuotaExceeded");
            assertThat(e.getMessage()).startsWith("QuotaExceeded: No cores");
            assertThat(e.details()).extracting(d -> d.code()).containsExactly("Inner");
        });
        assertThat(op.status().state()).isEqualTo(State.FAILED);
        assertThat(op.status().error().code()).isEqualTo("QuotaExceeded");
        assertThat(op.status().polls()).isEqualTo(2);
    }

    @Test
    void canceledByArmIsReportedAsCanceled() {
        transport.then(202, null, "Azure-AsyncOperation", BASE + "async", "Retry-After", "0")
                .then(200, "{\"status\":\"Canceled\"}");
        HttpResponse first = http.send(HttpMethod.POST, BASE + "c/stop?api-version=1", null);
        ArmPoller<Object> op = poller(first, null, null);
        assertThatThrownBy(op::waitForCompletion).isInstanceOf(ArmException.class);
        assertThat(op.status().state()).isEqualTo(State.CANCELED);
    }

    @Test
    void putWithoutHeadersPollsTheResourcesProvisioningState() {
        transport.then(200, "{\"properties\":{\"provisioningState\":\"Creating\"}}")
                .then(200, "{\"properties\":{\"provisioningState\":\"Creating\"}}")
                .then(200, "{\"properties\":{\"provisioningState\":\"Succeeded\"}}");
        HttpResponse first = http.send(HttpMethod.PUT, BASE + "c?api-version=1", "{}".getBytes());
        ArmPoller<String> op = poller(first, BASE + "c?api-version=1", () -> "final");
        assertThat(op.waitForCompletion()).isEqualTo("final");
        assertThat(transport.requests).hasSize(3);
        assertThat(transport.requests.get(2).getHttpMethod()).isEqualTo(HttpMethod.GET);
    }

    @Test
    void putAnsweredFailedFailsAtOnceWithTheProvisioningError() {
        transport.then(200, "{\"properties\":{\"provisioningState\":\"Failed\",\"provisioningErrors\":"
                + "[{\"error\":{\"code\":\"BadVm\",\"message\":\"no\"}}]}}");
        HttpResponse first = http.send(HttpMethod.PUT, BASE + "c?api-version=1", "{}".getBytes());
        ArmPoller<String> op = poller(first, BASE + "c?api-version=1", () -> "unused");
        assertThat(op.status().state()).isEqualTo(State.FAILED);
        assertThatThrownBy(op::waitForCompletion).isInstanceOfSatisfying(ArmException.class,
                e -> assertThat(e.code()).isEqualTo("BadVm"));
        assertThat(transport.requests).hasSize(1);
    }

    @Test
    void alreadyFinishedNeedsNoPoll() {
        transport.then(200, "{\"properties\":{\"provisioningState\":\"Succeeded\"}}");
        HttpResponse first = http.send(HttpMethod.PUT, BASE + "c?api-version=1", "{}".getBytes());
        ArmPoller<String> op = poller(first, BASE + "c?api-version=1", () -> "now");
        assertThat(op.status().state()).isEqualTo(State.SUCCEEDED);
        assertThat(op.waitForCompletion()).isEqualTo("now");
        assertThat(transport.requests).hasSize(1);
    }

    @Test
    void pollUrlOnAnotherHostIsRefusedSoTheTokenStaysHome() {
        transport.then(202, null, "Azure-AsyncOperation", "https://evil.example/op", "Retry-After", "0");
        HttpResponse first = http.send(HttpMethod.POST, BASE + "c/stop?api-version=1", null);
        ArmPoller<Object> op = poller(first, null, null);
        assertThatThrownBy(op::waitForCompletion).isInstanceOfSatisfying(ArmException.class,
                e -> assertThat(e.code()).isEqualTo("UnexpectedHost"));
        assertThat(transport.requests).hasSize(1);
    }

    @Test
    void retryAfterHeadersAreParsed() {
        assertThat(ArmRetryPolicy.parseRetryAfter(null, null, "3")).isEqualTo(Duration.ofSeconds(3));
        assertThat(ArmRetryPolicy.parseRetryAfter("250", null, "3")).isEqualTo(Duration.ofMillis(250));
        assertThat(ArmRetryPolicy.parseRetryAfter(null, "40", null)).isEqualTo(Duration.ofMillis(40));
        assertThat(ArmRetryPolicy.parseRetryAfter(null, null, "Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
        assertThat(ArmRetryPolicy.parseRetryAfter(null, null, "soon")).isNull();
        assertThat(ArmRetryPolicy.parseRetryAfter(null, null, null)).isNull();
    }
}
