package dev.computedesk.domain.ssh;

import java.util.Objects;

/**
 * Where an SSH command connects.
 *
 * @param user          the login user
 * @param host          the IP address or host name
 * @param port          the SSH port (compute instances commonly report 50000; never assume 22)
 * @param userAssumed   true when ARM did not report the user and {@link #DEFAULT_USER} is assumed
 * @param privateIpOnly true when {@code host} is a private IP, reachable only from inside the virtual network
 */
public record SshTarget(String user, String host, int port, boolean userAssumed, boolean privateIpOnly) {

    /** The admin user of compute instances (and the usual one of clusters). */
    public static final String DEFAULT_USER = "azureuser";

    /** Validates. */
    public SshTarget {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(host, "host");
        if (user.isBlank() || host.isBlank()) {
            throw new IllegalArgumentException("An SSH target needs a user and a host");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("Not a port: " + port);
        }
    }

    /** A target reachable on its public address, with a known user. */
    public static SshTarget of(String user, String host, int port) {
        return new SshTarget(user, host, port, false, false);
    }
}
