package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A node of a compute cluster ({@code listNodes}); {@code port} is its SSH port. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AmlComputeNode(String nodeId, String privateIpAddress, String publicIpAddress, Integer port, String nodeState, String runId) {
}
