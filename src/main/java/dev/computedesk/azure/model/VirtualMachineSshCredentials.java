package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** SSH credentials of an attached VM or HDInsight cluster; password and private key are never shown. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VirtualMachineSshCredentials(String username, String password, String publicKeyData, String privateKeyData) {

    /** Masks the secrets. */
    @Override
    public String toString() {
        return "VirtualMachineSshCredentials[" + "username=" + username + ", " + "password=" + Secrets.mask(password) + ", " + "publicKeyData=" + publicKeyData + ", " + "privateKeyData=" + Secrets.mask(privateKeyData) + "]";
    }
}
