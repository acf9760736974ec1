package dev.computedesk.azure.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One mapping of a YAML document (or a part of it) being read: each value taken is remembered, so that what
 * nobody took can be named afterwards ({@link #notTaken()}), and each value that cannot be used says why.
 */
final class YamlFields {
    private final JsonNode node;
    private final String prefix;
    private final Set<String> taken;
    private final List<String> problems;

    private YamlFields(JsonNode node, String prefix, Set<String> taken, List<String> problems) {
        this.node = node;
        this.prefix = prefix;
        this.taken = taken;
        this.problems = problems;
    }

    static YamlFields of(ObjectNode root) {
        return new YamlFields(root, "", new java.util.HashSet<>(), new ArrayList<>());
    }

    private String path(String key) {
        return prefix + key;
    }

    private JsonNode raw(String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? null : value;
    }

    boolean has(String key) {
        return raw(key) != null;
    }

    /** The text at {@code key}; null when absent. A mapping or list there is a problem (and null). */
    String text(String key) {
        JsonNode value = raw(key);
        taken.add(path(key));
        if (value == null) {
            return null;
        }
        if (!value.isValueNode()) {
            problems.add(path(key) + ": expected a single value, not " + (value.isArray() ? "a list" : "a mapping"));
            return null;
        }
        return value.asText();
    }

    /**
     * A secret (password, key, token); null when absent or masked ({@link ComputeYaml#MASK}: a review pane's copy),
     * which is a problem: it must be typed again.
     */
    String secret(String key) {
        String value = text(key);
        if (ComputeYaml.MASK.equals(value)) {
            problems.add(path(key) + ": masked in the file, so it was not used; type it again");
            return null;
        }
        return value;
    }

    /** A YAML boolean ({@code true}, {@code false}, and YAML 1.1's yes/no/on/off); null when absent or not one. */
    Boolean bool(String key) {
        String value = text(key);
        if (value == null) {
            return null;
        }
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true": case "yes": case "on":
                return Boolean.TRUE;
            case "false": case "no": case "off":
                return Boolean.FALSE;
            default:
                problems.add(path(key) + ": '" + value + "' is not true or false, so it was not used");
                return null;
        }
    }

    /** A whole number; null when absent or not one (which is a problem). */
    Long whole(String key) {
        String value = text(key);
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value.strip().replace("_", ""));
        } catch (NumberFormatException notWhole) {
            problems.add(path(key) + ": '" + value + "' is not a whole number, so it was not used");
            return null;
        }
    }

    /** {@link #whole} as an int; a number beyond int is a problem. */
    Integer integer(String key) {
        Long value = whole(key);
        if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
            problems.add(path(key) + ": " + value + " is too large, so it was not used");
            return null;
        }
        return value == null ? null : value.intValue();
    }

    /** The mapping at {@code key}; null when absent (a scalar there is a problem). */
    YamlFields object(String key) {
        JsonNode value = raw(key);
        if (value == null) {
            taken.add(path(key));
            return null;
        }
        if (!value.isObject()) {
            taken.add(path(key));
            problems.add(path(key) + ": expected a mapping of keys, so it was not used");
            return null;
        }
        return new YamlFields(value, path(key) + ".", taken, problems);
    }

    /** The items of the list at {@code key}; empty when absent (a non-list there is a problem). */
    List<YamlFields> list(String key) {
        JsonNode value = raw(key);
        List<YamlFields> items = new ArrayList<>();
        if (value == null) {
            return items;
        }
        if (!value.isArray()) {
            taken.add(path(key));
            problems.add(path(key) + ": expected a list, so it was not used");
            return items;
        }
        for (int i = 0; i < value.size(); i++) {
            items.add(new YamlFields(value.get(i), path(key) + "[" + i + "].", taken, problems));
        }
        taken.add(path(key) + "[]");
        return items;
    }

    /** The scalars of the list at {@code key} as text; empty when absent. */
    List<String> texts(String key) {
        JsonNode value = raw(key);
        taken.add(path(key));
        List<String> items = new ArrayList<>();
        if (value == null) {
            return items;
        }
        if (!value.isArray()) {
            problems.add(path(key) + ": expected a list, so it was not used");
            return items;
        }
        value.forEach(item -> {
            if (item.isValueNode() && !item.isNull()) {
                items.add(item.asText());
            }
        });
        return items;
    }

    /** The mapping at {@code key} as text keys and text values (tags); empty when absent. */
    Map<String, String> textMap(String key) {
        JsonNode value = raw(key);
        taken.add(path(key));
        Map<String, String> map = new LinkedHashMap<>();
        if (value == null) {
            return map;
        }
        if (!value.isObject()) {
            problems.add(path(key) + ": expected a mapping of keys, so it was not used");
            return map;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            map.put(entry.getKey(), entry.getValue().isValueNode() ? entry.getValue().asText() : entry.getValue()
                    .toString());
        }
        return map;
    }

    /** Marks keys whose values Azure sets (the CLI writes them in {@code az ml compute show}): never sent. */
    void setByAzure(String... keys) {
        for (String key : keys) {
            if (has(key)) {
                taken.add(path(key));
                problems.add(path(key) + ": set by Azure, not sent");
            }
        }
    }

    void problem(String message) {
        problems.add(message);
    }

    /** What could not be used, in the order found. */
    List<String> problems() {
        return problems;
    }

    /** The keys nobody took, as dotted paths ("custom_applications", "ssh_settings.foo"). */
    List<String> notTaken() {
        List<String> left = new ArrayList<>();
        collect(node, prefix, left);
        return left;
    }

    private void collect(JsonNode value, String at, List<String> left) {
        if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String path = at + entry.getKey();
                if (taken.contains(path)) {
                    continue;
                }
                if (taken.contains(path + "[]") && entry.getValue().isArray()) {
                    for (int i = 0; i < entry.getValue().size(); i++) {
                        collect(entry.getValue().get(i), path + "[" + i + "].", left);
                    }
                } else if (entry.getValue().isObject() && hasTakenUnder(path + ".")) {
                    collect(entry.getValue(), path + ".", left);
                } else {
                    left.add(path);
                }
            }
        }
    }

    private boolean hasTakenUnder(String path) {
        return taken.stream().anyMatch(t -> t.startsWith(path));
    }
}
