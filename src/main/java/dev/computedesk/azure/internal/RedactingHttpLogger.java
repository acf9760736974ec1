package dev.computedesk.azure.internal;

import com.azure.core.http.HttpHeader;
import com.azure.core.http.HttpHeaders;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpRequestLogger;
import com.azure.core.http.policy.HttpRequestLoggingContext;
import com.azure.core.http.policy.HttpResponseLogger;
import com.azure.core.http.policy.HttpResponseLoggingContext;
import com.azure.core.util.BinaryData;
import com.azure.core.util.logging.ClientLogger;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * The request and response loggers of azure-core's {@code HttpLoggingPolicy}: at DEBUG on
 * {@code dev.computedesk.azure.wire} they write method, URL (query allow-listed), allow-listed headers (others
 * {@code REDACTED}) and JSON bodies with secrets masked; non-JSON bodies are not written.
 */
final class RedactingHttpLogger implements HttpRequestLogger, HttpResponseLogger {
    static final String LOGGER_NAME = "dev.computedesk.azure.wire";
    private static final Logger WIRE = LoggerFactory.getLogger(LOGGER_NAME);
    private static final int MAX_BODY = 64 * 1024;
    private static final Set<String> SAFE_HEADERS = Set.of("x-ms-request-id", "x-ms-correlation-request-id",
            "x-ms-client-request-id", "content-type", "content-length", "retry-after", "retry-after-ms",
            "location", "azure-asyncoperation", "user-agent", "accept", "date", "x-ms-routing-request-id");

    @Override
    public Mono<Void> logRequest(ClientLogger logger, HttpRequestLoggingContext context) {
        logRequestSync(logger, context);
        return Mono.empty();
    }

    @Override
    public void logRequestSync(ClientLogger logger, HttpRequestLoggingContext context) {
        if (!WIRE.isDebugEnabled()) {
            return;
        }
        HttpRequest request = context.getHttpRequest();
        BinaryData data = request.getBodyAsBinaryData();
        String body = data != null && !data.isReplayable() ? "(streamed body, not logged)"
                : bodyText(request.getHeaders(), data);
        WIRE.debug("--> {} {} (try {}) headers {}{}", request.getHttpMethod(), Redaction.urlForLog(request.getUrl()),
                context.getTryCount(), headers(request.getHeaders()), body == null ? "" : " body " + body);
    }

    @Override
    public Mono<HttpResponse> logResponse(ClientLogger logger, HttpResponseLoggingContext context) {
        return Mono.fromCallable(() -> logResponseSync(logger, context));
    }

    @Override
    public HttpResponse logResponseSync(ClientLogger logger, HttpResponseLoggingContext context) {
        HttpResponse response = context.getHttpResponse();
        if (!WIRE.isDebugEnabled()) {
            return response;
        }
        HttpResponse buffered = response.buffer();
        String body = bodyText(buffered.getHeaders(), buffered.getBodyAsBinaryData());
        WIRE.debug("<-- {} {} ({} ms) headers {}{}", buffered.getStatusCode(),
                Redaction.urlForLog(buffered.getRequest().getUrl()), context.getResponseDuration().toMillis(),
                headers(buffered.getHeaders()), body == null ? "" : " body " + body);
        return buffered;
    }

    private static String headers(HttpHeaders headers) {
        StringBuilder sb = new StringBuilder("{");
        for (HttpHeader h : headers) {
            String name = h.getName().toLowerCase(Locale.ROOT);
            if (sb.length() > 1) {
                sb.append(", ");
            }
            String value;
            if (SAFE_HEADERS.contains(name) || name.startsWith("x-ms-ratelimit-")) {
                value = Redaction.redactText(name.equals("location") || name.equals("azure-asyncoperation")
                        ? safeUrl(h.getValue()) : h.getValue());
            } else {
                value = "REDACTED";
            }
            sb.append(h.getName()).append('=').append(value);
        }
        return sb.append('}').toString();
    }

    private static String safeUrl(String value) {
        try {
            return Redaction.urlForLog(new java.net.URL(value));
        } catch (java.net.MalformedURLException e) {
            return "REDACTED";
        }
    }

    private static String bodyText(HttpHeaders headers, BinaryData body) {
        if (body == null) {
            return null;
        }
        String type = headers.getValue(com.azure.core.http.HttpHeaderName.CONTENT_TYPE);
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
