package dev.computedesk.domain.compute;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * ISO 8601 durations as ARM sends and takes them ({@code nodeIdleTimeBeforeScaleDown} "PT5M",
 * {@code idleTimeBeforeShutdown} "PT60M").
 */
public final class IsoDurations {

    private IsoDurations() {
    }

    /**
     * Parses an ISO 8601 duration such as "PT5M", "PT120S", "PT1H30M" or "P1D"; empty when
     * {@code text} is null, blank, negative or not a day-time duration.
     */
    public static Optional<Duration> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            Duration duration = Duration.parse(text.strip().toUpperCase(Locale.ROOT));
            return duration.isNegative() ? Optional.empty() : Optional.of(duration);
        } catch (DateTimeParseException notIso) {
            return Optional.empty();
        }
    }

    /** Seconds as the shortest ISO 8601 form: 120 → "PT2M", 90 → "PT1M30S", 0 → "PT0S". */
    public static String ofSeconds(long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("A duration cannot be negative: " + seconds);
        }
        return Duration.ofSeconds(seconds).toString();
    }

    /** Whole minutes in the form the compute-instance API uses: 60 → "PT60M". */
    public static String ofMinutes(long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("A duration cannot be negative: " + minutes);
        }
        return "PT" + minutes + "M";
    }
}
