package dev.computedesk.app.logging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;

/**
 * Hands java.util.logging's records (JavaFX logs through it, e.g. its "Unsupported JavaFX configuration: classes
 * were loaded from 'unnamed module'" at start on the class path) to SLF4J, so they reach the log file and follow the
 * console's rules instead of JUL's own console handler. The few lines of slf4j's jul-to-slf4j bridge the app needs,
 * without another dependency.
 */
final class JulToSlf4j extends Handler {
    private static Handler[] replaced;
    /**
     * Records published before SLF4J is configured ({@link #hold}), handed on in order by {@link #release}; null
     * when records go straight through.
     */
    private static List<Held> held;

    static synchronized void install() {
        if (replaced != null) {
            return;
        }
        java.util.logging.Logger root = LogManager.getLogManager().getLogger("");
        replaced = root.getHandlers();
        for (Handler handler : replaced) {
            root.removeHandler(handler);
        }
        root.addHandler(new JulToSlf4j());
    }

    /**
     * Installs the handler and keeps what it is given until {@link #release}: logback is being configured on
     * another thread meanwhile (FileLogging#startInBackground), and a record handed to SLF4J before that ends would
     * reach logback's start-up configuration (the console) instead of the log file.
     */
    static synchronized void hold() {
        install();
        if (held == null) {
            held = new ArrayList<>();
        }
    }

    /**
     * Hands the held records to logback (configured by now) in order, each with its own time and thread, as if
     * it had been logged when it came; every later record goes straight through.
     */
    static synchronized void release() {
        if (held == null) {
            return;
        }
        for (Held h : held) {
            if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
                ch.qos.logback.classic.Logger logger = context.getLogger(loggerName(h.record()));
                ch.qos.logback.classic.Level level = ch.qos.logback.classic.Level.convertAnSLF4JLevel(
                        slf4jLevel(h.record()));
                if (logger.isEnabledFor(level)) {
                    ch.qos.logback.classic.spi.LoggingEvent event = new ch.qos.logback.classic.spi.LoggingEvent(
                            JulToSlf4j.class.getName(), logger, level, message(h.record()), h.record().getThrown(),
                            null);
                    event.setThreadName(h.thread());
                    event.setInstant(h.record().getInstant());
                    logger.callAppenders(event);
                }
            } else {
                toSlf4j(h.record());
            }
        }
        held = null;
    }

    /** A record kept while logback starts, with the thread that published it. */
    private record Held(LogRecord record, String thread) {
    }

    static synchronized void uninstall() {
        if (replaced == null) {
            return;
        }
        java.util.logging.Logger root = LogManager.getLogManager().getLogger("");
        for (Handler handler : root.getHandlers()) {
            if (handler instanceof JulToSlf4j) {
                root.removeHandler(handler);
            }
        }
        for (Handler handler : replaced) {
            root.addHandler(handler);
        }
        replaced = null;
        held = null;
    }

    @Override
    public void publish(LogRecord record) {
        if (record == null) {
            return;
        }
        synchronized (JulToSlf4j.class) {
            if (held != null) {
                held.add(new Held(record, Thread.currentThread().getName()));
                return;
            }
        }
        toSlf4j(record);
    }

    private static void toSlf4j(LogRecord record) {
        Logger logger = LoggerFactory.getLogger(loggerName(record));
        String message = message(record);
        switch (slf4jLevel(record)) {
            case ERROR -> logger.error(message, record.getThrown());
            case WARN -> logger.warn(message, record.getThrown());
            case INFO -> logger.info(message, record.getThrown());
            default -> logger.debug(message, record.getThrown());
        }
    }

    private static String loggerName(LogRecord record) {
        return record.getLoggerName() == null ? "jul" : record.getLoggerName();
    }

    private static String message(LogRecord record) {
        String message = record.getMessage();
        if (record.getParameters() != null && message != null) {
            try {
                message = java.text.MessageFormat.format(message, record.getParameters());
            } catch (IllegalArgumentException notAPattern) {
                // the message as written
            }
        }
        return message;
    }

    private static org.slf4j.event.Level slf4jLevel(LogRecord record) {
        int level = record.getLevel().intValue();
        if (level >= Level.SEVERE.intValue()) {
            return org.slf4j.event.Level.ERROR;
        } else if (level >= Level.WARNING.intValue()) {
            return org.slf4j.event.Level.WARN;
        } else if (level >= Level.INFO.intValue()) {
            return org.slf4j.event.Level.INFO;
        }
        return org.slf4j.event.Level.DEBUG;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
