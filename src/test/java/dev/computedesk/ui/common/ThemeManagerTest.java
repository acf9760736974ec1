package dev.computedesk.ui.common;

import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every window the app opens gets its icon and follows a theme switch made while it is open. */
@ExtendWith(ApplicationExtension.class)
class ThemeManagerTest {
    private ThemeManager themes;
    private Stage main;
    private Stage form;
    private Stage late;
    private Alert dialog;

    @Start
    void start(Stage stage) {
        main = stage;
        themes = new ThemeManager(Theme.LIGHT);
        themes.install();
        Scene scene = new Scene(new Label("Compute Desk"), 300, 200);
        scene.getStylesheets().setAll(themes.stylesheets());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != main).forEach(Window::hide));
    }

    @Test
    void theMainWindowAFormAndADialogGetTheIconAtEverySize(FxRobot robot) {
        robot.interact(() -> {
            form = new Stage();
            dialog = new Alert(Alert.AlertType.INFORMATION, "Done", ButtonType.OK);
            form.initOwner(main);
            form.setScene(new Scene(new Label("Form"), 200, 100));
            form.show();
            dialog.initOwner(main);
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(main.getIcons()).hasSize(AppIcon.SIZES.size());
        assertThat(main.getIcons()).extracting(image -> (int) image.getWidth()).containsExactlyElementsOf(AppIcon.SIZES);
        assertThat(form.getIcons()).hasSize(AppIcon.SIZES.size());
        Stage dialogStage = (Stage) dialog.getDialogPane().getScene().getWindow();
        assertThat(dialogStage.getIcons()).hasSize(AppIcon.SIZES.size());
        assertThat(main.getIcons()).noneMatch(image -> image.isError());
    }

    @Test
    void aSwitchRestylesOpenWindowsAndTheWindowsOpenedLater(FxRobot robot) {
        robot.interact(() -> {
            dialog = new Alert(Alert.AlertType.INFORMATION, "Done", ButtonType.OK);
            dialog.initOwner(main);
            dialog.getDialogPane().getStylesheets().setAll(main.getScene().getStylesheets());
            dialog.show();
        });

        robot.interact(() -> themes.setTheme(Theme.HIGH_CONTRAST));

        assertThat(main.getScene().getStylesheets()).containsExactlyElementsOf(Theme.HIGH_CONTRAST.stylesheets());
        assertThat(dialog.getDialogPane().getStylesheets()).containsExactlyElementsOf(Theme.HIGH_CONTRAST.stylesheets());
        assertThat(themes.stylesheets()).containsExactlyElementsOf(Theme.HIGH_CONTRAST.stylesheets());
        assertThat(themes.themeProperty().get()).isEqualTo(Theme.HIGH_CONTRAST);

        // A window built from an older copy of the list (as a dialog copies its owner's) still opens in the new theme.
        robot.interact(() -> {
            late = new Stage();
            Scene scene = new Scene(new Label("Later"), 200, 100);
            scene.getStylesheets().setAll(Theme.LIGHT.stylesheets());
            late.setScene(scene);
            late.show();
        });
        assertThat(late.getScene().getStylesheets()).containsExactlyElementsOf(Theme.HIGH_CONTRAST.stylesheets());
    }
}
