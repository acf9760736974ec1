package dev.computedesk.azure.internal;

import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpPipelineNextSyncPolicy;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import dev.computedesk.azure.http.CallListener;
import dev.computedesk.azure.http.CallRecord;
import dev.computedesk.azure.http.CallScope;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Reports every HTTP attempt to the operation's {@link CallListener} (captured by {@link ScopeCapturePolicy}, or
 * {@link CallScope#current()}): method, path with only its api-version, status, request and correlation ids,
 * duration, or the I/O failure.
 */
final class RecordingPolicy implements HttpPipelinePolicy {
    private static final Logger LOG = LoggerFactory.getLogger(RecordingPolicy.class);

    @Override
    public Mono<HttpResponse> process(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
        CallListener listener = listener(context);
        if (listener == null) {
            return next.process();
        }
        return Mono.defer(() -> {
            Instant started = Instant.now();
            long t0 = System.nanoTime();
            HttpRequest request = context.getHttpRequest();
            return next.process()
                    .doOnSuccess(r -> report(listener, started, t0, request, r, null))
                    .doOnError(e -> report(listener, started, t0, request, null, e));
        });
    }

    @Override
    public HttpResponse processSync(HttpPipelineCallContext context, HttpPipelineNextSyncPolicy next) {
        CallListener listener = listener(context);
        if (listener == null) {
            return next.processSync();
        }
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        HttpRequest request = context.getHttpRequest();
        try {
            HttpResponse response = next.processSync();
            report(listener, started, t0, request, response, null);
            return response;
        } catch (RuntimeException | Error e) {
            report(listener, started, t0, request, null, e);
            throw e;
        }
    }

    private static CallListener listener(HttpPipelineCallContext context) {
        Object captured = context.getData(ScopeCapturePolicy.KEY).orElse(null);
        return captured instanceof CallListener ? (CallListener) captured : CallScope.current();
    }

    private static void report(CallListener listener, Instant started, long t0, HttpRequest request,
                               HttpResponse response, Throwable failure) {
        Duration duration = Duration.ofNanos(System.nanoTime() - t0);
        CallRecord record = new CallRecord(started, request.getHttpMethod().name(), Redaction.pathForLog(request.getUrl()),
                response == null ? 0 : response.getStatusCode(),
                response == null ? null : ArmHttp.header(response, "x-ms-request-id"),
                response == null ? null : ArmHttp.header(response, "x-ms-correlation-request-id"),
                duration, failure == null ? null : Redaction.failureText(failure));
        try {
            listener.onCall(record);
        } catch (RuntimeException e) {
            LOG.warn("Call listener failed: {}", e.toString());
        }
    }
}
