package dev.computedesk.domain.compute;

/** A row action on a compute. */
public enum ComputeAction {
    /** Start a stopped compute instance. */
    START("Start", false),
    /** Stop a running compute instance. */
    STOP("Stop", true),
    /** Restart a running compute instance. */
    RESTART("Restart", true),
    /** Delete the compute and its underlying resource ({@code underlyingResourceAction=Delete}). */
    DELETE("Delete", true),
    /** Detach, keeping the underlying resource ({@code underlyingResourceAction=Detach}). */
    DETACH("Detach", true),
    /** Change a cluster's scale settings (PATCH). */
    SCALE("Scale", false);

    private final String label;
    private final boolean asksFirst;

    ComputeAction(String label, boolean asksFirst) {
        this.label = label;
        this.asksFirst = asksFirst;
    }

    /** The button label. */
    public String label() {
        return label;
    }

    /** True when the UI confirms before acting (Stop, Restart, Delete, Detach; not Start). */
    public boolean asksFirst() {
        return asksFirst;
    }
}
