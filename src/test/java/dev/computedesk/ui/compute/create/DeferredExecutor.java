package dev.computedesk.ui.compute.create;

import dev.computedesk.ui.common.BackgroundTask;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.TaskExecutor;
import dev.computedesk.ui.common.TaskHandle;
import dev.computedesk.ui.common.TrackingTaskExecutor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A synchronous executor that holds tasks until the test runs them, so a test can tick the emulator's manual
 * clock between a create's PUT and its polling (which would otherwise wait for a clock that never moves).
 */
final class DeferredExecutor implements TaskExecutor {
    private final TrackingTaskExecutor delegate;
    private final Deque<Runnable> queue = new ArrayDeque<>();
    private final List<String> titles = new ArrayList<>();

    DeferredExecutor(OperationLog log) {
        delegate = TrackingTaskExecutor.synchronous(log);
    }

    @Override
    public <T> TaskHandle submit(BackgroundTask<T> task) {
        boolean[] cancelled = {false};
        boolean[] done = {false};
        titles.add(task.title());
        queue.add(() -> {
            if (!cancelled[0]) {
                delegate.submit(task);
            }
            done[0] = true;
        });
        return new TaskHandle() {
            @Override
            public void cancel() {
                cancelled[0] = true;
            }

            @Override
            public boolean isDone() {
                return done[0];
            }
        };
    }

    /** Runs the tasks queued so far (not those they submit). */
    void runPending() {
        int count = queue.size();
        for (int i = 0; i < count; i++) {
            queue.poll().run();
        }
    }

    /** Runs queued tasks, and those they submit, until none is left (never use with a create's polling). */
    void runAll() {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }

    List<String> titles() {
        return titles;
    }
}
