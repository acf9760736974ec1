package dev.computedesk.domain.ssh;

/** Why an SSH command would not work, or works only with a caveat. */
public enum SshProblem {
    /** SSH access was not enabled at creation; it cannot be turned on later. */
    SSH_NOT_ENABLED(true),
    /** The compute instance is not running. */
    INSTANCE_NOT_RUNNING(true),
    /** No public IP: the command uses the private IP, reachable only from inside the virtual network. */
    PRIVATE_IP_ONLY(false),
    /** No address reported at all (yet). */
    NO_ADDRESS(true),
    /** The cluster node is leaving (scaling down). */
    NODE_LEAVING(true),
    /** The low-priority node was preempted. */
    NODE_PREEMPTED(true),
    /** The node is unusable. */
    NODE_UNUSABLE(true);

    private final boolean blocking;

    SshProblem(boolean blocking) {
        this.blocking = blocking;
    }

    /** True when no command is offered; false when the command is offered with the message beside it. */
    public boolean blocking() {
        return blocking;
    }
}
