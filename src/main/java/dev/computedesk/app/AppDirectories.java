package dev.computedesk.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the app keeps its settings and data on each operating system. */
public record AppDirectories(Path settingsDir, Path dataDir) {

    private static final String APP = "compute-desk";
    private static final String APP_TITLE = "Compute Desk";

    /** The user's config and data folders for this OS, as {@code os.name}, {@code user.home} and the environment give. */
    public static AppDirectories forUser(String osName, Path home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            Path roaming = env.containsKey("APPDATA") ? Path.of(env.get("APPDATA")) : home.resolve("AppData/Roaming");
            Path local = env.containsKey("LOCALAPPDATA") ? Path.of(env.get("LOCALAPPDATA")) : home.resolve("AppData/Local");
            return new AppDirectories(roaming.resolve(APP_TITLE), local.resolve(APP_TITLE));
        }
        if (os.contains("mac")) {
            Path support = home.resolve("Library/Application Support").resolve(APP_TITLE);
            return new AppDirectories(support, support);
        }
        Path config = env.containsKey("XDG_CONFIG_HOME") ? Path.of(env.get("XDG_CONFIG_HOME")) : home.resolve(".config");
        Path data = env.containsKey("XDG_DATA_HOME") ? Path.of(env.get("XDG_DATA_HOME")) : home.resolve(".local/share");
        return new AppDirectories(config.resolve(APP), data.resolve(APP));
    }

    public static AppDirectories forCurrentUser() {
        return forUser(System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")), System.getenv());
    }
}
