package dev.computedesk.ui.compute.create;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.computedesk.azure.model.ComputeResource;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Renders a request as the ARM JSON body and as CLI v2 YAML, and reads such YAML back to prefill a form. */
final class Documents {
    /** How review panes show a secret. */
    static final String MASK = "********";

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private Documents() {
    }

    static String json(ComputeResource body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot render the request", e);
        }
    }

    static String yaml(Map<String, Object> document) {
        try {
            return YAML.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot render the YAML", e);
        }
    }

    /**
     * Reads a CLI v2 compute YAML file's text.
     *
     * @throws IllegalArgumentException when it is not a YAML mapping
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> readYaml(String text) {
        try {
            Object value = YAML.readValue(text, Object.class);
            if (!(value instanceof Map)) {
                throw new IllegalArgumentException("The file is not a compute YAML: it has no top-level keys");
            }
            return (Map<String, Object>) value;
        } catch (IOException e) {
            throw new IllegalArgumentException("The file is not valid YAML: " + e.getMessage(), e);
        }
    }

    /** The secret itself, or the mask for review panes; null stays null. */
    static String secret(String value, boolean masked) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return masked ? MASK : value;
    }

    /** An ordered map to build YAML documents with, skipping null and empty values. */
    static final class Yaml {
        private final Map<String, Object> map = new LinkedHashMap<>();

        Yaml put(String key, Object value) {
            if (value == null || (value instanceof String s && s.isEmpty())
                    || (value instanceof Map<?, ?> m && m.isEmpty())
                    || (value instanceof java.util.Collection<?> c && c.isEmpty())) {
                return this;
            }
            map.put(key, value instanceof Yaml nested ? nested.map : value);
            return this;
        }

        Map<String, Object> map() {
            return map;
        }
    }

    /** Reads a nested value such as {@code ssh_settings.admin_username} from a YAML map; null when absent. */
    static Object path(Map<String, Object> map, String dotted) {
        Object current = map;
        for (String key : dotted.split("\\.")) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(key);
        }
        return current;
    }

    /** {@link #path} as text; null when absent. */
    static String text(Map<String, Object> map, String dotted) {
        Object value = path(map, dotted);
        return value == null ? null : value.toString();
    }
}
