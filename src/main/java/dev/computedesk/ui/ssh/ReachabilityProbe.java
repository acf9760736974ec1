package dev.computedesk.ui.ssh;

import java.time.Duration;

/**
 * Checks whether a TCP port answers: the "Test connection" of the SSH helper. Blocks for at most the timeout, so
 * call it from background work only.
 */
@FunctionalInterface
public interface ReachabilityProbe {

    /** Tries to open a TCP connection to {@code host:port} and closes it at once. */
    Reachability probe(String host, int port, Duration timeout);

    /**
     * The outcome of one check.
     *
     * @param outcome what happened
     * @param elapsed how long it took
     * @param detail  the underlying error's message, or ""
     */
    record Reachability(Outcome outcome, Duration elapsed, String detail) {
    }

    /** What a connection attempt can end in. */
    enum Outcome {
        /** Something accepted the connection. */
        REACHABLE,
        /** The host answered that nothing listens on the port. */
        REFUSED,
        /** Nothing answered within the timeout (a firewall, a private address, a stopped machine). */
        TIMED_OUT,
        /** The host name could not be resolved, or the network has no route to it. */
        UNREACHABLE
    }
}
