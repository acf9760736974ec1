package dev.computedesk.ui.shell;

import dev.computedesk.azure.connection.ConnectionKind;
import dev.computedesk.domain.text.Messages;

/** The ways to connect that the sign-in dialog offers. */
public enum SignInMethod {
    LOCAL_EMULATOR(ConnectionKind.EMULATOR, "shell.signIn.method.emulator"),
    AZURE_CLI(ConnectionKind.AZURE_CLI, "shell.signIn.method.azureCli"),
    BROWSER(ConnectionKind.BROWSER, "shell.signIn.method.browser"),
    DEVICE_CODE(ConnectionKind.DEVICE_CODE, "shell.signIn.method.deviceCode"),
    ENVIRONMENT(ConnectionKind.ENVIRONMENT, "shell.signIn.method.environment");

    private final ConnectionKind kind;
    /** The bundle key of the label; the description's is the same with {@code .description}. */
    private final String key;

    SignInMethod(ConnectionKind kind, String key) {
        this.kind = kind;
        this.key = key;
    }

    public ConnectionKind kind() {
        return kind;
    }

    public String label() {
        return Messages.get(key);
    }

    public String description() {
        return Messages.get(key + ".description");
    }

    /** Whether a cloud and tenant apply (not to the emulator). */
    public boolean isAzure() {
        return this != LOCAL_EMULATOR;
    }

    @Override
    public String toString() {
        return label();
    }
}
