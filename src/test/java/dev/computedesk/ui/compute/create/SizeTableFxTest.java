package dev.computedesk.ui.compute.create;

import dev.computedesk.ui.common.Theme;
import dev.computedesk.azure.model.VirtualMachineSize;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.testing.RecordingNavigator;
import dev.computedesk.testing.ScriptedDialogs;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.ComputeFormKind;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.ReadySignal;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import dev.computedesk.ui.common.UiContext;
import dev.computedesk.ui.common.WorkspaceContext;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The size table on screen, opened from the instance and cluster forms against the emulator. */
@ExtendWith(ApplicationExtension.class)
class SizeTableFxTest {
    private EmulatorFixture emulator;
    private TrackingTaskExecutor executor;
    private UiContext context;
    private final WorkspaceContext workspace = new WorkspaceContext();
    private final List<String> opened = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        emulator = EmulatorFixture.start();
        OperationLog log = new OperationLog();
        executor = TrackingTaskExecutor.forFx(log, TrackingTaskExecutor.defaultWorkers(), Platform::runLater);
        workspace.connect(emulator.connection());
        workspace.selectWorkspace(emulator.demoWorkspace());
        context = new UiContext(executor, log, new ScriptedDialogs(), text -> { }, workspace, new RecordingNavigator(),
                new ComputeEvents(), opened::add, Path.of("build-settings-unused"), () -> stage,
                Theme.fromId("light").stylesheets(), ReadySignal.NONE);
        stage.setScene(new Scene(new Label("Compute Desk"), 300, 200));
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.close();
        emulator.close();
    }

    private void openForm(FxRobot robot, ComputeFormKind kind) throws Exception {
        robot.interact(() -> ComputeFormWindows.open(context, kind, null, null));
        waitUntil(() -> chosenSize(robot) != null);
    }

    /** Waits for what the FX thread shows (read there, so a value set in the same pulse is seen with the rest). */
    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    @SuppressWarnings("unchecked")
    private static String chosenSize(FxRobot robot) {
        VirtualMachineSize size = ((ComboBox<VirtualMachineSize>) robot.lookup("#vmSizeCombo").query()).getValue();
        return size == null ? null : size.name();
    }

    @SuppressWarnings("unchecked")
    private static List<String> tableNames(FxRobot robot) {
        TableView<SizeRow> table = robot.lookup("#vmSizeTable").queryAs(TableView.class);
        return table.getItems().stream().map(row -> row.name().text()).toList();
    }

    private static boolean tableShown(FxRobot robot) {
        return robot.lookup("#vmSizeTable").tryQuery().map(Node::isVisible).orElse(false);
    }

    @SuppressWarnings("unchecked")
    private static Node rowOf(FxRobot robot, String sizeName) {
        return robot.lookup("#vmSizeTable .table-row-cell").queryAll().stream()
                .filter(node -> node instanceof TableRow<?> row && row.getItem() instanceof SizeRow item
                        && item.name().text().equals(sizeName))
                .findFirst().orElseThrow(() -> new AssertionError(sizeName + " is not in the table"));
    }

    @SuppressWarnings("unchecked")
    private static void chooseType(FxRobot robot, String type) {
        robot.interact(() -> ((ComboBox<String>) robot.lookup("#sizeTypeCombo").query()).setValue(type));
    }

    private static void filter(FxRobot robot, String text) {
        robot.interact(() -> robot.lookup("#sizeFilterField").queryAs(TextInputControl.class).setText(text));
    }

    /**
     * Presses "Browse sizes…" as the keyboard does (fire): on a loaded machine a mouse click can land while the new
     * form window is still being placed, and miss.
     */
    private static void openTable(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#browseSizesButton").queryButton().fire());
        waitUntil(() -> tableShown(robot));
    }

    /** Shows the sizes of {@code type} matching {@code text} in the open table. */
    private static void show(FxRobot robot, String type, String text) {
        chooseType(robot, type);
        filter(robot, text);
    }

    private static String quotaLabel(FxRobot robot) {
        return robot.lookup("#quotaLabel").queryAs(Label.class).getText();
    }

    @Test
    void aSizeOverTheQuotaIsChosenFromTheTableOfTheInstanceForm(FxRobot robot) throws Exception {
        openForm(robot, ComputeFormKind.COMPUTE_INSTANCE);
        assertThat(chosenSize(robot)).isEqualTo("Standard_DS3_v2");

        openTable(robot);
        assertThat(robot.lookup("#sizesWithQuotaOnlyCheck").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(tableNames(robot)).contains("Standard_DS3_v2").doesNotContain(DemoSeed.REGION_RESTRICTED_SIZE);
        show(robot, "GPU", "v100");
        // The demo's NCSv3 family has 6 dedicated vCPUs left: the 12-vCPU size is hidden while the check is on.
        assertThat(tableNames(robot)).containsExactly("Standard_NC6s_v3");

        robot.clickOn("#sizesWithQuotaOnlyCheck");
        assertThat(tableNames(robot)).contains("Standard_NC6s_v3", "Standard_NC12s_v3");
        robot.clickOn("#requestQuotaLink");
        assertThat(opened).containsExactly(SizeTableViewModel.QUOTA_REQUEST_URL);
        robot.doubleClickOn(rowOf(robot, "Standard_NC12s_v3"));

        waitUntil(() -> !tableShown(robot));
        assertThat(chosenSize(robot)).isEqualTo("Standard_NC12s_v3");
        assertThat(robot.lookup("#vmTypeCombo").queryAs(ComboBox.class).getValue()).isEqualTo("GPU");
        waitUntil(() -> quotaLabel(robot).startsWith("This size needs 12 vCPUs"));
    }

    @Test
    void theClustersQuotaWarningFollowsTheSizeChosenInTheTable(FxRobot robot) throws Exception {
        openForm(robot, ComputeFormKind.COMPUTE_CLUSTER);
        waitUntil(() -> quotaLabel(robot).startsWith("Fits the quota"));

        openTable(robot);
        robot.clickOn("#sizesWithQuotaOnlyCheck");
        show(robot, "GPU", "NC12s");
        robot.clickOn(rowOf(robot, "Standard_NC12s_v3")).type(KeyCode.ENTER);

        waitUntil(() -> !tableShown(robot));
        assertThat(chosenSize(robot)).isEqualTo("Standard_NC12s_v3");
        waitUntil(() -> quotaLabel(robot).contains("scaling beyond 0 nodes will fail"));

        openTable(robot);
        show(robot, "CPU", "DS3_v2");
        robot.clickOn(rowOf(robot, "Standard_DS3_v2")).clickOn("#selectSizeButton");

        waitUntil(() -> !tableShown(robot));
        assertThat(chosenSize(robot)).isEqualTo("Standard_DS3_v2");
        waitUntil(() -> quotaLabel(robot).startsWith("Fits the quota"));
    }
}
