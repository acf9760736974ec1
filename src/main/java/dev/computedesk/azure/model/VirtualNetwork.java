package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A virtual network and its subnets (for the VNet pickers). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VirtualNetwork(String id, String name, String location, String resourceGroup, List<String> addressPrefixes, List<Subnet> subnets) {
}
