package dev.computedesk.ui.compute;

import dev.computedesk.azure.UnderlyingResourceAction;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.testing.TestUi;
import dev.computedesk.ui.common.ComputeFormKind;
import dev.computedesk.ui.compute.create.ComputeFormWindows;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
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
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The keys of docs/ui-contract.md ("Added after the first release") on the Compute page and a create form. */
@ExtendWith(ApplicationExtension.class)
class KeyboardTest {
    private EmulatorFixture fx;
    private TestUi ui;
    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        fx = EmulatorFixture.start();
        ui = new TestUi(fx, fx.demoWorkspace(), () -> stage);
        stage.setScene(new Scene((javafx.scene.Parent) ComputePage.create(ui.context), 1200, 780));
        stage.show();
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

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    private static boolean has(TableView<ComputeRow> table, String name) {
        return table.getItems().stream().anyMatch(row -> row.name().equals(name));
    }

    private static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static <T extends Node> T visible(FxRobot robot, String id, Class<T> type) {
        return robot.lookup(id).match(KeyboardTest::showing).queryAs(type);
    }

    private TableView<ComputeRow> showTab(FxRobot robot, String tabId, String tableId) throws Exception {
        robot.clickOn("#" + tabId);
        TableView<ComputeRow> table = table(robot, tableId);
        waitFor(() -> table.isVisible() && !table.getItems().isEmpty());
        return table;
    }

    private static boolean dialogShown(FxRobot robot) {
        return robot.lookup("#confirmButton").tryQuery().isPresent();
    }

    @Test
    void ctrlFFocusesTheVisibleTabsFilter(FxRobot robot) throws Exception {
        TableView<ComputeRow> clusters = showTab(robot, "clustersTab", "clustersTable");
        robot.clickOn(clusters);

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);

        TextField filter = visible(robot, "#filterField", TextField.class);
        assertThat(filter.isFocused()).isTrue();
        robot.write(DemoSeed.CLUSTER_IDLE);
        waitFor(() -> clusters.getItems().size() == 1);
    }

    @Test
    void f5ReadsTheListAgain(FxRobot robot) throws Exception {
        TableView<ComputeRow> kubernetes = showTab(robot, "kubernetesTab", "kubernetesTable");
        fx.connection().computes().delete(fx.demoWorkspace(), DemoSeed.ATTACHED_KUBERNETES,
                UnderlyingResourceAction.DETACH);
        fx.tick(Duration.ofSeconds(30));
        assertThat(has(kubernetes, DemoSeed.ATTACHED_KUBERNETES)).as("detached behind the app's back").isTrue();

        robot.clickOn(kubernetes).type(KeyCode.F5);

        waitFor(() -> !has(kubernetes, DemoSeed.ATTACHED_KUBERNETES));
    }

    @Test
    void deleteOnARowAsksThenDeletesAndLeavesFocusOnTheTable(FxRobot robot) throws Exception {
        TableView<ComputeRow> clusters = showTab(robot, "clustersTab", "clustersTable");
        robot.interact(() -> clusters.getSelectionModel().select(clusters.getItems().stream()
                .filter(row -> row.name().equals(DemoSeed.CLUSTER_IDLE)).findFirst().orElseThrow()));
        robot.clickOn(visible(robot, "#deleteButton", Button.class));
        assertThat(dialogShown(robot)).isTrue();
        robot.clickOn("#cancelConfirmButton");
        assertThat(has(clusters, DemoSeed.CLUSTER_IDLE)).isTrue();
        assertThat(visible(robot, "#deleteButton", Button.class).isFocused()).as("focus after the button").isFalse();
        assertThat(clusters.isFocused()).isTrue();

        robot.type(KeyCode.DELETE);
        assertThat(dialogShown(robot)).as("the Delete key asks first").isTrue();
        assertThat(robot.lookup("#confirmButton").queryAs(Button.class).getText()).startsWith("Delete");
        robot.clickOn("#confirmButton");
        fx.tick(Duration.ofSeconds(30));
        waitFor(() -> !has(clusters, DemoSeed.CLUSTER_IDLE));
        assertThat(visible(robot, "#deleteButton", Button.class).isFocused()).isFalse();
        assertThat(clusters.isFocused()).isTrue();
    }

    @Test
    void enterOpensDetailsAndEscOnAChangedEditDialogAsksFirst(FxRobot robot) throws Exception {
        TableView<ComputeRow> clusters = showTab(robot, "clustersTab", "clustersTable");
        robot.clickOn(DemoSeed.CLUSTER_WITH_NODES).type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#detailsPane").tryQuery().map(KeyboardTest::showing).orElse(false));

        robot.clickOn("#editScaleButton");
        waitFor(() -> robot.lookup("#maxNodesField").tryQuery().isPresent());
        robot.clickOn("#maxNodesField").type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#maxNodesField").tryQuery().isEmpty());
        assertThat(dialogShown(robot)).as("nothing changed: no question").isFalse();

        robot.clickOn("#editScaleButton");
        waitFor(() -> robot.lookup("#maxNodesField").tryQuery().isPresent());
        robot.clickOn("#maxNodesField").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("6");
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#cancelConfirmButton");
        assertThat(robot.lookup("#maxNodesField").queryAs(TextField.class).getText()).isEqualTo("6");

        robot.clickOn("#maxNodesField").type(KeyCode.ESCAPE);
        robot.clickOn("#confirmButton");
        waitFor(() -> robot.lookup("#maxNodesField").tryQuery().isEmpty());
        assertThat(clusters.getItems()).isNotEmpty();
    }

    private Stage openInstanceForm(FxRobot robot) {
        Stage[] form = new Stage[1];
        robot.interact(() -> form[0] = ComputeFormWindows.open(ui.context, ComputeFormKind.COMPUTE_INSTANCE, null, null));
        WaitForAsyncUtils.waitForFxEvents();
        return form[0];
    }

    @Test
    void escOnAnUntouchedFormClosesWithoutAsking(FxRobot robot) throws Exception {
        Stage form = openInstanceForm(robot);
        // The sizes load and preselect one: that is not the user's input.
        waitFor(() -> robot.lookup("#vmSizeCombo").tryQuery().map(n -> ((javafx.scene.control.ComboBox<?>) n)
                .getValue() != null).orElse(false));
        robot.clickOn("#computeNameField").type(KeyCode.ESCAPE);

        waitFor(() -> !form.isShowing());
        assertThat(dialogShown(robot)).isFalse();
    }

    @Test
    void escOnAFormWithTypedInputAsksAndKeepEditingKeepsTheText(FxRobot robot) throws Exception {
        Stage form = openInstanceForm(robot);
        robot.clickOn("#computeNameField").write("ci-typed");

        robot.type(KeyCode.ESCAPE);
        assertThat(dialogShown(robot)).isTrue();
        assertThat(robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getHeaderText())
                .isEqualTo("Discard what you typed?");
        Button keep = robot.lookup("#cancelConfirmButton").queryAs(Button.class);
        assertThat(keep.getText()).isEqualTo("Keep editing");
        assertThat(keep.isDefaultButton()).isTrue();
        robot.clickOn(keep);

        assertThat(form.isShowing()).isTrue();
        assertThat(robot.lookup("#computeNameField").queryAs(TextField.class).getText()).isEqualTo("ci-typed");

        robot.clickOn("#computeNameField").type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#confirmButton").queryAs(Button.class).getText()).isEqualTo("Discard");
        robot.clickOn("#confirmButton");
        waitFor(() -> !form.isShowing());
        assertThat(main.isShowing()).isTrue();
    }
}
