package dev.computedesk.testing;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Keeps a test's window inside the screen. The headless screen is a 1366x768 laptop, and the primary stage is shared
 * by every test in the run: a window taller than the screen, or one left where an earlier test (the app's own window
 * memory) put it, has its bottom row off screen, where a robot's click cannot reach.
 */
public final class OnScreen {
    private OnScreen() {
    }

    /** Shrinks {@code stage} to the screen's visible area where it is larger, and centres it there. Call once shown. */
    public static void fit(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(stage.getWidth(), screen.getWidth()));
        stage.setHeight(Math.min(stage.getHeight(), screen.getHeight()));
        stage.setX(screen.getMinX() + (screen.getWidth() - stage.getWidth()) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - stage.getHeight()) / 2);
    }
}
