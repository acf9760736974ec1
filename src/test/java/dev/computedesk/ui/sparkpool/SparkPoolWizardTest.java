package dev.computedesk.ui.sparkpool;

import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.UserAssignedIdentity;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.testing.Settled;
import dev.computedesk.testing.TestUi;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.form.FieldMarker;
import dev.computedesk.ui.common.form.IdentityChoice;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The direct Attach Synapse Spark pool wizard on screen, against the emulator. */
@ExtendWith(ApplicationExtension.class)
class SparkPoolWizardTest {
    private EmulatorFixture fixture;
    private TestUi ui;
    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        fixture = EmulatorFixture.start();
        ui = new TestUi(fixture, fixture.demoWorkspace(), () -> stage);
        // As the Compute page does: the wizard uses the list it holds instead of listing every compute again.
        List<ComputeResource> held = fixture.connection().computes().list(fixture.demoWorkspace());
        ui.context.workspace().holdComputes((connection, workspace) -> Optional.of(held));
        stage.setScene(new Scene(new Label("Compute"), 300, 200));
        stage.show();
        SparkPoolWizardWindow.open(ui.context, null, null);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != main).forEach(Window::hide));
        ui.close();
        fixture.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    private static void choose(FxRobot robot, String comboId, String text) throws Exception {
        waitUntil(() -> !robot.lookup(comboId).queryComboBox().getItems().isEmpty());
        Settled.clickOn(robot, comboId);
        waitUntil(() -> robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .anyMatch(cell -> text.equals(cell.getText())));
        Settled.clickOn(robot, robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> text.equals(cell.getText())).findFirst().orElseThrow());
    }

    private static boolean enabled(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return node.isVisible() && !node.isDisabled();
    }

    @Test
    void attachAPoolWithAUserAssignedIdentity(FxRobot robot) throws Exception {
        robot.clickOn("#computeNameField").write("spark-uai");
        // "Checking whether the name is free…" goes once the service answered: the fields below move up a line.
        waitUntil(() -> !robot.lookup("#computeNameError").query().isVisible());
        choose(robot, "#synapseWorkspaceCombo", DemoSeed.SYNAPSE_WORKSPACE_OWNER + " (rg-synapse)");
        choose(robot, "#sparkPoolCombo", DemoSeed.SPARK_POOL_LARGE);
        assertThat(robot.lookup("#poolNodeSizeLabel").queryAs(Label.class).getText()).isEqualTo("Large (MemoryOptimized)");
        assertThat(robot.lookup("#poolNodesLabel").queryAs(Label.class).getText()).isEqualTo("Autoscale 3\u201350");

        robot.clickOn("#identityToggle");
        choose(robot, "#identityTypeCombo", "User-assigned");
        waitUntil(() -> robot.lookup("#identityError").queryAs(Label.class).getText()
                .equals("Choose at least one user-assigned identity"));
        assertThat(robot.lookup("#createButton").query().isDisabled()).isTrue();
        robot.clickOn("#identitySearchField").write("synapse");
        ListView<?> identities = robot.lookup("#userIdentityList").queryAs(ListView.class);
        waitUntil(() -> identities.getItems().size() == 1);
        for (int attempt = 0; attempt < 3 && !((IdentityChoice) identities.getItems().get(0)).isSelected(); attempt++) {
            waitUntil(() -> robot.from(identities).lookup(".check-box").tryQuery()
                    .filter(box -> box.getScene() != null && box.isVisible()).isPresent());
            robot.clickOn(robot.from(identities).lookup(".check-box").queryAs(Node.class));
            WaitForAsyncUtils.waitForFxEvents();
        }
        waitUntil(() -> enabled(robot, "#createButton"));

        robot.clickOn("#createButton");

        // "Attached" only once the operation ended: move the manual clock until it has.
        waitUntil(() -> {
            fixture.tick(Duration.ofSeconds(10));
            return robot.lookup("#postStepPane").query().isVisible();
        });
        UserAssignedIdentity uai = fixture.connection().pickers().listUserAssignedIdentities(DemoSeed.SUBSCRIPTION_ID)
                .stream().filter(i -> i.name().equals(DemoSeed.IDENTITY_SYNAPSE)).findFirst().orElseThrow();
        // The post step fills its fields from a background read: wait for them rather than read them once.
        waitUntil(() -> uai.principalId().equals(robot.lookup("#principalIdField").queryAs(TextField.class).getText()));
        assertThat(robot.lookup("#principalIdField").queryAs(TextField.class).getText()).isEqualTo(uai.principalId());
        assertThat(robot.lookup("#postStepLabel").queryAs(Label.class).getText())
                .contains("Synapse Administrator").contains(DemoSeed.IDENTITY_SYNAPSE);
        ComputeResource attached = fixture.connection().computes().get(fixture.demoWorkspace(), "spark-uai");
        assertThat(attached.computeType()).isEqualTo("SynapseSpark");
        assertThat(attached.properties().resourceId()).endsWith("/" + DemoSeed.SYNAPSE_WORKSPACE_OWNER
                + "/bigDataPools/" + DemoSeed.SPARK_POOL_LARGE);
        assertThat(attached.identity().userAssignedIdentities()).containsOnlyKeys(uai.id());
        // Shown as accepted (Creating), then as read once the attach ended.
        assertThat(ui.published).extracting(ComputeEvents.Change::computeName).containsOnly("spark-uai");
        assertThat(ui.published.get(ui.published.size() - 1).compute().properties().provisioningState())
                .isEqualTo(dev.computedesk.domain.compute.ProvisioningState.SUCCEEDED);

        robot.clickOn("#copyPrincipalButton");
        assertThat(ui.clipboard).containsExactly(uai.principalId());
    }

    @Test
    void theNameIsCheckedAsTheUserTypesAndAnAttachedPoolIsFlagged(FxRobot robot) throws Exception {
        robot.clickOn("#computeNameField").write("1spark");
        waitUntil(() -> robot.lookup("#computeNameError").query().isVisible());
        assertThat(robot.lookup("#computeNameError").queryAs(Label.class).getText())
                .isEqualTo("The name must start with a letter");

        robot.interact(() -> robot.lookup("#computeNameField").queryAs(TextField.class).clear());
        robot.clickOn("#computeNameField").write("spark-again");
        waitUntil(() -> !robot.lookup("#computeNameError").query().isVisible());
        choose(robot, "#synapseWorkspaceCombo", DemoSeed.SYNAPSE_WORKSPACE_OWNER + " (rg-synapse)");
        choose(robot, "#sparkPoolCombo", DemoSeed.SPARK_POOL_SMALL);

        waitUntil(() -> robot.lookup("#sparkPoolNote").query().isVisible());
        assertThat(robot.lookup("#sparkPoolNote").queryAs(Label.class).getText())
                .contains("already attached").contains("'" + DemoSeed.ATTACHED_SYNAPSE_SPARK + "'");
        waitUntil(() -> enabled(robot, "#createButton"));
    }

    private static List<Node> markers(FxRobot robot) {
        return robot.lookup("." + FieldMarker.STYLE_CLASS).queryAll().stream().filter(Node::isVisible).toList();
    }

    @Test
    void anInvalidFieldIsMarkedBesideItsMessageOnceTouchedAndUnmarkedWhenValid(FxRobot robot) throws Exception {
        waitUntil(() -> !robot.lookup("#subscriptionCombo").queryComboBox().getItems().isEmpty());
        assertThat(robot.lookup("#computeNameError").query().isVisible()).as("untouched: no message").isFalse();
        assertThat(markers(robot)).as("untouched: no marker").isEmpty();

        robot.clickOn("#computeNameField").write("1spark");
        waitUntil(() -> robot.lookup("#computeNameError").query().isVisible());
        waitUntil(() -> markers(robot).size() == 1);
        Node marker = markers(robot).get(0);
        assertThat(robot.lookup("#computeNameError").queryAs(Label.class).getText())
                .as("the message under the field stays").isEqualTo("The name must start with a letter");
        assertThat(((Label) marker).getTooltip().getText()).isEqualTo("The name must start with a letter");
        TextField field = robot.lookup("#computeNameField").queryAs(TextField.class);
        assertThat(marker.localToScreen(marker.getBoundsInLocal())
                .intersects(field.localToScreen(field.getBoundsInLocal()))).as("on the name field").isTrue();

        robot.interact(field::clear);
        robot.clickOn("#computeNameField").write("spark-marked");
        waitUntil(() -> !robot.lookup("#computeNameError").query().isVisible());
        waitUntil(() -> markers(robot).isEmpty());
    }
}
