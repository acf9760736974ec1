package dev.computedesk.ui.compute.create;

import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.ui.common.ComputeFormKind;
import dev.computedesk.ui.common.UiContext;

/** Opens the create and attach forms (all but the Synapse Spark pool wizard). */
public final class ComputeFormWindows {
    private ComputeFormWindows() {
    }

    /**
     * Opens the form of {@code kind}; with {@code prefill} (a request sent before) for "Edit and retry".
     *
     * @param computeName the name to prefill, or null
     * @param prefill     the request to prefill from, or null for an empty form
     */
    public static void open(UiContext context, ComputeFormKind kind, String computeName, ComputeResource prefill) {
        context.dialogs().inform(kind.title(), "The " + kind.title() + " form is not built yet.");
    }
}
