package dev.computedesk.app;

import dev.computedesk.app.logging.FileLogging;
import dev.computedesk.domain.text.Language;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The command line, as docs/ui-contract.md "Launch" defines it. Parsing never throws anything but
 * {@link UsageException}, whose message is the one line the user sees before exit code 2.
 */
public record LaunchOptions(boolean forceEmulator, URI emulatorUrl, String emulatorToken, Path settingsDir,
                            Path emulatorState, boolean emulatorOnly, int port, String emulatorClock,
                            String emulatorSeed, boolean exitWhenReady, String theme, boolean help,
                            FileLogging.LogLevel logLevel, Path logDir, Language language) {

    public static final String USAGE = "usage: compute-desk [--emulator | --emulator-url URL --emulator-token TOKEN]"
            + " [--settings-dir DIR] [--emulator-state FILE] [--emulator-seed demo|large]"
            + " [--emulator-clock real|manual] [--lang en|ko] [--theme light|dark|high-contrast]"
            + " [--log-level info|debug]"
            + " [--log-dir DIR] [--exit-when-ready]"
            + " | --emulator-only [--port N] [--emulator-state FILE] [--emulator-seed demo|large]"
            + " [--emulator-clock real|manual]";

    /** A command line the app cannot run with; the message names the problem. */
    public static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }
    }

    public static LaunchOptions parse(List<String> args) throws UsageException {
        boolean forceEmulator = false;
        URI emulatorUrl = null;
        String emulatorToken = null;
        Path settingsDir = null;
        Path emulatorState = null;
        boolean emulatorOnly = false;
        int port = 0;
        boolean portGiven = false;
        String clock = "real";
        String seed = "demo";
        boolean exitWhenReady = false;
        String theme = null; // the theme saved in the settings
        boolean help = false;
        FileLogging.LogLevel logLevel = FileLogging.LogLevel.INFO;
        Path logDir = null;
        Language language = null; // the language saved in the settings, else the system's
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            switch (option) {
                case "--emulator" -> forceEmulator = true;
                case "--emulator-url" -> emulatorUrl = url(value(args, ++i, option));
                case "--emulator-token" -> emulatorToken = value(args, ++i, option);
                case "--settings-dir" -> settingsDir = path(value(args, ++i, option), option);
                case "--emulator-state" -> emulatorState = path(value(args, ++i, option), option);
                case "--emulator-only" -> emulatorOnly = true;
                case "--port" -> {
                    port = port(value(args, ++i, option));
                    portGiven = true;
                }
                case "--emulator-clock" -> clock = oneOf(value(args, ++i, option), option, "real", "manual");
                case "--emulator-seed" -> seed = oneOf(value(args, ++i, option), option, "demo", "large");
                case "--exit-when-ready" -> exitWhenReady = true;
                case "--lang" -> language = Language.fromTag(
                        oneOf(value(args, ++i, option), option, "en", "ko", "qps")).orElseThrow();
                case "--theme" -> theme = oneOf(value(args, ++i, option), option, "light", "dark", "high-contrast");
                case "--log-level" -> logLevel = FileLogging.LogLevel.valueOf(
                        oneOf(value(args, ++i, option), option, "info", "debug").toUpperCase(Locale.ROOT));
                case "--log-dir" -> logDir = path(value(args, ++i, option), option);
                case "--help", "-h" -> help = true;
                default -> throw new UsageException((option.startsWith("-") ? "unknown option '" : "unexpected argument '")
                        + option + "'. " + USAGE);
            }
        }
        if ((emulatorUrl == null) != (emulatorToken == null)) {
            throw new UsageException("--emulator-url and --emulator-token go together. " + USAGE);
        }
        if (emulatorUrl != null && forceEmulator) {
            throw new UsageException("--emulator starts the embedded emulator; --emulator-url connects to another:"
                    + " give one of them. " + USAGE);
        }
        if (portGiven && !emulatorOnly) {
            throw new UsageException("--port goes with --emulator-only. " + USAGE);
        }
        if (emulatorOnly && (emulatorUrl != null || exitWhenReady)) {
            throw new UsageException("--emulator-only runs the emulator alone; it takes --port, --emulator-state,"
                    + " --emulator-seed and --emulator-clock. " + USAGE);
        }
        return new LaunchOptions(forceEmulator, emulatorUrl, emulatorToken, settingsDir, emulatorState, emulatorOnly,
                port, clock, seed, exitWhenReady, theme, help, logLevel, logDir, language);
    }

    private static String value(List<String> args, int index, String option) throws UsageException {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new UsageException(option + " needs a value. " + USAGE);
        }
        return args.get(index);
    }

    private static URI url(String text) throws UsageException {
        try {
            URI uri = URI.create(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
            return text.endsWith("/") ? uri : URI.create(text + "/");
        } catch (IllegalArgumentException e) {
            throw new UsageException("--emulator-url wants an http(s) URL such as http://127.0.0.1:8080, not '"
                    + text + "'. " + USAGE);
        }
    }

    private static Path path(String text, String option) throws UsageException {
        try {
            return Path.of(text);
        } catch (RuntimeException e) {
            throw new UsageException(option + " wants a path, not '" + text + "'. " + USAGE);
        }
    }

    private static int port(String text) throws UsageException {
        try {
            int port = Integer.parseInt(text);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException("--port wants a number from 0 to 65535, not '" + text + "'. " + USAGE);
        }
    }

    private static String oneOf(String text, String option, String... allowed) throws UsageException {
        for (String value : allowed) {
            if (value.equals(text)) {
                return value;
            }
        }
        throw new UsageException(option + " wants one of " + String.join(", ", allowed) + ", not '" + text + "'. "
                + USAGE);
    }
}
