package dev.computedesk.ui.shell;

import dev.computedesk.testing.OnScreen;
import dev.computedesk.azure.http.CallRecord;
import dev.computedesk.azure.http.CallScope;
import dev.computedesk.ui.common.ActivityEntry;
import dev.computedesk.ui.common.BackgroundTask;
import dev.computedesk.ui.common.Fxml;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.Page;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import dev.computedesk.ui.common.WorkspaceContext;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.SubscriptionClient;
import dev.computedesk.azure.WorkspaceClient;
import dev.computedesk.azure.connection.ConnectionKind;
import dev.computedesk.azure.model.Subscription;
import dev.computedesk.azure.model.Workspace;
import dev.computedesk.azure.model.WorkspaceRef;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class ShellViewTest {
    private final OperationLog operations = new OperationLog();
    private final List<String> clipboard = new ArrayList<>();
    private TrackingTaskExecutor executor;
    private ShellViewModel viewModel;

    @Start
    void start(Stage stage) {
        executor = TrackingTaskExecutor.forFx(operations, TrackingTaskExecutor.defaultWorkers(), Platform::runLater);
        viewModel = new ShellViewModel(operations, clipboard::add, executor, new WorkspaceContext(), () -> { },
                id -> { });
        Map<Page, java.util.function.Supplier<Node>> pages = Map.of(
                Page.COMPUTE, () -> page("computePage", "Compute"),
                Page.LINKED_SERVICES, () -> page("linkedServicesPage", "Linked services"));
        Scene scene = new Scene(Fxml.load("shell/Shell.fxml", new ShellView(viewModel, pages)), 1200, 800);
        stage.setScene(scene);
        stage.show();
        OnScreen.fit(stage);
    }

    private static Node page(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        return label;
    }

    @AfterEach
    void stopExecutor() {
        executor.close();
    }

    @Test
    void aFileNoticeSaysWhereTheCopyIsAndCanBeCopiedAndDismissed(FxRobot robot) {
        assertThat(robot.lookup("#fileNotices").query().isVisible()).isFalse();
        dev.computedesk.files.FileProblem problem = new dev.computedesk.files.FileProblem(
                dev.computedesk.files.FileProblem.Kind.MOVED_ASIDE, "The connection settings",
                java.nio.file.Path.of("/home/dana/.config/compute-desk/connection.json"),
                java.nio.file.Path.of("/home/dana/.config/compute-desk/connection.json.corrupt-20261202T203000Z"),
                "not valid JSON at line 3, column 1", "the app starts as on a first run, with the local emulator");
        robot.interact(() -> viewModel.fileProblem(problem));
        assertThat(robot.lookup("#fileNotices").query().isVisible()).isTrue();
        assertThat(robot.lookup("#fileNotices .file-notice-text").queryAs(Label.class).getText())
                .contains("connection.json.corrupt-20261202T203000Z").contains("could not be read");
        robot.clickOn("#fileNoticeCopyButton");
        assertThat(clipboard).containsExactly(problem.copy().toString());
        robot.clickOn("#fileNoticeDismissButton");
        assertThat(robot.lookup("#fileNotices").query().isVisible()).isFalse();
    }

    @Test
    void opensOnTheComputePage(FxRobot robot) {
        assertThat(robot.lookup("#computePage").tryQuery()).isPresent();
        assertThat(robot.lookup("#linkedServicesPage").tryQuery()).isEmpty();
    }

    @Test
    void navigationSwitchesPages(FxRobot robot) {
        robot.clickOn("#navLinkedServices");
        assertThat(robot.lookup("#linkedServicesPage").tryQuery()).isPresent();
        assertThat(robot.lookup("#computePage").tryQuery()).isEmpty();
        assertThat(viewModel.currentPageProperty().get()).isEqualTo(Page.LINKED_SERVICES);

        robot.clickOn("#navCompute");
        assertThat(robot.lookup("#computePage").tryQuery()).isPresent();
        assertThat(robot.lookup("#linkedServicesPage").tryQuery()).isEmpty();
    }

    @Test
    void activityLogOpensAndShowsAFinishedTaskWithItsCalls(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#activityLogPane").query().isVisible()).isFalse();
        robot.interact(() -> executor.submit(BackgroundTask.titled("Stopping compute instance ci-a", "ci-a", token -> {
            CallScope.current().onCall(new CallRecord(Instant.now(), "POST", "/subscriptions/s/computes/ci-a/stop",
                    202, "req-42", "corr-42", Duration.ofMillis(12), null));
            return null;
        })));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> operations.finished().size() == 1);

        robot.clickOn("#activityLogButton");
        TableView<?> log = robot.lookup("#activityLogTable").queryAs(TableView.class);
        assertThat(robot.lookup("#activityLogPane").query().isVisible()).isTrue();
        assertThat(log.getItems()).hasSize(1);
        ActivityEntry entry = (ActivityEntry) log.getItems().get(0);
        assertThat(entry.title()).isEqualTo("Stopping compute instance ci-a");
        assertThat(entry.firstRequestId()).isEqualTo("req-42");
        assertThat(robot.lookup("Stopping compute instance ci-a").tryQuery()).isPresent();

        robot.interact(() -> log.getSelectionModel().select(0));
        TableView<?> calls = robot.lookup("#activityCallsTable").queryAs(TableView.class);
        assertThat(calls.getItems()).hasSize(1);
        assertThat(((CallRecord) calls.getItems().get(0)).path()).isEqualTo("/subscriptions/s/computes/ci-a/stop");

        robot.clickOn(log).press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        assertThat(clipboard).singleElement().asString().contains("Stopping compute instance ci-a\tci-a\tSucceeded");
    }

    @Test
    void theStatusBarShowsRunningOperations(FxRobot robot) throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        robot.interact(() -> executor.submit(BackgroundTask.titled("Listing computes", "ws", token -> {
            release.await(10, TimeUnit.SECONDS);
            return null;
        })));
        Label status = robot.lookup("#statusLabel").queryAs(Label.class);
        assertThat(status.getText()).isEqualTo("Listing computes\u2026");
        StatusBar bar = robot.lookup("#statusBar").queryAs(StatusBar.class);
        assertThat(bar.getText()).isEqualTo("Listing computes\u2026");
        assertThat(bar.getProgress()).as("the bar's progress runs while something does").isNegative();
        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Ready".equals(status.getText()));
        assertThat(bar.getProgress()).isZero();
        assertThat(robot.lookup("#cancelOperationButton").query().isVisible()).isFalse();
    }

    @Test
    void everyRunningOperationIsListedWithItsOwnCancel(FxRobot robot) throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        for (String name : List.of("ci-a", "ci-b")) {
            robot.interact(() -> executor.submit(BackgroundTask.titled("Starting compute instance " + name, name,
                    token -> {
                        release.await(10, TimeUnit.SECONDS);
                        return null;
                    })));
        }
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText())
                .isEqualTo("2 operations running \u00b7 Starting compute instance ci-b\u2026");
        assertThat(robot.lookup("#runningOperationsPane").query().isVisible()).isFalse();

        robot.clickOn("#runningOperationsButton");
        ListView<?> list = robot.lookup("#runningOperationsList").queryAs(ListView.class);
        assertThat(robot.lookup("#runningOperationsPane").query().isVisible()).isTrue();
        assertThat(robot.from(list).lookup(".running-operation-title").queryAllAs(Label.class))
                .extracting(Label::getText)
                .containsExactly("Starting compute instance ci-a", "Starting compute instance ci-b");

        // The older one, which the status bar's own Cancel (the newest) cannot reach.
        robot.clickOn(robot.from(list).lookup("#cancelRunningOperationButton").queryAll().iterator().next());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> operations.finished().size() == 1);
        assertThat(operations.finished().get(0).title()).isEqualTo("Starting compute instance ci-a");
        assertThat(operations.finished().get(0).outcome()).isEqualTo(ActivityEntry.Outcome.CANCELLED);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.from(list).lookup(".running-operation-title").queryAllAs(Label.class))
                .extracting(Label::getText).containsExactly("Starting compute instance ci-b");
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText())
                .isEqualTo("Starting compute instance ci-b\u2026");

        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> operations.running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#runningOperationsPane").query().isVisible())
                .as("nothing runs, so the list leaves the screen").isFalse();
    }

    @Test
    void workspacesReadWithTheirGroupAndSubscriptionSortedBySubscriptionThenGroupThenName(FxRobot robot)
            throws Exception {
        connectTo(robot, FOUR_WORKSPACES);

        ComboBox<WorkspaceChoice> picker = robot.lookup("#workspacePicker").queryAs(ComboBox.class);
        assertThat(picker.getItems()).extracting(WorkspaceChoice::displayName).containsExactly(
                "ws-demo (rg-ml \u00b7 Contoso Dev)",
                "ws-alpha (rg-a \u00b7 Production)",
                "Ws-beta (rg-a \u00b7 Production)",
                "ws-zeta (rg-b \u00b7 Production)");
        assertThat(picker.getValue().displayName()).isEqualTo("ws-demo (rg-ml \u00b7 Contoso Dev)");
    }

    @Test
    void typingInTheWorkspacePickerFiltersItAndEnterSelects(FxRobot robot) throws Exception {
        connectTo(robot, FOUR_WORKSPACES);

        robot.clickOn("#workspacePicker");
        robot.write("production beta");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownChoices(robot)).containsExactly("Ws-beta (rg-a \u00b7 Production)");
        assertThat(viewModel.selectedWorkspaceProperty().get())
                .as("typing filters; the workspace switches only when the user picks one")
                .extracting(choice -> choice.ref().name()).isEqualTo("ws-demo");

        robot.eraseText("production beta".length()).write("rg-a");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownChoices(robot)).containsExactly("ws-alpha (rg-a \u00b7 Production)",
                "Ws-beta (rg-a \u00b7 Production)");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.selectedWorkspaceProperty().get().ref().name()).as("Escape keeps the workspace")
                .isEqualTo("ws-demo");

        robot.clickOn("#workspacePicker").write("zeta").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.selectedWorkspaceProperty().get().ref().name()).isEqualTo("ws-zeta");
        assertThat(robot.lookup("#workspacePicker").queryAs(ComboBox.class).getValue()).isEqualTo(
                viewModel.selectedWorkspaceProperty().get());
    }

    @Test
    void aFilterThatMatchesNothingThenAClickElsewhereKeepsTheWorkspace(FxRobot robot) throws Exception {
        connectTo(robot, FOUR_WORKSPACES);

        robot.clickOn("#workspacePicker").write("no such workspace");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownChoices(robot)).isEmpty();
        robot.clickOn("#connectionLabel");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(viewModel.selectedWorkspaceProperty().get()).extracting(choice -> choice.ref().name())
                .isEqualTo("ws-demo");
        assertThat(robot.lookup("#workspacePicker").queryAs(ComboBox.class).getValue()).isEqualTo(
                viewModel.selectedWorkspaceProperty().get());
    }

    /** What the picker's open list shows now. */
    private static List<String> shownChoices(FxRobot robot) {
        ListView<?> shown = robot.lookup(".combo-box-popup .list-view").queryAs(ListView.class);
        return shown.getItems().stream().map(String::valueOf).toList();
    }

    private static final List<Workspace> FOUR_WORKSPACES = List.of(
            workspace("sub-p", "rg-b", "ws-zeta"),
            workspace("sub-p", "rg-a", "Ws-beta"),
            workspace("sub-d", "rg-ml", "ws-demo"),
            workspace("sub-p", "rg-a", "ws-alpha"));

    private static Workspace workspace(String subscription, String group, String name) {
        WorkspaceRef ref = new WorkspaceRef(subscription, group, name, "westeurope");
        return new Workspace(ref.id(), name, "Microsoft.MachineLearningServices/workspaces", "westeurope", Map.of(),
                null, null, null, null);
    }

    /** Connects the shell to a connection that lists {@code workspaces} in two named subscriptions. */
    private void connectTo(FxRobot robot, List<Workspace> workspaces) throws Exception {
        List<Subscription> subscriptions = List.of(
                new Subscription("/subscriptions/sub-p", "sub-p", "Production", "Enabled", "t"),
                new Subscription("/subscriptions/sub-d", "sub-d", "Contoso Dev", "Enabled", "t"));
        SubscriptionClient subscriptionClient = fake(SubscriptionClient.class,
                Map.of("listSubscriptions", subscriptions));
        WorkspaceClient workspaceClient = fake(WorkspaceClient.class, Map.of("listAll", workspaces));
        AzureConnection connection = fake(AzureConnection.class, Map.of("displayName", "Test connection",
                "kind", ConnectionKind.EMULATOR, "subscriptions", subscriptionClient, "workspaces", workspaceClient));
        robot.interact(() -> viewModel.connected(connection, null));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewModel.selectedWorkspaceProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** An interface whose named no-argument methods answer fixed values; any other call fails the test. */
    private static <T> T fake(Class<T> type, Map<String, Object> answers) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getName().equals("toString")) {
                return "fake " + type.getSimpleName();
            }
            if (!answers.containsKey(method.getName())) {
                throw new UnsupportedOperationException(type.getSimpleName() + "." + method.getName());
            }
            return answers.get(method.getName());
        }));
    }
}
