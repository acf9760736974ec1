package dev.computedesk.ui.shell;

import dev.computedesk.azure.connection.ConnectionKind;

/** The ways to connect that the sign-in dialog offers. */
public enum SignInMethod {
    LOCAL_EMULATOR(ConnectionKind.EMULATOR, "Local emulator",
            "The ARM emulator built into Compute Desk: every screen works, nothing leaves this machine."),
    AZURE_CLI(ConnectionKind.AZURE_CLI, "Azure CLI",
            "Reuse the account you signed in with 'az login'."),
    BROWSER(ConnectionKind.BROWSER, "Interactive browser",
            "Sign in in your default web browser."),
    DEVICE_CODE(ConnectionKind.DEVICE_CODE, "Device code",
            "Enter a code at the Microsoft sign-in page, on this or another device."),
    ENVIRONMENT(ConnectionKind.ENVIRONMENT, "Service principal (environment)",
            "Use AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET (or a certificate) from the environment.");

    private final ConnectionKind kind;
    private final String label;
    private final String description;

    SignInMethod(ConnectionKind kind, String label, String description) {
        this.kind = kind;
        this.label = label;
        this.description = description;
    }

    public ConnectionKind kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** Whether a cloud and tenant apply (not to the emulator). */
    public boolean isAzure() {
        return this != LOCAL_EMULATOR;
    }

    @Override
    public String toString() {
        return label;
    }
}
