package dev.computedesk.ui.common;

import dev.computedesk.domain.text.Messages;

import java.text.MessageFormat;
import java.util.List;

/**
 * Texts whose words follow a count ("Stop compute instance ci-a?" / "Stop 2 compute instances?"). Each text is one
 * {@link MessageFormat} pattern with {@code choice} parts, e.g. {@code "{0,choice,1#it|1<them}"}; kept in the
 * resource bundle and read with {@link Messages#get}, each translation chooses its own forms.
 */
public final class Plural {

    private Plural() {
    }

    /** {@code pattern} filled with {@code args}; numbers are written for the chosen language. */
    public static String format(String pattern, Object... args) {
        return new MessageFormat(pattern, Messages.locale()).format(args);
    }

    /** "ci-a", "ci-a and ci-b", "ci-a, ci-b and ci-c": names listed in a sentence. */
    public static String listed(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return Messages.get("common.code.listed", String.join(Messages.get("common.code.listedSeparator"),
                names.subList(0, names.size() - 1)), names.get(names.size() - 1));
    }
}
