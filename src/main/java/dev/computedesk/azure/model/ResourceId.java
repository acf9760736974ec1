package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A reference to another resource by its ARM id ({@code {"id": "..."}}), e.g. a subnet or an image. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResourceId(String id) {
}
