package dev.computedesk.ui.common;

import dev.computedesk.azure.ArmException;
import dev.computedesk.azure.AuthenticationRequiredException;

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
        if (error instanceof AuthenticationRequiredException auth) {
            return new ErrorInfo(what, nullToEmpty(auth.code()),
                    "Your sign-in has expired or was refused. Sign in again. (" + nullToEmpty(auth.armMessage()) + ")",
                    nullToEmpty(auth.requestId()), false);
        }
        if (error instanceof ArmException arm) {
            String message = nullToEmpty(arm.armMessage());
            if (arm.missingPermission() != null && !message.contains(arm.missingPermission())) {
                message = message + " Missing permission: " + arm.missingPermission() + ".";
            }
            boolean retryable = arm.httpStatus() == 429 || arm.httpStatus() >= 500 || arm.httpStatus() == 0;
            return new ErrorInfo(what, nullToEmpty(arm.code()), message, nullToEmpty(arm.requestId()), retryable);
        }
        if (error instanceof IOException || error instanceof UncheckedIOException) {
            return new ErrorInfo(what, "", "Could not reach the service: " + messageOf(error), "", true);
        }
        return new ErrorInfo(what, "", messageOf(error), "", true);
    }

    private static String messageOf(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
