package dev.computedesk.ui.common;

import dev.computedesk.domain.text.Messages;

/**
 * A failure as the user sees it: what failed, ARM's code and message, and the request id to quote to support.
 *
 * @param what      what failed ("Listing computes failed")
 * @param code      ARM's error code, or empty
 * @param message   ARM's message (or the I/O failure's)
 * @param requestId the request id, or empty
 * @param retryable whether trying again may help
 */
public record ErrorInfo(String what, String code, String message, String requestId, boolean retryable) {

    /** One line for the banner: "Listing computes failed · Conflict: … · request id …". */
    public String summary() {
        StringBuilder text = new StringBuilder(what);
        if (!message.isEmpty()) {
            text.append(" \u00b7 ").append(code.isEmpty() ? message : code + ": " + message);
        }
        if (!requestId.isEmpty()) {
            text.append(" \u00b7 ").append(Messages.get("common.code.requestId", requestId));
        }
        return text.toString();
    }
}
