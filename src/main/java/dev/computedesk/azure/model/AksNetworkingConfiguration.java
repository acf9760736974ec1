package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Networking of an AKS cluster the workspace creates. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AksNetworkingConfiguration(String subnetId, String serviceCidr, String dnsServiceIP, String dockerBridgeCidr) {
}
