package dev.computedesk.domain.ssh;

import java.util.List;
import java.util.Optional;

/**
 * Whether the SSH helper can offer commands for a compute or node, and what to tell the user.
 *
 * @param target  where to connect; empty when a blocking problem leaves nothing to offer
 * @param notices the problems found, blocking ones first
 */
public record SshAvailability(Optional<SshTarget> target, List<SshNotice> notices) {

    /** Copies the list. */
    public SshAvailability {
        notices = List.copyOf(notices);
    }

    /** True when commands can be offered. */
    public boolean canConnect() {
        return target.isPresent();
    }

    /** The sentence for the helper's status label: the first notice, if any. */
    public Optional<String> label() {
        return notices.isEmpty() ? Optional.empty() : Optional.of(notices.get(0).message());
    }
}
