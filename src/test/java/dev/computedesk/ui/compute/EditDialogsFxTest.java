package dev.computedesk.ui.compute;

import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.testing.OnScreen;
import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.testing.TestUi;
import dev.computedesk.ui.common.ActivityEntry;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The details pane's edit dialogs on screen, against the embedded emulator on a manual clock. */
@ExtendWith(ApplicationExtension.class)
class EditDialogsFxTest {
    private static final long TIMEOUT = 20;

    private EmulatorFixture fx;
    private TestUi ui;

    @Start
    void start(Stage stage) {
        fx = EmulatorFixture.start();
        ui = new TestUi(fx, fx.demoWorkspace(), () -> stage);
        stage.setScene(new Scene((javafx.scene.Parent) ComputePage.create(ui.context), 1200, 760));
        stage.show();
        OnScreen.fit(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> ui.workspace.selectWorkspace(null));
        ui.close();
        fx.close();
    }

    @SuppressWarnings("unchecked")
    private static TableView<ComputeRow> table(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(TableView.class);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, condition);
    }

    private static ComputeRow row(TableView<ComputeRow> table, String name) {
        return table.getItems().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private static void openDetails(FxRobot robot, TableView<ComputeRow> table, String name) throws Exception {
        waitFor(() -> table.getItems().stream().anyMatch(r -> r.name().equals(name)));
        robot.clickOn(name).type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#detailsPane").tryQuery().map(Node::isVisible).orElse(false));
    }

    private static void type(FxRobot robot, String fieldId, String text) {
        robot.clickOn(fieldId);
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text);
    }

    private static boolean detailsShow(FxRobot robot, String value) {
        return robot.lookup(".attribute-value").queryAllAs(Label.class).stream()
                .anyMatch(label -> value.equals(label.getText()));
    }

    @Test
    void theIdleShutdownOfAnInstanceChangesAndTheDetailsShowTheNewValue(FxRobot robot) throws Exception {
        openDetails(robot, table(robot, "instancesTable"), DemoSeed.CI_RUNNING_SSH);
        assertThat(detailsShow(robot, "After 1 hour of inactivity")).isTrue();
        assertThat(robot.lookup("#editScaleButton").query().isVisible()).as("scale is for clusters").isFalse();

        robot.clickOn("#editIdleShutdownButton");
        waitFor(() -> robot.lookup("#idleShutdownField").tryQuery().isPresent());
        assertThat(robot.lookup("#previewLabel").queryAs(Label.class).getText()).contains("Preview");
        Button save = robot.lookup("#saveButton").queryAs(Button.class);
        assertThat(save.isDisabled()).as("nothing changed yet").isTrue();

        type(robot, "#idleShutdownField", "10");
        assertThat(robot.lookup("#idleShutdownError").queryAs(Label.class).getText())
                .isEqualTo("Idle shutdown must be at least 15 minutes");
        assertThat(save.isDisabled()).isTrue();

        type(robot, "#idleShutdownField", "120");
        assertThat(save.isDisabled()).isFalse();
        robot.clickOn(save);

        waitFor(() -> robot.lookup("#idleShutdownField").tryQuery().isEmpty());
        waitFor(() -> detailsShow(robot, "After 2 hours of inactivity"));
        waitFor(() -> ui.operations.finished().stream().anyMatch(entry -> entry.title()
                .equals("Changing the idle shutdown of compute instance " + DemoSeed.CI_RUNNING_SSH)
                && entry.outcome() == ActivityEntry.Outcome.SUCCEEDED));
    }

    @Test
    void aResizedClusterShowsItsNewMaximumInTheTable(FxRobot robot) throws Exception {
        robot.clickOn("#clustersTab");
        TableView<ComputeRow> clusters = table(robot, "clustersTable");
        openDetails(robot, clusters, DemoSeed.CLUSTER_WITH_NODES);
        assertThat(ComputeColumn.nodes(row(clusters, DemoSeed.CLUSTER_WITH_NODES).compute())).endsWith("(2\u20134)");

        robot.clickOn("#editScaleButton");
        waitFor(() -> robot.lookup("#maxNodesField").tryQuery().isPresent());
        assertThat(robot.lookup("#maxNodesField").queryAs(TextField.class).getText()).isEqualTo("4");
        waitFor(() -> robot.lookup("#quotaLabel").queryAs(Label.class).getText()
                .startsWith("Fits the quota: the new minimum allocates 8 vCPUs"));

        type(robot, "#maxNodesField", "6");
        robot.clickOn("#saveButton");

        // The row shows the transitional state while the PATCH is followed; the emulator's clock then ends it.
        waitFor(() -> ComputeColumn.stateText(row(clusters, DemoSeed.CLUSTER_WITH_NODES).compute()).equals("Updating"));
        assertThat(robot.lookup("#savingBox").query().isVisible()).isTrue();
        fx.tick(Duration.ofMinutes(1));

        waitFor(() -> robot.lookup("#maxNodesField").tryQuery().isEmpty());
        waitFor(() -> ComputeColumn.nodes(row(clusters, DemoSeed.CLUSTER_WITH_NODES).compute()).endsWith("(2\u20136)"));
        assertThat(robot.lookup("(2\u20134)").tryQuery()).isEmpty();
    }
}
