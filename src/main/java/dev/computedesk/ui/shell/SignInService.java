package dev.computedesk.ui.shell;

import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.connection.AzureCloud;
import dev.computedesk.azure.connection.ConnectionKind;
import dev.computedesk.azure.connection.DeviceCodeInfo;

import java.util.function.Consumer;

/** Makes connections for the sign-in dialog; blocking (may open a browser), so called from background tasks. */
public interface SignInService {

    /** Connects to the embedded local emulator. */
    AzureConnection connectEmulator();

    /**
     * Signs in to Azure.
     *
     * @param tenantId   the tenant to sign in to, or null for the account's home tenant
     * @param deviceCode receives the device code and URL (device-code sign-in only), on any thread
     */
    AzureConnection connectAzure(ConnectionKind kind, AzureCloud cloud, String tenantId, Consumer<DeviceCodeInfo> deviceCode);

    /** "tokens cached in the OS keychain" or "tokens kept in memory only: …". */
    String tokenCacheMessage();
}
