package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** OS image versions of a compute instance. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OsImageMetadata(String currentImageVersion, String latestImageVersion, Boolean isLatestOsImageVersion) {
}
