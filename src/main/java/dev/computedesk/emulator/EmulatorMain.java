package dev.computedesk.emulator;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * The {@code --emulator-only} mode of docs/ui-contract.md: run only the emulator, print
 * {@code EMULATOR <url> <token>} on one line, and serve until the process is stopped.
 */
public final class EmulatorMain {
    static final String USAGE = "usage: --emulator-only [--port N] [--emulator-state FILE] "
            + "[--emulator-seed demo|large] [--emulator-clock real|manual]";

    private EmulatorMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /**
     * Parses the options, starts the emulator and blocks until the JVM shuts down (a shutdown hook
     * closes the emulator, saving its state) or the calling thread is interrupted.
     *
     * @return 0 after a normal stop, 2 for a bad option, 1 when the emulator cannot start
     */
    public static int run(String[] args, PrintStream out) {
        EmulatorConfig config;
        try {
            config = parse(args);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage() + "; " + USAGE);
            return 2;
        }
        Emulator emulator;
        try {
            emulator = Emulator.start(config);
        } catch (IOException e) {
            out.println("emulator: cannot start: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }, "emulator-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        String base = emulator.baseUrl().toString();
        out.println("EMULATOR " + base.substring(0, base.length() - 1) + " " + emulator.token());
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            emulator.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running or has run: nothing left to undo
            }
        }
        return 0;
    }

    /**
     * Where the emulator keeps its state when {@code --emulator-state} is not given: the user's
     * data folder ({@code %LOCALAPPDATA%\\ComputeDesk} on Windows, {@code ~/Library/Application
     * Support/Compute Desk} on macOS, {@code $XDG_DATA_HOME/compute-desk} or
     * {@code ~/.local/share/compute-desk} elsewhere).
     */
    public static Path defaultStateFile() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        Path dir;
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            dir = (local != null ? Path.of(local) : home.resolve("AppData").resolve("Local")).resolve("ComputeDesk");
        } else if (os.contains("mac")) {
            dir = home.resolve("Library").resolve("Application Support").resolve("Compute Desk");
        } else {
            String xdg = System.getenv("XDG_DATA_HOME");
            dir = (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share"))
                    .resolve("compute-desk");
        }
        return dir.resolve("emulator-state.json");
    }

    static EmulatorConfig parse(String[] args) {
        EmulatorConfig config = EmulatorConfig.defaults().withStateFile(defaultStateFile());
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--emulator-only":
                case "--emulator":
                case "--exit-when-ready":
                    // The app's own flags: the Launcher may pass its arguments through unchanged.
                    break;
                case "--settings-dir":
                case "--emulator-url":
                case "--emulator-token":
                    value(args, ++i, a);
                    break;
                case "--port":
                    String port = value(args, ++i, a);
                    try {
                        config = config.withPort(Integer.parseInt(port));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("invalid port '" + port + "'");
                    }
                    break;
                case "--emulator-state":
                    config = config.withStateFile(Path.of(value(args, ++i, a)));
                    break;
                case "--emulator-seed":
                    String seed = value(args, ++i, a).toLowerCase(Locale.ROOT);
                    if (!seed.equals("demo") && !seed.equals("large")) {
                        throw new IllegalArgumentException("invalid --emulator-seed '" + seed + "'");
                    }
                    config = config.withSeed(seed.equals("large") ? Seed.LARGE : Seed.DEMO);
                    break;
                case "--emulator-clock":
                    String clock = value(args, ++i, a).toLowerCase(Locale.ROOT);
                    if (!clock.equals("real") && !clock.equals("manual")) {
                        throw new IllegalArgumentException("invalid --emulator-clock '" + clock + "'");
                    }
                    config = config.withClockMode(clock.equals("manual") ? ClockMode.MANUAL : ClockMode.REAL);
                    break;
                default:
                    throw new IllegalArgumentException("unknown option '" + a + "'");
            }
        }
        return config;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException("option '" + option + "' needs a value");
        }
        return args[i];
    }
}
