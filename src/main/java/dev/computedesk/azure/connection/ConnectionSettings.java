package dev.computedesk.azure.connection;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the app remembers about its connection between runs. Never a secret: no token, password or key.
 *
 * @param kind            how to connect
 * @param cloud           the Azure cloud (null for the emulator)
 * @param tenantId        the chosen tenant, or null for the account's home tenant
 * @param lastWorkspaceId ARM id of the workspace last selected, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConnectionSettings(ConnectionKind kind, AzureCloud cloud, String tenantId, String lastWorkspaceId) {

    /** First run: the embedded emulator, no workspace yet. */
    public static ConnectionSettings firstRun() {
        return new ConnectionSettings(ConnectionKind.EMULATOR, null, null, null);
    }

    /** A copy with another last workspace. */
    public ConnectionSettings withLastWorkspaceId(String workspaceId) {
        return new ConnectionSettings(kind, cloud, tenantId, workspaceId);
    }
}
