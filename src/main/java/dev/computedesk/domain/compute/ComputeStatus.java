package dev.computedesk.domain.compute;

import java.util.Objects;
import java.util.Set;

/**
 * What {@link ComputeActions} needs to know about one compute row.
 *
 * @param kind              the compute type
 * @param provisioningState ARM's {@code provisioningState} (Creating, Succeeded, Failed, …), may be null
 * @param instanceState     a compute instance's {@code state} (Running, Stopped, …); null for other kinds
 * @param attached          ARM's {@code isAttachedCompute}: true when the workspace did not create
 *                          the underlying resource
 */
public record ComputeStatus(ComputeKind kind, ProvisioningState provisioningState, ComputeInstanceState instanceState,
                            boolean attached) {

    /** Requires a kind. */
    public ComputeStatus {
        Objects.requireNonNull(kind, "kind");
    }

    /** The actions the table allows for this row. */
    public Set<ComputeAction> allowedActions() {
        return ComputeActions.allowed(kind, provisioningState, instanceState, attached);
    }
}
