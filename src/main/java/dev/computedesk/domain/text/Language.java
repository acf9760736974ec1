package dev.computedesk.domain.text;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages the app speaks. {@link #PSEUDO} ({@code qps}) is for tests: English texts wrapped in ⟦…⟧, so a
 * screen walk can find any text that did not come from a bundle.
 */
public enum Language {
    ENGLISH("en", Locale.ENGLISH),
    KOREAN("ko", Locale.KOREAN),
    PSEUDO("qps", Locale.ENGLISH);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The code used by {@code --lang} and the settings file: {@code en}, {@code ko}, {@code qps}. */
    public String tag() {
        return tag;
    }

    /** The locale that picks the bundle and formats dates, numbers and sorting. */
    public Locale locale() {
        return locale;
    }

    /** The language for a {@code --lang} or settings code; empty for an unknown code. */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        for (Language language : values()) {
            if (language.tag.equalsIgnoreCase(tag.trim())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** Korean when the locale is Korean, else English. */
    public static Language of(Locale locale) {
        return locale != null && "ko".equals(locale.getLanguage()) ? KOREAN : ENGLISH;
    }
}
