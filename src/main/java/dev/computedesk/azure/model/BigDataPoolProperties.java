package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/** Properties of a Synapse Spark pool. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BigDataPoolProperties(String provisioningState, BigDataPoolAutoScale autoScale, BigDataPoolAutoPause autoPause,
        OffsetDateTime creationDate, OffsetDateTime lastSucceededTimestamp, Boolean isComputeIsolationEnabled,
        Boolean sessionLevelPackagesEnabled, Integer cacheSize, Boolean dynamicExecutorAllocation,
        String sparkEventsFolder, String defaultSparkLogFolder, Integer nodeCount, JsonNode libraryRequirements,
        String sparkVersion, String nodeSize, String nodeSizeFamily, Boolean isAutotuneEnabled) {
}
