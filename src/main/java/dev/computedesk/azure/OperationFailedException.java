package dev.computedesk.azure;

import dev.computedesk.azure.model.ArmError;

/**
 * ARM reported that an accepted long-running operation ended {@code Failed} or {@code Canceled}: its status URL said
 * so (with ARM's {@code error}), or, for an operation followed through {@code Location} only, that URL answered
 * with an error.
 *
 * <p>{@link #requestId()} is the {@code x-ms-request-id} of the request ARM <em>accepted</em> (the PUT, PATCH, POST
 * or DELETE): that is the id support asks for. {@link #statusRequestId()} is the id of the status call that reported
 * the end. {@link #httpStatus()} is the accepted request's status (200, 201 or 202).
 */
public class OperationFailedException extends ArmException {
    private final boolean canceled;
    private final String statusRequestId;

    /**
     * @param httpStatus      the accepted request's HTTP status
     * @param error           ARM's error for the operation
     * @param canceled        true when ARM reported {@code Canceled} rather than {@code Failed}
     * @param requestId       {@code x-ms-request-id} of the accepted request
     * @param correlationId   {@code x-ms-correlation-request-id} of the accepted request
     * @param statusRequestId {@code x-ms-request-id} of the status call that reported the end, or null
     */
    public OperationFailedException(int httpStatus, ArmError error, boolean canceled, String requestId,
                                    String correlationId, String statusRequestId) {
        super(httpStatus, error, requestId, correlationId, null);
        this.canceled = canceled;
        this.statusRequestId = statusRequestId;
    }

    /** True when ARM reported the operation {@code Canceled}; false for {@code Failed}. */
    public boolean canceled() {
        return canceled;
    }

    /** {@code x-ms-request-id} of the status call that reported the end, or null. */
    public String statusRequestId() {
        return statusRequestId;
    }
}
