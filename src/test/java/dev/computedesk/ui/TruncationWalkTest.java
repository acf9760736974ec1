package dev.computedesk.ui;

import dev.computedesk.ui.common.Theme;
import dev.computedesk.azure.connection.AzureCloud;
import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.connection.ConnectionKind;
import dev.computedesk.azure.connection.DeviceCodeInfo;
import dev.computedesk.azure.model.AmlComputeNode;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.domain.text.Language;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.ComputeFormKind;
import dev.computedesk.ui.common.Fxml;
import dev.computedesk.ui.common.FxDialogService;
import dev.computedesk.ui.common.Navigator;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.Page;
import dev.computedesk.ui.common.ReadySignal;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import dev.computedesk.ui.common.UiContext;
import dev.computedesk.ui.common.WorkspaceContext;
import dev.computedesk.ui.compute.ComputePage;
import dev.computedesk.ui.compute.ComputeRow;
import dev.computedesk.ui.compute.create.ComputeFormWindows;
import dev.computedesk.ui.linkedservices.LinkedServicesPage;
import dev.computedesk.ui.shell.ShellView;
import dev.computedesk.ui.shell.ShellViewModel;
import dev.computedesk.ui.shell.SignInService;
import dev.computedesk.ui.shell.SignInWindow;
import dev.computedesk.ui.sparkpool.SparkPoolWizardWindow;
import dev.computedesk.ui.ssh.SshHelperWindow;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every screen at the window's default size on a 1366x768 screen (the surefire configuration gives Monocle
 * that screen) and fails on any visible text a user would see cut: a label, button, check box, link, tab header,
 * column header or cell whose rendered text is shorter than its text and ends in the ellipsis.
 */
@ExtendWith(ApplicationExtension.class)
class TruncationWalkTest {
    private static final long TIMEOUT = 30;

    private final OperationLog operations = new OperationLog();
    /** What the walk found wrong, one line each. */
    final Set<String> findings = new LinkedHashSet<>();
    /** Texts looked at, so that a walk that saw nothing cannot pass. */
    private int textsSeen;
    private EmulatorFixture fx;
    private TrackingTaskExecutor executor;
    private WorkspaceContext workspace;
    private ShellViewModel shell;
    private UiContext context;
    private Stage main;

    /** The language the screens are built in. */
    Language language() {
        return Language.ENGLISH;
    }

    /** What {@link #findings} are, for the failure's message. */
    String findingsAre() {
        return "texts cut at the default size";
    }

    @Start
    void start(Stage stage) {
        Messages.use(language());
        main = stage;
        fx = EmulatorFixture.start();
        executor = TrackingTaskExecutor.forFx(operations, TrackingTaskExecutor.defaultWorkers(), Platform::runLater);
        workspace = new WorkspaceContext();
        shell = new ShellViewModel(operations, text -> { }, executor, workspace, () -> { }, id -> { });
        Navigator navigator = new Navigator() {
            @Override
            public void openCreateForm(ComputeFormKind kind) {
                ComputeFormWindows.open(context, kind, null, null);
            }

            @Override
            public void openEditAndRetry(ComputeFormKind kind, String computeName, ComputeResource sentRequest) {
                ComputeFormWindows.open(context, kind, computeName, sentRequest);
            }

            @Override
            public void openSshHelper(ComputeResource compute, AmlComputeNode node) {
                SshHelperWindow.open(context, compute, node);
            }

            @Override
            public void showPage(Page page) {
                shell.navigate(page);
            }
        };
        context = new UiContext(executor, operations, new FxDialogService(() -> stage), text -> { }, workspace,
                navigator, new ComputeEvents(), url -> { }, Path.of("target", "truncation-walk-settings"),
                () -> stage, Theme.LIGHT.stylesheets(), ReadySignal.NONE);
        Map<Page, Supplier<Node>> pages = Map.of(
                Page.COMPUTE, () -> ComputePage.create(context),
                Page.LINKED_SERVICES, () -> LinkedServicesPage.create(context));
        Parent root = Fxml.load("shell/Shell.fxml", new ShellView(shell, pages));
        // As App opens its window: the shell's preferred size, never larger than the screen.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(root.prefWidth(-1), screen.getWidth()),
                Math.min(root.prefHeight(-1), screen.getHeight()));
        scene.getStylesheets().addAll(Theme.LIGHT.stylesheets());
        stage.setScene(scene);
        stage.setTitle(Messages.get("app.title"));
        stage.show();
        shell.connected(fx.connection(), fx.demoWorkspace().id());
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> {
            for (Window window : new ArrayList<>(Window.getWindows())) {
                if (window != main && window instanceof Stage other) {
                    other.close();
                }
            }
            workspace.selectWorkspace(null);
        });
        executor.close();
        fx.close();
        Messages.use(Language.ENGLISH);
    }

    @Test
    void theDefaultWindowFitsALaptopScreen() {
        Rectangle2D screen = Screen.getPrimary().getBounds();
        assertThat(screen.getWidth()).as("the walk runs on a 1366x768 screen").isEqualTo(1366);
        assertThat(main.getScene().getWidth()).isLessThanOrEqualTo(1366);
        assertThat(main.getScene().getHeight()).as("room for a title bar and a task bar").isLessThanOrEqualTo(700);
    }

    @Test
    void everyScreenShowsEveryTextInFull(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#instancesTable").tryQuery().isPresent()
                && !table(robot, "instancesTable").getItems().isEmpty());
        check("instances tab");

        openDetails(robot, table(robot, "instancesTable"), DemoSeed.CI_RUNNING_SSH);
        waitFor(() -> robot.lookup("#applicationsBox").tryQuery().map(Node::isVisible).orElse(false));
        check("details of a running instance");
        walkDialog(robot, "#editIdleShutdownButton", "idle shutdown dialog");
        walkDialog(robot, "#editSchedulesButton", "schedules dialog");
        walkDialog(robot, "#editIdentityButton", "managed identity dialog");
        openDetails(robot, table(robot, "instancesTable"), DemoSeed.CI_FAILED);
        check("details of a failed instance");

        ComputeResource instance = row(table(robot, "instancesTable"), DemoSeed.CI_RUNNING_SSH).compute();
        robot.interact(() -> SshHelperWindow.open(context, instance, null));
        check("SSH helper");
        closeOtherWindows(robot);

        robot.clickOn("#clustersTab");
        waitFor(() -> !table(robot, "clustersTable").getItems().isEmpty());
        check("clusters tab");
        openDetails(robot, table(robot, "clustersTable"), DemoSeed.CLUSTER_WITH_NODES);
        check("details of a cluster");
        robot.clickOn("#nodesTab");
        waitFor(() -> !robot.lookup("#nodesTable").queryAs(TableView.class).getItems().isEmpty());
        check("nodes of a cluster");
        walkDialog(robot, "#editScaleButton", "scale dialog");
        robot.clickOn("#closeDetailsButton");

        for (String tab : List.of("kubernetesTab", "inferenceTab", "attachedTab")) {
            robot.clickOn("#" + tab);
            WaitForAsyncUtils.waitForFxEvents();
            check(tab);
        }
        robot.clickOn("#inferenceTab");
        openDetails(robot, table(robot, "inferenceTable"), DemoSeed.AKS_CLUSTER);
        check("details of an AKS cluster");
        walkDialog(robot, "#editAgentCountButton", "node count dialog");
        robot.clickOn("#closeDetailsButton");

        for (ComputeFormKind kind : ComputeFormKind.values()) {
            walkForm(robot, kind);
        }

        robot.clickOn("#navLinkedServices");
        waitFor(() -> robot.lookup("#linkedServicesTable").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        check("linked services");
        robot.clickOn("#addIntegrationButton");
        WaitForAsyncUtils.waitForFxEvents();
        check("add integration");
        closeOtherWindows(robot);

        robot.interact(() -> new SignInWindow(context, shell, new UnusedSignIn(fx)).show());
        WaitForAsyncUtils.waitForFxEvents();
        check("sign-in dialog");
        closeOtherWindows(robot);

        assertThat(textsSeen).as("texts looked at").isGreaterThan(1000);
        assertThat(findings).as(findingsAre()).isEmpty();
    }

    private void walkForm(FxRobot robot, ComputeFormKind kind) throws Exception {
        robot.interact(() -> {
            if (kind == ComputeFormKind.SYNAPSE_SPARK) {
                SparkPoolWizardWindow.open(context, null, null);
            } else {
                ComputeFormWindows.open(context, kind, null, null);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        String name = kind.title() + " form";
        check(name + ", first step");
        if (kind == ComputeFormKind.COMPUTE_INSTANCE || kind == ComputeFormKind.COMPUTE_CLUSTER) {
            robot.clickOn("#computeNameField").write(kind == ComputeFormKind.COMPUTE_INSTANCE ? "ci-walk" : "cl-walk");
            waitFor(() -> enabled(robot, "#nextButton"));
            if (kind == ComputeFormKind.COMPUTE_INSTANCE) {
                robot.clickOn("#browseSizesButton");
                waitFor(() -> robot.lookup("#vmSizeTable").tryQuery().isPresent());
                WaitForAsyncUtils.waitForFxEvents();
                check("size table");
                robot.interact(() -> ((Stage) robot.lookup("#vmSizeTable").query().getScene().getWindow()).close());
            }
            for (int step = 2; robot.lookup("#nextButton").tryQuery().map(Node::isVisible).orElse(false)
                    && enabled(robot, "#nextButton"); step++) {
                robot.clickOn("#nextButton");
                WaitForAsyncUtils.waitForFxEvents();
                check(name + ", step " + step);
            }
        }
        closeOtherWindows(robot);
    }

    private void walkDialog(FxRobot robot, String button, String name) {
        robot.clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();
        check(name);
        closeOtherWindows(robot);
    }

    /** Records every visible text cut in any showing window. */
    void check(String screen) {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForAsyncFx(TimeUnit.SECONDS.toMillis(TIMEOUT), () -> checkWindows(screen));
    }

    private void checkWindows(String screen) {
        for (Window window : new ArrayList<>(Window.getWindows())) {
            if (window instanceof Stage stage && window.isShowing() && window.getScene() != null) {
                Parent root = window.getScene().getRoot();
                root.applyCss();
                root.layout();
                inspectWindow(screen, stage);
                collect(screen, root);
                Rectangle2D visible = Screen.getPrimary().getVisualBounds();
                if (window.getHeight() > visible.getHeight() || window.getWidth() > visible.getWidth()) {
                    findings.add(screen + ": window '" + stage.getTitle() + "' is " + Math.round(window.getWidth())
                            + "x" + Math.round(window.getHeight()) + ", larger than the screen");
                }
            }
        }
    }

    private void collect(String screen, Node node) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && rendered(labeled) != null) {
            textsSeen++;
        }
        inspect(screen, node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(screen, child);
            }
        }
    }

    /** Looks at one showing window of {@code screen} (its nodes come next, one by one). */
    void inspectWindow(String screen, Stage stage) {
        // the truncation walk has nothing to say about a window as a whole
    }

    /** Looks at one visible node of {@code screen}: here, whether its text is cut. */
    void inspect(String screen, Node node) {
        if (node instanceof Labeled labeled && cut(labeled)) {
            System.out.println("CUT " + screen + ": " + describe(labeled) + " '" + rendered(labeled) + "'");
            findings.add(screen + ": " + describe(labeled) + " shows '" + rendered(labeled) + "' for '"
                    + labeled.getText() + "'");
        }
        if (node.getStyleClass().contains("control-buttons-tab") && onScreen(node)) {
            findings.add(screen + ": tab headers overflow in #" + idOf(node));
        }
    }

    private static boolean cut(Labeled labeled) {
        String text = labeled.getText();
        String shown = rendered(labeled);
        if (text == null || text.isBlank() || shown == null || !onScreen(labeled)) {
            return false;
        }
        return !shown.equals(text) && (shown.isEmpty() || shown.contains(labeled.getEllipsisString())
                && !text.contains(labeled.getEllipsisString()));
    }

    /** The text node the skin draws, or null before the skin made one. */
    static String rendered(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text.getText();
            }
        }
        return null;
    }

    /** Whether any of it is inside its window (a cell scrolled out of a table is not a finding). */
    static boolean onScreen(Node node) {
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        Scene scene = node.getScene();
        return bounds.getWidth() > 0 && bounds.getMaxX() > 0 && bounds.getMaxY() > 0
                && bounds.getMinX() < scene.getWidth() && bounds.getMinY() < scene.getHeight();
    }

    static String describe(Labeled labeled) {
        String id = labeled.getId() != null ? "#" + labeled.getId() : String.join(".", labeled.getStyleClass());
        Node parent = labeled.getParent();
        while (parent != null && parent.getId() == null) {
            parent = parent.getParent();
        }
        return labeled.getClass().getSimpleName() + " " + id + (parent == null ? "" : " in #" + parent.getId())
                + String.format(" (%.0fpx wide)", labeled.getWidth());
    }

    private static String idOf(Node node) {
        Node parent = node;
        while (parent != null && parent.getId() == null) {
            parent = parent.getParent();
        }
        return parent == null ? "?" : parent.getId();
    }

    private static void closeOtherWindows(FxRobot robot) {
        robot.interact(() -> {
            for (Window window : new ArrayList<>(Window.getWindows())) {
                if (window instanceof Stage stage && stage.getOwner() != null) {
                    stage.close();
                }
            }
        });
    }

    private static boolean enabled(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(node -> !node.isDisabled()).orElse(false);
    }

    @SuppressWarnings("unchecked")
    private static TableView<ComputeRow> table(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(TableView.class);
    }

    private static ComputeRow row(TableView<ComputeRow> table, String name) {
        return table.getItems().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private static void openDetails(FxRobot robot, TableView<ComputeRow> table, String name) throws Exception {
        waitFor(() -> table.getItems().stream().anyMatch(r -> r.name().equals(name)));
        robot.interact(() -> {
            table.getSelectionModel().select(row(table, name));
            table.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#detailsPane").tryQuery().map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, condition);
    }

    /** The sign-in dialog's service: the walk only looks at the dialog. */
    private record UnusedSignIn(EmulatorFixture fx) implements SignInService {
        @Override
        public AzureConnection connectEmulator() {
            return fx.connection();
        }

        @Override
        public AzureConnection connectAzure(ConnectionKind kind, AzureCloud cloud, String tenantId,
                                            Consumer<DeviceCodeInfo> deviceCode) {
            throw new UnsupportedOperationException("the walk does not sign in");
        }

        @Override
        public String tokenCacheMessage() {
            return Messages.get("net.tokens.memoryOnly", Messages.get("net.tokens.why.noKeyring"));
        }
    }
}
