package dev.computedesk.azure;

import dev.computedesk.azure.model.ArmError;

/**
 * A snapshot of a long-running operation, as a view-model shows it.
 *
 * @param state           where the operation is
 * @param armStatus       the raw status of the last poll (e.g. {@code InProgress}, {@code Succeeded}), or null
 * @param percentComplete ARM's percentComplete when given, else null
 * @param error           ARM's error when {@link State#FAILED} or {@link State#CANCELED}, else null
 * @param polls           how many status polls were made so far
 */
public record OperationStatus(State state, String armStatus, Double percentComplete, ArmError error, int polls) {

    /** Phases of an operation. */
    public enum State {
        /** Accepted by ARM, still running. */
        IN_PROGRESS,
        /** Finished successfully. */
        SUCCEEDED,
        /** Finished with an error (see {@link OperationStatus#error()}). */
        FAILED,
        /** ARM reports the operation canceled. */
        CANCELED,
        /**
         * The client stopped following ({@link ArmOperation#cancel()}, the follow limit, an unreadable status URL);
         * the outcome is unknown.
         */
        POLLING_STOPPED;

        /** True for every state but {@link #IN_PROGRESS}. */
        public boolean isTerminal() {
            return this != IN_PROGRESS;
        }
    }
}
