package dev.computedesk.ui.common.form;

/**
 * Runs an action once input has settled: each {@link #restart(Runnable)} cancels the previous pending action.
 * The forms use it for the name-in-use check, so only a name the user paused on reaches the service.
 */
public interface Debouncer {

    /** Schedules {@code action} after the quiet period, dropping any action still pending. */
    void restart(Runnable action);

    /** Runs every action at once: for view-model tests. */
    Debouncer IMMEDIATE = Runnable::run;
}
