package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** listKeys of an attached Databricks workspace: its access token. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(using = JsonDeserializer.None.class)
@JsonPropertyOrder({"computeType"})
public record DatabricksComputeSecrets(String databricksAccessToken) implements ComputeSecrets {

    @Override
    @JsonProperty("computeType")
    public String computeType() {
        return "Databricks";
    }

    /** Masks the token. */
    @Override
    public String toString() {
        return "DatabricksComputeSecrets[databricksAccessToken=" + Secrets.mask(databricksAccessToken) + "]";
    }
}
