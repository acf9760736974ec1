package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** TLS settings of an AKS inference cluster; cert and key are never shown. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SslConfiguration(String status, String cert, String key, String cname, String leafDomainLabel, Boolean overwriteExistingDomain) {

    /** Masks the secrets. */
    @Override
    public String toString() {
        return "SslConfiguration[" + "status=" + status + ", " + "cert=" + Secrets.mask(cert) + ", " + "key=" + Secrets.mask(key) + ", " + "cname=" + cname + ", " + "leafDomainLabel=" + leafDomainLabel + ", " + "overwriteExistingDomain=" + overwriteExistingDomain + "]";
    }
}
