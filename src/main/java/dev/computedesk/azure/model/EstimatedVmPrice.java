package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** One retail price of a VM size ({@code osType} Linux|Windows, {@code vmTier} Standard|LowPriority|Spot). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EstimatedVmPrice(Double retailPrice, String osType, String vmTier) {
}
