package dev.computedesk.emulator;

import java.util.regex.Pattern;

/**
 * A fault the emulator plays on the next {@code count} matching calls (UI-CONTRACT.md, admin routes).
 *
 * @param method              HTTP method to match, {@code null} for any
 * @param pathRegex           searched (not fully matched) in the request path without the query
 * @param count               how many matching calls the fault applies to
 * @param status              an error status to answer (429, 500, 503, ...), or 0 for none
 * @param retryAfterSeconds   the {@code Retry-After} to send with {@code status}, or 0 for none
 * @param drop                close the connection without an answer
 * @param delayMs             wait this long before handling the call normally
 * @param provisioningFailure a matching create (PUT) is accepted but ends {@code Failed} with provisioning errors
 * @param malformedBody       the call is handled normally, but the answer's body is not valid JSON
 * @param replyLost           the call is handled (the emulator acts), then the connection closes without an answer
 * @param operationFailure    the call is accepted, then its operation-status URL answers {@code Failed} with this
 *                            error ({@code code}, {@code message}); null for none
 */
public record Fault(String method, String pathRegex, int count, int status, int retryAfterSeconds,
                    boolean drop, long delayMs, boolean provisioningFailure, boolean malformedBody,
                    boolean replyLost, OperationError operationFailure) {

    /** The error an injected operation failure ends with. */
    public record OperationError(String code, String message) {
    }

    /** A fault of the first kinds. */
    public Fault(String method, String pathRegex, int count, int status, int retryAfterSeconds, boolean drop,
                 long delayMs, boolean provisioningFailure) {
        this(method, pathRegex, count, status, retryAfterSeconds, drop, delayMs, provisioningFailure, false, false,
                null);
    }

    public Fault {
        if (pathRegex == null) {
            pathRegex = "";
        }
        Pattern.compile(pathRegex);
        if (count <= 0) {
            count = 1;
        }
    }

    /** The next {@code count} calls answer {@code status} (with {@code Retry-After} when positive). */
    public static Fault status(String method, String pathRegex, int count, int status, int retryAfterSeconds) {
        return new Fault(method, pathRegex, count, status, retryAfterSeconds, false, 0, false);
    }

    /** The next {@code count} calls have their connection closed without an answer. */
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

    /** The next {@code count} matching calls are handled normally, but answered with a body that is not JSON. */
    public static Fault malformedBody(String method, String pathRegex, int count) {
        return new Fault(method, pathRegex, count, 0, 0, false, 0, false, true, false, null);
    }

    /** The next {@code count} matching calls are carried out, then their connection closes without an answer. */
    public static Fault replyLost(String method, String pathRegex, int count) {
        return new Fault(method, pathRegex, count, 0, 0, false, 0, false, false, true, null);
    }

    /** The next {@code count} matching calls are accepted; their operation then ends {@code Failed} with this error. */
    public static Fault operationFailure(String method, String pathRegex, int count, String code, String message) {
        return new Fault(method, pathRegex, count, 0, 0, false, 0, false, false, false,
                new OperationError(code, message));
    }
}
