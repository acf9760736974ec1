package dev.computedesk.domain.compute;

import dev.computedesk.domain.text.Messages;
import dev.computedesk.domain.validation.ValidationResult;
import dev.computedesk.domain.validation.WholeNumbers;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Node counts and scale-down idle time of a compute cluster (AmlCompute {@code scaleSettings}).
 *
 * <p>Minimum ≥ 0 (0 lets the cluster scale to zero), maximum ≥ 1 and ≥ minimum; idle seconds
 * before scale down a whole number ≥ 0. A maximum below the minimum is reported on the maximum
 * field, where the user usually fixes it.
 */
public final class NodeCountRule {


    /** The service default of {@code nodeIdleTimeBeforeScaleDown}, and the CLI's 120 s. */
    public static final long DEFAULT_IDLE_SECONDS = 120;

    /** Per-field results of a node-count pair. */
    public record Result(ValidationResult minimum, ValidationResult maximum) {
        /** True when both fields are valid. */
        public boolean isValid() {
            return minimum.isValid() && maximum.isValid();
        }
    }

    private NodeCountRule() {
    }

    /** Checks the minimum and maximum node count fields together, as typed. */
    public static Result validate(String minimumText, String maximumText) {
        OptionalLong min = WholeNumbers.parse(minimumText);
        OptionalLong max = WholeNumbers.parse(maximumText);
        ValidationResult minResult = min.isPresent()
                ? validateMinimum(min.getAsLong())
                : ValidationResult.error(WholeNumbers.notAWholeNumber());
        ValidationResult maxResult;
        if (max.isEmpty()) {
            maxResult = ValidationResult.error(WholeNumbers.notAWholeNumber());
        } else if (min.isPresent() && minResult.isValid()) {
            maxResult = validate(min.getAsLong(), max.getAsLong()).maximum();
        } else {
            maxResult = validateMaximum(max.getAsLong());
        }
        return new Result(minResult, maxResult);
    }

    /** Checks a parsed pair. */
    public static Result validate(long minimum, long maximum) {
        ValidationResult minResult = validateMinimum(minimum);
        ValidationResult maxResult = validateMaximum(maximum);
        if (maxResult.isValid() && minResult.isValid() && maximum < minimum) {
            maxResult = ValidationResult.error(Messages.get("domain.nodeCount.maxBelowMin", minimum));
        }
        return new Result(minResult, maxResult);
    }

    private static ValidationResult validateMinimum(long minimum) {
        if (minimum < 0) {
            return ValidationResult.error(Messages.get("domain.nodeCount.minNegative"));
        }
        return intRange(minimum);
    }

    private static ValidationResult validateMaximum(long maximum) {
        if (maximum < 1) {
            return ValidationResult.error(Messages.get("domain.nodeCount.maxBelowOne"));
        }
        return intRange(maximum);
    }

    /** ARM's node counts are int32. */
    private static ValidationResult intRange(long value) {
        return value > Integer.MAX_VALUE
                ? ValidationResult.error(WholeNumbers.tooLarge(Integer.MAX_VALUE))
                : ValidationResult.ok();
    }

    /** Checks the "Idle seconds before scale down" field. */
    public static ValidationResult validateIdleSeconds(String text) {
        OptionalLong seconds = WholeNumbers.parse(text);
        if (seconds.isEmpty()) {
            return ValidationResult.error(WholeNumbers.notAWholeNumber());
        }
        return seconds.getAsLong() < 0 ? ValidationResult.error(Messages.get("domain.nodeCount.idleNegative")) : ValidationResult.ok();
    }

    /** Idle seconds as ARM's {@code nodeIdleTimeBeforeScaleDown}: 300 → "PT5M", 90 → "PT1M30S". */
    public static String idleSecondsToIso(long seconds) {
        return IsoDurations.ofSeconds(seconds);
    }

    /** ARM's {@code nodeIdleTimeBeforeScaleDown} as whole seconds ("PT5M" → 300); empty when unreadable. */
    public static OptionalLong idleSecondsFromIso(String iso) {
        Optional<Duration> duration = IsoDurations.parse(iso);
        return duration.isPresent() ? OptionalLong.of(duration.get().getSeconds()) : OptionalLong.empty();
    }
}
