package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Auto-scale of a Synapse Spark pool. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BigDataPoolAutoScale(Boolean enabled, Integer minNodeCount, Integer maxNodeCount) {
}
