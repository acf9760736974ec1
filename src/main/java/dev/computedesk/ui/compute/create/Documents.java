package dev.computedesk.ui.compute.create;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.computedesk.azure.model.ComputeResource;

/**
 * Renders a request as the ARM JSON body for the review pane. Its YAML goes through the one mapping,
 * {@link dev.computedesk.azure.yaml.ComputeYaml}.
 */
final class Documents {
    /** How review panes show a secret. */
    static final String MASK = dev.computedesk.azure.yaml.ComputeYaml.MASK;

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(SerializationFeature.INDENT_OUTPUT);

    private Documents() {
    }

    static String json(ComputeResource body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot render the request", e);
        }
    }

    /** A secret read from a request or a file: null when absent or masked (a review pane's copy), else itself. */
    static String secret(String value) {
        return value == null || value.isEmpty() || MASK.equals(value) ? null : value;
    }
}
