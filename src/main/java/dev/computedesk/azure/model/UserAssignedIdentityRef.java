package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The value side of {@code identity.userAssignedIdentities}: ids ARM fills in (send {@code {}}). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserAssignedIdentityRef(String principalId, String clientId) {
    /** The empty object a request sends for each identity id. */
    public static UserAssignedIdentityRef empty() {
        return new UserAssignedIdentityRef(null, null);
    }
}
