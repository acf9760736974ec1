package dev.computedesk.ui.compute;

import dev.computedesk.testing.OnScreen;
import dev.computedesk.testing.RecordingNavigator;

import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.emulator.Fault;
import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.testing.Settled;
import dev.computedesk.ui.common.ActivityEntry;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.RunningOperation;
import dev.computedesk.ui.common.FxDialogService;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import dev.computedesk.ui.common.UiContext;
import dev.computedesk.ui.common.WorkspaceContext;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** The Compute page on screen, against the emulator on a manual clock. */
@ExtendWith(ApplicationExtension.class)
class ComputePageViewTest {
    private static final long TIMEOUT = 15;

    private EmulatorFixture fx;
    private TrackingTaskExecutor executor;
    private final OperationLog operations = new OperationLog();
    private final RecordingNavigator navigator = new RecordingNavigator();
    private final List<String> clipboard = new ArrayList<>();
    private final AtomicBoolean ready = new AtomicBoolean();
    private WorkspaceContext workspace;

    @Start
    void start(Stage stage) {
        fx = EmulatorFixture.start();
        executor = TrackingTaskExecutor.forFx(operations, TrackingTaskExecutor.defaultWorkers(), Platform::runLater);
        workspace = new WorkspaceContext();
        workspace.connect(fx.connection());
        workspace.selectWorkspace(fx.demoWorkspace());
        UiContext context = new UiContext(executor, operations, new FxDialogService(() -> stage), clipboard::add,
                workspace, navigator, new ComputeEvents(), url -> { }, Path.of("target", "compute-test-settings"),
                () -> stage, List.of(), () -> ready.set(true));
        Scene scene = new Scene((javafx.scene.Parent) ComputePage.create(context), 1200, 780);
        scene.getStylesheets().addAll(css("app.css"), css("theme-light.css"), css("compute.css"));
        stage.setScene(scene);
        stage.show();
        OnScreen.fit(stage);
    }

    private static String css(String name) {
        return ComputePageViewTest.class.getResource("/css/" + name).toExternalForm();
    }

    @AfterEach
    void stop(FxRobot robot) {
        // Leaving the workspace stops the page's scheduled re-reads before the executor goes.
        robot.interact(() -> workspace.selectWorkspace(null));
        executor.close();
        fx.close();
    }

    @SuppressWarnings("unchecked")
    private static TableView<ComputeRow> table(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(TableView.class);
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, condition);
    }

    private static Optional<ComputeRow> rowNamed(TableView<ComputeRow> table, String name) {
        return table.getItems().stream().filter(row -> row.name().equals(name)).findFirst();
    }

    private static String stateOf(TableView<ComputeRow> table, String name) {
        return rowNamed(table, name).map(row -> ComputeColumn.stateText(row.compute())).orElse("(gone)");
    }

    private TableView<ComputeRow> showTab(FxRobot robot, String tabId, String tableId) throws Exception {
        robot.clickOn("#" + tabId);
        TableView<ComputeRow> table = table(robot, tableId);
        waitFor(() -> table.isVisible() && !table.getItems().isEmpty());
        return table;
    }

    private void select(FxRobot robot, TableView<ComputeRow> table, String name) {
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(rowNamed(table, name).orElseThrow());
        });
    }

    /** The toolbar button of the selected tab (every tab has the same ids; only one tab's are showing). */
    private static Button visible(FxRobot robot, String id) {
        return robot.lookup(id).match(Node::isVisible).match(node -> node.getScene() != null
                && node.localToScreen(node.getBoundsInLocal()) != null && isShowing(node)).queryAs(Button.class);
    }

    private static boolean isShowing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void eachTabListsTheSeededComputes(FxRobot robot) throws Exception {
        TableView<ComputeRow> instances = table(robot, "instancesTable");
        waitFor(() -> !instances.getItems().isEmpty());
        assertThat(instances.getItems()).extracting(ComputeRow::name)
                .contains(DemoSeed.CI_RUNNING_SSH, DemoSeed.CI_STOPPED, DemoSeed.CI_GPU);
        assertThat(instances.getColumns().get(0).getText()).isEqualTo("Name");
        waitFor(ready::get);

        assertThat(showTab(robot, "clustersTab", "clustersTable").getItems()).extracting(ComputeRow::name)
                .containsExactlyInAnyOrder(DemoSeed.CLUSTER_WITH_NODES, DemoSeed.CLUSTER_IDLE);
        assertThat(showTab(robot, "kubernetesTab", "kubernetesTable").getItems()).extracting(ComputeRow::name)
                .containsExactly(DemoSeed.ATTACHED_KUBERNETES);
        assertThat(showTab(robot, "inferenceTab", "inferenceTable").getItems()).extracting(ComputeRow::name)
                .containsExactly(DemoSeed.AKS_CLUSTER);
        assertThat(showTab(robot, "attachedTab", "attachedTable").getItems()).extracting(ComputeRow::name)
                .contains(DemoSeed.ATTACHED_VM, DemoSeed.ATTACHED_SYNAPSE_SPARK, DemoSeed.ATTACHED_DATABRICKS);
        assertThat(robot.lookup(DemoSeed.ATTACHED_VM).tryQuery()).isPresent();
    }

    @Test
    void stopOnARunningInstanceShowsStoppingThenStopped(FxRobot robot) throws Exception {
        TableView<ComputeRow> instances = table(robot, "instancesTable");
        waitFor(() -> rowNamed(instances, DemoSeed.CI_RUNNING_SSH).isPresent());
        select(robot, instances, DemoSeed.CI_RUNNING_SSH);

        robot.clickOn(visible(robot, "#stopButton"));
        Settled.clickOn(robot, "#confirmButton");

        waitFor(() -> stateOf(instances, DemoSeed.CI_RUNNING_SSH).equals("Stopping"));
        waitFor(() -> robot.lookup(".state-badge").queryAllAs(Label.class).stream().anyMatch(badge ->
                "Stopping".equals(badge.getText()) && badge.getStyleClass().contains("state-busy") && isShowing(badge)));
        // Followed until it ends: listed among the running operations, its row's actions off meanwhile.
        assertThat(operations.running()).extracting(RunningOperation::title)
                .contains("Stopping compute instance " + DemoSeed.CI_RUNNING_SSH);
        assertThat(visible(robot, "#stopButton").isDisabled()).isTrue();
        fx.tick(Duration.ofSeconds(6));
        waitFor(() -> stateOf(instances, DemoSeed.CI_RUNNING_SSH).equals("Stopped"));
        assertThat(instances.getSelectionModel().getSelectedItem().name()).isEqualTo(DemoSeed.CI_RUNNING_SSH);
        waitFor(() -> !visible(robot, "#startButton").isDisabled());
        waitFor(() -> operations.finished().stream().anyMatch(entry ->
                entry.title().equals("Stopping compute instance " + DemoSeed.CI_RUNNING_SSH)
                        && entry.outcome() == ActivityEntry.Outcome.SUCCEEDED));
        assertThat(robot.lookup("#errorBanner").query().isVisible()).isFalse();
    }

    @Test
    void stopAllMyRunningInstancesLeavesOtherUsersInstancesRunning(FxRobot robot) throws Exception {
        List<String> mine = List.of(DemoSeed.CI_RUNNING_SSH, DemoSeed.CI_NO_PUBLIC_IP, DemoSeed.CI_ASSIGNED_TO_ME);
        List<String> others = List.of(DemoSeed.CI_OTHER_USER, DemoSeed.CI_GPU);
        TableView<ComputeRow> instances = table(robot, "instancesTable");
        waitFor(() -> rowNamed(instances, DemoSeed.CI_ASSIGNED_TO_ME).isPresent());
        Button stopMine = visible(robot, "#stopMyRunningButton");
        waitFor(() -> !stopMine.isDisabled());

        robot.clickOn(stopMine);
        // One confirmation that names every instance it stops, and no other.
        waitFor(() -> robot.lookup("#confirmButton").tryQuery().isPresent());
        assertThat(robot.lookup(".confirm-target").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactlyInAnyOrderElementsOf(mine.stream().map(name -> "\u2022 " + name).toList());
        Settled.clickOn(robot, "#confirmButton");

        waitFor(() -> mine.stream().allMatch(name -> stateOf(instances, name).equals("Stopping")));
        assertThat(stopMine.isDisabled()).as("disabled while the stop runs").isTrue();
        fx.tick(Duration.ofSeconds(6));
        waitFor(() -> mine.stream().allMatch(name -> stateOf(instances, name).equals("Stopped")));
        waitFor(() -> mine.stream().allMatch(name -> operations.finished().stream().anyMatch(entry ->
                entry.title().equals("Stopping compute instance " + name)
                        && entry.outcome() == ActivityEntry.Outcome.SUCCEEDED)));
        for (String other : others) {
            assertThat(stateOf(instances, other)).as(other).isEqualTo("Running");
        }
        assertThat(operations.finished()).noneMatch(entry -> others.stream().anyMatch(other ->
                entry.title().equals("Stopping compute instance " + other)));
        waitFor(() -> stopMine.getAccessibleHelp().startsWith("None of your instances is running"));
        assertThat(stopMine.isDisabled()).isTrue();
        assertThat(robot.lookup("#errorBanner").query().isVisible()).isFalse();
    }

    @Test
    void aFailedStopShowsTheBannerWithArmsErrorAndRequestIdAndTheRowAsItIs(FxRobot robot) throws Exception {
        TableView<ComputeRow> instances = table(robot, "instancesTable");
        waitFor(() -> rowNamed(instances, DemoSeed.CI_RUNNING_SSH).isPresent());
        fx.emulator().injectFault(Fault.operationFailure("POST", "/computes/" + DemoSeed.CI_RUNNING_SSH + "/stop", 1,
                "VmAgentUnresponsive", "The VM agent did not answer the stop request."));
        select(robot, instances, DemoSeed.CI_RUNNING_SSH);

        robot.clickOn(visible(robot, "#stopButton"));
        Settled.clickOn(robot, "#confirmButton");
        waitFor(() -> stateOf(instances, DemoSeed.CI_RUNNING_SSH).equals("Stopping"));
        fx.tick(Duration.ofSeconds(6));

        waitFor(() -> robot.lookup("#errorBanner").query().isVisible());
        // The banner shows before its text is set (both on the FX thread; this test reads from its own).
        waitFor(() -> !robot.lookup("#errorBannerText").queryAs(Label.class).getText().isEmpty());
        String banner = robot.lookup("#errorBannerText").queryAs(Label.class).getText();
        String requestId = operations.finished().stream()
                .filter(entry -> entry.title().equals("Stopping compute instance " + DemoSeed.CI_RUNNING_SSH))
                .findFirst().orElseThrow().calls().stream()
                .filter(call -> call.method().equals("POST")).findFirst().orElseThrow().requestId();
        assertThat(banner).contains("Stopping compute instance " + DemoSeed.CI_RUNNING_SSH + " failed",
                "VmAgentUnresponsive: The VM agent did not answer the stop request.", "request id ");
        assertThat(banner).matches(".*request id [0-9a-f-]{36}.*");
        assertThat(requestId).isNotBlank();
        waitFor(() -> stateOf(instances, DemoSeed.CI_RUNNING_SSH).equals("Running"));
        assertThat(visible(robot, "#stopButton").isDisabled()).isFalse();
    }

    @Test
    void cancellingAStopLeavesAnHonestLogEntryAndTheRowFollowsAzure(FxRobot robot) throws Exception {
        TableView<ComputeRow> instances = table(robot, "instancesTable");
        waitFor(() -> rowNamed(instances, DemoSeed.CI_RUNNING_SSH).isPresent());
        select(robot, instances, DemoSeed.CI_RUNNING_SSH);
        String title = "Stopping compute instance " + DemoSeed.CI_RUNNING_SSH;

        robot.clickOn(visible(robot, "#stopButton"));
        Settled.clickOn(robot, "#confirmButton");
        waitFor(() -> stateOf(instances, DemoSeed.CI_RUNNING_SSH).equals("Stopping"));
        // What the status bar's Cancel does.
        robot.interact(() -> operations.running().stream().filter(op -> op.title().equals(title)).findFirst()
                .orElseThrow().handle().cancel());

        waitFor(() -> operations.finished().stream().anyMatch(entry -> entry.title().equals(title)));
        ActivityEntry entry = operations.finished().stream().filter(e -> e.title().equals(title)).findFirst()
                .orElseThrow();
        assertThat(entry.outcome()).isEqualTo(ActivityEntry.Outcome.NO_LONGER_FOLLOWED);
        assertThat(entry.resultText()).isEqualTo("No longer followed; the operation may still complete in Azure");
        assertThat(robot.lookup("#errorBanner").query().isVisible()).isFalse();
        assertThat(stateOf(instances, DemoSeed.CI_RUNNING_SSH)).isEqualTo("Stopping");

        // Azure completes the stop anyway; the page's own re-read shows it.
        fx.tick(Duration.ofSeconds(6));
        waitFor(() -> stateOf(instances, DemoSeed.CI_RUNNING_SSH).equals("Stopped"));
    }

    @Test
    void anActionTheStateDoesNotAllowIsDisabled(FxRobot robot) throws Exception {
        TableView<ComputeRow> instances = table(robot, "instancesTable");
        waitFor(() -> rowNamed(instances, DemoSeed.CI_STOPPED).isPresent());
        assertThat(visible(robot, "#stopButton").isDisabled()).isTrue();

        select(robot, instances, DemoSeed.CI_STOPPED);

        assertThat(visible(robot, "#stopButton").isDisabled()).isTrue();
        assertThat(visible(robot, "#restartButton").isDisabled()).isTrue();
        assertThat(visible(robot, "#startButton").isDisabled()).isFalse();
        assertThat(visible(robot, "#deleteButton").isDisabled()).isFalse();
    }

    @Test
    void detachAsksWithCancelAsTheDefaultThenRemovesTheRow(FxRobot robot) throws Exception {
        TableView<ComputeRow> kubernetes = showTab(robot, "kubernetesTab", "kubernetesTable");
        select(robot, kubernetes, DemoSeed.ATTACHED_KUBERNETES);

        robot.clickOn(visible(robot, "#detachButton"));
        Button confirm = robot.lookup("#confirmButton").queryAs(Button.class);
        assertThat(confirm.getText()).startsWith("Detach");
        assertThat(confirm.isDefaultButton()).isFalse();
        assertThat(robot.lookup("#cancelConfirmButton").queryAs(Button.class).isDefaultButton()).isTrue();
        assertThat(robot.lookup(DemoSeed.ATTACHED_KUBERNETES).tryQuery()).isPresent();
        robot.type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#confirmButton").tryQuery().isEmpty());
        assertThat(stateOf(kubernetes, DemoSeed.ATTACHED_KUBERNETES)).isEqualTo("Succeeded");

        robot.clickOn(visible(robot, "#detachButton"));
        Settled.clickOn(robot, "#confirmButton");
        waitFor(() -> stateOf(kubernetes, DemoSeed.ATTACHED_KUBERNETES).equals("Deleting"));
        fx.tick(Duration.ofSeconds(5));
        waitFor(() -> rowNamed(kubernetes, DemoSeed.ATTACHED_KUBERNETES).isEmpty());
        waitFor(() -> visible(robot, "#emptyStateCreateButton") != null);
    }

    @Test
    void theNodesTabListsTheClustersNodes(FxRobot robot) throws Exception {
        TableView<ComputeRow> clusters = showTab(robot, "clustersTab", "clustersTable");
        robot.doubleClickOn(DemoSeed.CLUSTER_WITH_NODES);

        waitFor(() -> robot.lookup("#detailsPane").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#detailsStateLabel").queryAs(Label.class).getText()).isEqualTo("Succeeded");
        robot.clickOn("Nodes");
        @SuppressWarnings("unchecked")
        TableView<Object> nodes = robot.lookup("#nodesTable").queryAs(TableView.class);
        waitFor(() -> nodes.getItems().size() == 2);
        assertThat(robot.lookup("running").tryQuery()).isPresent();
        assertThat(clusters.getItems()).isNotEmpty();
    }

    @Test
    void aFailedActionShowsArmsErrorAndLeavesTheRow(FxRobot robot) throws Exception {
        TableView<ComputeRow> instances = table(robot, "instancesTable");
        waitFor(() -> rowNamed(instances, DemoSeed.CI_RUNNING_SSH).isPresent());
        fx.emulator().injectFault(Fault.status("POST", "/computes/" + DemoSeed.CI_RUNNING_SSH + "/stop", 1, 500, 0));
        select(robot, instances, DemoSeed.CI_RUNNING_SSH);

        robot.clickOn(visible(robot, "#stopButton"));
        Settled.clickOn(robot, "#confirmButton");

        waitFor(() -> robot.lookup("#errorBanner").query().isVisible());
        String banner = robot.lookup("#errorBannerText").queryAs(Label.class).getText();
        assertThat(banner).contains("Stopping compute instance " + DemoSeed.CI_RUNNING_SSH + " failed",
                "InternalServerError", "request id");
        assertThat(robot.lookup("#retryButton").query().isVisible()).isTrue();
        assertThat(stateOf(instances, DemoSeed.CI_RUNNING_SSH)).isEqualTo("Running");
        assertThat(instances.isDisabled()).isFalse();
    }
}
