package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Counts of a cluster's nodes by state (read-only). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NodeStateCounts(Integer idleNodeCount, Integer runningNodeCount, Integer preparingNodeCount, Integer unusableNodeCount, Integer leavingNodeCount, Integer preemptedNodeCount) {
}
