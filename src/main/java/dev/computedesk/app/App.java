package dev.computedesk.app;

import dev.computedesk.azure.AuthenticationRequiredException;
import dev.computedesk.azure.connect.ConnectionFactory;
import dev.computedesk.azure.connection.ConnectionKind;
import dev.computedesk.azure.connection.SettingsStore;
import dev.computedesk.ui.common.BackgroundTask;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.FxClipboardService;
import dev.computedesk.ui.common.FxDialogService;
import dev.computedesk.ui.common.Fxml;
import dev.computedesk.ui.common.OperationFollower;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.Theme;
import dev.computedesk.ui.common.ThemeManager;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import dev.computedesk.ui.common.UiContext;
import dev.computedesk.ui.common.WorkspaceContext;
import dev.computedesk.ui.compute.ComputePage;
import dev.computedesk.ui.linkedservices.LinkedServicesPage;
import dev.computedesk.ui.common.Page;
import dev.computedesk.ui.shell.ShellView;
import dev.computedesk.ui.shell.ShellViewModel;
import dev.computedesk.ui.shell.SignInWindow;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** The JavaFX application: the composition root that builds every object and shows the main window. */
public final class App extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    private LaunchOptions options;
    private TrackingTaskExecutor executor;
    private Connections connections;
    /**
     * Housekeeping off the FX thread, in order and without activity-log entries of its own: the start-up
     * connection (joined by a titled task), then settings saves.
     */
    private final ExecutorService housekeeping = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "compute-desk-housekeeping");
        thread.setDaemon(true);
        return thread;
    });

    private AppDirectories directories;
    /** The start-up connection, begun in {@link #init()} so it overlaps the window's creation. */
    private CompletableFuture<Connections.Started> startup;
    private final AtomicReference<SignInWindow> signIn = new AtomicReference<>();
    private final FileNotices fileNotices = new FileNotices();
    /** The theme of every window and the app's icon; the settings window switches themes through it. */
    private ThemeManager themes;

    @Override
    public void init() throws Exception {
        options = LaunchOptions.parse(getParameters().getRaw());
        AppDirectories user = AppDirectories.forCurrentUser();
        directories = options.settingsDir() == null ? user : new AppDirectories(options.settingsDir(), user.dataDir());
        connections = new Connections(options, directories, new SettingsStore(directories.settingsDir(), fileNotices),
                new ConnectionFactory(), fileNotices);
        // A device code can only come once the window exists; runLater queues it behind start().
        startup = CompletableFuture.supplyAsync(() -> connections.connectAtStartup(info -> Platform.runLater(
                () -> signIn.get().showDeviceCode(info))), housekeeping);
    }

    @Override
    public void start(Stage stage) {
        AppDirectories used = directories;
        themes = new ThemeManager(Theme.fromId(options.theme()));
        themes.install();

        OperationLog operations = new OperationLog();
        executor = TrackingTaskExecutor.forFx(operations, TrackingTaskExecutor.defaultWorkers(), Platform::runLater);
        WorkspaceContext workspace = new WorkspaceContext();
        StartupReadiness readiness = new StartupReadiness(options.exitWhenReady(), this::reportReadyAndExit);
        AtomicReference<UiContext> context = new AtomicReference<>();

        ShellViewModel shell = new ShellViewModel(operations, new FxClipboardService(), executor, workspace,
                () -> signIn.get().show(),
                id -> housekeeping.execute(() -> remember(id)));
        fileNotices.deliverTo(problem -> Platform.runLater(() -> shell.fileProblem(problem)));
        FxDialogService dialogs = new FxDialogService(() -> stage);
        ComputeEvents computeEvents = new ComputeEvents();
        // The one follower of operations on computes: every screen that starts one goes through it.
        OperationFollower follower = new OperationFollower(executor, computeEvents);
        context.set(new UiContext(executor, operations, dialogs, new FxClipboardService(), workspace,
                new AppNavigator(context::get, shell), computeEvents, url -> getHostServices().showDocument(url),
                used.settingsDir(), () -> stage, themes.stylesheets(), readiness, follower,
                fileNotices));
        signIn.set(new SignInWindow(context.get(), shell, connections));
        executor.setFailureObserver(failure -> {
            if (failure instanceof AuthenticationRequiredException && workspace.connection() != null
                    && workspace.connection().kind() != ConnectionKind.EMULATOR) {
                shell.signInExpired(failure);
            }
        });

        Map<Page, Supplier<Node>> pages = Map.of(
                Page.COMPUTE, () -> ComputePage.create(context.get()),
                Page.LINKED_SERVICES, () -> LinkedServicesPage.create(context.get()));
        Parent root = Fxml.load("shell/Shell.fxml", new ShellView(shell, pages));
        // The window opens at the shell's preferred size, but never larger than the screen: on a 1366x768 laptop
        // a 1280x800 window would hide the status bar below the screen's edge.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(root.prefWidth(-1), screen.getWidth()),
                Math.min(root.prefHeight(-1), screen.getHeight()));
        scene.getStylesheets().addAll(themes.stylesheets());
        stage.setTitle("Compute Desk");
        stage.setScene(scene);
        stage.setOnShown(event -> readiness.windowShown());
        shell.errorProperty().addListener((obs, old, error) -> {
            if (error != null) {
                readiness.failed();
            }
        });
        stage.show();

        executor.submit(BackgroundTask.titled(options.emulatorUrl() != null || options.forceEmulator()
                                ? "Connecting to the local emulator" : "Connecting", "",
                        token -> join(startup))
                .onSuccess(started -> shell.connected(started.connection(), started.lastWorkspaceId()))
                .onFailure(failure -> shell.connectionFailed("Could not connect", failure)));
    }

    private static <T> T join(CompletableFuture<T> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private void remember(String workspaceId) {
        try {
            connections.rememberWorkspace(workspaceId);
        } catch (RuntimeException e) {
            LOG.warn("Could not remember the selected workspace: {}", e.getMessage());
        }
    }

    private void reportReadyAndExit() {
        System.out.println("READY " + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
        System.out.flush();
        Platform.exit();
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.close();
        }
        housekeeping.shutdown();
        if (connections != null) {
            connections.close();
        }
    }
}
