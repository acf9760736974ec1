package dev.computedesk.app.logging;

import dev.computedesk.azure.ComputeClient;
import dev.computedesk.azure.model.AmlComputeProperties;
import dev.computedesk.azure.model.AmlComputeSettings;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.ScaleSettings;
import dev.computedesk.azure.model.UserAccountCredentials;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.ui.common.BackgroundTask;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log file as a user (or support) reads it: one INFO line per operation, DEBUG lines only with
 * {@code --log-level debug}, and no password or token whatever the level.
 */
class FileLoggingTest {
    private static final String PASSWORD = "Fake-Pa55word-In-A-Log-Test";

    @TempDir
    Path dir;

    @AfterEach
    void backToTheTestConfiguration() {
        FileLogging.stop();
    }

    @Test
    void infoWritesALinePerOperationAndNoSecret() throws IOException {
        Run run = createClusterLoggedAt(FileLogging.LogLevel.INFO, "cl-info");

        assertThat(run.log()).contains("INFO  [").contains("dev.computedesk.activity - Creating compute cluster"
                + " [cl-info]: Succeeded (HTTP 2");
        assertThat(run.log()).doesNotContain(" DEBUG ").doesNotContain(PASSWORD).doesNotContain(run.token());
    }

    @Test
    void debugWritesDebugLinesWithSecretsMasked() throws IOException {
        Run run = createClusterLoggedAt(FileLogging.LogLevel.DEBUG, "cl-debug");

        // The call lines of the operation, and the masked request body.
        assertThat(run.log()).contains(" DEBUG ")
                .containsPattern("DEBUG .*dev.computedesk.activity -   PUT /subscriptions/.*/computes/cl-debug"
                        + "\\?api-version=")
                .contains("\"adminUserPassword\":\"********\"");
        assertThat(run.log()).doesNotContain(PASSWORD).doesNotContain(run.token());
    }

    @Test
    void theConsoleGetsOnlyTheAppsWarningsAndEveryonesErrors() {
        ActionableOnly filter = new ActionableOnly();
        assertThat(decide(filter, "com.azure.core.http.policy.HttpLoggingPolicy", ch.qos.logback.classic.Level.WARN))
                .isEqualTo(ch.qos.logback.core.spi.FilterReply.DENY);
        assertThat(decide(filter, "javafx", ch.qos.logback.classic.Level.WARN))
                .isEqualTo(ch.qos.logback.core.spi.FilterReply.DENY);
        assertThat(decide(filter, "dev.computedesk.app.FileNotices", ch.qos.logback.classic.Level.INFO))
                .isEqualTo(ch.qos.logback.core.spi.FilterReply.DENY);
        assertThat(decide(filter, "dev.computedesk.app.FileNotices", ch.qos.logback.classic.Level.WARN))
                .isEqualTo(ch.qos.logback.core.spi.FilterReply.NEUTRAL);
        assertThat(decide(filter, "com.azure.core.http.jdk.httpclient.JdkHttpClient",
                ch.qos.logback.classic.Level.ERROR)).isEqualTo(ch.qos.logback.core.spi.FilterReply.NEUTRAL);
    }

    /** JavaFX's start-up warning, as JavaFX logs it: through java.util.logging. */
    private static void javafxWarns(String message) {
        java.util.logging.Logger.getLogger("com.sun.javafx.application.PlatformImpl").warning(message);
    }

    @Test
    void javaUtilLoggingReachesTheFileAndNotTheConsole() throws IOException {
        FileLogging.start(dir, FileLogging.LogLevel.INFO);
        javafxWarns("Unsupported JavaFX configuration: a test line");
        FileLogging.stop();

        assertThat(Files.readString(dir.resolve(FileLogging.FILE_NAME)))
                .contains("WARN  [").contains("Unsupported JavaFX configuration: a test line");
    }

    @Test
    void javaUtilLoggingFromBeforeTheFileIsReadyReachesItInOrder() throws IOException {
        // As at start-up: JavaFX warns while logback is still being configured on another thread.
        JulToSlf4j.hold();
        Thread launcher = new Thread(() -> javafxWarns("Unsupported JavaFX configuration: held line 1"),
                "JavaFX-Launcher");
        launcher.start();
        try {
            launcher.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        javafxWarns("Unsupported JavaFX configuration: held line 2");
        FileLogging.start(dir, FileLogging.LogLevel.INFO);
        java.util.logging.Logger.getLogger("javafx.scene").warning("a line after the start");
        FileLogging.stop();

        assertThat(Files.readString(dir.resolve(FileLogging.FILE_NAME)))
                .containsSubsequence("WARN  [JavaFX-Launcher] c.s.javafx.application.PlatformImpl - "
                        + "Unsupported JavaFX configuration: held line 1", "held line 2", "a line after the start");
    }

    @Test
    void startedInTheBackgroundTheAppsFirstLinesWaitForTheFile() throws IOException {
        FileLogging.startInBackground(dir, FileLogging.LogLevel.INFO);
        javafxWarns("Unsupported JavaFX configuration: while starting");
        FileLogging.awaitStarted();
        org.slf4j.LoggerFactory.getLogger("dev.computedesk.app.App").info("the app's first line");
        FileLogging.stop();

        assertThat(Files.readString(dir.resolve(FileLogging.FILE_NAME)))
                .contains("WARN  [").contains("Unsupported JavaFX configuration: while starting")
                .contains("INFO  [main] dev.computedesk.app.App - the app's first line");
    }

    @Test
    void anUncaughtExceptionIsLoggedAsAnError() throws Exception {
        FileLogging.start(dir, FileLogging.LogLevel.INFO);
        Thread failing = new Thread(() -> {
            throw new IllegalStateException("a bug in a handler");
        }, "t-boom");
        failing.start();
        failing.join();
        FileLogging.stop();

        assertThat(Files.readString(dir.resolve(FileLogging.FILE_NAME)))
                .contains("ERROR [t-boom] dev.computedesk.uncaught - Uncaught in thread t-boom")
                .contains("java.lang.IllegalStateException: a bug in a handler");
    }

    @Test
    void logFolderPerOperatingSystem() {
        Path home = Path.of("/home/dana");
        assertThat(LogFolder.forUser("Linux", home, java.util.Map.of()))
                .isEqualTo(Path.of("/home/dana/.local/state/compute-desk/logs"));
        assertThat(LogFolder.forUser("Linux", home, java.util.Map.of("XDG_STATE_HOME", "/state")))
                .isEqualTo(Path.of("/state/compute-desk/logs"));
        assertThat(LogFolder.forUser("Mac OS X", home, java.util.Map.of()))
                .isEqualTo(Path.of("/home/dana/Library/Logs/ComputeDesk"));
        assertThat(LogFolder.forUser("Windows 11", home, java.util.Map.of("LOCALAPPDATA", "/L")))
                .isEqualTo(Path.of("/L/ComputeDesk/logs"));
        assertThat(LogFolder.forRun(null, Path.of("/s"))).isEqualTo(Path.of("/s/logs"));
        assertThat(LogFolder.forRun(Path.of("/l"), Path.of("/s"))).isEqualTo(Path.of("/l"));
    }

    private static ch.qos.logback.core.spi.FilterReply decide(ActionableOnly filter, String logger,
                                                              ch.qos.logback.classic.Level level) {
        ch.qos.logback.classic.spi.LoggingEvent event = new ch.qos.logback.classic.spi.LoggingEvent();
        event.setLoggerName(logger);
        event.setLevel(level);
        event.setMessage("m");
        return filter.decide(event);
    }

    /** What a run wrote to the log file, and the emulator's bearer token it used. */
    private record Run(String log, String token) {
    }

    private Run createClusterLoggedAt(FileLogging.LogLevel level, String name) throws IOException {
        FileLogging.start(dir, level);
        String token = createClusterWithPassword(name);
        FileLogging.stop();
        return new Run(Files.readString(dir.resolve(FileLogging.FILE_NAME)), token);
    }

    /** Creates a cluster with an admin password, as the create form does: one tracked operation. */
    private static String createClusterWithPassword(String name) {
        try (EmulatorFixture fx = EmulatorFixture.start()) {
            OperationLog operations = new OperationLog();
            TrackingTaskExecutor executor = TrackingTaskExecutor.synchronous(operations);
            ComputeClient computes = fx.connection().computes();
            ComputeResource cluster = ComputeResource.request(DemoSeed.LOCATION, null, AmlComputeProperties.forRequest(
                    null, null, AmlComputeSettings.forCreate("Standard_DS3_v2", "Dedicated", "Linux",
                            new ScaleSettings(1, 0, "PT2M"), new UserAccountCredentials("azureuser", null, PASSWORD),
                            null, "Enabled", true)));
            executor.submit(BackgroundTask.titled("Creating compute cluster", name,
                    token -> computes.createOrUpdate(fx.demoWorkspace(), name, cluster)));
            assertThat(operations.finished()).hasSize(1);
            assertThat(operations.finished().get(0).calls()).isNotEmpty();
            return fx.emulator().token();
        }
    }

}
