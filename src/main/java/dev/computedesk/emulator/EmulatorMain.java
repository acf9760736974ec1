package dev.computedesk.emulator;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * The {@code --emulator-only} mode of UI-CONTRACT.md: run only the emulator, print
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

    static EmulatorConfig parse(String[] args) {
        EmulatorConfig config = EmulatorConfig.defaults();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--emulator-only":
                case "--emulator":
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
