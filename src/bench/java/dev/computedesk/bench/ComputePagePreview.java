package dev.computedesk.bench;

import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.connect.ConnectionFactory;
import dev.computedesk.azure.model.AmlComputeNode;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.emulator.ClockMode;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.emulator.Emulator;
import dev.computedesk.emulator.EmulatorConfig;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.ComputeFormKind;
import dev.computedesk.ui.common.FxDialogService;
import dev.computedesk.ui.common.Navigator;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import dev.computedesk.ui.common.UiContext;
import dev.computedesk.ui.common.WorkspaceContext;
import dev.computedesk.ui.compute.ComputePage;
import dev.computedesk.ui.common.Page;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;

/**
 * The Compute page alone in a window on the demo seed (real clock), to look at it before the shell wires it in.
 * Arguments: the theme ({@code light}, {@code dark}, {@code high-contrast}); optionally a tab index, and the
 * name of a compute whose details to open once listed (as Enter on its row would), and the details tab to show.
 */
public final class ComputePagePreview {
    private ComputePagePreview() {
    }

    public static void main(String[] args) throws Exception {
        String theme = args.length > 0 ? args[0] : "light";
        int tab = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        String open = args.length > 2 ? args[2] : null;
        int detailsTab = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        Emulator emulator = Emulator.start(EmulatorConfig.defaults().withClockMode(ClockMode.REAL));
        AzureConnection connection = new ConnectionFactory().emulator(emulator.baseUrl(), emulator.token());
        Platform.startup(() -> {
            OperationLog operations = new OperationLog();
            TrackingTaskExecutor executor = TrackingTaskExecutor.forFx(operations,
                    TrackingTaskExecutor.defaultWorkers(), Platform::runLater);
            WorkspaceContext workspace = new WorkspaceContext();
            workspace.connect(connection);
            Stage stage = new Stage();
            UiContext context = new UiContext(executor, operations, new FxDialogService(() -> stage), text -> { },
                    workspace, new PrintingNavigator(), new ComputeEvents(), url -> System.out.println("open " + url),
                    Path.of("target", "preview-settings"), () -> stage, List.of(), () -> System.out.println("READY"));
            Scene scene = new Scene((Parent) ComputePage.create(context), 1360, 860);
            for (String css : new String[] {"app.css", "theme-" + theme + ".css", "compute.css"}) {
                scene.getStylesheets().add(ComputePagePreview.class.getResource("/css/" + css).toExternalForm());
            }
            stage.setTitle("Compute page preview");
            stage.setScene(scene);
            stage.setOnCloseRequest(event -> {
                executor.close();
                emulator.close();
                Platform.exit();
            });
            stage.show();
            workspace.selectWorkspace(new WorkspaceRef(DemoSeed.SUBSCRIPTION_ID, DemoSeed.RESOURCE_GROUP,
                    DemoSeed.WORKSPACE, DemoSeed.LOCATION));
            TabPane tabs = (TabPane) scene.lookup("#computeTabs");
            tabs.getSelectionModel().select(tab);
            if (open != null) {
                PauseTransition later = new PauseTransition(Duration.seconds(4));
                later.setOnFinished(event -> openDetails(scene, open, detailsTab));
                later.play();
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static void openDetails(Scene scene, String name, int detailsTab) {
        for (Node node : scene.getRoot().lookupAll(".table-view")) {
            TableView<Object> table = (TableView<Object>) node;
            for (Object item : table.getItems()) {
                if (item.toString().equals("ComputeRow[" + name + "]")) {
                    table.getSelectionModel().select(item);
                    table.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
                    TabPane details = (TabPane) scene.lookup("#detailsPane .tab-pane");
                    if (details != null && detailsTab < details.getTabs().size()) {
                        details.getSelectionModel().select(detailsTab);
                    }
                    return;
                }
            }
        }
    }

    private static final class PrintingNavigator implements Navigator {
        @Override
        public void openCreateForm(ComputeFormKind kind) {
            System.out.println("open form " + kind);
        }

        @Override
        public void openEditAndRetry(ComputeFormKind kind, String computeName, ComputeResource sentRequest) {
            System.out.println("edit and retry " + kind + " " + computeName);
        }

        @Override
        public void openSshHelper(ComputeResource compute, AmlComputeNode node) {
            System.out.println("ssh " + compute.name() + (node == null ? "" : " node " + node.nodeId()));
        }

        @Override
        public void showPage(Page page) {
        }
    }
}
