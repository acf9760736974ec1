package dev.computedesk.azure.it;

import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.ConnectionFactory;
import dev.computedesk.azure.ConnectionFactory.ConnectionOptions;
import dev.computedesk.azure.http.CallRecord;
import dev.computedesk.azure.http.CallScope;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.emulator.ClockMode;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.emulator.Emulator;
import dev.computedesk.emulator.EmulatorConfig;
import dev.computedesk.emulator.Seed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * An in-process emulator on a manual clock, with the ARM throttling bucket off (tests that want 429 inject it),
 * and a client connection to it built exactly as the app builds one.
 */
final class EmulatorFixture implements AutoCloseable {
    final Emulator emulator;
    final AzureConnection connection;
    final WorkspaceRef workspace;

    private EmulatorFixture(Seed seed) {
        try {
            emulator = Emulator.start(EmulatorConfig.defaults().withClockMode(ClockMode.MANUAL).withSeed(seed)
                    .withThrottling(false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        connection = new ConnectionFactory(testOptions()).emulator(emulator.baseUrl(), emulator.token());
        workspace = new WorkspaceRef(DemoSeed.SUBSCRIPTION_ID, DemoSeed.RESOURCE_GROUP, DemoSeed.WORKSPACE,
                DemoSeed.LOCATION);
    }

    /** The demo seed. */
    static EmulatorFixture demo() {
        return new EmulatorFixture(Seed.DEMO);
    }

    /** The large seed (10,000 computes, a 1,000-node cluster). */
    static EmulatorFixture large() {
        return new EmulatorFixture(Seed.LARGE);
    }

    /** Default options, with a short fallback poll interval (the emulator sends Retry-After anyway). */
    static ConnectionOptions testOptions() {
        return ConnectionOptions.defaults().withPollFallback(Duration.ofMillis(200));
    }

    /** Runs {@code work} in a call scope and returns the calls it made. */
    static <T> Recorded<T> recorded(Supplier<T> work) {
        List<CallRecord> calls = new CopyOnWriteArrayList<>();
        T value;
        try (CallScope ignored = CallScope.open(calls::add)) {
            value = work.get();
        }
        return new Recorded<>(value, calls);
    }

    /** A result and the HTTP calls made for it. */
    record Recorded<T>(T value, List<CallRecord> calls) {
    }

    @Override
    public void close() {
        emulator.close();
    }
}
