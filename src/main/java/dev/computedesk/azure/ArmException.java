package dev.computedesk.azure;

import dev.computedesk.azure.model.ArmError;
import java.util.List;

/**
 * An ARM call that failed: the HTTP status, ARM's error ({@code code}, {@code message}, {@code target},
 * {@code details}) and the request ids to quote to support. Also thrown for an operation that ended
 * {@code Failed} or {@code Canceled} (then {@link #httpStatus()} is that of the last poll, usually 200), and for
 * I/O failures and malformed bodies (status 0 for no response).
 *
 * <p>{@link #getMessage()} reads "Conflict: The compute is Stopping. (request id 1234…)".
 */
public class ArmException extends RuntimeException {
    private final int httpStatus;
    private final ArmError error;
    private final String requestId;
    private final String correlationId;

    /** A failure with ARM's error; {@code error} may be null when the body was not an ARM envelope. */
    public ArmException(int httpStatus, ArmError error, String requestId, String correlationId, Throwable cause) {
        super(describe(httpStatus, error, requestId), cause);
        this.httpStatus = httpStatus;
        this.error = error == null ? ArmError.of(defaultCode(httpStatus), null) : error;
        this.requestId = requestId;
        this.correlationId = correlationId;
    }

    /** HTTP status of the failing response, or 0 when no response arrived. */
    public int httpStatus() {
        return httpStatus;
    }

    /** ARM's error (never null; its code falls back to the HTTP reason). */
    public ArmError error() {
        return error;
    }

    /** ARM error {@code code}, e.g. {@code Conflict}, {@code QuotaExceeded}. */
    public String code() {
        return error.code();
    }

    /** ARM error {@code message}, or null. */
    public String armMessage() {
        return error.message();
    }

    /** ARM error {@code target}, or null. */
    public String target() {
        return error.target();
    }

    /** ARM error {@code details} (never null). */
    public List<ArmError> details() {
        return error.details() == null ? List.of() : error.details();
    }

    /** {@code x-ms-request-id} of the failing response, or null. */
    public String requestId() {
        return requestId;
    }

    /** {@code x-ms-correlation-request-id} of the failing response, or null. */
    public String correlationId() {
        return correlationId;
    }

    /** True for 404 / {@code ResourceNotFound}-like answers. */
    public boolean isNotFound() {
        return httpStatus == 404;
    }

    /**
     * For a 403: the action ARM says is missing (e.g. {@code Microsoft.MachineLearningServices/workspaces/computes/write}),
     * parsed from its message "does not have authorization to perform action '…'", or null.
     */
    public String missingPermission() {
        if (httpStatus != 403 || error.message() == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("perform action '([^']+)'").matcher(error.message());
        return m.find() ? m.group(1) : null;
    }

    static String defaultCode(int status) {
        switch (status) {
            case 0: return "NoResponse";
            case 400: return "BadRequest";
            case 401: return "Unauthorized";
            case 403: return "Forbidden";
            case 404: return "NotFound";
            case 409: return "Conflict";
            case 429: return "TooManyRequests";
            case 500: return "InternalServerError";
            case 503: return "ServiceUnavailable";
            default: return "Http" + status;
        }
    }

    private static String describe(int status, ArmError error, String requestId) {
        String code = error == null || error.code() == null ? defaultCode(status) : error.code();
        String message = error == null || error.message() == null ? "HTTP " + status : error.message();
        StringBuilder sb = new StringBuilder(code).append(": ").append(message);
        if (status == 403 && error != null && error.message() != null
                && !error.message().contains("perform action")) {
            sb.append(" (the signed-in account lacks a permission on this resource)");
        }
        if (requestId != null) {
            sb.append(" (request id ").append(requestId).append(')');
        }
        return sb.toString();
    }
}
