package dev.computedesk.azure.model;

import java.util.Arrays;
import java.util.Optional;

/** The {@code computeType} discriminator values of the current API, with their wire spelling. */
public enum ComputeType {
    AKS("AKS"),
    KUBERNETES("Kubernetes"),
    AML_COMPUTE("AmlCompute"),
    COMPUTE_INSTANCE("ComputeInstance"),
    DATA_FACTORY("DataFactory"),
    VIRTUAL_MACHINE("VirtualMachine"),
    HD_INSIGHT("HDInsight"),
    DATABRICKS("Databricks"),
    DATA_LAKE_ANALYTICS("DataLakeAnalytics"),
    SYNAPSE_SPARK("SynapseSpark");

    private final String wireName;

    ComputeType(String wireName) {
        this.wireName = wireName;
    }

    /** The value ARM sends and expects, e.g. {@code AmlCompute}. */
    public String wireName() {
        return wireName;
    }

    /** The type with that wire name (case-insensitive), if it is one of the known kinds. */
    public static Optional<ComputeType> fromWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equalsIgnoreCase(name)).findFirst();
    }
}
