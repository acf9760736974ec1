package dev.computedesk.domain.compute;

import java.util.Optional;

/** The ten ARM {@code computeType} values (identical in API 2025-12-01 and 2026-07-01). */
public enum ComputeKind {
    /** Azure Kubernetes Service inference cluster (legacy v1). */
    AKS("AKS", ComputeTab.INFERENCE_CLUSTERS, "Inference cluster", "inference clusters"),
    /** Kubernetes compute (AKS or Arc cluster with the Azure ML extension). */
    KUBERNETES("Kubernetes", ComputeTab.KUBERNETES, "Kubernetes", "Kubernetes computes"),
    /** Compute cluster. */
    AML_COMPUTE("AmlCompute", ComputeTab.CLUSTERS, "Compute cluster", "compute clusters"),
    /** Compute instance. */
    COMPUTE_INSTANCE("ComputeInstance", ComputeTab.INSTANCES, "Compute instance", "compute instances"),
    /** Attached Data Factory. */
    DATA_FACTORY("DataFactory", ComputeTab.ATTACHED, "Data Factory", "Data Factory computes"),
    /** Attached virtual machine. */
    VIRTUAL_MACHINE("VirtualMachine", ComputeTab.ATTACHED, "Virtual machine", "attached virtual machines"),
    /** Attached HDInsight cluster. */
    HDINSIGHT("HDInsight", ComputeTab.ATTACHED, "HDInsight", "HDInsight clusters"),
    /** Attached Databricks workspace. */
    DATABRICKS("Databricks", ComputeTab.ATTACHED, "Databricks", "Databricks computes"),
    /** Attached Data Lake Analytics account. */
    DATA_LAKE_ANALYTICS("DataLakeAnalytics", ComputeTab.ATTACHED, "Data Lake Analytics", "Data Lake Analytics computes"),
    /** Attached Synapse Spark pool. */
    SYNAPSE_SPARK("SynapseSpark", ComputeTab.ATTACHED, "Synapse Spark pool", "Synapse Spark pools");

    private final String armValue;
    private final ComputeTab tab;
    private final String displayName;
    private final String pluralNoun;

    ComputeKind(String armValue, ComputeTab tab, String displayName, String pluralNoun) {
        this.armValue = armValue;
        this.tab = tab;
        this.displayName = displayName;
        this.pluralNoun = pluralNoun;
    }

    /** The type as the Compute page's "Compute type" column shows it, e.g. "Compute cluster". */
    public String displayName() {
        return displayName;
    }

    /** A lower-case plural for sentences, e.g. "compute clusters". */
    public String pluralNoun() {
        return pluralNoun;
    }

    /** The {@code computeType} string ARM uses. */
    public String armValue() {
        return armValue;
    }

    /** The tab that lists computes of this kind. */
    public ComputeTab tab() {
        return tab;
    }

    /**
     * The kind for an ARM {@code computeType}, ignoring case.
     *
     * @throws IllegalArgumentException for values outside the enum (e.g. the retired "BatchAI")
     */
    public static ComputeKind fromArm(String computeType) {
        return find(computeType).orElseThrow(
                () -> new IllegalArgumentException("Unknown compute type: " + computeType));
    }

    /** Like {@link #fromArm(String)}, empty for null or unknown values. */
    public static Optional<ComputeKind> find(String computeType) {
        if (computeType == null) {
            return Optional.empty();
        }
        for (ComputeKind kind : values()) {
            if (kind.armValue.equalsIgnoreCase(computeType.strip())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
