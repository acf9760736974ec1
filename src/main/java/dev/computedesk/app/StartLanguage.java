package dev.computedesk.app;

import dev.computedesk.domain.text.Language;

import java.util.Locale;

/**
 * The language of a run: {@code --lang} for this run, else the one chosen in the settings window, else the
 * system's (Korean on a Korean system, English everywhere else).
 */
final class StartLanguage {
    private StartLanguage() {
    }

    /**
     * @param commandLine the language {@code --lang} gave, or null
     * @param saved       the settings' language code, or null when the user never chose one
     * @param system      the operating system's locale
     */
    static Language choose(Language commandLine, String saved, Locale system) {
        if (commandLine != null) {
            return commandLine;
        }
        return Language.fromTag(saved).orElseGet(() -> Language.of(system));
    }
}
