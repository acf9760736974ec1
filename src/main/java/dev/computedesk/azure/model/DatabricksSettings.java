package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The Databricks-specific {@code properties.properties}; the access token is never shown. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DatabricksSettings(String databricksAccessToken, String workspaceUrl) {

    /** Masks the secrets. */
    @Override
    public String toString() {
        return "DatabricksSettings[" + "databricksAccessToken=" + Secrets.mask(databricksAccessToken) + ", " + "workspaceUrl=" + workspaceUrl + "]";
    }
}
