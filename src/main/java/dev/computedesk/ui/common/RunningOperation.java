package dev.computedesk.ui.common;

import java.time.Instant;

/**
 * An operation that is still running, as the status bar lists it.
 *
 * @param title     what it does
 * @param target    what it acts on
 * @param startedAt when it started
 * @param handle    lets the status bar cancel it
 */
public record RunningOperation(String title, String target, Instant startedAt, TaskHandle handle) {
}
