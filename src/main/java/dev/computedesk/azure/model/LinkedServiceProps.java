package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

/** Properties of a linked service ({@code linkType} is {@code Synapse}). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LinkedServiceProps(String linkedServiceResourceId, String linkType, OffsetDateTime createdTime, OffsetDateTime modifiedTime) {
}
