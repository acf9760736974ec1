package dev.computedesk.ui;

import dev.computedesk.ui.common.Theme;
import dev.computedesk.azure.model.AmlComputeNode;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.domain.text.Language;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.emulator.Fault;
import dev.computedesk.ui.settings.SettingsWindow;
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
import dev.computedesk.ui.shell.SignInWindow;
import dev.computedesk.ui.sparkpool.SparkPoolWizardWindow;
import dev.computedesk.ui.ssh.SshHelperWindow;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.image.WritableImage;
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

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every screen at the window's default size on a 1366x768 screen (the surefire configuration gives Monocle
 * that screen) and fails on any visible text a user would see cut: a label, button, check box, link, tab header,
 * column header or cell whose rendered text is shorter than its text and ends in the ellipsis; and on any table whose
 * visible columns reach past its edge (each compute tab with the details pane closed and open at its default width).
 *
 * <p>To look at what it walks: {@code -Dwalk.theme=dark} (light, dark, high-contrast) walks in that theme, and
 * {@code -Dwalk.screenshots=DIR} saves a PNG of every window at every step into DIR.
 */
@ExtendWith(ApplicationExtension.class)
class TruncationWalkTest {
    private static final long TIMEOUT = 30;
    private static final Theme THEME = Theme.fromId(System.getProperty("walk.theme", Theme.LIGHT.id()));
    private static final String SCREENSHOTS = System.getProperty("walk.screenshots");
    /** Attach forms whose only demo resource is attached already, so they cannot go past their first step. */
    private static final Set<ComputeFormKind> ONLY_TARGET_ATTACHED = EnumSet.of(ComputeFormKind.VIRTUAL_MACHINE,
            ComputeFormKind.HDINSIGHT, ComputeFormKind.DATABRICKS, ComputeFormKind.DATA_LAKE_ANALYTICS);

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
                () -> stage, THEME.stylesheets(), ReadySignal.NONE);
        Map<Page, Supplier<Node>> pages = Map.of(
                Page.COMPUTE, () -> ComputePage.create(context),
                Page.LINKED_SERVICES, () -> LinkedServicesPage.create(context));
        Parent root = Fxml.load("shell/Shell.fxml", new ShellView(shell, pages));
        // As App opens its window: the shell's preferred size, never larger than the screen.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(root.prefWidth(-1), screen.getWidth()),
                Math.min(root.prefHeight(-1), screen.getHeight()));
        scene.getStylesheets().addAll(THEME.stylesheets());
        stage.setScene(scene);
        stage.setTitle(Messages.get("app.title"));
        // The primary stage is shared with earlier test classes: it takes this scene's size, not one set before.
        stage.sizeToScene();
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

        for (String name : List.of(DemoSeed.CI_RUNNING_SSH, DemoSeed.CI_STOPPED, DemoSeed.CI_NO_PUBLIC_IP,
                DemoSeed.CI_OTHER_USER)) {
            ComputeResource instance = row(table(robot, "instancesTable"), name).compute();
            robot.interact(() -> SshHelperWindow.open(context, instance, null));
            check("SSH helper of " + name);
            closeOtherWindows(robot);
        }

        robot.clickOn("#clustersTab");
        waitFor(() -> !table(robot, "clustersTable").getItems().isEmpty());
        check("clusters tab");
        openDetails(robot, table(robot, "clustersTable"), DemoSeed.CLUSTER_WITH_NODES);
        check("details of a cluster");
        robot.clickOn("#nodesTab");
        waitFor(() -> !robot.lookup("#nodesTable").queryAs(TableView.class).getItems().isEmpty());
        check("nodes of a cluster");
        walkDialog(robot, "#editScaleButton", "scale dialog");
        ComputeResource cluster = row(table(robot, "clustersTable"), DemoSeed.CLUSTER_WITH_NODES).compute();
        AmlComputeNode node = (AmlComputeNode) robot.lookup("#nodesTable").queryAs(TableView.class).getItems().get(0);
        robot.interact(() -> SshHelperWindow.open(context, cluster, node));
        check("SSH helper of a cluster node");
        closeOtherWindows(robot);
        closeDetails(robot);

        for (String tab : List.of("kubernetesTab", "inferenceTab", "attachedTab")) {
            robot.clickOn("#" + tab);
            WaitForAsyncUtils.waitForFxEvents();
            check(tab);
            TableView<ComputeRow> table = table(robot, tab.replace("Tab", "Table"));
            waitFor(() -> !table.getItems().isEmpty());
            openDetails(robot, table, table.getItems().get(0).name());
            check(tab + " with details");
            closeDetails(robot);
        }
        robot.clickOn("#inferenceTab");
        openDetails(robot, table(robot, "inferenceTable"), DemoSeed.AKS_CLUSTER);
        check("details of an AKS cluster");
        walkDialog(robot, "#editAgentCountButton", "node count dialog");
        closeDetails(robot);

        for (ComputeFormKind kind : ComputeFormKind.values()) {
            walkForm(robot, kind);
        }
        walkSettings(robot);

        robot.clickOn("#navLinkedServices");
        waitFor(() -> robot.lookup("#linkedServicesTable").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        check("linked services");
        robot.clickOn("#addIntegrationButton");
        WaitForAsyncUtils.waitForFxEvents();
        check("add integration");
        closeOtherWindows(robot);

        robot.interact(() -> new SignInWindow(context, shell, ScreenFixtures.signInService(fx)).show());
        WaitForAsyncUtils.waitForFxEvents();
        check("sign-in dialog");
        closeOtherWindows(robot);

        assertThat(textsSeen).as("texts looked at").isGreaterThan(1000);
        assertThat(findings).as(findingsAre()).isEmpty();
    }

    private void walkForm(FxRobot robot, ComputeFormKind kind) throws Exception {
        if (kind == ComputeFormKind.SYNAPSE_SPARK) {
            walkSparkPoolWizard(robot);
            return;
        }
        robot.interact(() -> ComputeFormWindows.open(context, kind, null, null));
        WaitForAsyncUtils.waitForFxEvents();
        String name = kind.title() + " form";
        check(name + ", step 1");
        if (kind == ComputeFormKind.COMPUTE_INSTANCE) {
            robot.interact(() -> robot.lookup("#browseSizesButton").queryAs(Button.class).fire());
            waitFor(() -> robot.lookup("#vmSizeTable").tryQuery().isPresent());
            WaitForAsyncUtils.waitForFxEvents();
            check("size table");
            robot.interact(() -> ((Stage) robot.lookup("#vmSizeTable").query().getScene().getWindow()).close());
        }
        if (ONLY_TARGET_ATTACHED.contains(kind)) {
            // The demo's one resource of this kind is attached already: the form says so and goes no further.
            fillStep(robot, kind);
            check(name + ", its target attached already");
            closeOtherWindows(robot);
            return;
        }
        for (int step = 2; visible(robot, "#nextButton"); step++) {
            fillStep(robot, kind);
            int reached = step;
            waitFor(() -> enabled(robot, "#nextButton"), () -> name + ": step " + (reached - 1)
                    + " stays invalid: " + errorsShown(robot));
            robot.clickOn("#nextButton");
            WaitForAsyncUtils.waitForFxEvents();
            check(name + ", step " + step);
        }
        if (kind == ComputeFormKind.COMPUTE_CLUSTER) {
            walkLateFailure(robot);
        }
        closeOtherWindows(robot);
    }

    /**
     * Fills what the shown step needs to be valid: a new name, the first choice of every empty list, and the
     * credentials an attach form asks for.
     */
    private static void fillStep(FxRobot robot, ComputeFormKind kind) {
        robot.interact(() -> {
            Parent root = robot.lookup("#nextButton").query().getScene().getRoot();
            Map<String, String> texts = Map.of("#computeNameField", computeName(kind), "#usernameField", "azureuser",
                    "#passwordField", "Walk-passw0rd-1", "#tokenField", "dapi0123456789abcdef",
                    "#namespaceField", "default");
            texts.forEach((id, text) -> {
                if (root.lookup(id) instanceof TextInputControl field && shown(field) && field.getText().isEmpty()) {
                    field.setText(text);
                }
            });
            for (Node node : root.lookupAll(".combo-box")) {
                if (node instanceof ComboBox<?> combo && shown(combo) && combo.getValue() == null
                        && !combo.getItems().isEmpty()) {
                    combo.getSelectionModel().select(0);
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Closes the details pane with its Close button. */
    private static void closeDetails(FxRobot robot) {
        robot.interact(() -> robot.lookup("#closeDetailsButton").queryAs(Button.class).fire());
    }

    /** The name the walk gives a compute of {@code kind}. */
    private static String computeName(ComputeFormKind kind) {
        return "walk-" + (char) ('a' + kind.ordinal());
    }

    /** The field errors a form shows, to say why it cannot go on. */
    private static String bannerText(FxRobot robot) {
        return robot.lookup(".error-banner .label").queryAllAs(Labeled.class).stream().filter(TruncationWalkTest::shown)
                .map(Labeled::getText).toList().toString();
    }

    private static List<String> errorsShown(FxRobot robot) {
        return robot.lookup(".field-error").queryAllAs(Labeled.class).stream()
                .filter(label -> shown(label) && !label.getText().isBlank()).map(Labeled::getText).toList();
    }

    /** The Spark pool wizard with a pool chosen, with a user-assigned identity, and once attached. */
    private void walkSparkPoolWizard(FxRobot robot) throws Exception {
        robot.interact(() -> SparkPoolWizardWindow.open(context, null, null));
        WaitForAsyncUtils.waitForFxEvents();
        check("Spark pool wizard");
        for (String combo : List.of("#subscriptionCombo", "#synapseWorkspaceCombo", "#sparkPoolCombo")) {
            waitFor(() -> !robot.lookup(combo).queryAs(ComboBox.class).getItems().isEmpty());
            robot.interact(() -> robot.lookup(combo).queryAs(ComboBox.class).getSelectionModel().select(0));
            WaitForAsyncUtils.waitForFxEvents();
        }
        robot.interact(() -> robot.lookup("#computeNameField").queryAs(TextInputControl.class).setText("spark-walk"));
        check("Spark pool wizard, pool chosen");
        robot.interact(() -> robot.lookup("#identityToggle").queryAs(CheckBox.class).setSelected(true));
        ComboBox<?> identity = robot.lookup("#identityTypeCombo").queryAs(ComboBox.class);
        robot.interact(() -> identity.getSelectionModel().select(identity.getItems().size() - 1));
        check("Spark pool wizard, user-assigned identity");
        robot.interact(() -> identity.getSelectionModel().select(0));
        waitFor(() -> enabled(robot, "#createButton"), () -> "the Spark pool wizard cannot attach");
        robot.interact(() -> robot.lookup("#createButton").queryAs(Button.class).fire());
        // "Attached" only once the operation ended: the emulator's clock is manual, so move it until it has.
        waitFor(() -> {
            fx.tick(Duration.ofSeconds(10));
            return visible(robot, "#postStepPane");
        }, () -> "the Spark pool wizard shows no step after attaching;"
                + " errors shown: " + errorsShown(robot) + ", banner: " + bannerText(robot));
        check("Spark pool wizard, attached");
        closeOtherWindows(robot);
    }

    /**
     * The compute cluster form is open on its review step: its create fails after being accepted, and the page shows
     * the late-failure notice with "Edit and retry" and "Dismiss".
     */
    private void walkLateFailure(FxRobot robot) throws Exception {
        fx.emulator().injectFault(Fault.provisioningFailure("/computes/"
                + computeName(ComputeFormKind.COMPUTE_CLUSTER) + "$", 1));
        robot.clickOn("#createButton");
        waitFor(() -> !visible(robot, "#createButton"), () -> "the cluster form did not create");
        robot.clickOn("#clustersTab");
        for (int attempt = 0; attempt < 10 && !visible(robot, "#lateFailureBar"); attempt++) {
            fx.tick(Duration.ofHours(1));
            robot.interact(() -> robot.lookup("#refreshButton").match(Node::isVisible).queryAs(Button.class).fire());
            WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(visible(robot, "#editAndRetryButton")).as("the late-failure notice offers Edit and retry").isTrue();
        check("late-failure notice");
    }

    /** The settings window, and with a manual proxy (its address field shown). */
    private void walkSettings(FxRobot robot) {
        robot.interact(() -> SettingsWindow.create(main, THEME.stylesheets(), ScreenFixtures.settings()).show());
        check("settings window");
        robot.interact(() -> {
            ComboBox<?> proxy = robot.lookup("#proxyModeCombo").queryAs(ComboBox.class);
            proxy.getSelectionModel().select(proxy.getItems().size() - 1);
        });
        assertThat(visible(robot, "#proxyUrlField")).as("a manual proxy asks for its address").isTrue();
        check("settings window, manual proxy");
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
        int shot = 0;
        for (Window window : new ArrayList<>(Window.getWindows())) {
            if (window instanceof Stage stage && window.isShowing() && window.getScene() != null) {
                Parent root = window.getScene().getRoot();
                root.applyCss();
                root.layout();
                inspectWindow(screen, stage);
                collect(screen, root);
                if (SCREENSHOTS != null) {
                    save(window.getScene(), screen + (shot++ == 0 ? "" : " " + shot));
                }
                Rectangle2D visible = Screen.getPrimary().getVisualBounds();
                if (window.getHeight() > visible.getHeight() || window.getWidth() > visible.getWidth()) {
                    findings.add(screen + ": window '" + stage.getTitle() + "' is " + Math.round(window.getWidth())
                            + "x" + Math.round(window.getHeight()) + ", larger than the screen");
                }
            }
        }
    }

    private static void save(Scene scene, String name) {
        WritableImage image = scene.snapshot(null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                png.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        Path file = Path.of(SCREENSHOTS, THEME.id() + " - " + name.replaceAll("[^A-Za-z0-9 ,.()-]", "_") + ".png");
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(png, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
        if (node instanceof TableView<?> table && onScreen(table) && overflows(table)) {
            findings.add(screen + ": the columns of #" + idOf(table) + " (" + visibleColumns(table)
                    + ") do not fit its " + Math.round(table.getWidth()) + "px");
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

    /**
     * Whether the table's visible columns reach past its visible width: a horizontal scroll bar shows, or the last
     * column is clipped.
     */
    private static boolean overflows(TableView<?> table) {
        for (Node bar : table.lookupAll(".scroll-bar")) {
            if (bar instanceof ScrollBar scroll && scroll.getOrientation() == Orientation.HORIZONTAL
                    && scroll.isVisible()) {
                return true;
            }
        }
        double columns = 0;
        for (TableColumn<?, ?> column : table.getVisibleLeafColumns()) {
            columns += column.getWidth();
        }
        return columns > table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() + 0.5;
    }

    private static String visibleColumns(TableView<?> table) {
        List<String> columns = new ArrayList<>();
        for (TableColumn<?, ?> column : table.getVisibleLeafColumns()) {
            columns.add(column.getText() + " " + Math.round(column.getWidth()));
        }
        return String.join(", ", columns);
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

    private void closeOtherWindows(FxRobot robot) {
        robot.interact(() -> {
            for (Window window : new ArrayList<>(Window.getWindows())) {
                if (window instanceof Stage stage && stage != main) {
                    stage.close();
                }
            }
        });
    }

    private static boolean visible(FxRobot robot, String id) {
        return robot.lookup(id).match(Node::isVisible).tryQuery().map(TruncationWalkTest::shown).orElse(false);
    }

    /** Whether the node and every parent are visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
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

    private static void waitFor(Callable<Boolean> condition, Supplier<String> failure) throws Exception {
        try {
            waitFor(condition);
        } catch (java.util.concurrent.TimeoutException timedOut) {
            throw new AssertionError(failure.get(), timedOut);
        }
    }
}
