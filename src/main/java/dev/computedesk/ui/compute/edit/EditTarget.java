package dev.computedesk.ui.compute.edit;

import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.CapacityClient;
import dev.computedesk.azure.ComputeClient;
import dev.computedesk.azure.ResourcePickerClient;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.WorkspaceRef;
import javafx.beans.value.ObservableValue;

import java.util.Objects;

/**
 * The compute an edit dialog changes and the clients it uses.
 *
 * @param workspace the compute's workspace
 * @param name      the compute's name
 * @param compute   the compute as the page shows it now (it follows the row; null once the row is gone)
 * @param computes  reads and changes computes
 * @param capacity  VM sizes and quota (the scale and node-count dialogs)
 * @param pickers   the subscription's user-assigned identities (the identity dialog)
 * @param tenantId  the signed-in tenant (the Azure ML studio link)
 */
public record EditTarget(WorkspaceRef workspace, String name, ObservableValue<ComputeResource> compute,
                         ComputeClient computes, CapacityClient capacity, ResourcePickerClient pickers,
                         String tenantId) {

    public EditTarget {
        Objects.requireNonNull(workspace);
        Objects.requireNonNull(name);
        Objects.requireNonNull(compute);
        Objects.requireNonNull(computes);
    }

    /** The target with the clients of {@code connection}. */
    public static EditTarget of(AzureConnection connection, WorkspaceRef workspace,
                                ObservableValue<ComputeResource> compute) {
        return new EditTarget(workspace, compute.getValue().name(), compute, connection.computes(),
                connection.capacity(), connection.pickers(),
                connection.principal() == null ? null : connection.principal().tenantId());
    }

    /** The compute as shown now, or null. */
    public ComputeResource current() {
        return compute.getValue();
    }
}
