package dev.computedesk.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * The console's filter: the app's own warnings and errors (a settings file moved aside, a save that failed), and
 * errors from anyone; a library's warnings are chatter the user cannot act on (the file keeps them). Public so that
 * the tests' {@code logback-test.xml} puts the same filter on their console.
 */
public final class ActionableOnly extends Filter<ILoggingEvent> {
    private static final String APP = "dev.computedesk";

    @Override
    public FilterReply decide(ILoggingEvent event) {
        Level level = event.getLevel();
        if (level.isGreaterOrEqual(Level.ERROR)) {
            return FilterReply.NEUTRAL;
        }
        boolean own = event.getLoggerName().equals(APP) || event.getLoggerName().startsWith(APP + ".");
        return own && level.isGreaterOrEqual(Level.WARN) ? FilterReply.NEUTRAL : FilterReply.DENY;
    }
}
