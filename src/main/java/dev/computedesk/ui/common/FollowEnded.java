package dev.computedesk.ui.common;

/** A followed operation that ended Failed or Canceled in Azure: carries the outcome to the follower's callbacks. */
final class FollowEnded extends RuntimeException {
    private final transient OperationFollower.Outcome outcome;

    FollowEnded(OperationFollower.Outcome outcome) {
        super(outcome.failure() == null ? outcome.result().name() : messageOf(outcome.failure()), outcome.failure());
        this.outcome = outcome;
    }

    OperationFollower.Outcome outcome() {
        return outcome;
    }

    private static String messageOf(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
