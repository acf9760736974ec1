package dev.computedesk.ui.common.form;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A {@link Debouncer} on the FX thread's animation timer: no thread waits. */
public final class FxDebouncer implements Debouncer {
    private final PauseTransition pause;

    /** How long the name must rest before the forms' in-use check asks the service. */
    public static final java.time.Duration NAME_CHECK_DELAY = java.time.Duration.ofMillis(400);

    /** @param quietPeriod how long input must rest before the action runs */
    public FxDebouncer(java.time.Duration quietPeriod) {
        pause = new PauseTransition(Duration.millis(quietPeriod.toMillis()));
    }

    @Override
    public void restart(Runnable action) {
        pause.stop();
        pause.setOnFinished(event -> action.run());
        pause.playFromStart();
    }
}
