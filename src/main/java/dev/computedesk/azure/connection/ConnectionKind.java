package dev.computedesk.azure.connection;

/** How a connection authenticates. */
public enum ConnectionKind {
    /** The local ARM emulator (its own bearer token). */
    EMULATOR,
    /** Reuse the Azure CLI's {@code az login}. */
    AZURE_CLI,
    /** Interactive browser sign-in. */
    BROWSER,
    /** Device-code sign-in (code and URL shown in a dialog). */
    DEVICE_CODE,
    /** A service principal from {@code AZURE_CLIENT_ID}/{@code AZURE_TENANT_ID}/{@code AZURE_CLIENT_SECRET} etc. */
    ENVIRONMENT
}
