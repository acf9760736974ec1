package dev.computedesk.ui.ssh;

import dev.computedesk.azure.model.AmlComputeNode;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.ui.common.UiContext;

/** Opens the SSH connection helper for a compute instance or a cluster node. */
public final class SshHelperWindow {
    private SshHelperWindow() {
    }

    /** @param node the cluster node, or null for a compute instance */
    public static void open(UiContext context, ComputeResource compute, AmlComputeNode node) {
        context.dialogs().inform("Connect", "The SSH connection helper is not built yet.");
    }
}
