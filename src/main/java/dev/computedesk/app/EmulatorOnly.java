package dev.computedesk.app;

import dev.computedesk.emulator.EmulatorMain;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** {@code --emulator-only}: runs the local ARM emulator alone, with its state in the user's data folder by default. */
final class EmulatorOnly {
    private EmulatorOnly() {
    }

    static int run(LaunchOptions options, AppDirectories directories, PrintStream out) {
        List<String> args = new ArrayList<>(List.of("--port", Integer.toString(options.port()),
                "--emulator-seed", options.emulatorSeed(), "--emulator-clock", options.emulatorClock(),
                "--emulator-state", (options.emulatorState() != null ? options.emulatorState()
                        : directories.dataDir().resolve(Connections.EMULATOR_STATE_FILE)).toString()));
        return EmulatorMain.run(args.toArray(String[]::new), out);
    }
}
