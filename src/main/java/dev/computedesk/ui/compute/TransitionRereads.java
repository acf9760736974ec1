package dev.computedesk.ui.compute;

import dev.computedesk.azure.ComputeClient;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.ui.common.BackgroundTask;
import dev.computedesk.ui.common.OperationFollower;
import dev.computedesk.ui.common.TaskExecutor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Re-reads the Compute page's computes in transition that no operation of the app follows (a compute another
 * user or the portal is changing, a create seen in the list), with backoff, until they settle: one GET each for a
 * bounded number per round, never the whole list.
 */
final class TransitionRereads {
    /** Delays between re-reads of computes in transition: the same as the follower's re-reads. */
    static final List<Duration> BACKOFF = OperationFollower.REREAD_BACKOFF;
    /**
     * At most this many computes in transition are read per round (one GET each, never the whole list); with more,
     * the next round goes on with the next ones, so every row is read in turn.
     */
    static final int MAX_SINGLE_READS = 20;

    private final TaskExecutor executor;
    private final RefreshScheduler scheduler;
    private final ComputeListSync list;

    private Runnable cancelScheduled;
    private int backoffStep;
    /** Where the next bounded round of re-reads starts among the computes in transition. */
    private int cursor;

    TransitionRereads(TaskExecutor executor, RefreshScheduler scheduler, ComputeListSync list) {
        this.executor = Objects.requireNonNull(executor);
        this.scheduler = Objects.requireNonNull(scheduler);
        this.list = Objects.requireNonNull(list);
    }

    /**
     * Schedules the next round if a row needs one.
     *
     * @param restart start again with the shortest delay (after an action, a new create, a full list)
     */
    void follow(boolean restart) {
        if (restart) {
            backoffStep = 0;
            stop();
        }
        if (cancelScheduled != null || list.rows().stream().noneMatch(this::needsReread)) {
            return;
        }
        Duration delay = BACKOFF.get(Math.min(backoffStep, BACKOFF.size() - 1));
        backoffStep++;
        long gen = list.generation();
        cancelScheduled = scheduler.schedule(delay, () -> {
            cancelScheduled = null;
            if (gen == list.generation()) {
                refreshTransitional();
            }
        });
    }

    /** Cancels the scheduled round, if any. */
    void stop() {
        if (cancelScheduled != null) {
            cancelScheduled.run();
            cancelScheduled = null;
        }
    }

    /** Starts the rounds from the first compute in transition again (a new workspace). */
    void resetCursor() {
        cursor = 0;
    }

    boolean isScheduled() {
        return cancelScheduled != null;
    }

    /** True for a row in transition that no operation of the app follows: the page re-reads it itself. */
    private boolean needsReread(ComputeRow row) {
        return row.isTransitional() && !list.isBusy(row);
    }

    /**
     * Re-reads computes in transition now: one GET each for at most {@link #MAX_SINGLE_READS} of them, continuing
     * where the last round stopped. Followed computes are left to their follower.
     */
    void refreshTransitional() {
        List<String> all = list.rows().stream().filter(this::needsReread).map(ComputeRow::name).toList();
        if (all.isEmpty() || !list.isShowing()) {
            return;
        }
        List<String> names;
        if (all.size() <= MAX_SINGLE_READS) {
            names = all;
        } else {
            names = new ArrayList<>(MAX_SINGLE_READS);
            int start = cursor % all.size();
            for (int i = 0; i < MAX_SINGLE_READS; i++) {
                names.add(all.get((start + i) % all.size()));
            }
            cursor = start + MAX_SINGLE_READS;
        }
        long gen = list.generation();
        WorkspaceRef ws = list.workspace();
        ComputeClient client = list.connection().computes();
        String title = Messages.get("compute.code.task.reread", names.size(), names.get(0));
        executor.submit(BackgroundTask.titled(title, String.join(", ", names), token -> {
            Map<String, Optional<ComputeResource>> found = new LinkedHashMap<>();
            for (String name : names) {
                token.throwIfCancelled();
                found.put(name, client.find(ws, name));
            }
            return found;
        }).onSuccess(found -> {
            if (gen == list.generation()) {
                found.forEach(list::reread);
                follow(false);
            }
        }).onFailure(failure -> {
            // A failed background re-read is recorded in the activity log; the next one may succeed.
            if (gen == list.generation()) {
                follow(false);
            }
        }));
    }
}
