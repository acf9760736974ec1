package dev.computedesk.domain.validation;

import dev.computedesk.domain.text.Messages;

import java.util.OptionalLong;

/**
 * Parses whole numbers from text fields the same way everywhere: surrounding spaces are ignored,
 * an optional leading minus is allowed (so "-1" can get a range message rather than a format
 * message), nothing else is.
 */
public final class WholeNumbers {

    /** Shown when the text is not a whole number. */
    public static String notAWholeNumber() {
        return Messages.get("domain.wholeNumber.invalid");
    }

    /** Shown when the number is above {@code limit} ("Enter a number no larger than 2147483647"). */
    public static String tooLarge(long limit) {
        return Messages.get("domain.wholeNumber.tooLarge", String.valueOf(limit));
    }

    private WholeNumbers() {
    }

    /**
     * Parses {@code text}; empty when it is blank, has a sign other than a leading '-', a
     * decimal point, letters, or is outside the range of {@code long}.
     */
    public static OptionalLong parse(String text) {
        if (text == null) {
            return OptionalLong.empty();
        }
        String trimmed = text.strip();
        int start = trimmed.startsWith("-") ? 1 : 0;
        if (trimmed.length() == start) {
            return OptionalLong.empty();
        }
        for (int i = start; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            // Only ASCII digits: Character.isDigit would accept Arabic-Indic digits, which ARM would not.
            if (c < '0' || c > '9') {
                return OptionalLong.empty();
            }
        }
        try {
            return OptionalLong.of(Long.parseLong(trimmed));
        } catch (NumberFormatException tooLarge) {
            return OptionalLong.empty();
        }
    }
}
