package dev.computedesk.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.computedesk.files.FileProblem;
import dev.computedesk.files.OwnedFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The embedded local ARM emulator: a real HTTP(S) server on 127.0.0.1 that plays the subset of
 * Azure Resource Manager Compute Desk uses (see docs/decisions.md, "The local ARM emulator"). Start it
 * with {@link #start}, point an ARM client at {@link #baseUrl()} with {@link #token()} as the
 * bearer token, and close it to stop serving and save its state.
 *
 * <p>Its state file is read and written through {@link OwnedFile}: an unreadable state is moved aside and the
 * seed restored, a location that cannot be written is reported once; both go to the {@code problems} consumer
 * given to {@link #start(EmulatorConfig, Consumer)} (by default one line on stderr).
 */
public final class Emulator implements AutoCloseable {
    private static final int STATE_VERSION = 1;

    private final EmulatorConfig config;
    private final Object lock = new Object();
    private final EmulatorClock clock;
    private final Store store;
    private final Throttle throttle;
    private final FaultRules faults = new FaultRules();
    private final ArmServer arm;
    private final LoopbackHttpServer server;
    private final OwnedFile stateFile;
    private final ScheduledExecutorService saver;
    private final AtomicBoolean dirty = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final String token;
    private final URI baseUrl;

    private Emulator(EmulatorConfig config, Consumer<FileProblem> problems) throws IOException {
        this.config = config;
        long startMs = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toEpochMilli();
        this.clock = new EmulatorClock(config.clockMode(), startMs);
        this.stateFile = config.stateFile() == null ? null : new OwnedFile(config.stateFile(),
                "The local emulator's state", "the emulator starts again from the "
                + config.seed().name().toLowerCase(Locale.ROOT) + " seed", problems);
        this.store = loadOrSeed(stateFile, config, clock);
        this.throttle = new Throttle(config.throttling());
        this.token = makeToken();
        SSLContext ssl = config.httpsKeystore() == null ? null : sslContext(config);
        this.arm = new ArmServer(lock, store, clock, throttle, faults, token, this::base, () -> dirty.set(true));
        this.server = new LoopbackHttpServer(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), config.port()),
                ssl, config.requestTimeout(), arm);
        this.baseUrl = URI.create((ssl != null ? "https" : "http") + "://127.0.0.1:" + server.address().getPort() + "/");
        this.saver = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "emulator-save"));
        if (stateFile != null) {
            // Not dirty yet: the state as seeded (or as read) is written after its first change, or at close. A
            // save at start held the lock while the large seed (16 MB of JSON) was serialised, and the first
            // requests, the app's first list pages among them, waited up to a second for it (docs/performance.md).
            saver.scheduleWithFixedDelay(this::saveIfDirty, 1, 1, TimeUnit.SECONDS);
        }
        server.start();
    }

    private String base() {
        return baseUrl.toString();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /**
     * Starts an emulator: loads (or seeds) its state and serves on 127.0.0.1. Problems with its state file are
     * printed on stderr, one line each (the {@code --emulator-only} mode).
     */
    public static Emulator start(EmulatorConfig config) throws IOException {
        return start(config, problem -> System.err.println("emulator: " + problem.message()));
    }

    /**
     * Starts an emulator whose state-file problems (an unreadable state moved aside, a location that cannot be
     * written) go to {@code problems}, called on the emulator's threads; it must not block.
     */
    public static Emulator start(EmulatorConfig config, Consumer<FileProblem> problems) throws IOException {
        return new Emulator(Objects.requireNonNull(config, "config"), Objects.requireNonNull(problems, "problems"));
    }

    /** The base URL ARM paths are resolved against, with a trailing slash. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** The bearer token this emulator accepts: an unsigned JWT with the demo user's oid, tid and name. */
    public String token() {
        return token;
    }

    /** The loopback port the emulator listens on. */
    public int port() {
        return server.address().getPort();
    }

    /** The socket address the server listens on (always 127.0.0.1), for tests. */
    java.net.InetSocketAddress boundAddress() {
        return server.address();
    }

    /** Moves the clock forward (both clock modes; the manual clock moves only this way). */
    public void advanceClock(Duration d) {
        clock.advance(d);
    }

    /** Plays {@code fault} on the next matching calls (as {@code POST /_emulator/faults}). */
    public void injectFault(Fault fault) {
        faults.add(Objects.requireNonNull(fault, "fault"));
    }

    /** Forgets every fault not yet played (as {@code DELETE /_emulator/faults}). */
    public void clearFaults() {
        faults.clear();
    }

    /** Turns ARM's token-bucket throttling on or off (as {@code POST /_emulator/settings}). */
    public void setThrottling(boolean on) {
        throttle.setOn(on);
    }

    /** When on, creating a new linked service answers 400 (the service's deprecation of Synapse links). */
    public void setRefuseNewLinks(boolean on) {
        arm.setRefuseNewLinks(on);
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.close();
        saver.shutdownNow();
        try {
            // A save already running finishes first: written after close, it would replace the file the caller
            // may edit next (tests start an emulator from an edited state file) with the state as it was.
            saver.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (stateFile != null) {
            save();
        }
    }

    // ---------------------------------------------------------------- token

    private static String makeToken() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        ObjectNode header = Json.obj();
        header.put("alg", "none");
        header.put("typ", "JWT");
        long now = Instant.now().getEpochSecond();
        ObjectNode claims = Json.obj();
        claims.put("aud", "https://management.azure.com/");
        claims.put("iss", "https://sts.windows.net/" + DemoSeed.TENANT_ID + "/");
        claims.put("iat", now);
        claims.put("nbf", now);
        claims.put("exp", now + 10L * 365 * 24 * 3600);
        claims.put("oid", DemoSeed.USER_OID);
        claims.put("tid", DemoSeed.TENANT_ID);
        claims.put("name", DemoSeed.USER_NAME);
        claims.put("upn", DemoSeed.USER_UPN);
        claims.put("scp", "user_impersonation");
        // A random claim per start, so a token from an earlier run does not open a later one.
        claims.put("uti", UUID.randomUUID().toString().replace("-", ""));
        return b64.encodeToString(header.toString().getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8)) + ".";
    }

    // ---------------------------------------------------------------- server

    private static SSLContext sslContext(EmulatorConfig config) throws IOException {
        try (InputStream in = Files.newInputStream(config.httpsKeystore())) {
            char[] password = config.keystorePassword() == null ? new char[0] : config.keystorePassword();
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, password);
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(kmf.getKeyManagers(), null, null);
            return ssl;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot use keystore " + config.httpsKeystore() + ": " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- state

    private static Store loadOrSeed(OwnedFile file, EmulatorConfig config, EmulatorClock clock) {
        if (file != null) {
            Store loaded = file.read(Emulator::parseState).orElse(null);
            if (loaded != null) {
                clock.resumeAt(loaded.savedNowMs);
                return loaded;
            }
        }
        return Seeder.build(config.seed(), clock.nowMs());
    }

    private static Store parseState(byte[] bytes) throws Exception {
        JsonNode root = Json.MAPPER.readTree(bytes);
        if (root == null || root.path("version").asInt() != STATE_VERSION || !root.has("store")) {
            throw new OwnedFile.Invalid("not an emulator state file of version " + STATE_VERSION);
        }
        Store store;
        try {
            store = Json.MAPPER.treeToValue(root.get("store"), Store.class);
        } catch (IllegalArgumentException e) {
            throw new OwnedFile.Invalid("the state's fields do not fit this emulator");
        }
        if (store == null || store.subscriptions.isEmpty()) {
            throw new OwnedFile.Invalid("the state has no subscription");
        }
        return store;
    }

    /** Saves when something changed; a failed save stays due (the file reports the location once). */
    void saveIfDirty() {
        if (dirty.getAndSet(false) && !save()) {
            dirty.set(true);
        }
    }

    /** Writes the state owner-only and atomically (a temp file beside it, then a move over it). */
    private boolean save() {
        byte[] bytes;
        synchronized (lock) {
            store.savedNowMs = clock.nowMs();
            ObjectNode root = Json.obj();
            root.put("version", STATE_VERSION);
            // Written straight to bytes (not through a tree copy first): half the time under the lock.
            root.putPOJO("store", store);
            try {
                bytes = Json.MAPPER.writeValueAsBytes(root);
            } catch (IOException e) {
                throw new IllegalStateException("the emulator's state cannot be serialised", e);
            }
        }
        return stateFile.write(bytes);
    }
}
