package dev.computedesk.emulator;

import java.util.regex.Pattern;

/**
 * A fault the emulator plays on the next {@code count} matching calls (docs/ui-contract.md, admin routes).
 *
 * @param method              HTTP method to match, {@code null} for any
 * @param pathRegex           searched (not fully matched) in the request path without the query
 * @param count               how many matching calls the fault applies to
 * @param status              an error status to answer (429, 500, 503, 401, 403, 404, ...), or 0 for none
 * @param retryAfterSeconds   the {@code Retry-After} to send with {@code status}, or 0 for none
 * @param drop                close the connection without an answer, before acting
 * @param delayMs             wait this long before handling the call normally
 * @param provisioningFailure a matching create (PUT) is accepted but ends {@code Failed} with provisioning errors
 * @param failureCode         with {@code failureMessage}: a matching call that starts an operation is accepted,
 *                            then the operation ends {@code Failed} with this ARM error code (null for none)
 * @param failureMessage      the ARM error message of that failure
 * @param replyLost           act on the call, then close the connection without an answer
 * @param malformedBody       answer normally, but with a body that is not valid JSON
 */
public record Fault(String method, String pathRegex, int count, int status, int retryAfterSeconds,
                    boolean drop, long delayMs, boolean provisioningFailure, String failureCode,
                    String failureMessage, boolean replyLost, boolean malformedBody) {

    public Fault {
        if (pathRegex == null) {
            pathRegex = "";
        }
        Pattern.compile(pathRegex);
        if (count <= 0) {
            count = 1;
        }
        if (failureCode != null && failureCode.isBlank()) {
            throw new IllegalArgumentException("an operation failure needs a code");
        }
        if (failureCode != null && (failureMessage == null || failureMessage.isBlank())) {
            failureMessage = "The operation failed (injected fault).";
        }
    }

    /** The fault kinds of the first release. */
    public Fault(String method, String pathRegex, int count, int status, int retryAfterSeconds, boolean drop,
                 long delayMs, boolean provisioningFailure) {
        this(method, pathRegex, count, status, retryAfterSeconds, drop, delayMs, provisioningFailure, null, null,
                false, false);
    }

    /**
     * The next {@code count} calls answer {@code status} (with {@code Retry-After} when positive), in ARM's error
     * envelope: 429 {@code TooManyRequests}, 500 {@code InternalServerError}, 503 {@code ServiceUnavailable},
     * 401 {@code AuthenticationFailed}, 403 {@code AuthorizationFailed}, 404 {@code ResourceNotFound}.
     */
    public static Fault status(String method, String pathRegex, int count, int status, int retryAfterSeconds) {
        return new Fault(method, pathRegex, count, status, retryAfterSeconds, false, 0, false);
    }

    /** The next {@code count} calls have their connection closed without an answer (nothing is done). */
    public static Fault drop(String method, String pathRegex, int count) {
        return new Fault(method, pathRegex, count, 0, 0, true, 0, false);
    }

    /** The next {@code count} calls are answered normally after {@code delayMs}. */
    public static Fault delay(String method, String pathRegex, int count, long delayMs) {
        return new Fault(method, pathRegex, count, 0, 0, false, delayMs, false);
    }

    /** The next {@code count} creates (PUT) on a matching path end {@code Failed} with provisioning errors. */
    public static Fault provisioningFailure(String pathRegex, int count) {
        return new Fault("PUT", pathRegex, count, 0, 0, false, 0, true);
    }

    /**
     * The next {@code count} matching calls that start an operation (create, update, scale, start, stop, restart,
     * delete, detach) are accepted as usual; then the operation's status URL answers {@code Failed} with this
     * error, and the compute ends as the service leaves it (a failed stop: still running; a failed create:
     * provisioning state {@code Failed} with this error). Calls that start no operation do not use it up.
     */
    public static Fault operationFailure(String method, String pathRegex, int count, String code, String message) {
        return new Fault(method, pathRegex, count, 0, 0, false, 0, false, code, message, false, false);
    }

    /** The next {@code count} matching calls are carried out, then their connection closes without an answer. */
    public static Fault replyLost(String method, String pathRegex, int count) {
        return new Fault(method, pathRegex, count, 0, 0, false, 0, false, null, null, true, false);
    }

    /** The next {@code count} matching calls are answered with their usual status but a body that is not JSON. */
    public static Fault malformedBody(String method, String pathRegex, int count) {
        return new Fault(method, pathRegex, count, 0, 0, false, 0, false, null, null, false, true);
    }

    /** True for an operation failure (taken when an operation starts, not per call). */
    public boolean operationFailure() {
        return failureCode != null;
    }
}
