package dev.computedesk.domain.compute;

import dev.computedesk.domain.text.Messages;

/** A row action on a compute. */
public enum ComputeAction {
    /** Start a stopped compute instance. */
    START("domain.action.start", false),
    /** Stop a running compute instance. */
    STOP("domain.action.stop", true),
    /** Restart a running compute instance. */
    RESTART("domain.action.restart", true),
    /** Delete the compute and its underlying resource ({@code underlyingResourceAction=Delete}). */
    DELETE("domain.action.delete", true),
    /** Detach, keeping the underlying resource ({@code underlyingResourceAction=Detach}). */
    DETACH("domain.action.detach", true),
    /** Change a cluster's scale settings (PATCH). */
    SCALE("domain.action.scale", false);

    private final String labelKey;
    private final boolean asksFirst;

    ComputeAction(String labelKey, boolean asksFirst) {
        this.labelKey = labelKey;
        this.asksFirst = asksFirst;
    }

    /** The button label. */
    public String label() {
        return Messages.get(labelKey);
    }

    /** True when the UI confirms before acting (Stop, Restart, Delete, Detach; not Start). */
    public boolean asksFirst() {
        return asksFirst;
    }
}
