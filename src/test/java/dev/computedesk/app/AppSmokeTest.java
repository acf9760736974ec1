package dev.computedesk.app;

import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.ui.shell.WorkspaceChoice;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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

/** The whole app as the README's run command starts it: embedded emulator, demo workspace selected. */
class AppSmokeTest {
    @TempDir
    Path home;
    private javafx.application.Application app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    @SuppressWarnings("unchecked")
    void startsOnTheLocalEmulatorWithTheDemoWorkspaceSelected() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(App.class, "--emulator", "--emulator-clock", "manual",
                "--settings-dir", home.resolve("settings").toString(),
                "--emulator-state", home.resolve("state.json").toString());
        FxRobot robot = new FxRobot();

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#workspacePicker").tryQuery()
                .map(node -> ((ComboBox<WorkspaceChoice>) node).getValue() != null).orElse(false));
        ComboBox<WorkspaceChoice> picker = robot.lookup("#workspacePicker").queryAs(ComboBox.class);
        assertThat(picker.getValue().displayName())
                .isEqualTo(DemoSeed.WORKSPACE + " (" + DemoSeed.RESOURCE_GROUP + " \u00b7 " + DemoSeed.SUBSCRIPTION_NAME + ")");
        assertThat(picker.getItems()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(robot.lookup("#connectionLabel").queryAs(Label.class).getText()).isEqualTo("Local emulator");
        assertThat(Files.readString(home.resolve("settings").resolve("settings.json"))).contains("EMULATOR");

        // The emulator keeps its state in the file named: written a moment after a change, and when the app closes.
        FxToolkit.cleanupApplication(app);
        app = null;
        assertThat(home.resolve("state.json")).exists();
    }
}
