package dev.computedesk.app.logging;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where each operating system keeps an application's log files, as its own guidelines say. */
public final class LogFolder {
    private LogFolder() {
    }

    /**
     * Linux: {@code $XDG_STATE_HOME/compute-desk/logs} (default {@code ~/.local/state}; the XDG base directory
     * specification names the state folder for logs); Windows: {@code %LOCALAPPDATA%\ComputeDesk\logs} (logs are
     * per machine, not roaming); macOS: {@code ~/Library/Logs/ComputeDesk}, where Console.app looks.
     */
    public static Path forUser(String osName, Path home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            Path local = env.containsKey("LOCALAPPDATA") ? Path.of(env.get("LOCALAPPDATA")) : home.resolve("AppData/Local");
            return local.resolve("ComputeDesk").resolve("logs");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Logs/ComputeDesk");
        }
        Path state = env.containsKey("XDG_STATE_HOME") ? Path.of(env.get("XDG_STATE_HOME")) : home.resolve(".local/state");
        return state.resolve("compute-desk").resolve("logs");
    }

    /**
     * The folder a run logs to: {@code explicit} ({@code --log-dir}) when given; else {@code logs} inside
     * {@code settingsDir} when the settings folder was chosen ({@code --settings-dir}: a test or a second profile
     * keeps its logs beside its settings); else the user's log folder.
     */
    public static Path forRun(Path explicit, Path settingsDir) {
        if (explicit != null) {
            return explicit;
        }
        if (settingsDir != null) {
            return settingsDir.resolve("logs");
        }
        return forUser(System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")), System.getenv());
    }
}
