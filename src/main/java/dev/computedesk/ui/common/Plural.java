package dev.computedesk.ui.common;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * Texts whose words follow a count ("Stop compute instance ci-a?" / "Stop 2 compute instances?"). Each text is one
 * {@link MessageFormat} pattern with {@code choice} parts, e.g. {@code "{0,choice,1#it|1<them}"}, so a resource
 * bundle can later take the pattern over unchanged and a translation can choose its own forms.
 */
public final class Plural {

    private Plural() {
    }

    /** {@code pattern} filled with {@code args}; numbers are written for the user's format locale. */
    public static String format(String pattern, Object... args) {
        return new MessageFormat(pattern, Locale.getDefault(Locale.Category.FORMAT)).format(args);
    }

    /** "ci-a", "ci-a and ci-b", "ci-a, ci-b and ci-c": names listed in a sentence. */
    public static String listed(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
