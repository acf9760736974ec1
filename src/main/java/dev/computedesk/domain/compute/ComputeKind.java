package dev.computedesk.domain.compute;

import dev.computedesk.domain.text.Messages;

import java.util.Optional;

/** The ten ARM {@code computeType} values (identical in API 2025-12-01 and 2026-07-01). */
public enum ComputeKind {
    /** Azure Kubernetes Service inference cluster (legacy v1). */
    AKS("AKS", ComputeTab.INFERENCE_CLUSTERS),
    /** Kubernetes compute (AKS or Arc cluster with the Azure ML extension). */
    KUBERNETES("Kubernetes", ComputeTab.KUBERNETES),
    /** Compute cluster. */
    AML_COMPUTE("AmlCompute", ComputeTab.CLUSTERS),
    /** Compute instance. */
    COMPUTE_INSTANCE("ComputeInstance", ComputeTab.INSTANCES),
    /** Attached Data Factory. */
    DATA_FACTORY("DataFactory", ComputeTab.ATTACHED),
    /** Attached virtual machine. */
    VIRTUAL_MACHINE("VirtualMachine", ComputeTab.ATTACHED),
    /** Attached HDInsight cluster. */
    HDINSIGHT("HDInsight", ComputeTab.ATTACHED),
    /** Attached Databricks workspace. */
    DATABRICKS("Databricks", ComputeTab.ATTACHED),
    /** Attached Data Lake Analytics account. */
    DATA_LAKE_ANALYTICS("DataLakeAnalytics", ComputeTab.ATTACHED),
    /** Attached Synapse Spark pool. */
    SYNAPSE_SPARK("SynapseSpark", ComputeTab.ATTACHED);

    private final String armValue;
    private final ComputeTab tab;

    ComputeKind(String armValue, ComputeTab tab) {
        this.armValue = armValue;
        this.tab = tab;
    }

    /** The type as the Compute page's "Compute type" column shows it, e.g. "Compute cluster". */
    public String displayName() {
        String key = "domain.computeKind." + armValue + ".name";
        return Messages.get(key);
    }

    /** A lower-case plural for sentences, e.g. "compute clusters". */
    public String pluralNoun() {
        String key = "domain.computeKind." + armValue + ".plural";
        return Messages.get(key);
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
