package dev.computedesk.i18n;

import dev.computedesk.domain.text.Language;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.ui.ScreenFixtures;
import dev.computedesk.ui.common.Fxml;
import dev.computedesk.ui.settings.SettingsView;
import dev.computedesk.ui.settings.SettingsViewModel;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** A screen built after {@code Messages.use(KOREAN)} speaks Korean: its FXML texts and its controller's. */
@ExtendWith(ApplicationExtension.class)
class KoreanScreenTextsTest {

    @AfterEach
    void backToEnglish() {
        Messages.use(Language.ENGLISH);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSettingsWindowInKorean(FxRobot robot) {
        Messages.use(Language.KOREAN);
        SettingsViewModel viewModel = ScreenFixtures.settings();
        AtomicReference<Parent> root = new AtomicReference<>();
        robot.interact(() -> root.set(Fxml.load("settings/Settings.fxml",
                new SettingsView(viewModel, start -> Optional.empty(), start -> Optional.empty(), () -> { }))));

        assertThat(texts(root.get())).contains("언어", "테마", "프록시", "회사 CA 파일", "Compute Desk를 다음에 시작할 때 적용됩니다.");
        assertThat(((Button) root.get().lookup("#saveButton")).getText()).isEqualTo("저장");
        ComboBox<String> themes = (ComboBox<String>) root.get().lookup("#themeCombo");
        assertThat(themes.getConverter().toString("dark")).isEqualTo("어둡게");
    }

    private static List<String> texts(Node node) {
        List<String> texts = new java.util.ArrayList<>();
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            texts.add(labeled.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> texts.addAll(texts(child)));
        }
        return texts;
    }
}
