package dev.computedesk.ui.common;

import dev.computedesk.azure.model.AmlComputeNode;
import dev.computedesk.azure.model.ComputeResource;

/**
 * Opens what belongs to another feature: a create or attach form, the SSH helper, another page. Features call
 * this instead of each other, so each stays one package; the composition root implements it.
 */
public interface Navigator {

    /** Opens the empty create or attach form of {@code kind} for the current workspace. */
    void openCreateForm(ComputeFormKind kind);

    /**
     * "Edit and retry": reopens the form of {@code kind} with the values of a request that was sent and failed
     * later (secrets are not in it and must be typed again).
     */
    void openEditAndRetry(ComputeFormKind kind, String computeName, ComputeResource sentRequest);

    /** Opens the SSH helper for a compute instance ({@code node} null) or for one node of a cluster. */
    void openSshHelper(ComputeResource compute, AmlComputeNode node);

    /** Shows a page of the navigation rail. */
    void showPage(Page page);
}
