package dev.computedesk.ui.common;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The running operations (status bar) and the finished ones (activity log, newest first).
 * Touched only on the FX thread (or the test thread with the synchronous executor).
 */
public final class OperationLog {
    /** The activity log keeps this many entries; older ones drop off the end. */
    public static final int CAPACITY = 1_000;

    private final ObservableList<RunningOperation> running = FXCollections.observableArrayList();
    private final ObservableList<ActivityEntry> finished = FXCollections.observableArrayList();

    public ObservableList<RunningOperation> running() {
        return running;
    }

    /** Finished operations, newest first. */
    public ObservableList<ActivityEntry> finished() {
        return finished;
    }

    void started(RunningOperation operation) {
        running.add(operation);
    }

    void ended(RunningOperation operation, ActivityEntry entry) {
        running.remove(operation);
        finished.add(0, entry);
        if (finished.size() > CAPACITY) {
            finished.remove(CAPACITY, finished.size());
        }
    }
}
