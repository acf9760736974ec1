package dev.computedesk.ui.common;

import dev.computedesk.azure.ArmException;
import dev.computedesk.azure.AuthenticationRequiredException;
import dev.computedesk.domain.text.Messages;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Turns a failure into what the error banner shows. */
public final class ErrorInfos {
    private ErrorInfos() {
    }

    /**
     * @param what what failed, in the user's words ("Listing computes failed")
     */
    public static ErrorInfo from(String what, Throwable error) {
        if (error instanceof NameAvailability.NameInUseException taken) {
            return new ErrorInfo(what, "", taken.getMessage(), "", false);
        }
        if (error instanceof NameAvailability.NameUnknownException unknown) {
            ErrorInfo cause = from(what, unknown.getCause());
            return new ErrorInfo(what, "", unknown.getMessage(), "", cause.retryable());
        }
        if (error instanceof AuthenticationRequiredException auth) {
            // Whether signing in again can help depends on the connection (the local emulator has nothing to sign
            // in to), which the shell knows and offers; here only what ARM said. Retry helps after a sign-in, or
            // once whatever refused the token is fixed.
            String message = auth.httpStatus() == 401
                    ? Messages.get("common.code.credentialsRefused") + " " + nullToEmpty(auth.armMessage())
                    : nullToEmpty(auth.armMessage());
            return new ErrorInfo(what, nullToEmpty(auth.code()), message.trim(), nullToEmpty(auth.requestId()), true);
        }
        if (error instanceof ArmException arm) {
            String message = nullToEmpty(arm.armMessage());
            if (arm.missingPermission() != null && !message.contains(arm.missingPermission())) {
                message = message + " " + Messages.get("common.code.missingPermission", arm.missingPermission());
            }
            return new ErrorInfo(what, nullToEmpty(arm.code()), message, nullToEmpty(arm.requestId()),
                    retryable(arm));
        }
        if (error instanceof IOException || error instanceof UncheckedIOException) {
            return new ErrorInfo(what, "", Messages.get("common.code.unreachable", messageOf(error)), "", true);
        }
        return new ErrorInfo(what, "", messageOf(error), "", true);
    }

    /**
     * Where trying the same call again can help: throttling, the service's own failures, no answer, and refused
     * credentials or permissions (a sign-in or a role assignment may have happened since), and an answer whose body
     * could not be read. Not: a request ARM judged wrong (400, 404, 409) or an operation that ended Failed.
     */
    private static boolean retryable(ArmException arm) {
        int status = arm.httpStatus();
        return status == 0 || status == 401 || status == 403 || status == 408 || status == 429 || status >= 500
                || "InvalidResponseBody".equals(arm.code());
    }

    private static String messageOf(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
