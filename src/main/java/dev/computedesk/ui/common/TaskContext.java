package dev.computedesk.ui.common;

/** What running work can do besides returning its result: notice cancellation, and show partial results. */
public interface TaskContext extends CancellationToken {

    /**
     * Runs {@code update} on the UI thread, in the order published and before the task's own callbacks; skipped
     * once the task is cancelled. For partial results, such as each page of a long list as it arrives.
     */
    void publish(Runnable update);

    /**
     * Runs {@code action} when the task is cancelled (on the cancelling thread), or at once when it already is: for
     * work that must stop something of its own, such as following an operation.
     */
    void onCancel(Runnable action);

    /**
     * A remark the activity log shows with the task's outcome ("the reply was lost, but the service accepted it").
     */
    void note(String remark);
}
