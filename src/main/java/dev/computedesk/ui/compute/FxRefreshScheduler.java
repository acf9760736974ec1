package dev.computedesk.ui.compute;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** {@link RefreshScheduler} on the JavaFX animation timer: the action runs on the FX thread, nothing blocks. */
public final class FxRefreshScheduler implements RefreshScheduler {

    @Override
    public Runnable schedule(java.time.Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(Duration.millis(delay.toMillis()));
        pause.setOnFinished(event -> action.run());
        pause.play();
        return pause::stop;
    }
}
