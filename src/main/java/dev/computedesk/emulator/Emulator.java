package dev.computedesk.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The embedded local ARM emulator: a real HTTP(S) server on 127.0.0.1 that plays the subset of
 * Azure Resource Manager Compute Desk uses (see DESIGN.md, "The local ARM emulator"). Start it
 * with {@link #start}, point an ARM client at {@link #baseUrl()} with {@link #token()} as the
 * bearer token, and close it to stop serving and save its state.
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
    private final HttpServer server;
    private final ExecutorService workers;
    private final ScheduledExecutorService saver;
    private final AtomicBoolean dirty = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final String token;
    private final URI baseUrl;

    private Emulator(EmulatorConfig config) throws IOException {
        this.config = config;
        long startMs = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toEpochMilli();
        this.clock = new EmulatorClock(config.clockMode(), startMs);
        this.store = loadOrSeed(config, clock);
        this.throttle = new Throttle(config.throttling());
        this.token = makeToken();
        this.server = createServer(config);
        boolean https = server instanceof HttpsServer;
        this.baseUrl = URI.create((https ? "https" : "http") + "://127.0.0.1:" + server.getAddress().getPort() + "/");
        String base = baseUrl.toString();
        this.arm = new ArmServer(lock, store, clock, throttle, faults, token, () -> base, () -> dirty.set(true));
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(8, r -> daemon(r, "emulator-http-" + n.incrementAndGet()));
        server.setExecutor(workers);
        server.createContext("/", arm);
        this.saver = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "emulator-save"));
        if (config.stateFile() != null) {
            dirty.set(true);
            saver.scheduleWithFixedDelay(this::saveIfDirty, 0, 1, TimeUnit.SECONDS);
        }
        server.start();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Starts an emulator: loads (or seeds) its state and serves on 127.0.0.1. */
    public static Emulator start(EmulatorConfig config) throws IOException {
        return new Emulator(Objects.requireNonNull(config, "config"));
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
        return server.getAddress().getPort();
    }

    /** The socket address the server listens on (always 127.0.0.1), for tests. */
    java.net.InetSocketAddress boundAddress() {
        return server.getAddress();
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
        server.stop(0);
        saver.shutdownNow();
        workers.shutdownNow();
        if (config.stateFile() != null) {
            try {
                save();
            } catch (IOException e) {
                System.err.println("emulator: could not save state to " + config.stateFile() + ": " + e.getMessage());
            }
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

    private static HttpServer createServer(EmulatorConfig config) throws IOException {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's
        // delayed ACK, and every small answer waits ~40 ms. Read once, when the first server starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        InetSocketAddress address = new InetSocketAddress(InetAddress.getByName("127.0.0.1"), config.port());
        if (config.httpsKeystore() == null) {
            return HttpServer.create(address, 64);
        }
        HttpsServer https = HttpsServer.create(address, 64);
        try (InputStream in = Files.newInputStream(config.httpsKeystore())) {
            char[] password = config.keystorePassword() == null ? new char[0] : config.keystorePassword();
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, password);
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(kmf.getKeyManagers(), null, null);
            https.setHttpsConfigurator(new HttpsConfigurator(ssl));
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot use keystore " + config.httpsKeystore() + ": " + e.getMessage(), e);
        }
        return https;
    }

    // ---------------------------------------------------------------- state

    private static Store loadOrSeed(EmulatorConfig config, EmulatorClock clock) throws IOException {
        Path file = config.stateFile();
        if (file != null && Files.exists(file)) {
            try {
                JsonNode root = Json.MAPPER.readTree(file.toFile());
                if (root == null || root.path("version").asInt() != STATE_VERSION || !root.has("store")) {
                    throw new IOException("not an emulator state file of version " + STATE_VERSION);
                }
                Store store = Json.MAPPER.treeToValue(root.get("store"), Store.class);
                if (store.subscriptions.isEmpty()) {
                    throw new IOException("the state has no subscription");
                }
                clock.resumeAt(store.savedNowMs);
                return store;
            } catch (IOException | RuntimeException e) {
                String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
                        .format(Instant.now());
                Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + stamp);
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
                System.err.println("emulator: the state file " + file + " could not be read (" + e.getMessage()
                        + "); it was moved to " + aside + " and the " + config.seed().name().toLowerCase()
                        + " seed was restored.");
            }
        }
        return Seeder.build(config.seed(), clock.nowMs());
    }

    private void saveIfDirty() {
        if (dirty.getAndSet(false)) {
            try {
                save();
            } catch (IOException | RuntimeException e) {
                dirty.set(true);
                System.err.println("emulator: could not save state to " + config.stateFile() + ": " + e.getMessage());
            }
        }
    }

    /** Writes the state owner-only and atomically: a temp file beside it, then a move over it. */
    private void save() throws IOException {
        Path file = config.stateFile().toAbsolutePath();
        byte[] bytes;
        synchronized (lock) {
            store.savedNowMs = clock.nowMs();
            ObjectNode root = Json.obj();
            root.put("version", STATE_VERSION);
            root.set("store", Json.MAPPER.valueToTree(store));
            bytes = Json.MAPPER.writeValueAsBytes(root);
        }
        Path dir = file.getParent();
        Files.createDirectories(dir);
        Path tmp;
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        String prefix = "." + file.getFileName() + ".";
        if (posix) {
            FileAttribute<?> ownerOnly = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
            tmp = Files.createTempFile(dir, prefix, ".tmp", ownerOnly);
        } else {
            tmp = Files.createTempFile(dir, prefix, ".tmp");
            tmp.toFile().setReadable(false, false);
            tmp.toFile().setReadable(true, true);
            tmp.toFile().setWritable(false, false);
            tmp.toFile().setWritable(true, true);
        }
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
