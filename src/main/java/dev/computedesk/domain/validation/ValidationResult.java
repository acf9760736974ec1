package dev.computedesk.domain.validation;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one validation rule for one form field: valid, or invalid with one
 * user-facing message meant for the label under the field.
 *
 * <p>Rules return the first failure only, so a field never shows a list of problems.
 */
public final class ValidationResult {

    private static final ValidationResult OK = new ValidationResult(null);

    private final String message;

    private ValidationResult(String message) {
        this.message = message;
    }

    /** The valid result (no message). */
    public static ValidationResult ok() {
        return OK;
    }

    /**
     * An invalid result.
     *
     * @param message a user-facing English sentence, never blank
     */
    public static ValidationResult error(String message) {
        Objects.requireNonNull(message, "message");
        if (message.isBlank()) {
            throw new IllegalArgumentException("An error needs a message");
        }
        return new ValidationResult(message);
    }

    /** Returns the first invalid result of {@code results}, or {@link #ok()} when all are valid. */
    public static ValidationResult firstError(ValidationResult... results) {
        for (ValidationResult result : results) {
            if (!result.isValid()) {
                return result;
            }
        }
        return OK;
    }

    /** True when the rule passed. */
    public boolean isValid() {
        return message == null;
    }

    /** The message to show under the field; the empty string when valid (handy for label binding). */
    public String message() {
        return message == null ? "" : message;
    }

    /** The message when invalid. */
    public Optional<String> error() {
        return Optional.ofNullable(message);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ValidationResult
                && Objects.equals(message, ((ValidationResult) other).message);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(message);
    }

    @Override
    public String toString() {
        return isValid() ? "ValidationResult[ok]" : "ValidationResult[error=" + message + "]";
    }
}
