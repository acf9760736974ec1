package dev.computedesk.ui.common;

import dev.computedesk.domain.text.Messages;

/** The create and attach forms that {@code + New} opens, one per compute kind. */
public enum ComputeFormKind {
    COMPUTE_INSTANCE("common.code.kind.computeInstance"),
    COMPUTE_CLUSTER("common.code.kind.computeCluster"),
    INFERENCE_CLUSTER("common.code.kind.inferenceCluster"),
    KUBERNETES("common.code.kind.kubernetes"),
    VIRTUAL_MACHINE("common.code.kind.virtualMachine"),
    HDINSIGHT("common.code.kind.hdinsight"),
    DATABRICKS("common.code.kind.databricks"),
    DATA_LAKE_ANALYTICS("common.code.kind.dataLakeAnalytics"),
    SYNAPSE_SPARK("common.code.kind.synapseSpark");

    private final String titleKey;

    ComputeFormKind(String titleKey) {
        this.titleKey = titleKey;
    }

    /** The form's name in the chosen language ("Compute instance"). */
    public String title() {
        return Messages.get(titleKey);
    }
}
