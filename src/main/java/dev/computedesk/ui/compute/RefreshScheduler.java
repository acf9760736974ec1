package dev.computedesk.ui.compute;

import java.time.Duration;

/**
 * Runs an action on the FX thread after a delay: how the page re-reads computes in transition with backoff
 * without a thread of its own. The app uses {@link FxRefreshScheduler}; tests fire the pending actions by hand.
 */
@FunctionalInterface
public interface RefreshScheduler {

    /**
     * Schedules {@code action}.
     *
     * @return cancels it if it has not run yet
     */
    Runnable schedule(Duration delay, Runnable action);
}
