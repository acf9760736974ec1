package dev.computedesk.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;

/**
 * The baseline for {@code --exit-when-ready}: a bare JavaFX window, timed the same way (JVM uptime when the
 * window is shown). Run:
 * {@code ./mvnw -B -q -Pbench test-compile exec:java -Dexec.mainClass=dev.computedesk.bench.BareWindowStartup}.
 */
public final class BareWindowStartup {

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window; nested because a main class that extends Application cannot start from the class path. */
    public static final class Window extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("bare"), 400, 300));
        stage.setOnShown(event -> Platform.runLater(() -> {
            System.out.println("READY " + ManagementFactory.getRuntimeMXBean().getUptime());
            Platform.exit();
        }));
        stage.show();
    }
    }
}
