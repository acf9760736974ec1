package dev.computedesk.azure.internal;

import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpPipelineNextSyncPolicy;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import reactor.core.publisher.Mono;

/** Sets {@code Authorization: Bearer <token>} (the emulator over plain http, which azure-core's policy refuses). */
final class StaticBearerPolicy implements HttpPipelinePolicy {
    private final String header;

    StaticBearerPolicy(String token) {
        this.header = "Bearer " + token;
    }

    @Override
    public Mono<HttpResponse> process(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
        context.getHttpRequest().setHeader(com.azure.core.http.HttpHeaderName.AUTHORIZATION, header);
        return next.process();
    }

    @Override
    public HttpResponse processSync(HttpPipelineCallContext context, HttpPipelineNextSyncPolicy next) {
        context.getHttpRequest().setHeader(com.azure.core.http.HttpHeaderName.AUTHORIZATION, header);
        return next.processSync();
    }

    @Override
    public String toString() {
        return "StaticBearerPolicy[********]";
    }
}
