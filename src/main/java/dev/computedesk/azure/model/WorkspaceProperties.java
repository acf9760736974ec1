package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Properties of an ML workspace the app shows. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WorkspaceProperties(String friendlyName, String description, String discoveryUrl, String storageAccount, String keyVault,
        String applicationInsights, String containerRegistry, Boolean hbiWorkspace, String provisioningState,
        String publicNetworkAccess, String workspaceId, String imageBuildCompute, String serviceProvisionedResourceGroup) {
}
