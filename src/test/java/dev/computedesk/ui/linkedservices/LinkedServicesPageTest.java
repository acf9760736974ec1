package dev.computedesk.ui.linkedservices;

import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.testing.OnScreen;
import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.testing.Settled;
import dev.computedesk.testing.TestUi;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.ComputeFormKind;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
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
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Linked services page, Add integration and a link's Attach step, on screen against the emulator. */
@ExtendWith(ApplicationExtension.class)
class LinkedServicesPageTest {
    private static final WorkspaceRef RESEARCH = new WorkspaceRef(DemoSeed.SUBSCRIPTION_ID, DemoSeed.RESOURCE_GROUP,
            DemoSeed.WORKSPACE_2, DemoSeed.LOCATION);

    private EmulatorFixture fixture;
    private TestUi ui;
    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        fixture = EmulatorFixture.start();
        ui = new TestUi(fixture, fixture.demoWorkspace(), () -> stage);
        StackPane root = new StackPane((Parent) LinkedServicesPage.create(ui.context));
        Scene scene = new Scene(root, 1100, 720);
        scene.getStylesheets().setAll(TestUi.stylesheets());
        stage.setScene(scene);
        stage.show();
        OnScreen.fit(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != main)
                .forEach(Window::hide));
        ui.close();
        fixture.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    private static TableView<?> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    private static void choose(FxRobot robot, String comboId, String text) throws Exception {
        robot.clickOn(comboId);
        waitUntil(() -> robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .anyMatch(cell -> text.equals(cell.getText()) && cell.isVisible()));
        robot.clickOn(robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> text.equals(cell.getText())).findFirst().orElseThrow());
    }

    private static void checkPool(FxRobot robot, String poolName) throws Exception {
        // The table may still re-render its rows just after the pools arrive: find the box afresh for each try.
        for (int attempt = 0; ; attempt++) {
            waitUntil(() -> checkBoxOf(robot, poolName) != null);
            try {
                robot.clickOn(checkBoxOf(robot, poolName));
                waitUntil(() -> ((PoolChoice) rowOf(robot, poolName).getItem()).isSelected());
                return;
            } catch (RuntimeException | java.util.concurrent.TimeoutException e) {
                if (attempt == 2) {
                    throw e;
                }
            }
        }
    }

    private static Node checkBoxOf(FxRobot robot, String poolName) {
        TableRow<?> row = rowOf(robot, poolName);
        Node box = row == null ? null : row.lookup(".check-box");
        return box != null && box.getScene() != null && box.isVisible() ? box : null;
    }

    @SuppressWarnings("rawtypes")
    private static TableRow rowOf(FxRobot robot, String poolName) {
        return robot.lookup("#sparkPoolList .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(row -> row.getItem() instanceof PoolChoice choice && choice.poolName().equals(poolName))
                .findFirst().orElse(null);
    }

    private static boolean enabled(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return node.isVisible() && !node.isDisabled();
    }

    private void openAddIntegrationForResearch(FxRobot robot, String synapse) throws Exception {
        robot.interact(() -> ui.workspace.selectWorkspace(RESEARCH));
        waitUntil(() -> enabled(robot, "#addIntegrationButton") && table(robot, "#linkedServicesTable").getItems().isEmpty());
        robot.clickOn("#addIntegrationButton");
        waitUntil(() -> robot.lookup("#linkNameField").tryQuery().isPresent());
        robot.clickOn("#linkNameField").write("research-synapse");
        waitUntil(() -> !robot.lookup("#synapseWorkspaceCombo").queryComboBox().getItems().isEmpty());
        choose(robot, "#synapseWorkspaceCombo", synapse + " (rg-synapse)");
    }

    private void goToReviewWithBothPools(FxRobot robot) throws Exception {
        waitUntil(() -> enabled(robot, "#nextButton"));
        robot.clickOn("#nextButton");
        checkPool(robot, DemoSeed.SPARK_POOL_SMALL);
        checkPool(robot, DemoSeed.SPARK_POOL_LARGE);
        waitUntil(() -> enabled(robot, "#nextButton"));
        robot.clickOn("#nextButton");
        waitUntil(() -> robot.lookup("#reviewPane").query().isVisible());
    }

    @Test
    void listsTheLinksWithTheirAttachedSparkPools(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot, "#linkedServicesTable").getItems().size() == 1);
        LinkedServiceRow row = (LinkedServiceRow) table(robot, "#linkedServicesTable").getItems().get(0);
        assertThat(row.name()).isEqualTo(DemoSeed.LINKED_SERVICE);
        assertThat(robot.lookup(DemoSeed.SYNAPSE_WORKSPACE_OWNER).tryQuery()).isPresent();
        waitUntil(() -> table(robot, "#attachedPoolsTable").getItems().size() == 1);
        assertThat(robot.lookup(DemoSeed.ATTACHED_SYNAPSE_SPARK).tryQuery()).isPresent();

        robot.clickOn(robot.lookup(".copy-principal-button").queryAs(Button.class));
        assertThat(ui.clipboard).containsExactly(row.principalId());
    }

    @Test
    void linkASynapseWorkspaceWithTwoPoolsAndSeeThemAttached(FxRobot robot) throws Exception {
        openAddIntegrationForResearch(robot, DemoSeed.SYNAPSE_WORKSPACE_OWNER);
        goToReviewWithBothPools(robot);
        assertThat(robot.lookup("#reviewPane .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("research-synapse", "Name");

        robot.clickOn("#createButton");

        waitUntil(() -> !robot.lookup("#newLinkPrincipalIdField").queryAs(TextField.class).getText().isEmpty());
        String principal = fixture.connection().linkedServices().get(RESEARCH, "research-synapse").identity().principalId();
        assertThat(robot.lookup("#newLinkPrincipalIdField").queryAs(TextField.class).getText()).isEqualTo(principal);
        assertThat(robot.lookup("#roleNoteLabel").queryAs(Label.class).getText())
                .contains("Synapse Apache Spark Administrator");
        // Each attach shows once ARM accepted it (Creating), and is followed to its end.
        waitUntil(() -> ui.published.stream().map(ComputeEvents.Change::computeName).distinct().count() == 2);
        assertThat(ui.published).extracting(ComputeEvents.Change::kind).containsOnly(ComputeEvents.Kind.CHANGED);
        robot.clickOn("#copyNewLinkPrincipalButton");
        assertThat(ui.clipboard).containsExactly(principal);
        robot.clickOn("#cancelButton");

        waitUntil(() -> table(robot, "#linkedServicesTable").getItems().size() == 1);
        waitUntil(() -> table(robot, "#attachedPoolsTable").getItems().size() == 2);
        assertThat(table(robot, "#attachedPoolsTable").getItems()).extracting(r -> ((AttachedPoolRow) r).computeName())
                .containsExactlyInAnyOrder(DemoSeed.SPARK_POOL_SMALL, DemoSeed.SPARK_POOL_LARGE);
        assertThat(robot.lookup("#attachedPoolsTable .state-busy").tryQuery()).isPresent();

        fixture.tick(Duration.ofSeconds(10));
        robot.clickOn("#refreshButton");
        waitUntil(() -> table(robot, "#attachedPoolsTable").getItems().stream()
                .allMatch(r -> ((AttachedPoolRow) r).state().equals("Succeeded")));
        ComputeResource large = fixture.connection().computes().get(RESEARCH, DemoSeed.SPARK_POOL_LARGE);
        assertThat(large.properties().resourceId()).endsWith("/bigDataPools/" + DemoSeed.SPARK_POOL_LARGE);
    }

    @Test
    void aContributorIsToldBeforeSubmitAndPointedToTheDirectWizard(FxRobot robot) throws Exception {
        openAddIntegrationForResearch(robot, DemoSeed.SYNAPSE_WORKSPACE_CONTRIBUTOR);

        waitUntil(() -> robot.lookup("#synapseWorkspaceError").query().isVisible());
        assertThat(robot.lookup("#synapseWorkspaceError").queryAs(Label.class).getText())
                .contains("not Owner").contains("a Contributor can only use existing links");
        assertThat(robot.lookup("#nextButton").query().isDisabled()).isTrue();
        assertThat(fixture.connection().linkedServices().list(RESEARCH)).isEmpty();

        robot.clickOn("#attachDirectlyButton");
        assertThat(ui.formsOpened).containsExactly(ComputeFormKind.SYNAPSE_SPARK);
    }

    @Test
    void aServiceRefusalKeepsTheWizardsInputs(FxRobot robot) throws Exception {
        fixture.emulator().setRefuseNewLinks(true);
        openAddIntegrationForResearch(robot, DemoSeed.SYNAPSE_WORKSPACE_OWNER);
        goToReviewWithBothPools(robot);

        robot.clickOn("#createButton");

        waitUntil(() -> robot.lookup("#errorBannerText").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.getText().contains("BadRequest")));
        String banner = robot.lookup("#errorBannerText").queryAllAs(Label.class).stream()
                .map(Label::getText).filter(text -> text.contains("BadRequest")).findFirst().orElseThrow();
        assertThat(banner).contains("BadRequest").contains("no longer").contains("request id");
        assertThat(robot.lookup("#attachDirectlyButton").query().isVisible()).isTrue();
        assertThat(robot.lookup("#reviewPane").query().isVisible()).isTrue();
        waitUntil(() -> enabled(robot, "#createButton"));

        robot.clickOn("#backButton");
        assertThat(rowOf(robot, DemoSeed.SPARK_POOL_SMALL).getItem()).matches(item -> ((PoolChoice) item).isSelected());
        assertThat(rowOf(robot, DemoSeed.SPARK_POOL_LARGE).getItem()).matches(item -> ((PoolChoice) item).isSelected());
        robot.clickOn("#backButton");
        assertThat(robot.lookup("#linkNameField").queryAs(TextField.class).getText()).isEqualTo("research-synapse");
        assertThat(robot.lookup("#synapseWorkspaceCombo").queryComboBox().getValue()).isNotNull();
        assertThat(fixture.connection().computes().find(RESEARCH, DemoSeed.SPARK_POOL_SMALL)).isEmpty();
    }

    @Test
    void attachPoolsFromALinkedService(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot, "#attachedPoolsTable").getItems().size() == 1);
        robot.clickOn("#attachPoolButton");
        checkPool(robot, DemoSeed.SPARK_POOL_LARGE);
        TextField name = robot.lookup("#computeName-" + DemoSeed.SPARK_POOL_LARGE).queryAs(TextField.class);
        robot.doubleClickOn(name).write("big-2");
        waitUntil(() -> robot.lookup("'-' needs to be followed by at least one letter").tryQuery().isPresent());
        assertThat(robot.lookup("#attachSelectedButton").query().isDisabled()).isTrue();
        robot.interact(() -> name.clear());
        robot.clickOn(name).write("spark-big");
        waitUntil(() -> enabled(robot, "#attachSelectedButton"));

        robot.clickOn("#attachSelectedButton");

        // The dialog closes once the attach ended: move the manual clock until it has.
        waitUntil(() -> {
            fixture.tick(Duration.ofSeconds(10));
            return robot.lookup("#attachSelectedButton").tryQuery().isEmpty();
        });
        waitUntil(() -> table(robot, "#attachedPoolsTable").getItems().size() == 2);
        assertThat(fixture.connection().computes().get(fixture.demoWorkspace(), "spark-big").properties().resourceId())
                .endsWith("/bigDataPools/" + DemoSeed.SPARK_POOL_LARGE);

        fixture.tick(Duration.ofSeconds(10));
        robot.clickOn("#refreshButton");
        waitUntil(() -> table(robot, "#attachedPoolsTable").getItems().stream()
                .allMatch(r -> ((AttachedPoolRow) r).state().equals("Succeeded")));
    }

    @Test
    void unregisterAsksFirstThenRemovesTheLink(FxRobot robot) throws Exception {
        waitUntil(() -> enabled(robot, "#unregisterButton"));
        robot.clickOn("#unregisterButton");
        waitUntil(() -> robot.lookup("#confirmButton").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(text -> text.contains("Synapse workspace " + DemoSeed.SYNAPSE_WORKSPACE_OWNER
                        + " and its Spark pools stay"));

        Settled.clickOn(robot, "#confirmButton");

        waitUntil(() -> table(robot, "#linkedServicesTable").getItems().isEmpty());
        assertThat(fixture.connection().linkedServices().find(fixture.demoWorkspace(), DemoSeed.LINKED_SERVICE)).isEmpty();
        assertThat(fixture.connection().computes().find(fixture.demoWorkspace(), DemoSeed.ATTACHED_SYNAPSE_SPARK))
                .isPresent();
    }

    @Test
    void escAndTheCloseBoxAskBeforeAddIntegrationLosesATypedName(FxRobot robot) throws Exception {
        robot.interact(() -> ui.workspace.selectWorkspace(RESEARCH));
        waitUntil(() -> enabled(robot, "#addIntegrationButton"));
        robot.clickOn("#addIntegrationButton");
        waitUntil(() -> robot.lookup("#linkNameField").tryQuery().isPresent());
        Stage wizard = (Stage) robot.lookup("#linkNameField").query().getScene().getWindow();
        robot.clickOn("#linkNameField").type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> !wizard.isShowing());
        assertThat(robot.lookup("#confirmButton").tryQuery()).as("nothing typed: no question").isEmpty();

        robot.clickOn("#addIntegrationButton");
        waitUntil(() -> robot.lookup("#linkNameField").tryQuery().isPresent());
        Stage again = (Stage) robot.lookup("#linkNameField").query().getScene().getWindow();
        robot.clickOn("#linkNameField").write("typed-link");
        javafx.application.Platform.runLater(() -> again.fireEvent(new javafx.stage.WindowEvent(again,
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil(() -> shownOnScreen(robot, "#cancelConfirmButton"));
        assertThat(robot.lookup("#cancelConfirmButton").queryButton().getText()).isEqualTo("Keep editing");
        Settled.clickOn(robot, "#cancelConfirmButton");
        waitUntil(() -> !shownOnScreen(robot, "#cancelConfirmButton"));
        assertThat(again.isShowing()).isTrue();
        assertThat(robot.lookup("#linkNameField").queryAs(TextField.class).getText()).isEqualTo("typed-link");

        robot.clickOn("#linkNameField").type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> shownOnScreen(robot, "#confirmButton"));
        Settled.clickOn(robot, "#confirmButton");
        waitUntil(() -> !again.isShowing());
    }

    /** Whether a node matching {@code query} is visible in a window that is showing (a question is on screen). */
    private static boolean shownOnScreen(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream().anyMatch(node -> node.isVisible() && node.getScene() != null
                && node.getScene().getWindow() != null && node.getScene().getWindow().isShowing());
    }
}
