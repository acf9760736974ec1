package dev.computedesk.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** An answer to one ARM call: status, JSON body (or none) and extra headers. */
final class Resp {
    final int status;
    final JsonNode body;
    final Map<String, String> headers = new LinkedHashMap<>();
    /** Send a body that is not valid JSON instead of {@link #body} (the {@code malformedBody} fault). */
    boolean malformed;

    Resp(int status, JsonNode body) {
        this.status = status;
        this.body = body;
    }

    static Resp ok(JsonNode body) {
        return new Resp(200, body);
    }

    Resp header(String name, String value) {
        headers.put(name, value);
        return this;
    }
}
