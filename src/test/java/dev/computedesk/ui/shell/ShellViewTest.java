package dev.computedesk.ui.shell;

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
        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Ready".equals(status.getText()));
    }
}
