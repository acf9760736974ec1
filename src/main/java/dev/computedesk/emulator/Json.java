package dev.computedesk.emulator;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Jackson helpers shared by the emulator (one mapper; field access for the state records). */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS'+00:00'")
            .withZone(ZoneOffset.UTC);

    private Json() {
    }

    static ObjectNode obj() {
        return F.objectNode();
    }

    static ArrayNode arr() {
        return F.arrayNode();
    }

    /** ARM's date-time style, as Microsoft's compute examples write it. */
    static String time(long epochMs) {
        return ISO.format(Instant.ofEpochMilli(epochMs));
    }

    /** Walks a path of field names, creating objects where missing. */
    static ObjectNode path(ObjectNode root, String... names) {
        ObjectNode node = root;
        for (String name : names) {
            JsonNode child = node.get(name);
            if (!(child instanceof ObjectNode)) {
                child = node.putObject(name);
            }
            node = (ObjectNode) child;
        }
        return node;
    }

    static String text(JsonNode node, String... names) {
        JsonNode n = node;
        for (String name : names) {
            if (n == null) {
                return null;
            }
            n = n.get(name);
        }
        return n == null || n.isNull() ? null : n.asText();
    }
}
