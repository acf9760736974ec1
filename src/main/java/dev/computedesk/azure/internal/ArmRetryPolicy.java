package dev.computedesk.azure.internal;

import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpPipelineNextSyncPolicy;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * ARM's retry rules: a 429 is retried for every method, always waiting its {@code Retry-After} (seconds or an
 * HTTP date; also {@code retry-after-ms}); a 5xx (but 501/505) or an I/O failure is retried only for idempotent
 * methods (GET, PUT, DELETE, HEAD, OPTIONS), waiting {@code Retry-After} or an exponential backoff. A POST that
 * failed with 5xx is never repeated, since it may have taken effect. Attempts are bounded.
 */
final class ArmRetryPolicy implements HttpPipelinePolicy {
    private static final Logger LOG = LoggerFactory.getLogger(ArmRetryPolicy.class);

    private final int maxRetries;
    private final Duration baseDelay;
    private final Duration maxDelay;

    ArmRetryPolicy(int maxRetries, Duration baseDelay, Duration maxDelay) {
        this.maxRetries = maxRetries;
        this.baseDelay = baseDelay;
        this.maxDelay = maxDelay;
    }

    @Override
    public HttpResponse processSync(HttpPipelineCallContext context, HttpPipelineNextSyncPolicy next) {
        for (int attempt = 0; ; attempt++) {
            HttpResponse response;
            try {
                response = next.clone().processSync();
            } catch (RuntimeException e) {
                if (attempt < maxRetries && isRetryableIoFailure(e) && idempotent(context)) {
                    Duration d = backoff(attempt);
                    LOG.debug("I/O failure on {} (attempt {}), retrying in {} ms", context.getHttpRequest().getHttpMethod(),
                            attempt + 1, d.toMillis());
                    sleep(d);
                    continue;
                }
                throw e;
            }
            Duration wait = retryDelay(context, response, attempt);
            if (wait == null) {
                return response;
            }
            LOG.debug("HTTP {} on {} (attempt {}), retrying in {} ms", response.getStatusCode(),
                    context.getHttpRequest().getHttpMethod(), attempt + 1, wait.toMillis());
            response.close();
            sleep(wait);
        }
    }

    @Override
    public Mono<HttpResponse> process(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
        return attempt(context, next, 0);
    }

    private Mono<HttpResponse> attempt(HttpPipelineCallContext context, HttpPipelineNextPolicy next, int attempt) {
        return next.clone().process().<Object>map(r -> r).onErrorResume(e -> Mono.just(e)).flatMap(outcome -> {
            if (outcome instanceof HttpResponse) {
                HttpResponse response = (HttpResponse) outcome;
                Duration wait = retryDelay(context, response, attempt);
                if (wait == null) {
                    return Mono.just(response);
                }
                response.close();
                return Mono.delay(wait).then(attempt(context, next, attempt + 1));
            }
            Throwable e = (Throwable) outcome;
            if (attempt < maxRetries && isRetryableIoFailure(e) && idempotent(context)) {
                return Mono.delay(backoff(attempt)).then(attempt(context, next, attempt + 1));
            }
            return Mono.error(e);
        });
    }

    /** The wait before the next attempt, or null when the response is final. */
    Duration retryDelay(HttpPipelineCallContext context, HttpResponse response, int attempt) {
        if (attempt >= maxRetries) {
            return null;
        }
        int status = response.getStatusCode();
        if (status == 429) {
            Duration d = retryAfter(response);
            return d != null ? d : backoff(attempt);
        }
        if (status >= 500 && status != 501 && status != 505 && idempotent(context)) {
            Duration d = retryAfter(response);
            return d != null ? d : backoff(attempt);
        }
        return null;
    }

    private Duration retryAfter(HttpResponse response) {
        Duration d = parseRetryAfter(ArmHttp.header(response, "retry-after-ms"),
                ArmHttp.header(response, "x-ms-retry-after-ms"), ArmHttp.header(response, "Retry-After"));
        return d == null ? null : (d.compareTo(maxDelay) > 0 ? maxDelay : d);
    }

    /** Parses {@code retry-after-ms}, {@code x-ms-retry-after-ms} or {@code Retry-After} (seconds or HTTP date). */
    static Duration parseRetryAfter(String retryAfterMs, String msRetryAfterMs, String retryAfter) {
        for (String ms : new String[] {retryAfterMs, msRetryAfterMs}) {
            if (ms != null) {
                try {
                    return Duration.ofMillis(Math.max(0, Long.parseLong(ms.trim())));
                } catch (NumberFormatException ignored) {
                    // fall through to the next header
                }
            }
        }
        if (retryAfter == null || retryAfter.isBlank()) {
            return null;
        }
        String v = retryAfter.trim();
        try {
            return Duration.ofMillis(Math.max(0, (long) (Double.parseDouble(v) * 1000)));
        } catch (NumberFormatException e) {
            try {
                OffsetDateTime at = OffsetDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(OffsetDateTime.now(), at);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (RuntimeException ignored) {
                return null;
            }
        }
    }

    private Duration backoff(int attempt) {
        long base = baseDelay.toMillis() * (1L << Math.min(attempt, 10));
        long jitter = base == 0 ? 0 : ThreadLocalRandom.current().nextLong(base / 4 + 1);
        return Duration.ofMillis(Math.min(base + jitter, maxDelay.toMillis()));
    }

    static boolean idempotent(HttpPipelineCallContext context) {
        HttpMethod m = context.getHttpRequest().getHttpMethod();
        return m == HttpMethod.GET || m == HttpMethod.PUT || m == HttpMethod.DELETE || m == HttpMethod.HEAD
                || m == HttpMethod.OPTIONS;
    }

    /** An I/O failure worth repeating: not a TLS failure (an untrusted certificate stays untrusted). */
    static boolean isRetryableIoFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof javax.net.ssl.SSLException) {
                return false;
            }
        }
        return isIoFailure(e);
    }

    /** Any I/O failure (no response). */
    static boolean isIoFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof UncheckedIOException) {
                return true;
            }
        }
        return false;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new dev.computedesk.azure.OperationCancelledException("Interrupted while waiting to retry");
        }
    }
}
