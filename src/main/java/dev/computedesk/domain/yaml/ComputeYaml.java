package dev.computedesk.domain.yaml;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders a compute's settings as CLI v2 YAML for "Copy as YAML" and review panes: maps keep the
 * caller's key order (pass a {@link java.util.LinkedHashMap}), lists become block sequences, and
 * strings are double-quoted only when plain YAML would misread them.
 *
 * <p>Secrets (passwords, tokens, private keys) can be shown as {@value #MASK}: DESIGN.md
 * "Forms" wants review panes masked. Values are maps, lists, strings, numbers, booleans or null.
 * Written by hand in the JDK to keep {@code domain} free of libraries; a tiny subset of YAML.
 */
public final class ComputeYaml {

    /** What a masked secret looks like. */
    public static final String MASK = "********";

    /** Keys of CLI v2 compute YAML that hold secrets. */
    public static final Set<String> DEFAULT_SECRET_KEYS = Set.of("admin_password", "ssh_private_key_file",
            "private_key", "password", "access_token", "databricks_access_token", "license_key");

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z$/][A-Za-z0-9_./@+\\-:$ ()]*");
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null", "~");

    private ComputeYaml() {
    }

    /** The YAML of {@code document}, with nothing masked. */
    public static String render(Map<String, ?> document) {
        return render(document, Set.of());
    }

    /**
     * The YAML of {@code document}, each value whose key (at any depth, compared ignoring case)
     * is in {@code secretKeys} replaced by {@value #MASK}. Pass {@link #DEFAULT_SECRET_KEYS} for
     * review panes, an empty set to show everything.
     */
    public static String render(Map<String, ?> document, Set<String> secretKeys) {
        Set<String> secrets = lowerCase(secretKeys);
        List<String> lines = new ArrayList<>();
        writeMap(lines, document, "", secrets);
        return String.join("\n", lines) + (lines.isEmpty() ? "{}\n" : "\n");
    }

    private static void writeMap(List<String> lines, Map<?, ?> map, String indent, Set<String> secrets) {
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = String.valueOf(entry.getKey());
            Object value = secrets.contains(key.toLowerCase(Locale.ROOT)) && entry.getValue() != null
                    ? MASK : entry.getValue();
            String head = indent + scalar(key) + ":";
            if (value instanceof Map && !((Map<?, ?>) value).isEmpty()) {
                lines.add(head);
                writeMap(lines, (Map<?, ?>) value, indent + "  ", secrets);
            } else if (value instanceof Collection && !((Collection<?>) value).isEmpty()) {
                lines.add(head);
                writeList(lines, (Collection<?>) value, indent + "  ", secrets);
            } else {
                lines.add(head + " " + inline(value));
            }
        }
    }

    private static void writeList(List<String> lines, Collection<?> list, String indent, Set<String> secrets) {
        for (Object item : list) {
            if (item instanceof Map && !((Map<?, ?>) item).isEmpty()) {
                // The first key goes on the dash line; the rest align under it.
                List<String> nested = new ArrayList<>();
                writeMap(nested, (Map<?, ?>) item, indent + "  ", secrets);
                lines.add(indent + "- " + nested.get(0).substring(indent.length() + 2));
                lines.addAll(nested.subList(1, nested.size()));
            } else if (item instanceof Collection && !((Collection<?>) item).isEmpty()) {
                lines.add(indent + "-");
                writeList(lines, (Collection<?>) item, indent + "  ", secrets);
            } else {
                lines.add(indent + "- " + inline(item));
            }
        }
    }

    private static String inline(Object value) {
        if (value instanceof Map) {
            return "{}";
        }
        if (value instanceof Collection) {
            return "[]";
        }
        if (value == null) {
            return "null";
        }
        if (value instanceof Boolean || value instanceof Number) {
            return value.toString();
        }
        return scalar(value.toString());
    }

    /** A string as a plain scalar when that reads back as the same string, else double-quoted. */
    static String scalar(String text) {
        boolean plain = PLAIN.matcher(text).matches()
                && !text.endsWith(" ") && !text.endsWith(":")
                && !text.contains(": ") && !text.contains(" #")
                && !RESERVED.contains(text.toLowerCase(Locale.ROOT));
        if (plain) {
            return text;
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"': quoted.append("\\\""); break;
                case '\\': quoted.append("\\\\"); break;
                case '\n': quoted.append("\\n"); break;
                case '\r': quoted.append("\\r"); break;
                case '\t': quoted.append("\\t"); break;
                default:
                    if (c < 0x20 || c == 0x7F) {
                        quoted.append(String.format(Locale.ROOT, "\\x%02X", (int) c));
                    } else {
                        quoted.append(c);
                    }
            }
        }
        return quoted.append('"').toString();
    }

    private static Set<String> lowerCase(Set<String> keys) {
        Set<String> lower = new java.util.HashSet<>();
        for (String key : keys) {
            lower.add(key.toLowerCase(Locale.ROOT));
        }
        return lower;
    }
}
