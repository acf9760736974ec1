package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * ARM {@code ErrorDetail}: also the shape of {@code MachineLearningServiceError.error}.
 *
 * @param code           machine-readable code, e.g. {@code Conflict}
 * @param message        human-readable message
 * @param target         what the error is about, or null
 * @param details        nested details (may be empty)
 * @param additionalInfo additional info objects ({@code {type, info}}), kept raw
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArmError(String code, String message, String target, List<ArmError> details,
                       List<JsonNode> additionalInfo) {
    /** A detail-less error. */
    public static ArmError of(String code, String message) {
        return new ArmError(code, message, null, null, null);
    }
}
