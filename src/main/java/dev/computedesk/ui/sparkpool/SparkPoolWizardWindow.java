package dev.computedesk.ui.sparkpool;

import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.ui.common.UiContext;

/** Opens the Attach Synapse Spark pool wizard. */
public final class SparkPoolWizardWindow {
    private SparkPoolWizardWindow() {
    }

    /** @param computeName the name to prefill, or null; @param prefill a request sent before, or null */
    public static void open(UiContext context, String computeName, ComputeResource prefill) {
        context.dialogs().inform("Attach Synapse Spark pool", "The Attach Synapse Spark pool wizard is not built yet.");
    }
}
