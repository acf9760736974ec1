package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A usage row of a location (vCPUs used of a limit; {@code limit} -1 means no own limit). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Usage(String id, String amlWorkspaceLocation, String type, String unit, Long currentValue, Long limit, LocalizedName name) {
}
