package dev.computedesk.app;

import dev.computedesk.ui.common.ReadySignal;

/**
 * {@code --exit-when-ready}: ready once the window is shown and either the first compute list is on screen or
 * the start-up connection or workspace list failed (then there is no list to wait for). FX thread only.
 */
final class StartupReadiness implements ReadySignal {
    private final boolean enabled;
    private final Runnable onReady;
    private boolean windowShown;
    private boolean contentSettled;
    private boolean reported;

    StartupReadiness(boolean enabled, Runnable onReady) {
        this.enabled = enabled;
        this.onReady = onReady;
    }

    void windowShown() {
        windowShown = true;
        check();
    }

    @Override
    public void computeListShown() {
        contentSettled = true;
        check();
    }

    /** Nothing more will come on screen by itself: the connection or the workspace list failed. */
    void failed() {
        contentSettled = true;
        check();
    }

    private void check() {
        if (enabled && !reported && windowShown && contentSettled) {
            reported = true;
            onReady.run();
        }
    }
}
