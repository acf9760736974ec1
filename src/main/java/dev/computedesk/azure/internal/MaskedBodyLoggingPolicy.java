package dev.computedesk.azure.internal;

import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpHeaders;
import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpPipelineNextSyncPolicy;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import com.azure.core.util.BinaryData;
import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Logs the JSON bodies of each attempt at DEBUG on {@code dev.computedesk.azure.wire}, with secrets masked by
 * {@link Redaction}; non-JSON bodies are not written. It stands next to azure-core's {@code HttpLoggingPolicy},
 * which logs method, URL and headers and redacts the headers and query parameters its {@code HttpLogOptions} do
 * not allow (see {@link PipelineFactory}); azure-core has no masker for bodies, so it logs none. The line names the
 * request's {@code x-ms-client-request-id}, which azure-core's line shows too.
 */
final class MaskedBodyLoggingPolicy implements HttpPipelinePolicy {
    static final String LOGGER_NAME = "dev.computedesk.azure.wire";
    private static final Logger WIRE = LoggerFactory.getLogger(LOGGER_NAME);
    private static final int MAX_BODY = 64 * 1024;

    @Override
    public Mono<HttpResponse> process(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
        if (!WIRE.isDebugEnabled()) {
            return next.process();
        }
        logRequest(context.getHttpRequest());
        return next.process().map(MaskedBodyLoggingPolicy::logResponse);
    }

    @Override
    public HttpResponse processSync(HttpPipelineCallContext context, HttpPipelineNextSyncPolicy next) {
        if (!WIRE.isDebugEnabled()) {
            return next.processSync();
        }
        logRequest(context.getHttpRequest());
        return logResponse(next.processSync());
    }

    private static void logRequest(HttpRequest request) {
        BinaryData data = request.getBodyAsBinaryData();
        String body = data != null && !data.isReplayable() ? "(streamed body, not logged)"
                : bodyText(request.getHeaders(), data);
        if (body != null) {
            WIRE.debug("--> {} body (client request id {}) {}", request.getHttpMethod(), clientRequestId(request),
                    body);
        }
    }

    private static HttpResponse logResponse(HttpResponse response) {
        HttpResponse buffered = response.buffer();
        String body = bodyText(buffered.getHeaders(), buffered.getBodyAsBinaryData());
        if (body != null) {
            WIRE.debug("<-- {} body (client request id {}) {}", buffered.getStatusCode(),
                    clientRequestId(buffered.getRequest()), body);
        }
        return buffered;
    }

    private static String clientRequestId(HttpRequest request) {
        return request == null ? null : request.getHeaders().getValue(HttpHeaderName.X_MS_CLIENT_REQUEST_ID);
    }

    private static String bodyText(HttpHeaders headers, BinaryData body) {
        if (body == null) {
            return null;
        }
        String type = headers.getValue(HttpHeaderName.CONTENT_TYPE);
        Long length = body.getLength();
        if (length != null && length > MAX_BODY) {
            return "(" + length + " bytes, not logged)";
        }
        byte[] bytes = body.toBytes();
        if (bytes.length == 0) {
            return null;
        }
        if (bytes.length > MAX_BODY) {
            return "(" + bytes.length + " bytes, not logged)";
        }
        try {
            JsonNode json = ArmJson.mapper().readTree(bytes);
            return json == null ? null : ArmJson.mapper().writeValueAsString(Redaction.redact(json));
        } catch (java.io.IOException e) {
            return "(" + bytes.length + " bytes of " + (type == null ? "unknown type" : type) + ", not logged)";
        }
    }
}
