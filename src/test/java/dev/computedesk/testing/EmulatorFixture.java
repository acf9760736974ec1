package dev.computedesk.testing;

import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.ConnectionFactory;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.emulator.ClockMode;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.emulator.Emulator;
import dev.computedesk.emulator.EmulatorConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * A fresh in-memory emulator on the demo seed with a manual clock and throttling off, and a connection to it
 * through the same client code the app uses. For UI and client tests: {@code try (var fx = EmulatorFixture.start())}.
 */
public final class EmulatorFixture implements AutoCloseable {
    private final Emulator emulator;
    private final AzureConnection connection;

    private EmulatorFixture(Emulator emulator) {
        this.emulator = emulator;
        this.connection = new ConnectionFactory().emulator(emulator.baseUrl(), emulator.token());
    }

    public static EmulatorFixture start() {
        try {
            return new EmulatorFixture(Emulator.start(EmulatorConfig.defaults()
                    .withClockMode(ClockMode.MANUAL).withThrottling(false)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Emulator emulator() {
        return emulator;
    }

    public AzureConnection connection() {
        return connection;
    }

    /** The demo workspace that holds every compute type. */
    public WorkspaceRef demoWorkspace() {
        return new WorkspaceRef(DemoSeed.SUBSCRIPTION_ID, DemoSeed.RESOURCE_GROUP, DemoSeed.WORKSPACE, DemoSeed.LOCATION);
    }

    /** Moves the emulator's manual clock. */
    public void tick(Duration duration) {
        emulator.advanceClock(duration);
    }

    @Override
    public void close() {
        connection.close();
        emulator.close();
    }
}
