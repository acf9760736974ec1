package dev.computedesk.testing;

import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.connect.ConnectionFactory;
import dev.computedesk.azure.ConnectionOptions;
import dev.computedesk.azure.http.CallRecord;
import dev.computedesk.azure.http.CallScope;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.emulator.ClockMode;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.emulator.Emulator;
import dev.computedesk.emulator.EmulatorConfig;
import dev.computedesk.emulator.Seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.Consumer;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * A fresh in-memory emulator with a manual clock and throttling off, and a connection to it through the same
 * client code the app uses. For UI and client tests: {@code try (var fx = EmulatorFixture.start())}.
 */
public final class EmulatorFixture implements AutoCloseable {
    private final Emulator emulator;
    private final AzureConnection connection;

    private EmulatorFixture(Seed seed) {
        this(config(seed));
    }

    private EmulatorFixture(EmulatorConfig config) {
        try {
            this.emulator = Emulator.start(config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.connection = new ConnectionFactory(testOptions()).emulator(emulator.baseUrl(), emulator.token());
    }

    private static EmulatorConfig config(Seed seed) {
        return EmulatorConfig.defaults().withClockMode(ClockMode.MANUAL).withSeed(seed).withThrottling(false);
    }

    /**
     * The demo seed as {@code edit} leaves it: the seeded state is written to a state file, {@code edit} changes its
     * {@code store} (e.g. {@link #withoutResourcesOfType}), and the emulator starts from the changed file. The demo
     * seed itself stays as it is.
     */
    public static EmulatorFixture startWithState(Consumer<ObjectNode> edit) {
        try {
            Path file = Files.createTempDirectory("emulator-state").resolve("state.json");
            EmulatorConfig config = config(Seed.DEMO).withStateFile(file);
            Emulator.start(config).close();
            ObjectNode root = (ObjectNode) new ObjectMapper().readTree(file.toFile());
            edit.accept((ObjectNode) root.get("store"));
            new ObjectMapper().writeValue(file.toFile(), root);
            return new EmulatorFixture(config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For {@link #startWithState}: removes every resource of {@code type} ("Microsoft.Compute/virtualMachines"). */
    public static Consumer<ObjectNode> withoutResourcesOfType(String type) {
        return store -> {
            Iterator<JsonNode> resources = store.path("resources").elements();
            while (resources.hasNext()) {
                if (resources.next().path("type").asText().equalsIgnoreCase(type)) {
                    resources.remove();
                }
            }
        };
    }

    /** The demo seed. */
    public static EmulatorFixture start() {
        return new EmulatorFixture(Seed.DEMO);
    }

    /** The large seed (10,000 computes, a 1,000-node cluster). */
    public static EmulatorFixture startLarge() {
        return new EmulatorFixture(Seed.LARGE);
    }

    /** Default options with short waits: 200 ms between polls without Retry-After, and any one wait capped at 300 ms. */
    public static ConnectionOptions testOptions() {
        return ConnectionOptions.defaults().withPollFallback(Duration.ofMillis(200)).withMaxRetryAfter(Duration.ofMillis(300));
    }

    /** Runs {@code work} in a call scope and returns its result with the HTTP calls it made. */
    public static <T> Recorded<T> recorded(Supplier<T> work) {
        List<CallRecord> calls = new CopyOnWriteArrayList<>();
        T value;
        try (CallScope ignored = CallScope.open(calls::add)) {
            value = work.get();
        }
        return new Recorded<>(value, calls);
    }

    /** A result and the HTTP calls made for it. */
    public record Recorded<T>(T value, List<CallRecord> calls) {
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
