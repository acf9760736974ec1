package dev.computedesk.app;

import dev.computedesk.ui.common.FxClipboardService;
import dev.computedesk.ui.common.Fxml;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import dev.computedesk.ui.shell.Page;
import dev.computedesk.ui.shell.PlaceholderPage;
import dev.computedesk.ui.shell.ShellView;
import dev.computedesk.ui.shell.ShellViewModel;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.function.Supplier;

/** The JavaFX application: the composition root that builds every object and shows the main window. */
public final class App extends Application {

    private LaunchOptions options;
    private TrackingTaskExecutor executor;

    @Override
    public void init() throws Exception {
        options = LaunchOptions.parse(getParameters().getRaw());
    }

    @Override
    public void start(Stage stage) {
        OperationLog operations = new OperationLog();
        executor = TrackingTaskExecutor.forFx(operations, TrackingTaskExecutor.defaultWorkers(), Platform::runLater);
        ShellViewModel shell = new ShellViewModel(operations, new FxClipboardService(), () -> { });
        Map<Page, Supplier<Node>> pages = Map.of(
                Page.COMPUTE, () -> PlaceholderPage.create(Page.COMPUTE, "computePage"),
                Page.LINKED_SERVICES, () -> PlaceholderPage.create(Page.LINKED_SERVICES, "linkedServicesPage"));
        Parent root = Fxml.load("shell/Shell.fxml", new ShellView(shell, pages));

        Scene scene = new Scene(root);
        scene.getStylesheets().addAll(Theme.fromId(options.theme()).stylesheets());
        stage.setTitle("Compute Desk");
        stage.setScene(scene);
        if (options.exitWhenReady()) {
            stage.setOnShown(event -> Platform.runLater(this::reportReadyAndExit));
        }
        stage.show();
    }

    private void reportReadyAndExit() {
        System.out.println("READY " + ManagementFactory.getRuntimeMXBean().getUptime());
        System.out.flush();
        Platform.exit();
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.close();
        }
    }
}
