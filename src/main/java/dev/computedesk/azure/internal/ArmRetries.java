package dev.computedesk.azure.internal;

import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpPipelineNextSyncPolicy;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.ExponentialBackoffOptions;
import com.azure.core.http.policy.HttpPipelinePolicy;
import com.azure.core.http.policy.RequestRetryCondition;
import com.azure.core.http.policy.RetryOptions;
import com.azure.core.http.policy.RetryPolicy;
import java.time.Duration;
import java.util.function.Predicate;
import javax.net.ssl.SSLException;
import reactor.core.publisher.Mono;

/**
 * The connection's retries: azure-core's {@link RetryPolicy} (exponential backoff, and the well-known
 * {@code retry-after-ms}, {@code x-ms-retry-after-ms} and {@code Retry-After} headers, read by azure-core) for
 * 429, 408 and 5xx (but 501 and 505) answers and for I/O failures, behind one small policy that keeps POST from
 * being repeated when the service may have acted.
 *
 * <p>Why a policy in front: azure-core's retry condition ({@link RequestRetryCondition}) carries the response or
 * the failure, never the request, so on a dropped connection it cannot tell a POST (start, stop, restart: ARM may
 * have acted on it) from a GET. A POST therefore goes through a second {@code RetryPolicy} that retries only a
 * 429, which ARM answers before acting. TLS failures are never retried (an untrusted certificate stays untrusted),
 * nor is a failure to get a token. Long waits are capped by {@link RetryAfterCapPolicy}, placed after this one.
 */
final class ArmRetries implements HttpPipelinePolicy {
    private static final Duration BASE_DELAY = Duration.ofMillis(800);

    private final RetryPolicy idempotent;
    private final RetryPolicy post;

    /**
     * @param maxRetries retries after the first attempt
     * @param maxDelay   the longest computed backoff (header waits are capped by {@link RetryAfterCapPolicy})
     */
    ArmRetries(int maxRetries, Duration maxDelay) {
        this.idempotent = retryPolicy(maxRetries, maxDelay, ArmRetries::retryableAnswerOrIoFailure);
        this.post = retryPolicy(maxRetries, maxDelay, c -> c.getResponse() != null
                && c.getResponse().getStatusCode() == 429);
    }

    private static RetryPolicy retryPolicy(int maxRetries, Duration maxDelay, Predicate<RequestRetryCondition> when) {
        Duration base = BASE_DELAY.compareTo(maxDelay) > 0 ? maxDelay : BASE_DELAY;
        return new RetryPolicy(new RetryOptions(new ExponentialBackoffOptions()
                .setMaxRetries(maxRetries).setBaseDelay(base).setMaxDelay(maxDelay))
                .setShouldRetryCondition(when));
    }

    /** azure-core's default answer rule (408, 429, 5xx but 501/505), and I/O failures other than TLS. */
    static boolean retryableAnswerOrIoFailure(RequestRetryCondition condition) {
        HttpResponse response = condition.getResponse();
        if (response != null) {
            int code = response.getStatusCode();
            return code == 408 || code == 429 || (code >= 500 && code != 501 && code != 505);
        }
        Throwable failure = condition.getThrowable();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SSLException) {
                return false;
            }
        }
        return ArmHttp.isIoFailure(failure);
    }

    private RetryPolicy policyFor(HttpPipelineCallContext context) {
        return context.getHttpRequest().getHttpMethod() == HttpMethod.POST ? post : idempotent;
    }

    @Override
    public Mono<HttpResponse> process(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
        return policyFor(context).process(context, next);
    }

    @Override
    public HttpResponse processSync(HttpPipelineCallContext context, HttpPipelineNextSyncPolicy next) {
        return policyFor(context).processSync(context, next);
    }
}
