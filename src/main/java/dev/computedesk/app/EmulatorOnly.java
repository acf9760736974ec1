package dev.computedesk.app;

import java.io.PrintStream;

/** {@code --emulator-only}: runs the local ARM emulator alone. */
final class EmulatorOnly {
    private EmulatorOnly() {
    }

    static int run(LaunchOptions options, PrintStream out) {
        System.err.println("compute-desk: --emulator-only is not available in this build yet.");
        return 2;
    }
}
