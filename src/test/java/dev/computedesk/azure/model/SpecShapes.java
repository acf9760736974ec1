package dev.computedesk.azure.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.computedesk.azure.internal.ArmJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks that every field of a JSON body is declared by the saved 2025-12-01 spec (plus the 2026-07-01 additions
 * docs/decisions.md names), following {@code $ref}, {@code allOf} and the {@code computeType} discriminator. References to
 * common-types files are not followed (their shapes are ARM's envelope: id, name, type, systemData, identity).
 */
final class SpecShapes {
    private static final List<String> ADDITIONS_2026 = List.of("enableSSO", "idleTimeBeforeShutdown");
    private final JsonNode definitions;

    SpecShapes() {
        try (InputStream in = SpecShapes.class.getResourceAsStream(
                "/arm/specs/machineLearningServices.2025-12-01.json")) {
            definitions = ArmJson.mapper().readTree(in).get("definitions");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fields of {@code body} the definition does not declare (empty when the body conforms). */
    List<String> undeclared(String definition, JsonNode body) {
        List<String> out = new ArrayList<>();
        check(definitions.get(definition), body, "", out);
        return out;
    }

    private void check(JsonNode schema, JsonNode value, String path, List<String> out) {
        if (schema == null || value == null || value.isNull()) {
            return;
        }
        schema = resolve(schema);
        if (schema == null) {
            return;
        }
        if (value.isObject() && schema.has("discriminator") && value.has(schema.get("discriminator").asText())) {
            JsonNode sub = subtype(value.get(schema.get("discriminator").asText()).asText());
            if (sub != null) {
                schema = sub;
            }
        }
        if (value.isObject()) {
            Map<String, JsonNode> props = new java.util.LinkedHashMap<>();
            collect(schema, props);
            JsonNode additional = schema.get("additionalProperties");
            Iterator<Map.Entry<String, JsonNode>> it = value.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> f = it.next();
                JsonNode p = props.get(f.getKey());
                if (p != null) {
                    check(p, f.getValue(), path + "/" + f.getKey(), out);
                } else if (additional != null && additional.isObject()) {
                    check(additional, f.getValue(), path + "/" + f.getKey(), out);
                } else if (!(additional != null && additional.asBoolean(false)) && !ADDITIONS_2026.contains(f.getKey())
                        && !props.isEmpty()) {
                    out.add(path + "/" + f.getKey());
                }
            }
        } else if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), path + "/" + i, out);
            }
        }
    }

    private void collect(JsonNode schema, Map<String, JsonNode> props) {
        schema = resolve(schema);
        if (schema == null) {
            return;
        }
        schema.path("properties").fields().forEachRemaining(e -> props.put(e.getKey(), e.getValue()));
        for (JsonNode part : schema.path("allOf")) {
            JsonNode r = resolve(part);
            if (r == null && part.has("$ref")) {
                // common-types Resource: the ARM envelope's read-only fields
                for (String f : List.of("id", "name", "type", "systemData")) {
                    props.putIfAbsent(f, ArmJson.mapper().createObjectNode());
                }
            } else {
                collect(part, props);
            }
        }
    }

    private JsonNode subtype(String discriminatorValue) {
        Iterator<Map.Entry<String, JsonNode>> it = definitions.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> d = it.next();
            if (discriminatorValue.equals(d.getValue().path("x-ms-discriminator-value").asText(null))) {
                return d.getValue();
            }
        }
        return null;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        while (s != null && s.has("$ref")) {
            String ref = s.get("$ref").asText();
            if (!ref.startsWith("#/definitions/")) {
                return null;
            }
            s = definitions.get(ref.substring("#/definitions/".length()));
        }
        return s;
    }
}
