package dev.computedesk.domain.ssh;

import dev.computedesk.domain.text.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether SSH can work for a compute instance or a cluster node, from the fields ARM
 * reports (docs/arm.md), and explains why not.
 */
public final class SshReadiness {

    /** The port sshd listens on inside the virtual network. */
    static final int PRIVATE_SSH_PORT = 22;

    private SshReadiness() {
    }

    /**
     * For a compute instance.
     *
     * @param sshPublicAccess {@code sshSettings.sshPublicAccess} (Enabled/Disabled)
     * @param state           the instance state (Running, Stopped, …)
     * @param adminUserName   {@code sshSettings.adminUserName}, may be null ({@code azureuser} is assumed)
     * @param publicIp        {@code connectivityEndpoints.publicIpAddress}, may be null
     * @param privateIp       {@code connectivityEndpoints.privateIpAddress}, may be null
     * @param sshPort         {@code sshSettings.sshPort}, may be null (22 is assumed); the public load balancer's
     *                        NAT port, so it is not used with the private IP (which gets 22)
     */
    public static SshAvailability forInstance(String sshPublicAccess, String state, String adminUserName,
                                              String publicIp, String privateIp, Integer sshPort) {
        if ("disabled".equals(lower(sshPublicAccess))) {
            return blocked(SshProblem.SSH_NOT_ENABLED, Messages.get("domain.sshReady.notEnabled"));
        }
        String current = state == null ? "Unknown" : state;
        if (!lower(current).equals("running") && !lower(current).equals("jobrunning")) {
            boolean startable = lower(current).equals("stopped") || lower(current).equals("stopping");
            return blocked(SshProblem.INSTANCE_NOT_RUNNING, Messages.get(startable ? "domain.sshReady.startFirst"
                    : "domain.sshReady.notRunning", current));
        }
        return addressed(adminUserName, publicIp, privateIp, sshPort);
    }

    /**
     * For a compute-cluster node from {@code listNodes}.
     *
     * @param remoteLoginPortPublicAccess the cluster's {@code remoteLoginPortPublicAccess}
     * @param nodeState                   idle, running, preparing, unusable, leaving, preempted
     * @param adminUserName               the cluster's {@code userAccountCredentials.adminUserName}
     * @param publicIp                    the node's {@code publicIpAddress}, may be null
     * @param privateIp                   the node's {@code privateIpAddress}, may be null
     * @param port                        the node's {@code port}, may be null (22 is assumed); as for an
     *                                    instance, the private IP gets 22
     */
    public static SshAvailability forNode(String remoteLoginPortPublicAccess, String nodeState, String adminUserName,
                                          String publicIp, String privateIp, Integer port) {
        if ("disabled".equals(lower(remoteLoginPortPublicAccess))) {
            return blocked(SshProblem.SSH_NOT_ENABLED, Messages.get("domain.sshReady.notEnabled"));
        }
        switch (lower(nodeState)) {
            case "leaving":
                return blocked(SshProblem.NODE_LEAVING, Messages.get("domain.sshReady.nodeLeaving"));
            case "preempted":
                return blocked(SshProblem.NODE_PREEMPTED, Messages.get("domain.sshReady.nodePreempted"));
            case "unusable":
                return blocked(SshProblem.NODE_UNUSABLE, Messages.get("domain.sshReady.nodeUnusable"));
            default:
                return addressed(adminUserName, publicIp, privateIp, port);
        }
    }

    private static SshAvailability addressed(String adminUserName, String publicIp, String privateIp, Integer port) {
        boolean userAssumed = adminUserName == null || adminUserName.isBlank();
        String user = userAssumed ? SshTarget.DEFAULT_USER : adminUserName;
        if (!isBlank(publicIp)) {
            int sshPort = port == null ? PRIVATE_SSH_PORT : port;
            return new SshAvailability(Optional.of(new SshTarget(user, publicIp, sshPort, userAssumed, false)), List.of());
        }
        if (!isBlank(privateIp)) {
            // The reported port is the public load balancer's NAT port: the private address has only sshd's own 22.
            List<SshNotice> notices = new ArrayList<>();
            notices.add(new SshNotice(SshProblem.PRIVATE_IP_ONLY, privateOnlyMessage(privateIp, port)));
            return new SshAvailability(Optional.of(new SshTarget(user, privateIp, PRIVATE_SSH_PORT, userAssumed, true)),
                    notices);
        }
        return blocked(SshProblem.NO_ADDRESS, Messages.get("domain.sshReady.noAddress"));
    }

    static String privateOnlyMessage(String privateIp, Integer reportedPort) {
        String port = String.valueOf(PRIVATE_SSH_PORT);
        return reportedPort == null || reportedPort == PRIVATE_SSH_PORT
                ? Messages.get("domain.sshReady.privateOnly", privateIp, port)
                : Messages.get("domain.sshReady.privateOnlyNat", privateIp, port, String.valueOf(reportedPort));
    }

    private static SshAvailability blocked(SshProblem problem, String message) {
        return new SshAvailability(Optional.empty(), List.of(new SshNotice(problem, message)));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String lower(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }
}
