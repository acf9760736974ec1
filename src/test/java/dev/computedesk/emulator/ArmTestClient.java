package dev.computedesk.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small ARM client for the emulator's tests: JDK HttpClient on 127.0.0.1, the emulator's token,
 * and every answer handed to {@link Conformance} so each body a test sees is checked against
 * Microsoft's spec (or examples, or the SDK's models).
 */
final class ArmTestClient {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String ML = "api-version=2026-07-01";
    static final String ML_OLD = "api-version=2025-12-01";

    /** One answer. */
    record Res(String method, String path, int status, java.net.http.HttpHeaders headers, JsonNode body, String raw) {
        Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        String code() {
            return body == null ? null : body.path("error").path("code").asText(null);
        }

        String message() {
            return body == null ? null : body.path("error").path("message").asText(null);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String token;
    final List<Res> seen = new ArrayList<>();
    boolean checkConformance = true;
    /** Accept a body that is not JSON (the malformedBody fault): {@code body()} is then null, {@code raw()} holds it. */
    boolean lenientJson;

    ArmTestClient(Emulator emulator) {
        this.base = emulator.baseUrl();
        this.token = emulator.token();
    }

    URI base() {
        return base;
    }

    Res get(String pathOrUrl) {
        return call("GET", pathOrUrl, null, token);
    }

    Res put(String pathOrUrl, Object body) {
        return call("PUT", pathOrUrl, body, token);
    }

    Res patch(String pathOrUrl, Object body) {
        return call("PATCH", pathOrUrl, body, token);
    }

    Res post(String pathOrUrl) {
        return call("POST", pathOrUrl, null, token);
    }

    Res post(String pathOrUrl, Object body) {
        return call("POST", pathOrUrl, body, token);
    }

    Res delete(String pathOrUrl) {
        return call("DELETE", pathOrUrl, null, token);
    }

    Res call(String method, String pathOrUrl, Object body, String bearer) {
        URI uri = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl)
                : base.resolve(pathOrUrl.startsWith("/") ? pathOrUrl.substring(1) : pathOrUrl);
        String json;
        try {
            json = body == null ? null : body instanceof String ? (String) body : MAPPER.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode parsed;
            boolean isJson = true;
            try {
                parsed = r.body() == null || r.body().isEmpty() ? null : MAPPER.readTree(r.body());
            } catch (IOException notJson) {
                if (!lenientJson) {
                    throw notJson;
                }
                parsed = null;
                isJson = false;
            }
            Res res = new Res(method, uri.getPath(), r.statusCode(), r.headers(), parsed, r.body());
            seen.add(res);
            if (checkConformance && isJson) {
                Conformance.check(res);
            }
            return res;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String ws(String workspace) {
        return DemoSeed.workspaceId(workspace);
    }

    static String computes(String workspace) {
        return DemoSeed.workspaceId(workspace) + "/computes";
    }

    static String compute(String workspace, String name) {
        return DemoSeed.computeId(workspace, name);
    }

    static String ml(String path) {
        return path + (path.contains("?") ? "&" : "?") + ML;
    }
}
