package dev.computedesk.domain.ssh;

import java.util.Locale;

/**
 * The {@code Host} alias of a compute in {@code ~/.ssh/config} and VS Code Remote-SSH:
 * {@code <workspace>-<compute>} (a cluster node: {@code <workspace>-<compute>-<nodeId>}),
 * lower-cased, every character outside {@code [a-z0-9-]} replaced by {@code -}.
 */
public final class SshHostAlias {

    private SshHostAlias() {
    }

    /** The alias of a compute instance (or any compute reached as one host). */
    public static String forCompute(String workspace, String compute) {
        return sanitize(workspace + "-" + compute);
    }

    /** The alias of one node of a compute cluster. */
    public static String forNode(String workspace, String compute, String nodeId) {
        return sanitize(workspace + "-" + compute + "-" + nodeId);
    }

    private static String sanitize(String raw) {
        String lower = raw.toLowerCase(Locale.ROOT);
        StringBuilder alias = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            alias.append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ? c : '-');
        }
        return alias.toString();
    }
}
