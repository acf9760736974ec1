package dev.computedesk.ui.common;

/** What running work can do besides returning its result: notice cancellation, and show partial results. */
public interface TaskContext extends CancellationToken {

    /**
     * Runs {@code update} on the UI thread, in the order published and before the task's own callbacks; skipped
     * once the task is cancelled. For partial results, such as each page of a long list as it arrives.
     */
    void publish(Runnable update);
}
