package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Administrator account of a cluster's nodes; the password and key are never shown. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserAccountCredentials(String adminUserName, String adminUserSshPublicKey, String adminUserPassword) {

    /** Masks the secrets. */
    @Override
    public String toString() {
        return "UserAccountCredentials[" + "adminUserName=" + adminUserName + ", " + "adminUserSshPublicKey=" + adminUserSshPublicKey + ", " + "adminUserPassword=" + Secrets.mask(adminUserPassword) + "]";
    }
}
