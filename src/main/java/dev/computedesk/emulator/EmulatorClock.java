package dev.computedesk.emulator;

import java.time.Duration;

/**
 * The emulator's time. Lifecycles are a pure function of it: a manual clock moves only when
 * ticked, so two reads without a tick agree.
 */
final class EmulatorClock {
    private final boolean manual;
    private volatile long base;
    private volatile long offsetMs;

    EmulatorClock(ClockMode mode, long manualStartMs) {
        this.manual = mode == ClockMode.MANUAL;
        this.base = manualStartMs;
    }

    long nowMs() {
        return (manual ? base : System.currentTimeMillis()) + offsetMs;
    }

    boolean manual() {
        return manual;
    }

    synchronized void advance(Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("the clock does not go back");
        }
        offsetMs += d.toMillis();
    }

    /** A restored manual state resumes where it stopped, so pending operations keep their meaning. */
    synchronized void resumeAt(long savedNowMs) {
        if (manual && savedNowMs > nowMs()) {
            base = savedNowMs;
            offsetMs = 0;
        }
    }
}
