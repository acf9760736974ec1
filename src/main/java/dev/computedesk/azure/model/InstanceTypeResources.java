package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/** Requests and limits of a Kubernetes instance type (e.g. {@code cpu}, {@code memory}). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstanceTypeResources(Map<String, String> requests, Map<String, String> limits) {
}
