package dev.computedesk.azure.internal;

import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpHeaders;
import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpPipelineNextSyncPolicy;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import com.azure.core.util.BinaryData;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Caps the wait a retryable answer (408, 429, 5xx) asks for. azure-core's {@code RetryPolicy} waits a
 * well-known retry header exactly as given, with no upper bound; placed between it and the wire, this policy
 * rewrites a longer {@code retry-after-ms}, {@code x-ms-retry-after-ms} or {@code Retry-After} (seconds or an HTTP
 * date) to {@code retry-after-ms: <cap>}, so a {@code Retry-After} of hours is waited as the connection's
 * {@code maxRetryAfter}. Other answers pass untouched (the operation poller caps its own waits).
 */
final class RetryAfterCapPolicy implements HttpPipelinePolicy {
    private static final HttpHeaderName RETRY_AFTER_MS = HttpHeaderName.fromString("retry-after-ms");
    private static final HttpHeaderName X_MS_RETRY_AFTER_MS = HttpHeaderName.fromString("x-ms-retry-after-ms");

    private final Duration cap;

    RetryAfterCapPolicy(Duration cap) {
        this.cap = cap;
    }

    @Override
    public Mono<HttpResponse> process(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
        return next.process().map(this::capped);
    }

    @Override
    public HttpResponse processSync(HttpPipelineCallContext context, HttpPipelineNextSyncPolicy next) {
        return capped(next.processSync());
    }

    private HttpResponse capped(HttpResponse response) {
        int code = response.getStatusCode();
        if (code != 408 && code != 429 && code < 500) {
            return response;
        }
        HttpHeaders h = response.getHeaders();
        Duration asked = parseRetryAfter(h.getValue(RETRY_AFTER_MS), h.getValue(X_MS_RETRY_AFTER_MS),
                h.getValue(HttpHeaderName.RETRY_AFTER));
        if (asked == null || asked.compareTo(cap) <= 0) {
            return response;
        }
        HttpHeaders headers = new HttpHeaders(h);
        headers.remove(RETRY_AFTER_MS);
        headers.remove(X_MS_RETRY_AFTER_MS);
        headers.remove(HttpHeaderName.RETRY_AFTER);
        headers.set(RETRY_AFTER_MS, String.valueOf(cap.toMillis()));
        return new WithHeaders(response, headers);
    }

    /**
     * The wait a response asks for, read as azure-core reads it: {@code retry-after-ms}, then
     * {@code x-ms-retry-after-ms} (milliseconds), then {@code Retry-After} (seconds or an RFC 1123 date; a past date
     * is no wait). Null when none is given or readable.
     */
    static Duration parseRetryAfter(String retryAfterMs, String msRetryAfterMs, String retryAfter) {
        for (String ms : new String[] {retryAfterMs, msRetryAfterMs}) {
            if (ms != null) {
                try {
                    return Duration.ofMillis(Math.max(0, Long.parseLong(ms.trim())));
                } catch (NumberFormatException ignored) {
                    // not a number: try the next header
                }
            }
        }
        if (retryAfter == null || retryAfter.isBlank()) {
            return null;
        }
        String v = retryAfter.trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException e) {
            try {
                Duration d = Duration.between(OffsetDateTime.now(),
                        OffsetDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
                return d.isNegative() ? Duration.ZERO : d;
            } catch (RuntimeException ignored) {
                return null;
            }
        }
    }

    /** The same response with other headers. */
    private static final class WithHeaders extends HttpResponse {
        private final HttpResponse inner;
        private final HttpHeaders headers;

        WithHeaders(HttpResponse inner, HttpHeaders headers) {
            super(inner.getRequest());
            this.inner = inner;
            this.headers = headers;
        }

        @Override
        public int getStatusCode() {
            return inner.getStatusCode();
        }

        @Override
        @Deprecated
        public String getHeaderValue(String name) {
            return headers.getValue(HttpHeaderName.fromString(name));
        }

        @Override
        public String getHeaderValue(HttpHeaderName name) {
            return headers.getValue(name);
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }

        @Override
        public Flux<ByteBuffer> getBody() {
            return inner.getBody();
        }

        @Override
        public Mono<byte[]> getBodyAsByteArray() {
            return inner.getBodyAsByteArray();
        }

        @Override
        public Mono<String> getBodyAsString() {
            return inner.getBodyAsString();
        }

        @Override
        public Mono<String> getBodyAsString(Charset charset) {
            return inner.getBodyAsString(charset);
        }

        @Override
        public BinaryData getBodyAsBinaryData() {
            return inner.getBodyAsBinaryData();
        }

        @Override
        public Mono<InputStream> getBodyAsInputStream() {
            return inner.getBodyAsInputStream();
        }

        @Override
        public void close() {
            inner.close();
        }
    }
}
