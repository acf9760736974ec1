package dev.computedesk.ui.common;

import dev.computedesk.azure.http.CallRecord;
import dev.computedesk.domain.text.Messages;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One finished user operation in the activity log.
 *
 * @param startedAt      when the user started it
 * @param title          what it did ("Stopping compute instance ci-a")
 * @param target         what it acted on
 * @param outcome        how it ended
 * @param message        the error's message when it failed, else empty
 * @param lastStatus     HTTP status of its last call, or 0 when it made none
 * @param firstRequestId {@code x-ms-request-id} of its first call, or empty
 * @param duration       total time
 * @param calls          its HTTP calls, in order
 */
public record ActivityEntry(Instant startedAt, String title, String target, Outcome outcome, String message,
                            int lastStatus, String firstRequestId, Duration duration, List<CallRecord> calls) {

    /** How an operation ended. */
    public enum Outcome {
        SUCCEEDED("common.code.outcome.succeeded"), FAILED("common.code.outcome.failed"),
        CANCELLED("common.code.outcome.cancelled"),
        /**
         * The app stopped following an operation Azure had accepted (the user cancelled, or its status could no longer
         * be read): Azure was not asked to stop it.
         */
        NO_LONGER_FOLLOWED("common.code.outcome.noLongerFollowed");

        private final String labelKey;

        Outcome(String labelKey) {
            this.labelKey = labelKey;
        }

        /** The outcome in the chosen language ("Succeeded"). */
        public String label() {
            return Messages.get(labelKey);
        }
    }

    public ActivityEntry {
        calls = List.copyOf(calls);
    }

    /** The result column's text: the outcome, and the error message when it failed. */
    public String resultText() {
        if (message.isEmpty()) {
            return outcome.label();
        }
        return outcome.label() + (outcome == Outcome.NO_LONGER_FOLLOWED ? "; " : ": ") + message;
    }

    /** A tab-separated line of the row, as "Copy" puts it on the clipboard. */
    public String toCopyText() {
        return String.join("\t", startedAt.toString(), title, target, resultText(),
                lastStatus == 0 ? "" : Integer.toString(lastStatus), firstRequestId,
                Messages.get("common.code.milliseconds", duration.toMillis()));
    }
}
