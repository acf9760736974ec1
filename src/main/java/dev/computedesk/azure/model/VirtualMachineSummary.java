package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A VM for the Attach VM picker: size, OS, image and addresses. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VirtualMachineSummary(String id, String name, String location, String resourceGroup, String vmSize, String osType,
        ImageReference imageReference, String publicIpAddress, String privateIpAddress, String provisioningState) {
}
