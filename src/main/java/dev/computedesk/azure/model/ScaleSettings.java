package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** AmlCompute scale settings ({@code maxNodeCount} required; {@code nodeIdleTimeBeforeScaleDown} ISO 8601, e.g. {@code PT5M}). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScaleSettings(Integer maxNodeCount, Integer minNodeCount, String nodeIdleTimeBeforeScaleDown) {
}
