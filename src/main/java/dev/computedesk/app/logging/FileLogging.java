package dev.computedesk.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The app's logging, set up once the command line is known: a rolling file in the log folder that gets everything
 * at the chosen level (the app's lines, the Azure SDK's HTTP lines with the headers and query values its allow-lists
 * do not name written as {@code REDACTED}, and at DEBUG the JSON bodies with secrets masked), and a console that
 * gets only what a user can act on: the app's own warnings and errors, and a library's errors. Library warnings
 * (azure-core's "HTTP FAILED" for a call it retries, the JDK client's "restricted header") go to the file only.
 * {@code src/main/resources/logback.xml} stays as the configuration until this runs (and for --emulator-only).
 */
public final class FileLogging {
    /** The current file's name; rolled files are {@code compute-desk.1.log} (newest) to {@code .4.log}. */
    public static final String FILE_NAME = "compute-desk.log";
    static final String MAX_FILE_SIZE = "5MB";
    static final int KEPT_FILES = 4;
    private static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n";

    private static Thread.UncaughtExceptionHandler previousHandler;
    /** The configuration begun by {@link #startInBackground}, until {@link #awaitStarted} has seen it end. */
    private static CompletableFuture<Void> starting;

    private FileLogging() {
    }

    /** Logs to {@code folder} (created if needed) at {@code level} from now on. */
    public static void start(Path folder, LogLevel level) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(folder.resolve(FILE_NAME).toString());
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(folder.resolve("compute-desk.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(KEPT_FILES);
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf(MAX_FILE_SIZE));
        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(trigger);
        file.setEncoder(encoder(context));
        rolling.start();
        trigger.start();
        file.start();

        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setTarget("System.err");
        console.setEncoder(encoder(context));
        ActionableOnly filter = new ActionableOnly();
        filter.setContext(context);
        filter.start();
        console.addFilter(filter);
        console.start();

        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(level == LogLevel.DEBUG ? Level.DEBUG : Level.INFO);
        root.addAppender(file);
        root.addAppender(console);
        JulToSlf4j.install();
        JulToSlf4j.release();
        // A bug that escapes a handler (on the FX thread or a worker) reaches the file too, not only stderr.
        previousHandler = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> LoggerFactory.getLogger("dev.computedesk.uncaught")
                .error("Uncaught in thread " + thread.getName(), error));
    }

    /**
     * {@link #start} on a thread of its own, so logback's configuration (about 0.2 s on a quiet 2-core machine,
     * most of it loading and reading its start-up configuration) overlaps JavaFX's start instead of coming before
     * it. java.util.logging is redirected at once and its records (JavaFX's start-up warning) are held until the
     * file is ready, so they reach the file as before; the app's own first lines wait in {@link #awaitStarted}.
     */
    public static synchronized void startInBackground(Path folder, LogLevel level) {
        JulToSlf4j.hold();
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                start(folder, level);
                done.complete(null);
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
            }
        }, "compute-desk-logging-start");
        thread.setDaemon(true);
        thread.start();
        starting = done;
    }

    /**
     * Waits for {@link #startInBackground} to end (at once when it has, or when logging was started otherwise),
     * before the app logs its first line; its failure is thrown here as {@link #start}'s would have been.
     */
    public static void awaitStarted() {
        CompletableFuture<Void> pending;
        synchronized (FileLogging.class) {
            pending = starting;
        }
        if (pending == null) {
            return;
        }
        try {
            pending.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        synchronized (FileLogging.class) {
            starting = null;
        }
    }

    /** Back to the configuration logback found on the class path (tests that started file logging). */
    public static void stop() {
        Thread.setDefaultUncaughtExceptionHandler(previousHandler);
        previousHandler = null;
        JulToSlf4j.uninstall();
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        try {
            new ContextInitializer(context).autoConfig();
        } catch (JoranException e) {
            throw new IllegalStateException("logback's own configuration failed", e);
        }
    }

    private static PatternLayoutEncoder encoder(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        return encoder;
    }

    /** The levels of {@code --log-level}. */
    public enum LogLevel {
        INFO, DEBUG
    }
}
