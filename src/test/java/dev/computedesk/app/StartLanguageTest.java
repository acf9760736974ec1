package dev.computedesk.app;

import dev.computedesk.domain.text.Language;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Which language a run speaks, and which font it draws Korean with. */
class StartLanguageTest {

    @Test
    void aKoreanSystemGetsKoreanAnyOtherEnglish() {
        assertThat(StartLanguage.choose(null, null, Locale.KOREA)).isEqualTo(Language.KOREAN);
        assertThat(StartLanguage.choose(null, null, Locale.GERMANY)).isEqualTo(Language.ENGLISH);
        assertThat(StartLanguage.choose(null, null, Locale.US)).isEqualTo(Language.ENGLISH);
    }

    @Test
    void theSettingsChoiceBeatsTheSystemAndLangBeatsBoth() {
        assertThat(StartLanguage.choose(null, "en", Locale.KOREA)).isEqualTo(Language.ENGLISH);
        assertThat(StartLanguage.choose(null, "ko", Locale.US)).isEqualTo(Language.KOREAN);
        assertThat(StartLanguage.choose(Language.ENGLISH, "ko", Locale.KOREA)).isEqualTo(Language.ENGLISH);
        assertThat(StartLanguage.choose(Language.PSEUDO, "ko", Locale.KOREA)).isEqualTo(Language.PSEUDO);
    }

    @Test
    void aSettingThisVersionDoesNotKnowFollowsTheSystem() {
        assertThat(StartLanguage.choose(null, "fr", Locale.KOREA)).isEqualTo(Language.KOREAN);
    }

    @Test
    void theKoreanFontIsThePlatformsFirstKoreanFamily() {
        assertThat(KoreanFont.among(List.of("DejaVu Sans", "Noto Sans CJK JP", "Noto Sans CJK KR")))
                .contains("Noto Sans CJK KR");
        assertThat(KoreanFont.among(List.of("Segoe UI", "malgun gothic"))).contains("malgun gothic");
        assertThat(KoreanFont.among(List.of("Helvetica Neue", "Apple SD Gothic Neo"))).contains("Apple SD Gothic Neo");
        assertThat(KoreanFont.among(List.of("DejaVu Sans", "Noto Sans"))).isEmpty();
    }
}
