package dev.computedesk.ui.common;

import dev.computedesk.azure.http.CallRecord;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * The running operations (status bar) and the finished ones (activity log, newest first).
 * Touched only on the FX thread (or the test thread with the synchronous executor).
 */
public final class OperationLog {
    /** One INFO line per finished operation, and at DEBUG one per HTTP call (paths carry only the api-version). */
    private static final Logger LOG = LoggerFactory.getLogger("dev.computedesk.activity");
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
        LOG.info("{} [{}]: {} (HTTP {}, request id {}, {} ms, {} calls)", entry.title(), entry.target(),
                entry.resultText(), entry.lastStatus() == 0 ? "-" : entry.lastStatus(),
                entry.firstRequestId().isEmpty() ? "-" : entry.firstRequestId(), entry.duration().toMillis(),
                entry.calls().size());
        if (LOG.isDebugEnabled()) {
            for (CallRecord call : entry.calls()) {
                LOG.debug("  {} {} -> {} (request id {}, {} ms){}", call.method(), call.path(),
                        call.status() == 0 ? "failed" : call.status(), call.requestId() == null ? "-" : call.requestId(),
                        call.duration().toMillis(), call.failure() == null ? "" : ": " + call.failure());
            }
        }
    }

    /** Puts back the entries of an earlier run (newest first), below any of this run's; before {@link #CAPACITY}. */
    public void restore(List<ActivityEntry> earlier) {
        int room = CAPACITY - finished.size();
        if (room > 0) {
            finished.addAll(earlier.subList(0, Math.min(room, earlier.size())));
        }
    }
}
