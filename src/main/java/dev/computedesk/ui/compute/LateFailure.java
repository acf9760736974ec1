package dev.computedesk.ui.compute;

import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.ui.common.ComputeFormKind;

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
}
