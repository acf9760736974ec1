package dev.computedesk.domain.compute;

import dev.computedesk.domain.text.Messages;
import dev.computedesk.domain.validation.ValidationResult;
import dev.computedesk.domain.validation.WholeNumbers;
import java.util.OptionalLong;

/**
 * Capacity of an AKS inference cluster the app creates (docs/decisions.md "AKS capacity"):
 * {@code agentCount × vCPUs(agentVmSize) ≥ 12}, and Production ({@code FastProd},
 * {@code DenseProd}) needs at least 3 nodes, Dev-test ({@code DevTest}) at least 1.
 *
 * <p>Absent fields take the service defaults (3 agents of {@code Standard_D3_v2}, 4 vCPUs), so
 * Microsoft's minimal example is valid. Attaching an existing cluster is not checked: its size is
 * whatever it already is.
 */
public final class AksCapacityRule {

    /** Fewest vCPUs across all agents. */
    public static final int MIN_TOTAL_VCPUS = 12;
    /** Service default for {@code agentCount}. */
    public static final int DEFAULT_AGENT_COUNT = 3;
    /** Service default for {@code agentVmSize}. */
    public static final String DEFAULT_AGENT_VM_SIZE = "Standard_D3_v2";
    /** vCPUs of {@link #DEFAULT_AGENT_VM_SIZE}. */
    public static final int DEFAULT_AGENT_VM_SIZE_VCPUS = 4;

    private AksCapacityRule() {
    }

    /**
     * Checks a create.
     *
     * @param agentCount        the node count, or {@code null} for the service default (3)
     * @param vCpusPerNode      vCPUs of the chosen size, or {@code null} when no size is chosen
     *                          (the default size, 4 vCPUs)
     * @param purpose           the cluster purpose, or {@code null} for the default (FastProd)
     * @param attachingExisting true when the form attaches an existing cluster by resource id
     */
    public static ValidationResult validate(Integer agentCount, Integer vCpusPerNode, ClusterPurpose purpose,
                                            boolean attachingExisting) {
        if (attachingExisting) {
            return ValidationResult.ok();
        }
        int nodes = agentCount == null ? DEFAULT_AGENT_COUNT : agentCount;
        int vCpus = vCpusPerNode == null ? DEFAULT_AGENT_VM_SIZE_VCPUS : vCpusPerNode;
        ClusterPurpose effectivePurpose = purpose == null ? ClusterPurpose.FAST_PROD : purpose;
        if (nodes < 0) {
            return ValidationResult.error(Messages.get("domain.aksCapacity.negative"));
        }
        long total = (long) nodes * vCpus;
        if (total < MIN_TOTAL_VCPUS) {
            int suggested = suggestedNodeCount(vCpus, effectivePurpose);
            return ValidationResult.error(Messages.get("domain.aksCapacity.tooFewVcpus", nodes, vCpus, total,
                    MIN_TOTAL_VCPUS, suggested));
        }
        // Only Production can get here: a Dev-test cluster with 0 nodes already failed the vCPU total.
        if (nodes < effectivePurpose.minimumNodes()) {
            return ValidationResult.error(Messages.get("domain.aksCapacity.purposeMinimum", effectivePurpose.label(),
                    effectivePurpose.minimumNodes()));
        }
        return ValidationResult.ok();
    }

    /**
     * Like {@link #validate(Integer, Integer, ClusterPurpose, boolean)} for the node-count field's
     * text; a blank field means the service default.
     */
    public static ValidationResult validateText(String agentCountText, Integer vCpusPerNode, ClusterPurpose purpose,
                                            boolean attachingExisting) {
        if (attachingExisting) {
            return ValidationResult.ok();
        }
        if (agentCountText == null || agentCountText.isBlank()) {
            return validate(null, vCpusPerNode, purpose, false);
        }
        OptionalLong count = WholeNumbers.parse(agentCountText);
        if (count.isEmpty()) {
            return ValidationResult.error(WholeNumbers.notAWholeNumber());
        }
        if (count.getAsLong() > Integer.MAX_VALUE) {
            return ValidationResult.error(WholeNumbers.tooLarge(Integer.MAX_VALUE));
        }
        return validate(Integer.valueOf((int) count.getAsLong()), vCpusPerNode, purpose, false);
    }

    /** The fewest nodes of a size with {@code vCpusPerNode} that satisfy both the vCPU total and the purpose. */
    public static int suggestedNodeCount(int vCpusPerNode, ClusterPurpose purpose) {
        if (vCpusPerNode <= 0) {
            throw new IllegalArgumentException("A VM size has at least one vCPU: " + vCpusPerNode);
        }
        int forCapacity = (MIN_TOTAL_VCPUS + vCpusPerNode - 1) / vCpusPerNode;
        return Math.max(forCapacity, purpose.minimumNodes());
    }
}
