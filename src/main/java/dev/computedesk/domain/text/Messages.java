package dev.computedesk.domain.text;

import java.text.MessageFormat;
import java.util.Enumeration;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Every text a user reads, from {@code i18n/messages*.properties} (UTF-8) in the chosen {@link Language}.
 *
 * <p>A value with parameters ({@code {0}}, {@code {0,choice,…}}) is a {@link MessageFormat} pattern: write
 * {@code ''} for an apostrophe there. A value read without parameters (FXML's {@code %key}, {@link #get(String)})
 * is plain text, used as written. A key missing from the bundle reads as {@code !key!} so it shows on screen and a
 * test finds it, instead of failing a user's click.
 *
 * <p>The language is chosen once at start ({@link #use(Language)}); FXML loaded after that gets {@link #bundle()}.
 */
public final class Messages {

    /** The base name of the bundle on the class path. */
    public static final String BUNDLE = "i18n.messages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static volatile Language language = Language.ENGLISH;
    private static volatile ResourceBundle bundle = load(Language.ENGLISH);

    private Messages() {
    }

    /** Chooses the language for every text read after this call. */
    public static void use(Language chosen) {
        Objects.requireNonNull(chosen, "language");
        bundle = load(chosen);
        language = chosen;
    }

    public static Language language() {
        return language;
    }

    /** The locale of the chosen language: dates, numbers and sorting follow it. */
    public static Locale locale() {
        return language.locale();
    }

    /** The bundle for FXML's {@code %key} (pseudo-locale values already wrapped). */
    public static ResourceBundle bundle() {
        return bundle;
    }

    /** The text for {@code key}; with arguments, formatted by {@link MessageFormat} in the chosen locale. */
    public static String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = raw(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        String text = arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
        return language == Language.PSEUDO ? wrap(text) : text;
    }

    /** Whether the bundle of the chosen language (or its English parent) holds {@code key}. */
    public static boolean has(String key) {
        return bundle.containsKey(key);
    }

    private static String raw(String key) {
        ResourceBundle current = bundle;
        return current instanceof PseudoBundle pseudo ? pseudo.english.getString(key) : current.getString(key);
    }

    static String wrap(String text) {
        return "\u27e6" + text + "\u27e7";
    }

    private static ResourceBundle load(Language chosen) {
        ResourceBundle found = ResourceBundle.getBundle(BUNDLE, chosen.locale(), Messages.class.getClassLoader(),
                NO_FALLBACK);
        return chosen == Language.PSEUDO ? new PseudoBundle(found) : found;
    }

    /** English values wrapped in ⟦…⟧. */
    private static final class PseudoBundle extends ResourceBundle {
        private final ResourceBundle english;

        PseudoBundle(ResourceBundle english) {
            this.english = english;
        }

        @Override
        protected Object handleGetObject(String key) {
            return english.containsKey(key) ? wrap(english.getString(key)) : null;
        }

        @Override
        public Enumeration<String> getKeys() {
            return english.getKeys();
        }
    }
}
