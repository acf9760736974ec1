package dev.computedesk.azure;

import dev.computedesk.azure.model.ArmError;

/**
 * The app stopped following an accepted operation without learning how it ended: the follow limit
 * ({@code ConnectionOptions.followLimit}, 30 minutes by default) passed, the status URL could not be read (404,
 * 401/403, an error after retries, no answer), or its answer was not a readable status. The operation may still
 * complete in Azure: read the resource again (a fresh GET) to show its real state.
 *
 * <p>{@link #code()} says why: {@link #FOLLOW_LIMIT_REACHED}, {@link #STATUS_UNREADABLE},
 * {@link #INVALID_STATUS} or {@link #NOT_FOLLOWABLE}; {@link #requestId()} is the {@code x-ms-request-id} of the
 * last status call when there was one, else of the accepted request; {@link #acceptedRequestId()} is always the
 * accepted request's. The message ends with "no longer followed; the operation may still complete in Azure".
 */
public class OperationNoLongerFollowedException extends ArmException {
    /** The follow limit passed while ARM still reported the operation running. */
    public static final String FOLLOW_LIMIT_REACHED = "FollowLimitReached";
    /** The status URL answered an error (e.g. 404) or did not answer. */
    public static final String STATUS_UNREADABLE = "OperationStatusUnreadable";
    /** The status URL answered 2xx with a body that is not an operation status. */
    public static final String INVALID_STATUS = "InvalidOperationStatus";
    /** ARM accepted the request (202) but gave no {@code Azure-AsyncOperation} or {@code Location} to follow. */
    public static final String NOT_FOLLOWABLE = "OperationNotFollowable";

    /** The words the activity log and the banner use. */
    public static final String NO_LONGER_FOLLOWED = "no longer followed; the operation may still complete in Azure";

    private final String acceptedRequestId;

    /**
     * @param httpStatus        status of the last status call (0 when none answered)
     * @param code              one of the constants above
     * @param reason            what happened, without the closing words (added here)
     * @param requestId         {@code x-ms-request-id} of the last status call, or of the accepted request
     * @param correlationId     {@code x-ms-correlation-request-id} of that call, or null
     * @param acceptedRequestId {@code x-ms-request-id} of the accepted request, or null
     * @param cause             the underlying failure, or null
     */
    public OperationNoLongerFollowedException(int httpStatus, String code, String reason, String requestId,
                                              String correlationId, String acceptedRequestId, Throwable cause) {
        super(httpStatus, ArmError.of(code, reason + ": " + NO_LONGER_FOLLOWED), requestId, correlationId, cause);
        this.acceptedRequestId = acceptedRequestId;
    }

    /** {@code x-ms-request-id} of the request ARM accepted, or null. */
    public String acceptedRequestId() {
        return acceptedRequestId;
    }
}
