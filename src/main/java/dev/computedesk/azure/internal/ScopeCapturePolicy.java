package dev.computedesk.azure.internal;

import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpPipelineNextSyncPolicy;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import dev.computedesk.azure.http.CallListener;
import dev.computedesk.azure.http.CallScope;
import reactor.core.publisher.Mono;

/**
 * First in the pipeline: reads {@link CallScope#current()} on the thread that sends the request, so that every
 * attempt (including retries that an async pipeline runs on a timer thread) reports to the right listener.
 */
final class ScopeCapturePolicy implements HttpPipelinePolicy {
    static final String KEY = "computedesk.callListener";

    @Override
    public Mono<HttpResponse> process(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
        capture(context);
        return next.process();
    }

    @Override
    public HttpResponse processSync(HttpPipelineCallContext context, HttpPipelineNextSyncPolicy next) {
        capture(context);
        return next.processSync();
    }

    private static void capture(HttpPipelineCallContext context) {
        CallListener listener = CallScope.current();
        if (listener != null && context.getData(KEY).isEmpty()) {
            context.setData(KEY, listener);
        }
    }
}
