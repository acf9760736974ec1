package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** ARM provisioning state of a compute (and of most resources). Unknown values read as {@link #UNKNOWN}. */
public enum ProvisioningState {
    @JsonEnumDefaultValue @JsonProperty("Unknown") UNKNOWN,
    @JsonProperty("Updating") UPDATING,
    @JsonProperty("Creating") CREATING,
    @JsonProperty("Deleting") DELETING,
    @JsonProperty("Succeeded") SUCCEEDED,
    @JsonProperty("Failed") FAILED,
    @JsonProperty("Canceled") CANCELED;

    /** True for Succeeded, Failed and Canceled. */
    public boolean isTerminal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELED;
    }
}
