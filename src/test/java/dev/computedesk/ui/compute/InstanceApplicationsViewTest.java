package dev.computedesk.ui.compute;

import dev.computedesk.azure.model.ComputeInstanceApplication;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.testing.OnScreen;
import dev.computedesk.testing.ContrastCheck;
import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.testing.TestUi;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.FlowPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instance's applications on screen, against the emulator: the details pane's {@code #applicationsBox} and the
 * Instances table's Applications column open what ARM lists (and VS Code (Desktop)) through the host's link opener,
 * and show them disabled with the reason when the instance cannot open them.
 */
@ExtendWith(ApplicationExtension.class)
class InstanceApplicationsViewTest {
    private static final long TIMEOUT = 15;

    private EmulatorFixture fx;
    private TestUi ui;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fx = EmulatorFixture.start();
        ui = new TestUi(fx, fx.demoWorkspace(), () -> stage);
        stage.setScene(new Scene((Parent) ComputePage.create(ui.context), 1200, 780));
        show("theme-light.css");
        stage.show();
        OnScreen.fit(stage);
    }

    private void show(String theme) {
        stage.getScene().getStylesheets().setAll(css("app.css"), css(theme), css("compute.css"));
    }

    private static String css(String name) {
        return InstanceApplicationsViewTest.class.getResource("/css/" + name).toExternalForm();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> ui.workspace.selectWorkspace(null));
        ui.close();
        fx.close();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, condition);
    }

    @SuppressWarnings("unchecked")
    private static TableView<ComputeRow> instances(FxRobot robot) throws Exception {
        TableView<ComputeRow> table = robot.lookup("#instancesTable").queryAs(TableView.class);
        waitFor(() -> !table.getItems().isEmpty());
        return table;
    }

    private static Optional<ComputeRow> row(TableView<ComputeRow> table, String name) {
        return table.getItems().stream().filter(r -> r.name().equals(name)).findFirst();
    }

    private static String endpoint(ComputeRow row, String armName) {
        return ComputeRow.instanceSettings(row.compute()).applications().stream()
                .filter(a -> a.displayName().equals(armName))
                .map(ComputeInstanceApplication::endpointUri).findFirst().orElseThrow();
    }

    /** Selects {@code name} and opens its details as a user does (Enter on the row), then waits for its buttons. */
    private static ComputeRow openDetails(FxRobot robot, String name) throws Exception {
        TableView<ComputeRow> table = instances(robot);
        waitFor(() -> row(table, name).isPresent());
        robot.clickOn(name);
        robot.type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#detailsPane").tryQuery().map(Node::isVisible).orElse(false)
                && !buttons(robot).isEmpty());
        return row(table, name).orElseThrow();
    }

    private static List<Button> buttons(FxRobot robot) {
        FlowPane box = robot.lookup("#applicationsBox").queryAs(FlowPane.class);
        return box.getChildren().stream().flatMap(wrapper -> wrapper instanceof Parent p
                ? p.getChildrenUnmodifiable().stream() : Stream.of(wrapper))
                .filter(Button.class::isInstance).map(Button.class::cast).toList();
    }

    private static Button button(FxRobot robot, String label) {
        return buttons(robot).stream().filter(b -> b.getText().equals(label)).findFirst().orElseThrow();
    }

    private static Label note(FxRobot robot) {
        return robot.lookup("#applicationsNote").queryAs(Label.class);
    }

    @Test
    void aRunningInstancesButtonsOpenItsEndpointsAndVsCodeDesktop(FxRobot robot) throws Exception {
        ComputeRow row = openDetails(robot, DemoSeed.CI_RUNNING_SSH);

        assertThat(buttons(robot)).extracting(Button::getText)
                .containsExactly("JupyterLab", "Jupyter", "VS Code (Desktop)");
        assertThat(buttons(robot)).noneMatch(Button::isDisabled);
        assertThat(note(robot).isVisible()).isFalse();

        robot.clickOn(button(robot, "Jupyter"));
        waitFor(() -> ui.links.size() == 1);
        assertThat(ui.links).containsExactly(endpoint(row, "Jupyter"));
        assertThat(ui.links.get(0)).startsWith("https://" + DemoSeed.CI_RUNNING_SSH + ".").endsWith("/tree/");

        robot.clickOn(button(robot, "VS Code (Desktop)"));
        waitFor(() -> ui.links.size() == 2);
        assertThat(ui.links.get(1)).isEqualTo("vscode://vscode-remote/ssh-remote+"
                + (DemoSeed.WORKSPACE + "-" + DemoSeed.CI_RUNNING_SSH).toLowerCase() + "/home/azureuser");
    }

    @Test
    void aStoppedInstanceShowsThemDisabledWithTheReason(FxRobot robot) throws Exception {
        openDetails(robot, DemoSeed.CI_STOPPED);

        assertThat(buttons(robot)).extracting(Button::getText)
                .containsExactly("JupyterLab", "Jupyter", "VS Code (Desktop)");
        assertThat(buttons(robot)).allMatch(Button::isDisabled);
        assertThat(note(robot).isVisible()).isTrue();
        assertThat(note(robot).getText()).isEqualTo("Start the instance to open its applications");
        robot.clickOn(button(robot, "JupyterLab"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.links).isEmpty();
    }

    @Test
    void withoutSshVsCodeDesktopSaysWhyAndTheWebApplicationsStillOpen(FxRobot robot) throws Exception {
        ComputeRow row = openDetails(robot, DemoSeed.CI_OTHER_USER);

        assertThat(button(robot, "VS Code (Desktop)").isDisabled()).isTrue();
        assertThat(note(robot).getText()).startsWith("VS Code (Desktop): ")
                .contains("SSH access was not enabled when this compute was created");
        robot.clickOn(button(robot, "JupyterLab"));
        waitFor(() -> ui.links.size() == 1);
        assertThat(ui.links).containsExactly(endpoint(row, "Jupyter Lab"));
    }

    @Test
    void theTablesLinksOpenTheSameApplicationsAndStayReadableOnASelectedRow(FxRobot robot) throws Exception {
        TableView<ComputeRow> table = instances(robot);
        ComputeRow running = row(table, DemoSeed.CI_RUNNING_SSH).orElseThrow();
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(table.getItems().indexOf(running));
            table.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();

        Hyperlink lab = link(robot, DemoSeed.CI_RUNNING_SSH, "JupyterLab");
        assertThat(lab.isDisabled()).isFalse();
        for (String theme : List.of("theme-light.css", "theme-dark.css", "theme-high-contrast.css")) {
            robot.interact(() -> show(theme));
            WaitForAsyncUtils.waitForFxEvents();
            Hyperlink now = link(robot, DemoSeed.CI_RUNNING_SSH, "JupyterLab");
            assertThat(ContrastCheck.ratio((Color) now.getTextFill(), rowBackground(now))).as(theme).isGreaterThanOrEqualTo(4.5);
        }
        robot.clickOn(link(robot, DemoSeed.CI_RUNNING_SSH, "JupyterLab"));
        waitFor(() -> ui.links.size() == 1);
        assertThat(ui.links).containsExactly(endpoint(running, "Jupyter Lab"));

        // A stopped instance's row shows one short reason, not a row of greyed links; its tooltip says the rest.
        Label stopped = robot.lookup(".muted").queryAllAs(Label.class).stream()
                .filter(label -> rowOf(label).map(r -> r.getItem() != null
                        && r.getItem().name().equals(DemoSeed.CI_STOPPED)).orElse(false))
                .findFirst().orElseThrow();
        assertThat(stopped.getText()).isEqualTo("Available once running");
        assertThat(rowOf(stopped).orElseThrow().lookupAll(".app-link")).isEmpty();
        assertThat(((javafx.scene.control.TableCell<?, ?>) stopped.getParent()).getTooltip().getText())
                .isEqualTo("Start the instance to open its applications");
    }

    private static Hyperlink link(FxRobot robot, String computeName, String label) {
        return robot.lookup(".app-link").queryAllAs(Hyperlink.class).stream()
                .filter(link -> link.getText().equals(label) && link.isVisible())
                .filter(link -> rowOf(link).map(r -> r.getItem() != null && r.getItem().name().equals(computeName))
                        .orElse(false))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Optional<TableRow<ComputeRow>> rowOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof TableRow<?> r) {
                return Optional.of((TableRow<ComputeRow>) r);
            }
        }
        return Optional.empty();
    }

    /** The nearest opaque background behind {@code node}: the selected row's selection bar. */
    private static Color rowBackground(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.layout.Region region) {
                Background background = region.getBackground();
                if (background != null) {
                    for (int i = background.getFills().size() - 1; i >= 0; i--) {
                        BackgroundFill fill = background.getFills().get(i);
                        if (fill.getFill() instanceof Color c && c.getOpacity() == 1.0) {
                            return c;
                        }
                    }
                }
            }
        }
        return Color.WHITE;
    }
}
