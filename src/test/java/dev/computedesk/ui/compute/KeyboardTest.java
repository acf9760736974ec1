package dev.computedesk.ui.compute;

import dev.computedesk.azure.UnderlyingResourceAction;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.testing.OnScreen;
import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.testing.Settled;
import dev.computedesk.testing.TestUi;
import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.connection.AzureCloud;
import dev.computedesk.azure.connection.ConnectionKind;
import dev.computedesk.azure.connection.DeviceCodeInfo;
import dev.computedesk.ui.common.ComputeFormKind;
import dev.computedesk.ui.shell.ShellViewModel;
import dev.computedesk.ui.shell.SignInMethod;
import dev.computedesk.ui.shell.SignInService;
import dev.computedesk.ui.shell.SignInWindow;
import dev.computedesk.ui.sparkpool.SparkPoolWizardWindow;
import javafx.scene.control.ComboBox;
import dev.computedesk.ui.compute.create.ComputeFormWindows;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.List;
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
        OnScreen.fit(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != main).forEach(Window::hide));
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
        Settled.clickOn(robot, "#cancelConfirmButton");
        assertThat(has(clusters, DemoSeed.CLUSTER_IDLE)).isTrue();
        assertThat(visible(robot, "#deleteButton", Button.class).isFocused()).as("focus after the button").isFalse();
        assertThat(clusters.isFocused()).isTrue();

        robot.type(KeyCode.DELETE);
        assertThat(dialogShown(robot)).as("the Delete key asks first").isTrue();
        assertThat(robot.lookup("#confirmButton").queryAs(Button.class).getText()).startsWith("Delete");
        Settled.clickOn(robot, "#confirmButton");
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
        Settled.clickOn(robot, "#cancelConfirmButton");
        assertThat(robot.lookup("#maxNodesField").queryAs(TextField.class).getText()).isEqualTo("6");

        robot.clickOn("#maxNodesField").type(KeyCode.ESCAPE);
        Settled.clickOn(robot, "#confirmButton");
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
        Settled.clickOn(robot, "#confirmButton");
        waitFor(() -> !form.isShowing());
        assertThat(main.isShowing()).isTrue();
    }

    /** The window's close box, as the window system sends it. */
    private static void closeBox(FxRobot robot, Stage window) {
        // Not interact(): the question it may raise waits for an answer the robot gives next.
        javafx.application.Platform.runLater(() -> window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theCloseBoxClosesAnUntouchedFormAndAsksOnAFormWithTypedInput(FxRobot robot) throws Exception {
        Stage untouched = openInstanceForm(robot);
        closeBox(robot, untouched);
        waitFor(() -> !untouched.isShowing());
        assertThat(dialogShown(robot)).isFalse();

        Stage form = openInstanceForm(robot);
        robot.clickOn("#computeNameField").write("ci-typed");
        closeBox(robot, form);
        waitFor(() -> dialogShown(robot));
        Settled.clickOn(robot, "#cancelConfirmButton");
        assertThat(form.isShowing()).as("Keep editing").isTrue();
        assertThat(robot.lookup("#computeNameField").queryAs(TextField.class).getText()).isEqualTo("ci-typed");

        closeBox(robot, form);
        waitFor(() -> dialogShown(robot));
        Settled.clickOn(robot, "#confirmButton");
        waitFor(() -> !form.isShowing());
    }

    @Test
    void escOnTheSparkPoolWizardAsksOnceANameIsTyped(FxRobot robot) throws Exception {
        Stage[] wizard = new Stage[1];
        robot.interact(() -> wizard[0] = SparkPoolWizardWindow.open(ui.context, null, null));
        ComboBox<?> subscriptions = robot.lookup("#subscriptionCombo").queryComboBox();
        waitFor(() -> subscriptions.getValue() != null);
        robot.clickOn("#computeNameField").write("spark-typed").type(KeyCode.ESCAPE);
        waitFor(() -> dialogShown(robot));
        Settled.clickOn(robot, "#cancelConfirmButton");
        assertThat(robot.lookup("#computeNameField").queryAs(TextField.class).getText()).isEqualTo("spark-typed");

        robot.interact(() -> robot.lookup("#computeNameField").queryAs(TextField.class).clear());
        robot.clickOn("#computeNameField").type(KeyCode.ESCAPE);
        waitFor(() -> !wizard[0].isShowing());
        assertThat(dialogShown(robot)).as("the name typed away again: nothing to lose").isFalse();
    }

    @Test
    void escOnTheSignInDialogAsksAndDiscardPutsBackWhatItShowed(FxRobot robot) throws Exception {
        ShellViewModel shell = new ShellViewModel(ui.operations, ui.clipboard::add, ui.executor, ui.workspace,
                () -> { }, id -> { });
        SignInWindow signIn = new SignInWindow(ui.context, shell, new SignInService() {
            @Override
            public AzureConnection connectEmulator() {
                return fx.connection();
            }

            @Override
            public AzureConnection connectAzure(ConnectionKind kind, AzureCloud cloud, String tenantId,
                                                java.util.function.Consumer<DeviceCodeInfo> deviceCode) {
                throw new IllegalStateException("not in this test");
            }

            @Override
            public String tokenCacheMessage() {
                return "";
            }
        });
        robot.interact(signIn::show);
        ComboBox<SignInMethod> method = robot.lookup("#signInMethodCombo").queryComboBox();
        Stage dialog = (Stage) method.getScene().getWindow();
        robot.interact(() -> method.setValue(SignInMethod.AZURE_CLI));
        robot.clickOn("#tenantField").write("contoso.onmicrosoft.com").type(KeyCode.ESCAPE);
        waitFor(() -> dialogShown(robot));
        Settled.clickOn(robot, "#cancelConfirmButton");
        assertThat(dialog.isShowing()).isTrue();

        robot.clickOn("#tenantField").type(KeyCode.ESCAPE);
        Settled.clickOn(robot, "#confirmButton");
        waitFor(() -> !dialog.isShowing());
        robot.interact(signIn::show);
        assertThat(method.getValue()).isEqualTo(SignInMethod.LOCAL_EMULATOR);
        assertThat(robot.lookup("#tenantField").queryAs(TextField.class).getText()).isEmpty();

        closeBox(robot, dialog);
        waitFor(() -> !dialog.isShowing());
        assertThat(dialogShown(robot)).as("unchanged: no question").isFalse();
    }
}
