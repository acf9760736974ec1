package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

/** ARM {@code systemData}: who created and last modified a resource, and when. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SystemData(String createdBy, String createdByType, OffsetDateTime createdAt,
                         String lastModifiedBy, String lastModifiedByType, OffsetDateTime lastModifiedAt) {
}
