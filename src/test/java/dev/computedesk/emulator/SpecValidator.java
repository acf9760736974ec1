package dev.computedesk.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A small validator for Swagger 2.0 (autorest flavour) schemas, written for the conformance tests:
 * {@code $ref} (local and the common-types subset), {@code allOf}, the {@code discriminator} with
 * {@code x-ms-discriminator-value}, types and int32/int64/double formats, {@code enum},
 * {@code required}, {@code x-nullable}, {@code pattern}, date-time/uuid/duration formats, items
 * and {@code additionalProperties}. A property the schema does not declare is reported too, so a
 * misspelt field name cannot pass.
 *
 * <p>The schemas are Microsoft's saved 2025-12-01 {@code machineLearningServices.json} plus the
 * four 2026-07-01 additions (docs/decisions.md "API versions"): {@code idleTimeBeforeShutdown},
 * {@code enableSSO}, the {@code Resizing} instance state and the compute-name pattern.
 */
final class SpecValidator {
    static final String COMPUTE_NAME_PATTERN = "^[a-zA-Z](?![a-zA-Z0-9-]*-\\d+$)[a-zA-Z0-9\\-]{2,23}$";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static SpecValidator instance;

    private final ObjectNode defs;
    private final ObjectNode common;

    private SpecValidator(ObjectNode spec, ObjectNode common) {
        this.defs = (ObjectNode) spec.get("definitions");
        this.common = (ObjectNode) common.get("definitions");
        apply2026Additions();
    }

    static synchronized SpecValidator get() {
        if (instance == null) {
            instance = new SpecValidator(read("/arm/specs/machineLearningServices.2025-12-01.json"),
                    read("/arm/specs/common-types-v3.subset.json"));
        }
        return instance;
    }

    static ObjectNode read(String resource) {
        try (InputStream in = SpecValidator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 2026-07-01 additions docs/decisions.md names under "API versions", on top of the saved 2025-12-01 definitions. */
    private void apply2026Additions() {
        ObjectNode ciProps = (ObjectNode) defs.get("ComputeInstanceProperties").get("properties");
        ObjectNode idle = ciProps.putObject("idleTimeBeforeShutdown");
        idle.put("type", "string");
        idle.put("format", "duration");
        ObjectNode sso = ciProps.putObject("enableSSO");
        sso.put("type", "boolean");
        sso.put("default", true);
        sso.put("x-nullable", true);
        ArrayNode states = (ArrayNode) defs.get("ComputeInstanceState").get("enum");
        ArrayNode withResizing = MAPPER.createArrayNode();
        for (JsonNode s : states) {
            withResizing.add(s);
            if (s.asText().equals("Restarting")) {
                withResizing.add("Resizing");
            }
        }
        ((ObjectNode) defs.get("ComputeInstanceState")).set("enum", withResizing);
        ObjectNode name = ((ObjectNode) defs.get("ComputeResource")).withObject("/properties").putObject("name");
        name.put("type", "string");
        name.put("pattern", COMPUTE_NAME_PATTERN);
    }

    /** Errors of {@code value} against definition {@code definition} (empty when it conforms). */
    List<String> validate(JsonNode value, String definition) {
        List<String> errors = new ArrayList<>();
        ObjectNode ref = MAPPER.createObjectNode();
        ref.put("$ref", "#/definitions/" + definition);
        check(value, ref, "$", errors, false);
        return errors;
    }

    /** Errors against a definition of the common-types subset (e.g. OperationStatusResult). */
    List<String> validateCommon(JsonNode value, String definition) {
        List<String> errors = new ArrayList<>();
        ObjectNode ref = MAPPER.createObjectNode();
        ref.put("$ref", "../../../../../common-types/resource-management/v3/types.json#/definitions/" + definition);
        check(value, ref, "$", errors, false);
        return errors;
    }

    private ObjectNode resolve(String ref, boolean fromCommon) {
        String name = ref.substring(ref.indexOf("#/definitions/") + "#/definitions/".length());
        boolean common = ref.contains("common-types") || ref.startsWith("#") && fromCommon;
        JsonNode def = (common ? this.common : defs).get(name);
        if (def == null) {
            throw new IllegalStateException("unresolved $ref " + ref);
        }
        return (ObjectNode) def;
    }

    private boolean isCommon(ObjectNode def) {
        for (JsonNode d : common) {
            if (d == def) {
                return true;
            }
        }
        return false;
    }

    private String nameOf(ObjectNode def) {
        for (Iterator<Map.Entry<String, JsonNode>> it = defs.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue() == def) {
                return e.getKey();
            }
        }
        return null;
    }

    private void check(JsonNode value, JsonNode schema, String path, List<String> errors, boolean inCommon) {
        boolean nullable = schema.path("x-nullable").asBoolean(false);
        if (schema.has("$ref")) {
            ObjectNode def = resolve(schema.get("$ref").asText(), inCommon);
            boolean defCommon = isCommon(def);
            if (value == null || value.isNull()) {
                if (!nullable && !def.path("x-nullable").asBoolean(false)) {
                    errors.add(path + ": null is not allowed (" + schema.get("$ref").asText() + " is not x-nullable)");
                }
                return;
            }
            if (def.has("discriminator") && value.isObject()) {
                def = dispatch(def, value, path, errors);
                if (def == null) {
                    return;
                }
            }
            check(value, def, path, errors, defCommon);
            return;
        }
        if (value == null || value.isNull()) {
            if (!nullable) {
                errors.add(path + ": null is not allowed");
            }
            return;
        }
        String type = schema.path("type").asText(null);
        boolean objectLike = "object".equals(type) || type == null && (schema.has("properties") || schema.has("allOf")
                || schema.has("additionalProperties"));
        if (objectLike) {
            if (!value.isObject()) {
                errors.add(path + ": expected an object but got " + value.getNodeType());
                return;
            }
            checkObject((ObjectNode) value, schema, path, errors, inCommon);
            return;
        }
        if (type == null) {
            return;
        }
        switch (type) {
            case "array":
                if (!value.isArray()) {
                    errors.add(path + ": expected an array but got " + value.getNodeType());
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    check(value.get(i), schema.path("items"), path + "[" + i + "]", errors, inCommon);
                }
                return;
            case "string":
                if (!value.isTextual()) {
                    errors.add(path + ": expected a string but got " + value.getNodeType());
                    return;
                }
                checkString(value.asText(), schema, path, errors);
                return;
            case "integer":
                if (!value.isIntegralNumber()) {
                    errors.add(path + ": expected an integer but got " + value.getNodeType() + " " + value);
                    return;
                }
                if ("int32".equals(schema.path("format").asText()) && !value.canConvertToInt()) {
                    errors.add(path + ": " + value + " is out of the int32 range");
                }
                checkRange(value, schema, path, errors);
                checkEnum(value, schema, path, errors);
                return;
            case "number":
                if (!value.isNumber()) {
                    errors.add(path + ": expected a number but got " + value.getNodeType());
                    return;
                }
                if ("int32".equals(schema.path("format").asText()) && !(value.isIntegralNumber() || value.asDouble() == Math.rint(value.asDouble()))) {
                    errors.add(path + ": expected an int32 number but got " + value);
                }
                checkRange(value, schema, path, errors);
                return;
            case "boolean":
                if (!value.isBoolean()) {
                    errors.add(path + ": expected a boolean but got " + value.getNodeType());
                }
                return;
            default:
                errors.add(path + ": unsupported schema type " + type);
        }
    }

    private ObjectNode dispatch(ObjectNode base, JsonNode value, String path, List<String> errors) {
        String field = base.get("discriminator").asText();
        JsonNode disc = value.get(field);
        if (disc == null || disc.isNull()) {
            errors.add(path + ": the discriminator '" + field + "' is required");
            return null;
        }
        String baseName = nameOf(base);
        for (Iterator<Map.Entry<String, JsonNode>> it = defs.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode d = e.getValue();
            String discValue = d.path("x-ms-discriminator-value").asText(e.getKey());
            if (!discValue.equals(disc.asText())) {
                continue;
            }
            for (JsonNode part : d.path("allOf")) {
                if (part.path("$ref").asText().equals("#/definitions/" + baseName)) {
                    return (ObjectNode) d;
                }
            }
        }
        return base;
    }

    private static final class Flat {
        final Map<String, JsonNode> properties = new LinkedHashMap<>();
        final Map<String, Boolean> propertyCommon = new LinkedHashMap<>();
        final Set<String> required = new LinkedHashSet<>();
        JsonNode additional;
        boolean additionalCommon;
    }

    private void flatten(JsonNode schema, boolean inCommon, Flat flat) {
        if (schema.has("$ref")) {
            ObjectNode def = resolve(schema.get("$ref").asText(), inCommon);
            flatten(def, isCommon(def), flat);
            return;
        }
        for (JsonNode part : schema.path("allOf")) {
            flatten(part, inCommon, flat);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            flat.properties.put(e.getKey(), e.getValue());
            flat.propertyCommon.put(e.getKey(), inCommon);
        }
        for (JsonNode r : schema.path("required")) {
            flat.required.add(r.asText());
        }
        if (schema.has("additionalProperties") && schema.get("additionalProperties").isObject()) {
            flat.additional = schema.get("additionalProperties");
            flat.additionalCommon = inCommon;
        }
    }

    private void checkObject(ObjectNode value, JsonNode schema, String path, List<String> errors, boolean inCommon) {
        Flat flat = new Flat();
        flatten(schema, inCommon, flat);
        for (String r : flat.required) {
            if (!value.has(r)) {
                errors.add(path + ": the required property '" + r + "' is missing");
            }
        }
        boolean freeForm = flat.properties.isEmpty() && flat.additional == null;
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode propSchema = flat.properties.get(e.getKey());
            if (propSchema != null) {
                check(e.getValue(), propSchema, path + "." + e.getKey(), errors, flat.propertyCommon.get(e.getKey()));
            } else if (flat.additional != null) {
                check(e.getValue(), flat.additional, path + "." + e.getKey(), errors, flat.additionalCommon);
            } else if (!freeForm) {
                errors.add(path + ": the property '" + e.getKey() + "' is not defined by the schema");
            }
        }
    }

    private static void checkString(String s, JsonNode schema, String path, List<String> errors) {
        checkEnum(MAPPER.getNodeFactory().textNode(s), schema, path, errors);
        String format = schema.path("format").asText("");
        try {
            switch (format) {
                case "date-time":
                    OffsetDateTime.parse(s);
                    break;
                case "uuid":
                    UUID.fromString(s);
                    break;
                case "duration":
                    if (s.contains("T") && !s.startsWith("PT")) {
                        Duration.parse(s);
                    } else if (s.startsWith("PT")) {
                        Duration.parse(s);
                    } else {
                        Period.parse(s);
                    }
                    break;
                default:
                    break;
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            errors.add(path + ": '" + s + "' is not a valid " + format);
        }
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(s).find()) {
            errors.add(path + ": '" + s + "' does not match the pattern " + schema.get("pattern").asText());
        }
    }

    private static void checkEnum(JsonNode value, JsonNode schema, String path, List<String> errors) {
        if (!schema.has("enum")) {
            return;
        }
        for (JsonNode allowed : schema.get("enum")) {
            if (allowed.equals(value) || allowed.asText().equals(value.asText()) && value.isTextual()) {
                return;
            }
        }
        errors.add(path + ": " + value + " is not one of " + schema.get("enum"));
    }

    private static void checkRange(JsonNode value, JsonNode schema, String path, List<String> errors) {
        if (schema.has("minimum") && value.asDouble() < schema.get("minimum").asDouble()) {
            errors.add(path + ": " + value + " is below the minimum " + schema.get("minimum"));
        }
        if (schema.has("maximum") && value.asDouble() > schema.get("maximum").asDouble()) {
            errors.add(path + ": " + value + " is above the maximum " + schema.get("maximum"));
        }
    }
}
