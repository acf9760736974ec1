package dev.computedesk.emulator;

/** An ARM error answer: status, code and message, sent as the ARM error envelope. */
final class ArmException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final String code;
    final int retryAfterSeconds;

    ArmException(int status, String code, String message) {
        this(status, code, message, -1);
    }

    ArmException(int status, String code, String message, int retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static ArmException badRequest(String message) {
        return new ArmException(400, "BadRequest", message);
    }

    static ArmException conflict(String message) {
        return new ArmException(409, "Conflict", message);
    }

    static ArmException notFound(String message) {
        return new ArmException(404, "ResourceNotFound", message);
    }
}
