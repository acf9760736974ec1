package dev.computedesk.azure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.util.Context;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/**
 * The connection's retries on scripted answers: azure-core's {@code RetryPolicy} for 429, 408, 5xx and dropped
 * connections, its three retry headers, the cap on one wait, and POST repeated only after a 429.
 */
class ArmRetriesTest {
    private static final String URL = "https://management.azure.com/subscriptions/s/x?api-version=1";
    private final CapturingHttpClient transport = new CapturingHttpClient();

    private HttpResponse send(HttpMethod method, Duration cap, int maxRetries) {
        var pipeline = new HttpPipelineBuilder().httpClient(transport)
                .policies(new ArmRetries(maxRetries, cap), new RetryAfterCapPolicy(cap)).build();
        return pipeline.sendSync(new HttpRequest(method, URL), Context.NONE);
    }

    private HttpResponse send(HttpMethod method) {
        return send(method, Duration.ofMillis(50), 3);
    }

    @Test
    void aGetIsRetriedAfter503408And429() {
        transport.then(503, null, "Retry-After", "0").then(408, null).then(429, null, "retry-after-ms", "1")
                .then(200, "{}");
        assertThat(send(HttpMethod.GET).getStatusCode()).isEqualTo(200);
        assertThat(transport.requests).hasSize(4);
    }

    @Test
    void retriesAreBounded() {
        transport.always(500, null, "Retry-After", "0");
        assertThat(send(HttpMethod.PUT, Duration.ofMillis(50), 2).getStatusCode()).isEqualTo(500);
        assertThat(transport.requests).hasSize(3);
    }

    @Test
    void aDroppedConnectionIsRetriedForIdempotentMethods() {
        transport.thenDrop().then(200, "{}");
        assertThat(send(HttpMethod.DELETE).getStatusCode()).isEqualTo(200);
        assertThat(transport.requests).hasSize(2);
    }

    @Test
    void aPostIsNeverRepeatedWhenTheServiceMayHaveActed() {
        transport.then(503, null, "Retry-After", "0").thenDrop().always(202, null);
        assertThat(send(HttpMethod.POST).getStatusCode()).isEqualTo(503);
        assertThat(transport.requests).hasSize(1);

        assertThatThrownBy(() -> send(HttpMethod.POST)).isInstanceOf(RuntimeException.class);
        assertThat(transport.requests).hasSize(2);
    }

    @Test
    void aPostAnswered429WasRefusedBeforeActingAndIsRetried() {
        transport.then(429, null, "Retry-After", "0").then(202, null);
        assertThat(send(HttpMethod.POST).getStatusCode()).isEqualTo(202);
        assertThat(transport.requests).hasSize(2);
    }

    @Test
    void anUntrustedCertificateIsNotRetried() {
        transport.thenFail(new RuntimeException(new SSLHandshakeException("PKIX path building failed")));
        assertThatThrownBy(() -> send(HttpMethod.GET)).isInstanceOf(RuntimeException.class);
        assertThat(transport.requests).hasSize(1);
    }

    @Test
    void aRetryAfterOfHoursIsWaitedAsTheCap() {
        transport.then(429, null, "Retry-After", "7200").then(503, null, "x-ms-retry-after-ms", "7200000")
                .then(200, "{}");
        long t0 = System.nanoTime();
        assertThat(send(HttpMethod.GET).getStatusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
        assertThat(transport.requests).hasSize(3);
    }

    @Test
    void theAskedWaitIsHonouredBelowTheCap() {
        transport.then(429, null, "x-ms-retry-after-ms", "300").then(200, "{}");
        long t0 = System.nanoTime();
        assertThat(send(HttpMethod.GET, Duration.ofSeconds(5), 3).getStatusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void retryHeadersAreReadAsAzureCoreReadsThem() {
        assertThat(RetryAfterCapPolicy.parseRetryAfter(null, null, "3")).isEqualTo(Duration.ofSeconds(3));
        assertThat(RetryAfterCapPolicy.parseRetryAfter("250", null, "3")).isEqualTo(Duration.ofMillis(250));
        assertThat(RetryAfterCapPolicy.parseRetryAfter(null, "40", null)).isEqualTo(Duration.ofMillis(40));
        assertThat(RetryAfterCapPolicy.parseRetryAfter(null, null, "Wed, 21 Oct 2015 07:28:00 GMT"))
                .isEqualTo(Duration.ZERO);
        assertThat(RetryAfterCapPolicy.parseRetryAfter(null, null, "soon")).isNull();
        assertThat(RetryAfterCapPolicy.parseRetryAfter(null, null, null)).isNull();
    }
}
