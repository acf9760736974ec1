package dev.computedesk.azure;

/** What {@link ComputeClient#delete} does to the underlying resource: ARM's {@code underlyingResourceAction}. */
public enum UnderlyingResourceAction {
    /** Delete the underlying compute (created computes). */
    DELETE("Delete"),
    /** Detach it from the workspace, leaving it in Azure (attached computes, AKS). */
    DETACH("Detach");

    private final String wireName;

    UnderlyingResourceAction(String wireName) {
        this.wireName = wireName;
    }

    /** The query value ARM expects. */
    public String wireName() {
        return wireName;
    }
}
