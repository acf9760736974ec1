package dev.computedesk.ui.compute;

import java.util.Objects;

/**
 * One application of a compute instance as a button or link: Studio's label, what opening it hands to the system
 * (an {@code https} endpoint for the browser, or a {@code vscode://} link), and whether it can be opened now.
 *
 * @param label   Studio's label for a known application ("JupyterLab", "VS Code (Desktop)"), else ARM's name
 * @param url     what opening it hands to the system; null when there is nothing to open
 * @param enabled true when it can be opened now
 * @param note    for a disabled one, why not (shown as text, since a disabled control shows no tooltip); for an
 *                enabled one, what it opens
 */
public record ApplicationLink(String label, String url, boolean enabled, String note) {

    /** Checks that a label is there and that an enabled one has something to open. */
    public ApplicationLink {
        Objects.requireNonNull(label, "label");
        if (enabled && (url == null || url.isBlank())) {
            throw new IllegalArgumentException(label + " is enabled but opens nothing");
        }
    }

    /** An application that can be opened now. */
    static ApplicationLink open(String label, String url, String note) {
        return new ApplicationLink(label, url, true, note);
    }

    /** An application that cannot be opened now, and why. */
    static ApplicationLink disabled(String label, String url, String reason) {
        return new ApplicationLink(label, url, false, reason);
    }
}
