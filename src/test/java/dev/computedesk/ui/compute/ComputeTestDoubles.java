package dev.computedesk.ui.compute;


import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A stand-in for the page's scheduler, fired by hand (dialogs and navigator: {@code dev.computedesk.testing}). */
final class ComputeTestDoubles {
    private ComputeTestDoubles() {
    }

    /** Holds scheduled re-reads until the test fires them. */
    static final class ManualScheduler implements RefreshScheduler {
        final List<Duration> delays = new ArrayList<>();
        private final List<Runnable> pending = new ArrayList<>();

        @Override
        public Runnable schedule(Duration delay, Runnable action) {
            delays.add(delay);
            pending.add(action);
            return () -> pending.remove(action);
        }

        boolean hasPending() {
            return !pending.isEmpty();
        }

        /** Runs what is due now (not what those runs schedule). */
        void fire() {
            List<Runnable> due = List.copyOf(pending);
            pending.clear();
            due.forEach(Runnable::run);
        }
    }
}
