package dev.computedesk.azure.internal;

import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpHeaders;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An in-memory transport: records each request (with its body) and answers with a canned response, e.g. the
 * matching Microsoft example's response. No network.
 */
final class CapturingHttpClient implements HttpClient {
    final List<HttpRequest> requests = new ArrayList<>();
    final List<byte[]> bodies = new ArrayList<>();
    private int status = 200;
    private HttpHeaders headers = new HttpHeaders();
    private byte[] body = new byte[0];

    /** Answers with the example's response of {@code code}: its body and headers. */
    CapturingHttpClient answer(JsonNode exampleResponses, String code) {
        JsonNode r = exampleResponses.path(code);
        status = Integer.parseInt(code);
        headers = new HttpHeaders().set("Content-Type", "application/json");
        Iterator<Map.Entry<String, JsonNode>> it = r.path("headers").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> h = it.next();
            headers.set(h.getKey(), h.getValue().asText());
        }
        body = r.has("body") ? r.get("body").toString().getBytes(StandardCharsets.UTF_8) : new byte[0];
        return this;
    }

    private final java.util.Deque<Object[]> script = new java.util.ArrayDeque<>();

    /** Queues one answer (used before the default answer): status, body (or null), header name/value pairs. */
    CapturingHttpClient then(int status, String body, String... headerPairs) {
        HttpHeaders h = new HttpHeaders().set("Content-Type", "application/json");
        for (int i = 0; i + 1 < headerPairs.length; i += 2) {
            h.set(headerPairs[i], headerPairs[i + 1]);
        }
        script.add(new Object[] {status, h, body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8)});
        return this;
    }

    /** Sets the answer given once the queued answers are used up. */
    CapturingHttpClient always(int status, String body, String... headerPairs) {
        this.status = status;
        this.headers = new HttpHeaders().set("Content-Type", "application/json");
        for (int i = 0; i + 1 < headerPairs.length; i += 2) {
            this.headers.set(headerPairs[i], headerPairs[i + 1]);
        }
        this.body = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    /** Queues a dropped connection: the send fails with an {@link java.io.IOException}, no answer. */
    CapturingHttpClient thenDrop() {
        return thenFail(new java.io.UncheckedIOException(new java.io.IOException("connection reset (scripted)")));
    }

    /** Queues a failure to send (no answer). */
    CapturingHttpClient thenFail(RuntimeException failure) {
        script.add(new Object[] {null, failure});
        return this;
    }

    @Override
    public Mono<HttpResponse> send(HttpRequest request) {
        requests.add(request);
        bodies.add(request.getBodyAsBinaryData() == null ? new byte[0] : request.getBodyAsBinaryData().toBytes());
        Object[] next = script.poll();
        if (next != null && next[0] == null) {
            return Mono.error((RuntimeException) next[1]);
        }
        if (next != null) {
            return Mono.just(new Canned(request, (Integer) next[0], (HttpHeaders) next[1], (byte[]) next[2]));
        }
        return Mono.just(new Canned(request, status, headers, body));
    }

    private static final class Canned extends HttpResponse {
        private final int status;
        private final HttpHeaders headers;
        private final byte[] body;

        Canned(HttpRequest request, int status, HttpHeaders headers, byte[] body) {
            super(request);
            this.status = status;
            this.headers = headers;
            this.body = body;
        }

        @Override
        public int getStatusCode() {
            return status;
        }

        @Override
        @Deprecated
        public String getHeaderValue(String name) {
            return headers.getValue(name);
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }

        @Override
        public Flux<ByteBuffer> getBody() {
            return Flux.just(ByteBuffer.wrap(body));
        }

        @Override
        public Mono<byte[]> getBodyAsByteArray() {
            return Mono.just(body);
        }

        @Override
        public Mono<String> getBodyAsString() {
            return Mono.just(new String(body, StandardCharsets.UTF_8));
        }

        @Override
        public Mono<String> getBodyAsString(Charset charset) {
            return Mono.just(new String(body, charset));
        }
    }
}
