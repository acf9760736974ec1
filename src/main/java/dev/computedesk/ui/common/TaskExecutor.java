package dev.computedesk.ui.common;

/**
 * The one seam through which view-models run work off the FX thread.
 *
 * <p>A view-model snapshots its inputs on the FX thread, then submits a titled {@link BackgroundTask};
 * the work runs elsewhere and the task's callbacks come back on the FX thread (in tests: inline).
 * Every task is listed among the running operations while it runs and recorded in the activity log
 * when it ends, with the HTTP calls it made.
 */
public interface TaskExecutor {

    /** Starts {@code task}; must be called on the FX thread (or the test thread). */
    <T> TaskHandle submit(BackgroundTask<T> task);
}
