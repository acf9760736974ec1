package dev.computedesk.ui.compute;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * {@link RefreshScheduler} on the JavaFX animation timer: the action runs on the FX thread in a later pulse,
 * nothing blocks.
 */
public final class FxRefreshScheduler implements RefreshScheduler {

    @Override
    public Runnable schedule(java.time.Duration delay, Runnable action) {
        // A zero-length transition finishes inside play(); a millisecond puts the action on a later pulse.
        PauseTransition pause = new PauseTransition(Duration.millis(Math.max(1, delay.toMillis())));
        pause.setOnFinished(event -> action.run());
        pause.play();
        return pause::stop;
    }
}
