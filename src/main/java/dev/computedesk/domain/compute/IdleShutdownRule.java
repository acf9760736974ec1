package dev.computedesk.domain.compute;

import dev.computedesk.domain.text.Messages;
import dev.computedesk.domain.validation.ValidationResult;
import dev.computedesk.domain.validation.WholeNumbers;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Idle shutdown of a compute instance: the period is entered in minutes and must lie between 15
 * minutes and 3 days, as the service's {@code idleTimeBeforeShutdown} (ISO 8601, API 2026-07-01)
 * requires.
 */
public final class IdleShutdownRule {

    /** Shortest idle period, in minutes. */
    public static final long MIN_MINUTES = 15;
    /** Longest idle period, in minutes (3 days). */
    public static final long MAX_MINUTES = 3 * 24 * 60;

    private IdleShutdownRule() {
    }

    /** Checks the minutes field as typed. */
    public static ValidationResult validateMinutes(String text) {
        OptionalLong minutes = WholeNumbers.parse(text);
        if (minutes.isEmpty()) {
            return ValidationResult.error(WholeNumbers.notAWholeNumber());
        }
        return validateMinutes(minutes.getAsLong());
    }

    /** Checks a number of minutes. */
    public static ValidationResult validateMinutes(long minutes) {
        if (minutes < MIN_MINUTES) {
            return ValidationResult.error(Messages.get("domain.idleShutdown.tooShort", MIN_MINUTES));
        }
        if (minutes > MAX_MINUTES) {
            return ValidationResult.error(Messages.get("domain.idleShutdown.tooLong", MAX_MINUTES / (24 * 60),
                    String.valueOf(MAX_MINUTES)));
        }
        return ValidationResult.ok();
    }

    /** Minutes as {@code idleTimeBeforeShutdown}: 60 → "PT60M". */
    public static String toIso(long minutes) {
        return IsoDurations.ofMinutes(minutes);
    }

    /**
     * {@code idleTimeBeforeShutdown} as whole minutes ("PT60M" → 60, "PT1H30M" → 90, "P1D" →
     * 1440), rounding seconds down; empty when absent or unreadable.
     */
    public static OptionalLong fromIso(String iso) {
        Optional<Duration> duration = IsoDurations.parse(iso);
        return duration.isPresent() ? OptionalLong.of(duration.get().toMinutes()) : OptionalLong.empty();
    }
}
