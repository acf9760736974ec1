package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** listKeys of an AKS compute: kube configs (never shown in {@code toString()}). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(using = JsonDeserializer.None.class)
@JsonPropertyOrder({"computeType"})
public record AksComputeSecrets(String userKubeConfig, String adminKubeConfig, String imagePullSecretName)
        implements ComputeSecrets {

    @Override
    @JsonProperty("computeType")
    public String computeType() {
        return "AKS";
    }

    /** Masks the kube configs. */
    @Override
    public String toString() {
        return "AksComputeSecrets[userKubeConfig=" + Secrets.mask(userKubeConfig) + ", adminKubeConfig="
                + Secrets.mask(adminKubeConfig) + ", imagePullSecretName=" + imagePullSecretName + "]";
    }
}
