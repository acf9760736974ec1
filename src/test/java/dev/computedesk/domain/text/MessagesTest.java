package dev.computedesk.domain.text;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {

    @AfterEach
    void backToEnglish() {
        Messages.use(Language.ENGLISH);
    }

    @Test
    void readsTheChosenLanguageWithEnglishAsItsParent() {
        Messages.use(Language.KOREAN);
        assertThat(Messages.get("common.ok")).isEqualTo("확인");
        assertThat(Messages.get("app.title")).isEqualTo("Compute Desk");
        Messages.use(Language.ENGLISH);
        assertThat(Messages.get("common.ok")).isEqualTo("OK");
    }

    @Test
    void englishIsEnglishEvenWhenTheMachineSpeaksKorean() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.KOREA);
            Messages.use(Language.ENGLISH);
            assertThat(Messages.get("common.ok")).isEqualTo("OK");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void thePseudoLocaleWrapsEveryText() {
        Messages.use(Language.PSEUDO);
        assertThat(Messages.get("common.ok")).isEqualTo("\u27e6OK\u27e7");
        assertThat(Messages.bundle().getString("common.ok")).isEqualTo("\u27e6OK\u27e7");
    }

    @Test
    void aMissingKeyShowsItselfInsteadOfFailing() {
        assertThat(Messages.get("no.such.key")).isEqualTo("!no.such.key!");
    }

    @Test
    void languagesComeFromTheirCodesAndLocales() {
        assertThat(Language.fromTag("ko")).contains(Language.KOREAN);
        assertThat(Language.fromTag("qps")).contains(Language.PSEUDO);
        assertThat(Language.fromTag("de")).isEmpty();
        assertThat(Language.of(Locale.KOREA)).isEqualTo(Language.KOREAN);
        assertThat(Language.of(Locale.GERMANY)).isEqualTo(Language.ENGLISH);
    }
}
