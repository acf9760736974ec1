package dev.computedesk.app;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
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

/**
 * The whole app started twice on one settings folder: what the user shaped in the first run (the window's size and
 * place, a column's width, a hidden column, the tab) is there in the second; a new folder opens on Compute → Compute
 * instances.
 */
class LayoutRestartTest {
    @TempDir
    Path home;
    private javafx.application.Application app;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    private Stage start() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(App.class, "--emulator", "--emulator-clock", "manual",
                "--settings-dir", home.resolve("settings").toString(),
                "--emulator-state", home.resolve("state.json").toString());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#workspacePicker").tryQuery()
                .map(node -> ((ComboBox<?>) node).getValue() != null).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        return stage;
    }

    /** Closes the window as the user does, then the app; the layout is written off the FX thread meanwhile. */
    private void stop(Stage stage) throws Exception {
        robot.interact(stage::close);
        FxToolkit.cleanupApplication(app);
        app = null;
    }

    private TableColumn<Object, ?> nameColumn() {
        return column("Name");
    }

    @SuppressWarnings("unchecked")
    private TableColumn<Object, ?> column(String header) {
        TableView<Object> table = robot.lookup("#instancesTable").queryAs(TableView.class);
        return table.getColumns().stream().filter(column -> header.equals(column.getText())).findFirst().orElseThrow();
    }

    @Test
    void theWindowSizeAColumnWidthAndTheTabComeBack() throws Exception {
        Stage stage = start();
        TabPane tabs = robot.lookup("#computeTabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("instancesTab");

        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1000);
            stage.setHeight(650);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableColumn<Object, ?> name = nameColumn();
        double before = name.getWidth();
        robot.interact(() -> name.getTableView().resizeColumn(name, 60));
        double widened = name.getWidth();
        assertThat(widened).isGreaterThan(before + 30);
        // As the table's menu button does: the user hides a column.
        robot.interact(() -> column("State").setVisible(false));
        robot.interact(() -> tabs.getSelectionModel().select(1));
        stop(stage);
        Path settings = home.resolve("settings").resolve("settings.json");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> Files.exists(settings) && Files.readString(settings).contains("\"clustersTab\""));

        // The same stage comes back for the second run: make it some other size first, so only the settings can
        // restore it.
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(700);
            stage.setHeight(500);
        });
        Stage again = start();
        assertThat(again.getWidth()).isEqualTo(1000);
        assertThat(again.getHeight()).isEqualTo(650);
        assertThat(again.getX()).isEqualTo(40);
        assertThat(again.getY()).isEqualTo(30);
        assertThat(robot.lookup("#computeTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId())
                .isEqualTo("clustersTab");
        robot.interact(() -> robot.lookup("#computeTabs").queryAs(TabPane.class).getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(nameColumn().getWidth()).isCloseTo(widened, org.assertj.core.data.Offset.offset(1.0));
        assertThat(column("State").isVisible()).as("the column the user hid").isFalse();
    }
}
