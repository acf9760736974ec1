package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/** Requests and limits of a Kubernetes instance type (e.g. {@code cpu}, {@code memory}). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstanceTypeResources(Map<String, String> requests, Map<String, String> limits) {
    /** Null-valued entries (e.g. {@code "nvidia.com/gpu": null}) mean "not set" and are dropped. */
    public InstanceTypeResources {
        requests = withoutNulls(requests);
        limits = withoutNulls(limits);
    }

    static Map<String, String> withoutNulls(Map<String, String> map) {
        if (map == null) {
            return null;
        }
        Map<String, String> copy = new java.util.LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (v != null) {
                copy.put(k, v);
            }
        });
        return java.util.Collections.unmodifiableMap(copy);
    }
}
