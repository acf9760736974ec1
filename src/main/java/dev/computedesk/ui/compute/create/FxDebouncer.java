package dev.computedesk.ui.compute.create;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A {@link Debouncer} on the FX thread's animation timer: no thread waits. */
final class FxDebouncer implements Debouncer {
    private final PauseTransition pause;

    FxDebouncer(java.time.Duration quietPeriod) {
        pause = new PauseTransition(Duration.millis(quietPeriod.toMillis()));
    }

    @Override
    public void restart(Runnable action) {
        pause.stop();
        pause.setOnFinished(event -> action.run());
        pause.playFromStart();
    }
}
