package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** An ML workspace linked service (2020-09-01-preview) to a Synapse workspace. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LinkedService(String id, String name, String type, String location, ManagedIdentity identity, LinkedServiceProps properties) {
}
