package dev.computedesk.domain.compute;

import dev.computedesk.domain.text.Messages;

import java.util.Objects;

/**
 * A value of an ARM enumeration that Azure may extend at any time: one of the values this version knows (kept
 * as constants of the subclass, compared with {@code ==}), or another value kept with the text Azure sent so it
 * can be shown as it is. Only the azure layer reads wire values into these (azure/model/ComputeTerms), so the
 * rest of the app never compares state strings.
 */
abstract class ArmTerm {
    private final String armValue;
    private final String labelKey;
    private final boolean known;

    /**
     * @param labelKey the bundle key of a known value's words (read at each {@link #label()}, so they follow the
     *                 language); ignored for a value this version does not know
     */
    ArmTerm(String armValue, String labelKey, boolean known) {
        this.armValue = Objects.requireNonNull(armValue, "armValue");
        this.labelKey = Objects.requireNonNull(labelKey, "labelKey");
        this.known = known;
    }

    /** The value as ARM spells it ("JobRunning"); for a value this version does not know, the text as sent. */
    public final String armValue() {
        return armValue;
    }

    /** The value in words for a user ("Job running"); for a value this version does not know, the text as sent. */
    public final String label() {
        return known ? Messages.get(labelKey) : armValue;
    }

    /** False for a value this version does not know. */
    public final boolean isKnown() {
        return known;
    }

    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        // Known values are singletons; two unknown values are equal when Azure sent the same text.
        return other != null && other.getClass() == getClass() && !known && !((ArmTerm) other).known
                && armValue.equals(((ArmTerm) other).armValue);
    }

    @Override
    public final int hashCode() {
        return armValue.hashCode();
    }

    @Override
    public final String toString() {
        return armValue;
    }
}
