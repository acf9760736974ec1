package dev.computedesk.ui.compute.create;

/**
 * A compute cluster's public SSH port, ARM's {@code remoteLoginPortPublicAccess} (docs/arm.md "Compute-cluster SSH
 * access"). Chosen at create only: once created the service reports Enabled or Disabled.
 */
public enum ClusterSshAccess {
    /** The public SSH port is open on every node. */
    ENABLED("Enabled"),
    /** The public SSH port is closed on every node (Studio's default: "Enable SSH access" unticked). */
    DISABLED("Disabled"),
    /** Closed on every node when the cluster is in a virtual network, otherwise open: the service decides at create. */
    NOT_SPECIFIED("NotSpecified");

    private final String armValue;

    ClusterSshAccess(String armValue) {
        this.armValue = armValue;
    }

    /** The value sent as {@code remoteLoginPortPublicAccess}. */
    public String armValue() {
        return armValue;
    }

    /**
     * What a request or a YAML file asked for. An absent value (the CLI's {@code ssh_public_access_enabled} left
     * out) is NotSpecified when the file sets an admin account, otherwise Disabled: this form asks for an account
     * whenever the port may be open.
     */
    static ClusterSshAccess of(String armValue, boolean hasAccount) {
        if ("Enabled".equalsIgnoreCase(armValue)) {
            return ENABLED;
        }
        if ("Disabled".equalsIgnoreCase(armValue)) {
            return DISABLED;
        }
        return hasAccount ? NOT_SPECIFIED : DISABLED;
    }
}
