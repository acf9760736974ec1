package dev.computedesk.app;

import dev.computedesk.app.logging.FileLogging;
import dev.computedesk.app.logging.LogFolder;
import javafx.application.Application;

import java.util.List;

/**
 * The plain {@code main}: JavaFX cannot start a main class that extends {@code Application} from the class
 * path, so this one parses the command line first and then hands over.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(List.of(args));
        } catch (LaunchOptions.UsageException e) {
            System.err.println("compute-desk: " + e.getMessage());
            return 2;
        }
        if (options.help()) {
            System.out.println(LaunchOptions.USAGE);
            return 0;
        }
        if (options.emulatorOnly()) {
            return EmulatorOnly.run(options, AppDirectories.forCurrentUser(), System.out);
        }
        // Beside JavaFX's start: its start-up warning goes through java.util.logging, which FileLogging redirects at
        // once and holds until the file is ready; App waits for the file before its first line.
        FileLogging.startInBackground(LogFolder.forRun(options.logDir(), options.settingsDir()), options.logLevel());
        Application.launch(App.class, args);
        return 0;
    }
}
