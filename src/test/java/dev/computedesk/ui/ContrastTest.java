package dev.computedesk.ui;

import dev.computedesk.azure.model.ComputeInstanceProperties;
import dev.computedesk.azure.model.ComputeInstanceSettings;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.emulator.Fault;
import dev.computedesk.testing.ContrastCheck;
import dev.computedesk.testing.ContrastScan;
import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.testing.TestUi;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.ComputeFormKind;
import dev.computedesk.ui.common.Theme;
import dev.computedesk.ui.common.ThemeManager;
import dev.computedesk.ui.common.UiContext;
import dev.computedesk.ui.compute.ComputePage;
import dev.computedesk.ui.compute.create.ComputeFormWindows;
import dev.computedesk.ui.linkedservices.LinkedServicesPage;
import dev.computedesk.ui.settings.SettingsWindow;
import dev.computedesk.ui.shell.ShellViewModel;
import dev.computedesk.ui.shell.SignInWindow;
import dev.computedesk.ui.ssh.SshHelperWindow;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a user reads, in each theme, at WCAG AA (4.5:1) on what lies behind it: each compute tab with a selected
 * row (the instance's with its application links) and its details open, the filter focused, the Compute page's
 * late-failure bar (its message, "Edit and retry" and "Dismiss"), the linked services, a create form, the SSH helper,
 * the sign-in dialog and the settings window, and popups: a table's context menu, a tooltip and a combo box's list.
 * Every text field's edge (border or focus ring) reaches 3:1, so no field disappears into the page. The themes are
 * switched the way the settings window does, through {@link ThemeManager}, so the test also proves that open windows
 * follow a switch.
 */
@ExtendWith(ApplicationExtension.class)
class ContrastTest {
    private static final List<String> COMPUTE_TABS =
            List.of("#instancesTable", "#clustersTable", "#kubernetesTable", "#inferenceTable", "#attachedTable");

    @TempDir Path settingsDir;

    private EmulatorFixture fixture;
    private TestUi ui;
    private UiContext context;
    private ThemeManager themes;
    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        fixture = EmulatorFixture.start();
        themes = new ThemeManager(Theme.LIGHT);
        themes.install();
        ui = new TestUi(fixture, fixture.demoWorkspace(), () -> stage);
        UiContext test = ui.context;
        context = new UiContext(test.executor(), test.operations(), test.dialogs(), test.clipboard(), test.workspace(),
                test.navigator(), test.computeEvents(), test.links(), settingsDir, test.owner(), themes.stylesheets(),
                test.ready());
        // A 1366x768 laptop's window, or the whole headless screen where it is smaller (Monocle's default).
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene((Parent) ComputePage.create(context), Math.min(1366, screen.getWidth()),
                Math.min(740, screen.getHeight()));
        scene.getStylesheets().setAll(themes.stylesheets());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> {
            List.copyOf(Window.getWindows()).stream().filter(w -> w != main).forEach(Window::hide);
            ui.workspace.selectWorkspace(null);
        });
        ui.close();
        fixture.close();
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyTextOnEveryScreenReachesAa(Theme theme, FxRobot robot) throws Exception {
        robot.interact(() -> themes.setTheme(theme));
        List<String> failures = new ArrayList<>();

        for (String tableId : COMPUTE_TABS) {
            TextField filter = showTabWithDetails(robot, tableId);
            // The selected row on the accent bar of the focused table, then on the quieter bar once the filter has
            // the focus.
            robot.interact(() -> robot.lookup(tableId).query().requestFocus());
            failures.addAll(scan(robot, main, theme, tableId + " focused, with details"));
            robot.interact(filter::requestFocus);
            waitFor(filter::isFocused);
            failures.addAll(scan(robot, main, theme, tableId + " with details, filter focused"));
        }
        assertThat(robot.lookup(".app-link").queryAllAs(Hyperlink.class)).as("the instances table shows its links")
                .anyMatch(link -> link.isVisible() && !link.isDisabled());

        failures.addAll(scanPopups(robot, theme, "compute page"));

        showLateFailure(robot);
        failures.addAll(scan(robot, main, theme, "compute page, late-failure bar"));
        robot.interact(() -> robot.lookup("#editAndRetryButton").query().requestFocus());
        failures.addAll(scan(robot, main, theme, "compute page, late-failure bar, Edit and retry focused"));

        robot.interact(() -> main.getScene().setRoot((Parent) LinkedServicesPage.create(context)));
        TableView<?> links = robot.lookup("#linkedServicesTable").queryAs(TableView.class);
        waitFor(() -> !links.getItems().isEmpty());
        robot.interact(() -> {
            links.getSelectionModel().select(0);
            links.requestFocus();
        });
        failures.addAll(scan(robot, main, theme, "linked services"));

        Set<Window> before = Set.copyOf(Window.getWindows());
        robot.interact(() -> ComputeFormWindows.open(context, ComputeFormKind.COMPUTE_INSTANCE, null, null));
        Window form = newWindow(before);
        robot.interact(() -> form.getScene().lookup("#computeNameField").requestFocus());
        failures.addAll(scan(robot, form, theme, "compute instance form"));
        failures.addAll(scanComboPopup(robot, form, "#vmTypeCombo", theme, "compute instance form"));
        robot.interact(form::hide);

        ComputeResource instance = fixture.connection().computes().get(fixture.demoWorkspace(),
                DemoSeed.CI_RUNNING_SSH);
        Set<Window> beforeHelper = Set.copyOf(Window.getWindows());
        robot.interact(() -> SshHelperWindow.open(context, instance, null));
        Window helper = newWindow(beforeHelper);
        failures.addAll(scan(robot, helper, theme, "SSH helper"));
        robot.interact(helper::hide);

        Set<Window> beforeSignIn = Set.copyOf(Window.getWindows());
        robot.interact(() -> new SignInWindow(context, new ShellViewModel(ui.operations, text -> { }, ui.executor,
                ui.workspace, () -> { }, id -> { }), ScreenFixtures.signInService(fixture)).show());
        Window signIn = newWindow(beforeSignIn);
        failures.addAll(scan(robot, signIn, theme, "sign-in dialog"));
        robot.interact(signIn::hide);

        Set<Window> beforeSettings = Set.copyOf(Window.getWindows());
        robot.interact(() -> SettingsWindow.create(main, themes.stylesheets(), ScreenFixtures.settings()).show());
        Window settings = newWindow(beforeSettings);
        failures.addAll(scan(robot, settings, theme, "settings window"));
        failures.addAll(scanComboPopup(robot, settings, "#themeCombo", theme, "settings window"));
        robot.interact(settings::hide);

        assertThat(failures).as("texts below %s:1 in the %s theme", ContrastCheck.AA_TEXT, theme.id()).isEmpty();
    }

    /**
     * Selects the tab's first row (on the instances tab, the running instance with Jupyter links), opens its details
     * with Enter and returns the tab's filter field.
     */
    @SuppressWarnings("unchecked")
    private TextField showTabWithDetails(FxRobot robot, String tableId) throws Exception {
        TabPane tabs = robot.lookup("#computeTabs").queryAs(TabPane.class);
        int index = COMPUTE_TABS.indexOf(tableId);
        robot.interact(() -> tabs.getSelectionModel().select(index));
        TableView<Object> table = robot.lookup(tableId).queryAs(TableView.class);
        waitFor(() -> !table.getItems().isEmpty());
        robot.interact(() -> {
            int row = 0;
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).toString().contains(DemoSeed.CI_RUNNING_SSH)) {
                    row = i;
                }
            }
            table.getSelectionModel().clearAndSelect(row);
            table.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#detailsPane").tryQuery().map(Node::isVisible).orElse(false));
        TextField filter = (TextField) table.getParent().getParent().lookup("#filterField");
        assertThat(filter).as("the filter of " + tableId).isNotNull();
        return filter;
    }

    /**
     * Shows the late-failure bar as a user meets it: a create this app sent (published as the forms publish it) is
     * accepted, then ends Failed, and the next refresh of the list notices. Checks that the bar's three texts (the
     * failure, "Edit and retry" and "Dismiss") are on screen, so the scans that follow read them.
     */
    private void showLateFailure(FxRobot robot) throws Exception {
        String name = "ci-late-contrast";
        fixture.emulator().injectFault(Fault.provisioningFailure("/computes/" + name + "$", 1));
        ComputeResource request = ComputeResource.request(DemoSeed.LOCATION, null,
                ComputeInstanceProperties.forRequest(null, null, ComputeInstanceSettings.forCreate(
                        "Standard_DS2_v2", null, null, null, null, null, null, null, null)));
        fixture.connection().computes().createOrUpdate(fixture.demoWorkspace(), name, request);
        robot.interact(() -> context.computeEvents().publish(new ComputeEvents.Change(fixture.demoWorkspace(), name,
                request, ComputeEvents.Kind.CREATING)));
        Node bar = robot.lookup("#lateFailureBar").query();
        // Each refresh reads the list again; the emulator's clock is past the create's end before each one.
        for (int attempt = 0; attempt < 20 && !bar.isVisible(); attempt++) {
            fixture.tick(Duration.ofHours(1));
            robot.interact(() -> robot.lookup("#refreshButton").match(Node::isVisible).queryAs(Button.class).fire());
            try {
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, bar::isVisible);
            } catch (TimeoutException notYet) {
                // The refresh that read the list may have started before the tick: read it again.
            }
        }
        assertThat(bar.isVisible()).as("the late-failure bar shows").isTrue();
        assertThat(robot.lookup("#lateFailureLabel").queryAs(Label.class).getText()).contains(name);
        assertThat(robot.lookup(".late-failure-bar .button").queryAllAs(Button.class))
                .as("Edit and retry, and Dismiss").hasSize(2).allMatch(button -> button.isVisible()
                        && !button.isDisabled() && !button.getText().isBlank());
    }

    /**
     * The compute page's popups over a selected row: the table's context menu and a tooltip (the Refresh button's);
     * each is scanned on its own, then hidden.
     */
    private List<String> scanPopups(FxRobot robot, Theme theme, String screen) throws Exception {
        List<String> found = new ArrayList<>();
        TableView<?> table = robot.lookup("#attachedTable").queryAs(TableView.class);
        robot.interact(() -> table.getContextMenu().show(table, Side.BOTTOM, 0, -table.getHeight() / 2));
        found.addAll(scanShownPopup(robot, theme, screen + ", context menu"));
        Node refresh = robot.lookup("#refreshButton").match(Node::isVisible).query();
        Tooltip tooltip = ((Control) refresh).getTooltip();
        robot.interact(() -> {
            Bounds at = refresh.localToScreen(refresh.getBoundsInLocal());
            tooltip.show(refresh, at.getMinX(), at.getMaxY() + 4);
        });
        found.addAll(scanShownPopup(robot, theme, screen + ", tooltip"));
        return found;
    }

    /** Opens {@code comboId}'s list in {@code window}, with its first item selected, and scans it. */
    private static List<String> scanComboPopup(FxRobot robot, Window window, String comboId, Theme theme,
                                               String screen) throws Exception {
        ComboBox<?> combo = (ComboBox<?>) window.getScene().lookup(comboId);
        robot.interact(() -> {
            combo.getSelectionModel().select(0);
            combo.show();
        });
        return scanShownPopup(robot, theme, screen + ", " + comboId + " list");
    }

    /** Scans every popup window showing (a menu, a list, a tooltip), then hides them. */
    private static List<String> scanShownPopup(FxRobot robot, Theme theme, String screen) throws Exception {
        waitFor(() -> Window.getWindows().stream().anyMatch(w -> w instanceof PopupWindow && w.isShowing()));
        List<String> found = new ArrayList<>();
        List<Window> popups = Window.getWindows().stream()
                .filter(w -> w instanceof PopupWindow && w.isShowing()).toList();
        for (Window popup : popups) {
            found.addAll(scan(robot, popup, theme, screen));
        }
        robot.interact(() -> popups.forEach(Window::hide));
        return found;
    }

    private static Window newWindow(Set<Window> before) throws Exception {
        waitFor(() -> Window.getWindows().stream().anyMatch(w -> !before.contains(w) && w.isShowing()));
        return Window.getWindows().stream().filter(w -> !before.contains(w)).findFirst().orElseThrow();
    }

    private static List<String> scan(FxRobot robot, Window window, Theme theme, String screen) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> found = new ArrayList<>();
        robot.interact(() -> {
            window.getScene().getRoot().applyCss();
            window.getScene().getRoot().layout();
            ContrastScan.below(window.getScene(), ContrastCheck.AA_TEXT)
                    .forEach(failure -> found.add(theme.id() + " / " + screen + ": " + failure));
            ContrastScan.fieldEdgesBelow(window.getScene(), ContrastCheck.AA_NON_TEXT)
                    .forEach(failure -> found.add(theme.id() + " / " + screen + ": " + failure));
        });
        return found;
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }
}
