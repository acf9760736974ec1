package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The AKS-specific {@code properties.properties} of an inference cluster. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AksSettings(String clusterFqdn, List<SystemService> systemServices, Integer agentCount, String agentVmSize,
        String clusterPurpose, SslConfiguration sslConfiguration, AksNetworkingConfiguration aksNetworkingConfiguration,
        String loadBalancerType, String loadBalancerSubnet) {

    /** Settings for a create or node-count update request. */
    public static AksSettings forRequest(Integer agentCount, String agentVmSize, String clusterPurpose) {
        return new AksSettings(null, null, agentCount, agentVmSize, clusterPurpose, null, null, null, null);
    }
}
