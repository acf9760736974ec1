package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The SynapseSpark-specific {@code properties.properties} of an attached Spark pool. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SynapseSparkSettings(AutoScaleProperties autoScaleProperties, AutoPauseProperties autoPauseProperties, String sparkVersion,
        Integer nodeCount, String nodeSize, String nodeSizeFamily, String subscriptionId, String resourceGroup,
        String workspaceName, String poolName) {
}
