package dev.computedesk.ui.common;

/** A submitted task, as its submitter can see and stop it. */
public interface TaskHandle {

    /** Asks the task to stop; its work sees {@link CancellationToken#isCancelled()} and is interrupted. */
    void cancel();

    /** True once the task has finished, failed or been cancelled and its callbacks have run. */
    boolean isDone();
}
