package dev.computedesk.ui.common;

/** The create and attach forms that {@code + New} opens, one per compute kind. */
public enum ComputeFormKind {
    COMPUTE_INSTANCE("Compute instance"),
    COMPUTE_CLUSTER("Compute cluster"),
    INFERENCE_CLUSTER("Inference cluster (AKS)"),
    KUBERNETES("Kubernetes cluster"),
    VIRTUAL_MACHINE("Virtual machine"),
    HDINSIGHT("HDInsight"),
    DATABRICKS("Azure Databricks"),
    DATA_LAKE_ANALYTICS("Data Lake Analytics"),
    SYNAPSE_SPARK("Synapse Spark pool");

    private final String title;

    ComputeFormKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
