package dev.computedesk.app;

import dev.computedesk.azure.AuthenticationRequiredException;
import dev.computedesk.azure.ConnectionOptions;
import dev.computedesk.azure.connect.ConnectionFactory;
import dev.computedesk.azure.connection.ConnectionKind;
import dev.computedesk.azure.connection.SettingsStore;
import dev.computedesk.azure.network.Network;
import dev.computedesk.azure.network.NetworkSettings;
import dev.computedesk.azure.network.StartupProperties;
import dev.computedesk.app.logging.FileLogging;
import dev.computedesk.app.logging.LogFolder;
import dev.computedesk.domain.text.Language;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.ui.common.ActivityEntry;
import dev.computedesk.ui.common.ActivityLogFile;
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
import dev.computedesk.ui.shell.WorkspaceListing;
import dev.computedesk.settings.Layout;
import dev.computedesk.settings.Preferences;
import dev.computedesk.settings.SettingsFile;
import dev.computedesk.ui.settings.SettingsViewModel;
import dev.computedesk.ui.settings.SettingsWindow;
import dev.computedesk.ui.settings.WindowMemory;
import java.util.Arrays;
import java.util.List;
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

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.concurrent.Executor;

/** The JavaFX application: the composition root that builds every object and shows the main window. */
public final class App extends Application {
    static {
        // The launcher configures logging beside JavaFX's start; SLF4J is first asked for a logger here, and a
        // logger asked for while SLF4J is still starting on another thread could stay silent.
        FileLogging.awaitStarted();
    }

    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    private LaunchOptions options;
    private TrackingTaskExecutor executor;
    private Connections connections;
    /** The proxy and TLS trust of every connection; the settings window changes it. */
    private Network network;
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
    /**
     * The start-up connection and its workspace list, begun in {@link #init()} so both overlap the window's
     * creation: the list's requests go out while the FX thread builds the window.
     */
    private CompletableFuture<StartupConnection> startup;
    /**
     * Lists the start-up connection's workspaces on a thread of its own, once: the housekeeping thread stays free
     * for the settings and activity-log saves of the first seconds.
     */
    private static final Executor STARTUP_LISTING = runnable -> {
        Thread thread = new Thread(runnable, "compute-desk-startup-listing");
        thread.setDaemon(true);
        thread.start();
    };
    private final AtomicReference<SignInWindow> signIn = new AtomicReference<>();
    private final FileNotices fileNotices = new FileNotices();
    private ActivityLogFile activityFile;
    /** The activity log of earlier runs, read in {@link #init()} (off the FX thread). */
    private java.util.List<ActivityEntry> earlierActivity = java.util.List.of();

    /** The one settings file; read here in {@link #init()} (off the FX thread), written by {@link #settingsWriter}. */
    private SettingsFile settingsFile;
    private Preferences preferences;
    private Layout savedLayout;
    /** The theme chosen by {@code --theme}, else the settings' (read in {@link #init()}). */
    private Theme initialTheme = Theme.LIGHT;
    /**
     * Writes the settings file in order, off the FX thread. Not a daemon: the layout saved as the window closes is
     * written before the JVM exits.
     */
    private WindowMemory memory;
    private final ExecutorService settingsWriter = Executors.newSingleThreadExecutor(runnable ->
            new Thread(runnable, "compute-desk-settings"));
    /** The theme of every window and the app's icon; the settings window switches themes through it. */
    private ThemeManager themes;
    /**
     * A font with Hangul for Korean texts, when the language is Korean and the platform has one. Listing the
     * platform's fonts can take a second, so it runs beside the start-up and the font is put on the windows when
     * known.
     */
    private CompletableFuture<Optional<String>> koreanFont = CompletableFuture.completedFuture(Optional.empty());

    @Override
    public void init() throws Exception {
        options = LaunchOptions.parse(getParameters().getRaw());
        AppDirectories user = AppDirectories.forCurrentUser();
        directories = options.settingsDir() == null ? user : new AppDirectories(options.settingsDir(), user.dataDir());
        settingsFile = new SettingsFile(directories.settingsDir(), fileNotices);
        preferences = settingsFile.preferences();
        savedLayout = settingsFile.layout();
        initialTheme = theme(options.theme() != null ? options.theme() : preferences.theme());
        // Before any window, FXML or formatter exists: they read their texts and locale once.
        Messages.use(StartLanguage.choose(options.language(), preferences.language(), Locale.getDefault()));
        if (Messages.language() == Language.KOREAN) {
            koreanFont = CompletableFuture.supplyAsync(() -> KoreanFont.among(javafx.scene.text.Font.getFamilies()));
            koreanFont.thenAccept(family -> LOG.info("Font for Korean texts: {}", family.orElse("none installed")));
        }
        // Before any connection: the JDK reads these networking properties once (docs/network.md).
        NetworkSettings networkSettings = NetworkSettings.from(preferences);
        StartupProperties.apply(networkSettings, System.getenv());
        network = Network.forThisProcess(networkSettings);
        connections = new Connections(options, directories, new SettingsStore(settingsFile),
                new ConnectionFactory(ConnectionOptions.defaults().withNetwork(network)), fileNotices);
        activityFile = new ActivityLogFile(directories.settingsDir(), fileNotices);
        earlierActivity = activityFile.load();
        // A device code can only come once the window exists; runLater queues it behind start().
        startup = CompletableFuture.supplyAsync(() -> {
            Connections.Started started = connections.connectAtStartup(info -> Platform.runLater(
                    () -> signIn.get().showDeviceCode(info)));
            return new StartupConnection(started, WorkspaceListing.start(started.connection(), STARTUP_LISTING));
        }, housekeeping);
    }

    /** The start-up connection, and its workspace list under way. */
    private record StartupConnection(Connections.Started started, WorkspaceListing workspaces) {
    }

    @Override
    public void start(Stage stage) {
        AppDirectories used = directories;
        themes = new ThemeManager(initialTheme);
        themes.install();
        koreanFont.thenAccept(family -> Platform.runLater(() -> family.ifPresent(KoreanFont::install)));

        OperationLog operations = new OperationLog();
        operations.restore(earlierActivity);
        operations.finished().addListener((javafx.collections.ListChangeListener<ActivityEntry>) change -> {
            java.util.List<ActivityEntry> snapshot = java.util.List.copyOf(operations.finished());
            inBackground(() -> activityFile.save(snapshot));
        });
        executor = TrackingTaskExecutor.forFx(operations, TrackingTaskExecutor.defaultWorkers(), Platform::runLater);
        WorkspaceContext workspace = new WorkspaceContext();
        StartupReadiness readiness = new StartupReadiness(options.exitWhenReady(), this::reportReadyAndExit);
        AtomicReference<UiContext> context = new AtomicReference<>();

        ShellViewModel shell = new ShellViewModel(operations, new FxClipboardService(), executor, workspace,
                () -> signIn.get().show(),
                id -> inBackground(() -> remember(id)), () -> openSettings(stage));
        memory = new WindowMemory(savedLayout, layout -> saveSettings(SettingsFile.LAYOUT, layout));
        memory.restorePage(shell.currentPageProperty(), shell::navigate);
        fileNotices.deliverTo(problem -> Platform.runLater(() -> shell.fileProblem(problem)));
        String logFolder = LogFolder.forRun(options.logDir(), options.settingsDir()).toUri().toString();
        // The desktop's file manager is started off the FX thread: xdg-open and its kin can take a while.
        shell.setLogFolderOpener(() -> inBackground(() -> getHostServices().showDocument(logFolder)));
        FxDialogService dialogs = new FxDialogService(() -> stage);
        ComputeEvents computeEvents = new ComputeEvents();
        // The one follower of operations on computes: every screen that starts one goes through it.
        OperationFollower follower = new OperationFollower(executor, computeEvents);
        context.set(new UiContext(executor, operations, dialogs, new FxClipboardService(), workspace,
                new AppNavigator(context::get, shell), computeEvents, url -> getHostServices().showDocument(url),
                used.settingsDir(), () -> stage, themes.stylesheets(), readiness, follower,
                fileNotices, settingsFile));
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
        stage.setTitle(Messages.get("app.title"));
        stage.setScene(scene);
        memory.place(stage);
        stage.setOnShown(event -> readiness.windowShown());
        shell.errorProperty().addListener((obs, old, error) -> {
            if (error != null) {
                readiness.failed();
            }
        });
        stage.show();

        executor.submit(BackgroundTask.titled(options.emulatorUrl() != null || options.forceEmulator()
                                ? Messages.get("app.connectingEmulator") : Messages.get("app.connecting"), "",
                        token -> join(startup))
                .onSuccess(begun -> shell.connected(begun.started().connection(),
                        begun.started().lastWorkspaceId(), begun.workspaces()))
                .onFailure(failure -> shell.connectionFailed(Messages.get("app.couldNotConnect"), failure)));
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

    /** Writes a section off the FX thread; after {@link #stop()} (a window hidden on the way out) nothing is left to do. */
    private void saveSettings(String section, Object value) {
        inSettingsWriter(() -> settingsFile.put(section, value));
    }

    /** Runs {@code work} on the settings writer, after what is queued there; after {@link #stop()}, nothing. */
    private void inSettingsWriter(Runnable work) {
        if (!settingsWriter.isShutdown()) {
            settingsWriter.execute(work);
        }
    }

    /** A theme by id; an id this version does not know (a newer settings file) is the light theme. */
    private static Theme theme(String id) {
        try {
            return Theme.fromId(id);
        } catch (IllegalArgumentException unknown) {
            return Theme.LIGHT;
        }
    }

    private void openSettings(Stage owner) {
        List<String> themeIds = Arrays.stream(Theme.values()).map(Theme::id).toList();
        // The window shows the theme and language in use: with --theme or --lang they may differ from the saved ones.
        String language = Messages.language() == Language.KOREAN ? "ko" : "en";
        Preferences shown = preferences.withTheme(themes.getTheme().id()).withLanguage(language);
        SettingsViewModel viewModel = new SettingsViewModel(shown, themeIds, new SettingsViewModel.SettingsActions() {
            @Override
            public void previewTheme(String themeId) {
                applyTheme(theme(themeId));
            }

            @Override
            public void save(Preferences chosen) {
                // The language in use left as it was is no choice: a system-following setting keeps following.
                preferences = language.equals(chosen.language()) ? chosen.withLanguage(preferences.language())
                        : chosen;
                applyTheme(theme(chosen.theme()));
                network.apply(NetworkSettings.from(chosen));
                saveSettings(SettingsFile.PREFERENCES, preferences);
                inSettingsWriter(connections::loadProxyPassword);
            }

            @Override
            public void saveProxyPassword(String password) {
                inSettingsWriter(() -> connections.saveProxyPassword(password));
            }
        });
        SettingsWindow.create(owner, themes.stylesheets(), viewModel).show();
        // Whether a keychain is usable is probed off the FX thread; the note appears when known.
        inBackground(() -> {
            String note = connections.proxyPasswords().where() + (StartupProperties.basicOnTunnels() ? ""
                    : " " + Messages.get("settings.code.proxyPasswordAfterRestart"));
            Platform.runLater(() -> viewModel.proxyPasswordNoteProperty().set(note));
        });
    }

    /** Puts {@code theme} on every open window at once, and on every window opened from now on. */
    private void applyTheme(Theme theme) {
        themes.setTheme(theme);
    }

    /**
     * Runs {@code work} on the housekeeping thread; once the app stops (an operation may still end as the window
     * closes) there is nothing left to do it for, and it is dropped instead of failing on the FX thread.
     */
    private void inBackground(Runnable work) {
        try {
            housekeeping.execute(work);
        } catch (java.util.concurrent.RejectedExecutionException stopped) {
            LOG.debug("Skipped background work after stop");
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
        if (memory != null) {
            memory.saveNow();
        }
        // The writer finishes what is queued (the layout saved as the window closed), then its thread ends.
        settingsWriter.shutdown();
        try {
            // The last activity-log save, queued as the window closed, finishes before the JVM exits.
            housekeeping.awaitTermination(3, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (connections != null) {
            connections.close();
        }
    }
}
