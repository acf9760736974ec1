package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/** The Kubernetes-specific {@code properties.properties}; connection strings are never shown. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KubernetesSettings(String relayConnectionString, String serviceBusConnectionString, String extensionPrincipalId,
        String extensionInstanceReleaseTrain, String vcName, String namespace, String defaultInstanceType,
        Map<String, KubernetesInstanceType> instanceTypes) {

    /** Settings for an attach request. */
    public static KubernetesSettings forAttach(String namespace, String defaultInstanceType,
            Map<String, KubernetesInstanceType> instanceTypes) {
        return new KubernetesSettings(null, null, null, null, null, namespace, defaultInstanceType, instanceTypes);
    }

    /** Masks the secrets. */
    @Override
    public String toString() {
        return "KubernetesSettings[" + "relayConnectionString=" + Secrets.mask(relayConnectionString) + ", " + "serviceBusConnectionString=" + Secrets.mask(serviceBusConnectionString) + ", " + "extensionPrincipalId=" + extensionPrincipalId + ", " + "extensionInstanceReleaseTrain=" + extensionInstanceReleaseTrain + ", " + "vcName=" + vcName + ", " + "namespace=" + namespace + ", " + "defaultInstanceType=" + defaultInstanceType + ", " + "instanceTypes=" + instanceTypes + "]";
    }
}
