package dev.computedesk.ui.compute;

import dev.computedesk.azure.model.ArmErrorResponse;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.domain.compute.ComputeKind;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.ui.common.ComputeFormKind;

import java.util.List;
import java.util.Optional;

/**
 * A compute whose create (or action) failed after ARM accepted it: shown as a notice on the page, with
 * "Edit and retry" when the request that was sent is known.
 *
 * @param computeName the compute
 * @param message     what failed, with ARM's code and message
 * @param form        the form that created it, or null
 * @param sentRequest the request sent, or null when it was not created from this app session
 */
public record LateFailure(String computeName, String message, ComputeFormKind form, ComputeResource sentRequest) {

    /** True when "Edit and retry" can reopen the form with the values sent. */
    public boolean canEditAndRetry() {
        return form != null && sentRequest != null;
    }

    /**
     * The failure of {@code fresh}, as the page's notice says it: "ci-a is Create failed: Code: message".
     *
     * @param sent the request this session sent for it, or null
     */
    static LateFailure of(String name, ComputeResource fresh, ComputeResource sent) {
        List<ArmErrorResponse> errors = ComputeRow.provisioningErrors(fresh);
        String state = ComputeColumn.stateText(fresh);
        String message = errors.stream().filter(e -> e.error() != null).findFirst()
                .map(e -> Messages.get("compute.code.lateFailure.withError", name, state, e.error().code(),
                        e.error().message()))
                .orElse(Messages.get("compute.code.lateFailure.plain", name, state));
        return new LateFailure(name, message, formOf(fresh), sent);
    }

    /** The form that creates or attaches a compute like {@code c}. */
    static ComputeFormKind formOf(ComputeResource c) {
        Optional<ComputeKind> kind = ComputeRow.kindOf(c);
        if (kind.isEmpty()) {
            return null;
        }
        switch (kind.get()) {
            case COMPUTE_INSTANCE: return ComputeFormKind.COMPUTE_INSTANCE;
            case AML_COMPUTE: return ComputeFormKind.COMPUTE_CLUSTER;
            case AKS: return ComputeFormKind.INFERENCE_CLUSTER;
            case KUBERNETES: return ComputeFormKind.KUBERNETES;
            case VIRTUAL_MACHINE: return ComputeFormKind.VIRTUAL_MACHINE;
            case HDINSIGHT: return ComputeFormKind.HDINSIGHT;
            case DATABRICKS: return ComputeFormKind.DATABRICKS;
            case DATA_LAKE_ANALYTICS: return ComputeFormKind.DATA_LAKE_ANALYTICS;
            case SYNAPSE_SPARK: return ComputeFormKind.SYNAPSE_SPARK;
            default: return null;
        }
    }
}
