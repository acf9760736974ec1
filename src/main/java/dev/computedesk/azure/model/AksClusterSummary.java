package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** An AKS cluster for the inference/Kubernetes pickers. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AksClusterSummary(String id, String name, String location, String resourceGroup, String kubernetesVersion, String fqdn,
        String provisioningState, Integer nodeCount, String agentVmSize) {
}
