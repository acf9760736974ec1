package dev.computedesk.azure;

import dev.computedesk.azure.model.ArmError;

/**
 * ARM answered 401, or the credential could not produce a token: the UI should offer to sign in again
 * rather than show a crash.
 */
public class AuthenticationRequiredException extends ArmException {
    /** A 401 (or a credential failure, with status 0). */
    public AuthenticationRequiredException(int httpStatus, ArmError error, String requestId, String correlationId,
                                           Throwable cause) {
        super(httpStatus, error, requestId, correlationId, cause);
    }
}
