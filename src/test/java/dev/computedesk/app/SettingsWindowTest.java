package dev.computedesk.app;

import dev.computedesk.settings.ProxyMode;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The settings window in the running app: a theme applies at once, Cancel changes nothing, a bad proxy URL says so. */
class SettingsWindowTest {
    @TempDir
    Path home;
    private javafx.application.Application app;
    private final FxRobot robot = new FxRobot();
    private Stage main;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    private void start() throws Exception {
        main = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(App.class, "--emulator", "--emulator-clock", "manual",
                "--settings-dir", home.resolve("settings").toString(),
                "--emulator-state", home.resolve("state.json").toString());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#workspacePicker").tryQuery()
                .map(node -> ((ComboBox<?>) node).getValue() != null).orElse(false));
    }

    private void openSettings() throws Exception {
        robot.interact(() -> robot.lookup("#settingsButton").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#themeCombo").tryQuery().isPresent());
    }

    private boolean mainShows(String theme) {
        return main.getScene().getStylesheets().stream().anyMatch(sheet -> sheet.endsWith("/theme-" + theme + ".css"));
    }

    private Window settingsWindow() {
        return robot.lookup("#themeCombo").query().getScene().getWindow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aThemeAppliesAtOnceCancelChangesNothingAndSaveKeepsIt() throws Exception {
        start();
        assertThat(mainShows("light")).isTrue();
        openSettings();
        ComboBox<String> themes = robot.lookup("#themeCombo").queryAs(ComboBox.class);
        robot.interact(() -> themes.setValue("dark"));
        assertThat(mainShows("dark")).isTrue();
        assertThat(settingsWindow().getScene().getStylesheets()).anyMatch(s -> s.endsWith("/theme-dark.css"));

        Window window = settingsWindow();
        robot.interact(() -> robot.lookup("#cancelButton").queryAs(Button.class).fire());
        assertThat(window.isShowing()).isFalse();
        assertThat(mainShows("light")).isTrue();
        assertThat(mainShows("dark")).isFalse();
        Path settings = home.resolve("settings").resolve("settings.json");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.exists(settings) ? Files.readString(settings) : "").doesNotContain("\"preferences\"");

        // Esc cancels too.
        openSettings();
        robot.interact(() -> robot.lookup("#themeCombo").queryAs(ComboBox.class).setValue("high-contrast"));
        assertThat(mainShows("high-contrast")).isTrue();
        Window second = settingsWindow();
        robot.clickOn("#proxyUrlField").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(second.isShowing()).isFalse();
        assertThat(mainShows("light")).isTrue();

        openSettings();
        robot.interact(() -> robot.lookup("#themeCombo").queryAs(ComboBox.class).setValue("dark"));
        robot.interact(() -> robot.lookup("#saveButton").queryAs(Button.class).fire());
        assertThat(mainShows("dark")).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.readString(settings).contains("\"dark\""));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anInvalidProxyUrlIsNamedUnderTheFieldAndSaveIsDisabled() throws Exception {
        start();
        openSettings();
        robot.interact(() -> robot.lookup("#proxyModeCombo").queryAs(ComboBox.class).setValue(ProxyMode.MANUAL));
        robot.interact(() -> robot.lookup("#proxyUrlField").queryAs(TextField.class).setText("proxy.corp:8080"));
        Label error = robot.lookup("#proxyUrlError").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("Start with http:// or https://");
        assertThat(robot.lookup("#saveButton").queryAs(Button.class).isDisabled()).isTrue();

        robot.interact(() -> robot.lookup("#proxyUrlField").queryAs(TextField.class)
                .setText("http://proxy.corp:8080"));
        assertThat(error.isVisible()).isFalse();
        assertThat(robot.lookup("#saveButton").queryAs(Button.class).isDisabled()).isFalse();
        robot.interact(() -> robot.lookup("#saveButton").queryAs(Button.class).fire());
        Path settings = home.resolve("settings").resolve("settings.json");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> Files.exists(settings) && Files.readString(settings).contains("http://proxy.corp:8080"));
        assertThat(Files.readString(settings)).contains("\"MANUAL\"");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theProxyUserAndCompanyCaFileAreSavedButThePasswordNeverIs() throws Exception {
        start();
        openSettings();
        robot.interact(() -> robot.lookup("#proxyModeCombo").queryAs(ComboBox.class).setValue(ProxyMode.MANUAL));
        robot.interact(() -> {
            robot.lookup("#proxyUrlField").queryAs(TextField.class).setText("http://proxy.corp:8080");
            robot.lookup("#proxyUserField").queryAs(TextField.class).setText("alice");
            robot.lookup("#proxyPasswordField").queryAs(javafx.scene.control.PasswordField.class)
                    .setText("not-in-any-file");
            robot.lookup("#caFileField").queryAs(TextField.class).setText("/etc/company-ca.pem");
        });
        assertThat(robot.lookup("#caFileButton").queryAs(Button.class).isDisabled()).isFalse();
        Label note = robot.lookup("#proxyPasswordNote").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !note.getText().isEmpty());
        assertThat(note.getText()).containsAnyOf("this session only", "Kept in the", "Kept encrypted");

        robot.interact(() -> robot.lookup("#saveButton").queryAs(Button.class).fire());
        Path settings = home.resolve("settings").resolve("settings.json");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> Files.exists(settings) && Files.readString(settings).contains("\"alice\""));
        assertThat(Files.readString(settings)).contains("/etc/company-ca.pem").doesNotContain("not-in-any-file");
    }
}
