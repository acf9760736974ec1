package dev.computedesk.domain.compute;

/** The Compute page's tabs, in display order (docs/decisions.md "Which tab shows which compute"). */
public enum ComputeTab {
    /** Compute instances. */
    INSTANCES,
    /** Compute clusters. */
    CLUSTERS,
    /** Kubernetes clusters. */
    KUBERNETES,
    /** Inference clusters (AKS, created or attached). */
    INFERENCE_CLUSTERS,
    /** Attached computes. */
    ATTACHED
}
