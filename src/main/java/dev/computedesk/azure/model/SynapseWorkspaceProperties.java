package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/** Properties of a Synapse workspace the app shows. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SynapseWorkspaceProperties(DataLakeStorageAccountDetails defaultDataLakeStorage, Map<String, String> connectivityEndpoints,
        String sqlAdministratorLogin, String managedResourceGroupName, String provisioningState,
        String workspaceUID) {
}
