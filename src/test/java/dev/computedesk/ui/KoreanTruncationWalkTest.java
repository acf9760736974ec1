package dev.computedesk.ui;

import dev.computedesk.app.KoreanFont;
import dev.computedesk.domain.text.Language;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.Optional;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The truncation walk in Korean, with the Korean font the app chooses: the main screens fit at the default size.
 * Without a CJK font the walk would measure boxes, so it is skipped, saying why.
 */
@ExtendWith(ApplicationExtension.class)
class KoreanTruncationWalkTest extends TruncationWalkTest {
    private static Optional<String> family = Optional.empty();
    private KoreanFont font;

    @BeforeAll
    static void needsAKoreanFont() throws Exception {
        FxToolkit.registerPrimaryStage();
        family = KoreanFont.among(Font.getFamilies());
        assumeTrue(family.isPresent(), "no CJK font installed (Debian: fonts-noto-cjk)");
    }

    @Override
    Language language() {
        return Language.KOREAN;
    }

    @Override
    String findingsAre() {
        return "Korean texts cut at the default size";
    }

    @Start
    @Override
    void start(Stage stage) {
        font = KoreanFont.install(family.orElseThrow());
        super.start(stage);
    }

    @AfterEach
    void appFont() {
        if (font != null) {
            font.close();
        }
    }
}
