package dev.computedesk.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh in-memory emulator per test, on the manual clock, throttling off unless a test turns it on. */
abstract class EmulatorTestSupport {
    Emulator emulator;
    ArmTestClient arm;

    EmulatorConfig config() {
        return EmulatorConfig.defaults().withClockMode(ClockMode.MANUAL).withThrottling(false);
    }

    @BeforeEach
    void startEmulator() {
        try {
            emulator = Emulator.start(config());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        arm = new ArmTestClient(emulator);
    }

    @AfterEach
    void stopEmulator() {
        if (emulator != null) {
            emulator.close();
        }
    }

    void tick(int seconds) {
        emulator.advanceClock(Duration.ofSeconds(seconds));
    }
}
