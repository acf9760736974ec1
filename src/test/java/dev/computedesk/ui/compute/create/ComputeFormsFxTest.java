package dev.computedesk.ui.compute.create;

import dev.computedesk.testing.RecordingNavigator;
import dev.computedesk.testing.ScriptedDialogs;

import dev.computedesk.ui.common.Theme;
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
import javafx.scene.control.Labeled;
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

    /** Opens the compute instance form, names the instance and goes on to its third step, Security. */
    private void instanceFormOnSecurityStep(FxRobot robot, String name) throws Exception {
        open(robot, ComputeFormKind.COMPUTE_INSTANCE);
        typeName(robot, name);
        waitUntil(() -> enabled(robot, "#nextButton"));
        robot.clickOn("#nextButton").clickOn("#nextButton");
    }

    @Test
    void clickingAnEarlierStepHeaderGoesBackToItAndKeepsWhatWasTyped(FxRobot robot) throws Exception {
        instanceFormOnSecurityStep(robot, "ci-back");
        assertThat(robot.lookup(".wizard-step-current").queryAs(Labeled.class).getText()).isEqualTo("3. Security");
        assertThat(robot.lookup("#computeNameField").query().getParent().isVisible()).isFalse();
        // A later step's header is plain text: nothing to click past a step not yet checked.
        assertThat(robot.lookup(".wizard-step").queryAll()).filteredOn(n -> n instanceof Labeled l
                && l.getText().startsWith("4. ")).singleElement().isInstanceOf(Label.class);

        robot.clickOn((Node) robot.lookup(".wizard-step-link").queryAll().stream()
                .filter(n -> ((Labeled) n).getText().equals("1. Required settings")).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();

        TextInputControl name = robot.lookup("#computeNameField").queryAs(TextInputControl.class);
        assertThat(name.getParent().isVisible()).isTrue();
        assertThat(name.getText()).isEqualTo("ci-back");
        assertThat(robot.lookup(".wizard-step-current").queryAs(Labeled.class).getText())
                .isEqualTo("1. Required settings");
        assertThat(robot.lookup(".wizard-step-link").queryAll()).as("no step before the first").isEmpty();
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
    /** Fires a button further down the form (the robot clicks only what is scrolled into view). */
    private static void fire(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryButton().fire());
    }

    @Test
    void createsAnInstanceWithACustomApplicationAndAKeyStoredInAzure(FxRobot robot) throws Exception {
        instanceFormOnSecurityStep(robot, "ci-apps-fx");
        assertThat(robot.lookup("#rootAccessCheck").queryAs(javafx.scene.control.CheckBox.class))
                .matches(javafx.scene.control.CheckBox::isSelected).matches(Node::isDisabled);
        assertThat(robot.lookup("#ssoCheck").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();
        robot.clickOn("#sshAccessCheck");
        javafx.scene.control.ComboBox<SshSection.KeySource> sources = robot.lookup("#sshKeySourceCombo").queryComboBox();
        assertThat(sources.getItems()).extracting(sources.getConverter()::toString).containsExactly(
                "Generate new key pair", "Use existing public key", "Use existing key stored in Azure",
                "Set up an SSH key later");
        robot.interact(() -> sources.getSelectionModel().select(2));
        javafx.scene.control.ComboBox<dev.computedesk.azure.model.SshPublicKey> stored =
                robot.lookup("#azureSshKeyCombo").queryComboBox();
        waitUntil(() -> stored.getItems().size() == 2 && !stored.isDisabled());
        assertThat(enabled(robot, "#nextButton")).as("no key chosen yet").isFalse();
        robot.interact(() -> stored.getSelectionModel().select(stored.getItems().stream()
                .filter(k -> k.name().equals(DemoSeed.SSH_KEY_UPLOADED)).findFirst().orElseThrow()));
        waitUntil(() -> enabled(robot, "#nextButton"));
        robot.clickOn("#nextButton");

        robot.clickOn("#addCustomApplicationButton");
        setText(robot, "#customApplicationNameField", "tensorboard");
        setText(robot, "#customApplicationImageField", "tensorflow/tensorflow:latest");
        setText(robot, "#targetPortField", "80");
        fire(robot, "#addEndpointButton");
        assertThat(robot.lookup("#targetPortError").queryAs(Label.class).getText()).startsWith("Use a port from 1026");
        setText(robot, "#targetPortField", "6006");
        setText(robot, "#publishedPortField", "6006");
        fire(robot, "#addEndpointButton");
        setText(robot, "#hostPathField", "/home/azureuser/cloudfiles");
        setText(robot, "#containerPathField", "/home/azureuser/cloudfiles");
        fire(robot, "#saveCustomApplicationButton");
        javafx.scene.control.TableView<?> table = robot.lookup("#customApplicationsTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(robot.lookup("#customApplicationEditor").query().isVisible()).isFalse();
        robot.clickOn("#nextButton").clickOn("#nextButton");
        assertThat(robot.lookup("#reviewYamlArea").queryAs(TextInputControl.class).getText())
                .contains("custom_applications:\n  - name: tensorboard\n", "reference: tensorflow/tensorflow:latest",
                        "enable_sso: true", "ssh_key_value: ssh-rsa ");
        robot.clickOn("#createButton");
        createdAndProvisioned("ci-apps-fx");

        dev.computedesk.azure.model.ComputeInstanceSettings kept =
                ((dev.computedesk.azure.model.ComputeInstanceProperties) emulator.connection().computes()
                        .get(emulator.demoWorkspace(), "ci-apps-fx").properties()).properties();
        assertThat(kept.customServices()).singleElement().hasToString("{\"name\":\"tensorboard\",\"image\":{\"type\":"
                + "\"docker\",\"reference\":\"tensorflow/tensorflow:latest\"},\"docker\":{\"privileged\":true},"
                + "\"endpoints\":[{\"protocol\":\"http\",\"name\":\"connect\",\"target\":6006,\"published\":6006}],"
                + "\"volumes\":[{\"type\":\"bind\",\"readOnly\":false,\"source\":\"/home/azureuser/cloudfiles\","
                + "\"target\":\"/home/azureuser/cloudfiles\"}]}");
        assertThat(kept.sshSettings().sshPublicAccess()).isEqualTo("Enabled");
        assertThat(kept.enableSSO()).isTrue();
    }
}
