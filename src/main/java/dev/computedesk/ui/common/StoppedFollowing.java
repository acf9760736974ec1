package dev.computedesk.ui.common;

import dev.computedesk.domain.text.Messages;

/**
 * A followed operation whose end the app could not learn (its status could no longer be read, or the follow limit
 * passed): the activity log records it as "No longer followed", never as failed, since Azure may still complete it.
 */
final class StoppedFollowing extends RuntimeException {
    /** What the user is told whenever following stops before the operation's end. */
    static String mayStillComplete() {
        return Messages.get("common.code.mayStillComplete");
    }

    private final transient OperationFollower.Outcome outcome;

    StoppedFollowing(String reason, OperationFollower.Outcome outcome) {
        super(Messages.get("common.code.mayStillCompleteBecause", mayStillComplete(), reason), outcome.failure());
        this.outcome = outcome;
    }

    OperationFollower.Outcome outcome() {
        return outcome;
    }
}
