package dev.computedesk.app.logging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    }

    @Override
    public void publish(LogRecord record) {
        if (record == null) {
            return;
        }
        Logger logger = LoggerFactory.getLogger(record.getLoggerName() == null ? "jul" : record.getLoggerName());
        String message = record.getMessage();
        if (record.getParameters() != null && message != null) {
            try {
                message = java.text.MessageFormat.format(message, record.getParameters());
            } catch (IllegalArgumentException notAPattern) {
                // the message as written
            }
        }
        int level = record.getLevel().intValue();
        if (level >= Level.SEVERE.intValue()) {
            logger.error(message, record.getThrown());
        } else if (level >= Level.WARNING.intValue()) {
            logger.warn(message, record.getThrown());
        } else if (level >= Level.INFO.intValue()) {
            logger.info(message, record.getThrown());
        } else {
            logger.debug(message, record.getThrown());
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
