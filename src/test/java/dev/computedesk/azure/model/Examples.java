package dev.computedesk.azure.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.computedesk.azure.internal.ArmJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Loads Microsoft's example files (copied under {@code src/test/resources/arm/examples}) and compares trees. */
public final class Examples {
    private Examples() {
    }

    /** The whole example file. */
    public static JsonNode load(String relative) {
        try (InputStream in = Examples.class.getResourceAsStream("/arm/examples/" + relative)) {
            if (in == null) {
                throw new IllegalArgumentException("No example " + relative);
            }
            return ArmJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Paths (JSON-pointer style) of every non-null leaf in {@code node}. */
    public static List<String> leafPaths(JsonNode node) {
        List<String> out = new ArrayList<>();
        collect(node, "", out);
        return out;
    }

    private static void collect(JsonNode node, String path, List<String> out) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isObject()) {
            if (node.size() == 0) {
                out.add(path);
            }
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                collect(e.getValue(), path + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), out);
            }
        } else if (node.isArray()) {
            if (node.size() == 0) {
                out.add(path);
            }
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "/" + i, out);
            }
        } else {
            out.add(path);
        }
    }

    /**
     * The leaf paths of {@code expected} that {@code actual} lacks or holds with another value (dates compared as
     * instants, numbers numerically).
     */
    public static List<String> missingOrDifferent(JsonNode expected, JsonNode actual) {
        List<String> problems = new ArrayList<>();
        for (String p : leafPaths(expected)) {
            JsonNode e = expected.at(p);
            JsonNode a = actual.at(p);
            if (a.isMissingNode() || a.isNull()) {
                problems.add(p + " missing");
            } else if (!sameValue(e, a)) {
                problems.add(p + " expected " + e + " got " + a);
            }
        }
        return problems;
    }

    /** Leaf paths present in {@code actual} but not in {@code expected} (extra fields a client would send). */
    public static List<String> extra(JsonNode expected, JsonNode actual) {
        List<String> problems = new ArrayList<>();
        for (String p : leafPaths(actual)) {
            JsonNode e = expected.at(p);
            if (e.isMissingNode() || e.isNull()) {
                problems.add(p + " not in Microsoft's example");
            }
        }
        return problems;
    }

    private static boolean sameValue(JsonNode e, JsonNode a) {
        if (e.equals(a)) {
            return true;
        }
        if (e.isNumber() && a.isNumber()) {
            return new BigDecimal(e.asText()).compareTo(new BigDecimal(a.asText())) == 0;
        }
        if (e.isTextual() && a.isTextual()) {
            try {
                return OffsetDateTime.parse(e.asText()).toInstant().equals(OffsetDateTime.parse(a.asText()).toInstant());
            } catch (RuntimeException ignored) {
                return false;
            }
        }
        return (e.isObject() || e.isArray()) && e.size() == 0 && (a.isObject() || a.isArray()) && a.size() == 0;
    }
}
