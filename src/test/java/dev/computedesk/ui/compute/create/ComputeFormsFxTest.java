package dev.computedesk.ui.compute.create;

import dev.computedesk.testing.RecordingNavigator;
import dev.computedesk.testing.ScriptedDialogs;

import dev.computedesk.app.Theme;
import dev.computedesk.domain.compute.ProvisioningState;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.ComputeFormKind;
import dev.computedesk.ui.common.Confirmation;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.ReadySignal;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import dev.computedesk.ui.common.UiContext;
import dev.computedesk.ui.common.WorkspaceContext;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The forms on screen against the emulator: create, attach, and a refusal that keeps the form. */
@ExtendWith(ApplicationExtension.class)
class ComputeFormsFxTest {
    private EmulatorFixture emulator;
    private TrackingTaskExecutor executor;
    private UiContext context;
    private final WorkspaceContext workspace = new WorkspaceContext();
    private final List<ComputeEvents.Change> changes = new CopyOnWriteArrayList<>();
    private List<Confirmation> confirmations;

    @Start
    void start(Stage stage) {
        emulator = EmulatorFixture.start();
        OperationLog log = new OperationLog();
        executor = TrackingTaskExecutor.forFx(log, TrackingTaskExecutor.defaultWorkers(), Platform::runLater);
        workspace.connect(emulator.connection());
        workspace.selectWorkspace(emulator.demoWorkspace());
        ComputeEvents events = new ComputeEvents();
        events.addListener(changes::add);
        ScriptedDialogs dialogs = new ScriptedDialogs();
        dialogs.answer = false;
        confirmations = dialogs.asked;
        context = new UiContext(executor, log, dialogs, text -> { }, workspace, new RecordingNavigator(), events, url -> { },
                Path.of("build-settings-unused"), () -> stage, Theme.fromId("light").stylesheets(), ReadySignal.NONE);
        stage.setScene(new Scene(new Label("Compute Desk"), 300, 200));
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.close();
        emulator.close();
    }

    private void open(FxRobot robot, ComputeFormKind kind) {
        robot.interact(() -> ComputeFormWindows.open(context, kind, null, null));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void typeName(FxRobot robot, String name) {
        robot.clickOn("#computeNameField").write(name);
    }

    /** Types into a field further down the form (the robot could only click what is scrolled into view). */
    private static void setText(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextInputControl.class).setText(text));
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    private static boolean enabled(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(node -> !node.isDisabled() && node.isVisible()).orElse(false);
    }

    private void createdAndProvisioned(String name) throws Exception {
        waitUntil(() -> changes.stream().anyMatch(c -> c.computeName().equals(name)
                && c.kind() == ComputeEvents.Kind.CREATING));
        emulator.tick(Duration.ofHours(1));
        // The follower publishes the compute as accepted, then as read once its operation ended.
        waitUntil(() -> changes.stream().anyMatch(c -> c.computeName().equals(name)
                && c.kind() == ComputeEvents.Kind.CHANGED && c.compute() != null
                && c.compute().properties().provisioningState() == ProvisioningState.SUCCEEDED));
    }

    @Test
    void createsAComputeInstance(FxRobot robot) throws Exception {
        open(robot, ComputeFormKind.COMPUTE_INSTANCE);
        assertThat(enabled(robot, "#createButton")).isFalse();
        typeName(robot, "ci-fx");
        setText(robot, "#descriptionField", "Team 0042\nat 12:30");
        waitUntil(() -> enabled(robot, "#createButton"));
        assertThat(robot.lookup("#quotaLabel").queryAs(Label.class).getText()).startsWith("Fits the quota");
        assertThat(robot.lookup("#costLabel").queryAs(Label.class).getText()).contains("USD per hour");
        robot.clickOn("#nextButton").clickOn("#nextButton").clickOn("#nextButton").clickOn("#nextButton")
                .clickOn("#nextButton");
        assertThat(robot.lookup("#reviewYamlArea").queryAs(TextInputControl.class).getText())
                .contains("name: ci-fx", "description: |-\n  Team 0042\n  at 12:30\n");
        robot.clickOn("#createButton");
        createdAndProvisioned("ci-fx");
        assertThat(robot.lookup("#computeNameField").tryQuery()).isEmpty();
    }

    @Test
    void createsAComputeCluster(FxRobot robot) throws Exception {
        open(robot, ComputeFormKind.COMPUTE_CLUSTER);
        waitUntil(() -> enabled(robot, "#nextButton"));
        robot.clickOn("#nextButton");
        typeName(robot, "cluster-fx");
        setText(robot, "#maxNodesField", "40");
        assertThat(robot.lookup("#quotaLabel").queryAs(Label.class).getText())
                .contains("scaling beyond 6 nodes will fail");
        assertThat(robot.lookup("#costLabel").queryAs(Label.class).getText()).contains("at 40 nodes");
        setText(robot, "#maxNodesField", "0");
        assertThat(robot.lookup("#maxNodesError").queryAs(Label.class).getText())
                .isEqualTo("The maximum number of nodes must be 1 or more");
        assertThat(enabled(robot, "#createButton")).isFalse();
        setText(robot, "#maxNodesField", "4");
        waitUntil(() -> enabled(robot, "#createButton"));
        assertThat(robot.lookup("#maxNodesError").queryAs(Label.class).isVisible()).isFalse();
        robot.clickOn("#createButton");
        createdAndProvisioned("cluster-fx");
    }

    @Test
    void createsAnAksInferenceCluster(FxRobot robot) throws Exception {
        open(robot, ComputeFormKind.INFERENCE_CLUSTER);
        typeName(robot, "aks-fx");
        setText(robot, "#agentCountField", "2");
        waitUntil(() -> robot.lookup("#agentCountError").queryAs(Label.class).getText()
                .startsWith("2 nodes × 4 vCPUs = 8; at least 12 needed"));
        assertThat(enabled(robot, "#createButton")).isFalse();
        setText(robot, "#agentCountField", "3");
        waitUntil(() -> enabled(robot, "#createButton"));
        robot.clickOn("#createButton");
        createdAndProvisioned("aks-fx");
    }

    @Test
    void attachesAVirtualMachine(FxRobot robot) throws Exception {
        String vmId = DemoSeed.resourceGroupId() + "/providers/Microsoft.Compute/virtualMachines/" + DemoSeed.VM;
        open(robot, ComputeFormKind.VIRTUAL_MACHINE);
        typeName(robot, "vm-again");
        robot.interact(() -> robot.lookup("#resourceIdField").queryAs(TextInputControl.class).setText(vmId));
        // The demo workspace has attached this VM already: attaching it twice would break that attachment.
        waitUntil(() -> robot.lookup("#resourceIdError").queryAs(Label.class).getText()
                .contains("has attached it already"));
        Stage form = (Stage) robot.lookup("#resourceIdField").query().getScene().getWindow();
        robot.interact(form::close);

        robot.interact(() -> workspace.selectWorkspace(new WorkspaceRef(DemoSeed.SUBSCRIPTION_ID,
                DemoSeed.RESOURCE_GROUP, DemoSeed.WORKSPACE_2, DemoSeed.LOCATION)));
        open(robot, ComputeFormKind.VIRTUAL_MACHINE);
        typeName(robot, "vm-research");
        robot.interact(() -> robot.lookup("#resourceIdField").queryAs(TextInputControl.class).setText(vmId));
        waitUntil(() -> robot.lookup(".muted").queryAll().stream().anyMatch(n -> n instanceof Label l
                && l.getText().contains("public IP 20.121.34.56")));
        robot.interact(() -> robot.lookup("#privateKeyField").queryAs(TextInputControl.class)
                .setText("-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----\n"));
        waitUntil(() -> enabled(robot, "#createButton"));
        robot.clickOn("#nextButton");
        assertThat(robot.lookup("#reviewJsonArea").queryAs(TextInputControl.class).getText())
                .contains("\"privateKeyData\" : \"********\"").doesNotContain("MIIEpAIBAAKCAQEA");
        robot.clickOn("#createButton");
        createdAndProvisioned("vm-research");
    }

    @Test
    void aRefusedCreateBringsTheFormBackWithEveryValue(FxRobot robot) throws Exception {
        open(robot, ComputeFormKind.COMPUTE_INSTANCE);
        // cpu-small belongs to another workspace of the same region: only the service knows, and it refuses.
        typeName(robot, "cpu-small");
        waitUntil(() -> enabled(robot, "#createButton"));
        robot.clickOn("#nextButton");
        setText(robot, "#idleShutdownField", "90");
        robot.clickOn("#createButton");
        waitUntil(() -> robot.lookup("#computeNameError").tryQuery().map(Node::isVisible).orElse(false)
                && robot.lookup("#computeNameError").queryAs(Label.class).getText().contains("AlreadyExists"));
        assertThat(robot.lookup("#computeNameError").queryAs(Label.class).getText()).contains("request id");
        assertThat(robot.lookup("#computeNameField").queryAs(TextInputControl.class).getText()).isEqualTo("cpu-small");
        assertThat(robot.lookup("#idleShutdownField").queryAs(TextInputControl.class).getText()).isEqualTo("90");
        assertThat(enabled(robot, "#createButton")).isFalse();
        assertThat(changes).isEmpty();
    }

    @Test
    void aNameCheckThatCannotTellOffersCheckAgain(FxRobot robot) throws Exception {
        emulator.emulator().injectFault(dev.computedesk.emulator.Fault.status("GET",
                "/computes/" + DemoSeed.CI_STOPPED + "$", 1, 403, 0));
        open(robot, ComputeFormKind.COMPUTE_INSTANCE);
        setText(robot, "#computeNameField", DemoSeed.CI_STOPPED);
        waitUntil(() -> robot.lookup("#checkNameAgainButton").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#computeNameError").queryAs(Label.class).getText())
                .startsWith("Couldn't check whether the name is free: ");
        assertThat(enabled(robot, "#createButton")).isFalse();

        robot.clickOn("#checkNameAgainButton");
        waitUntil(() -> robot.lookup("#computeNameError").queryAs(Label.class).getText().contains("already exists"));
        assertThat(robot.lookup("#checkNameAgainButton").query().isVisible()).isFalse();
        assertThat(enabled(robot, "#createButton")).isFalse();
    }
}
