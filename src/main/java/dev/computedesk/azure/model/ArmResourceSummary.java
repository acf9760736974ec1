package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** A generic ARM resource (Arc, HDInsight, Databricks, Data Lake Analytics) for a picker. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArmResourceSummary(String id, String name, String type, String kind, String location, Map<String, String> tags, JsonNode properties) {

    /** The resource group parsed from the id. */
    public String resourceGroup() {
        return ArmId.parse(id).resourceGroup();
    }
}
