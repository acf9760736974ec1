package dev.computedesk.ui.shell;

import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.connection.ConnectionKind;
import dev.computedesk.azure.http.CallRecord;
import dev.computedesk.files.FileProblem;
import dev.computedesk.ui.common.ActivityEntry;
import dev.computedesk.ui.common.ActivityLogFile;
import dev.computedesk.ui.common.BackgroundTask;
import dev.computedesk.ui.common.ClipboardService;
import dev.computedesk.ui.common.ErrorInfo;
import dev.computedesk.ui.common.ErrorInfos;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.Page;
import dev.computedesk.ui.common.RunningOperation;
import dev.computedesk.ui.common.TaskExecutor;
import dev.computedesk.ui.common.WorkspaceContext;
import dev.computedesk.domain.text.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * State of the main window: the page shown, the workspace picker, the connection, the running operations
 * and the activity log.
 */
public final class ShellViewModel {

    private final OperationLog operations;
    private final ClipboardService clipboard;
    private final TaskExecutor executor;
    private final WorkspaceContext context;
    private final Runnable signInAction;
    private final Runnable settingsAction;
    private final Consumer<String> workspaceRemembered;

    private final ObjectProperty<Page> currentPage = new SimpleObjectProperty<>(Page.COMPUTE);
    private final ObservableList<WorkspaceChoice> workspaces = FXCollections.observableArrayList();
    private final ObjectProperty<WorkspaceChoice> selectedWorkspace = new SimpleObjectProperty<>();
    private final StringProperty connectionText = new SimpleStringProperty(Messages.get("shell.main.connecting"));
    private final ObjectProperty<ErrorInfo> error = new SimpleObjectProperty<>();
    private String preferredWorkspaceId;
    private boolean signInNeeded;
    private final StringProperty errorActionText = new SimpleStringProperty(Messages.get("shell.main.retry"));
    private final BooleanProperty activityLogVisible = new SimpleBooleanProperty(false);
    private final BooleanProperty runningOperationsShown = new SimpleBooleanProperty(false);
    private final BooleanBinding runningOperationsVisible;
    private final ObjectProperty<ActivityEntry> selectedEntry = new SimpleObjectProperty<>();
    private final ObservableList<CallRecord> selectedCalls = FXCollections.observableArrayList();
    private final ObservableList<FileProblem> fileNotices = FXCollections.observableArrayList();
    private final StringBinding statusText;
    private final StringProperty exportResult = new SimpleStringProperty("");
    private final BooleanProperty logFolderAvailable = new SimpleBooleanProperty(false);
    private Runnable logFolderOpener = () -> { };
    private final BooleanBinding busy;

    /**
     * @param workspaceRemembered called with a workspace id whenever the user selects one, to remember it
     */
    public ShellViewModel(OperationLog operations, ClipboardService clipboard, TaskExecutor executor,
                          WorkspaceContext context, Runnable signInAction, Consumer<String> workspaceRemembered) {
        this(operations, clipboard, executor, context, signInAction, workspaceRemembered, () -> { });
    }

    /** @param settingsAction opens the settings window ({@code #settingsButton}) */
    public ShellViewModel(OperationLog operations, ClipboardService clipboard, TaskExecutor executor,
                          WorkspaceContext context, Runnable signInAction, Consumer<String> workspaceRemembered,
                          Runnable settingsAction) {
        this.settingsAction = Objects.requireNonNull(settingsAction);
        this.operations = Objects.requireNonNull(operations);
        this.clipboard = Objects.requireNonNull(clipboard);
        this.executor = Objects.requireNonNull(executor);
        this.context = Objects.requireNonNull(context);
        this.signInAction = Objects.requireNonNull(signInAction);
        this.workspaceRemembered = Objects.requireNonNull(workspaceRemembered);
        ObservableList<RunningOperation> running = operations.running();
        this.busy = Bindings.isNotEmpty(running);
        this.statusText = Bindings.createStringBinding(() -> describe(running), running);
        this.runningOperationsVisible = runningOperationsShown.and(busy);
        selectedEntry.addListener((obs, old, entry) ->
                selectedCalls.setAll(entry == null ? List.of() : entry.calls()));
        selectedWorkspace.addListener((obs, old, choice) -> {
            context.selectWorkspace(choice == null ? null : choice.ref());
            if (choice != null) {
                preferredWorkspaceId = choice.ref().id();
                workspaceRemembered.accept(choice.ref().id());
            }
        });
    }

    /**
     * Makes {@code connection} the current one and lists its workspaces, selecting {@code preferredWorkspaceId}
     * when it is among them, else the first.
     */
    public void connected(AzureConnection connection, String preferredWorkspaceId) {
        connected(connection, preferredWorkspaceId, null);
    }

    /**
     * As {@link #connected(AzureConnection, String)}, taking the workspace list from {@code started} (the start-up
     * listing begun beside the window's creation) when it is that connection's; the list is still a titled task
     * of its own, with the calls that listing made. Retry lists again.
     */
    public void connected(AzureConnection connection, String preferredWorkspaceId, WorkspaceListing started) {
        this.preferredWorkspaceId = preferredWorkspaceId;
        signInNeeded = false;
        errorActionText.set(Messages.get("shell.main.retry"));
        error.set(null);
        selectedWorkspace.set(null);
        workspaces.clear();
        context.connect(connection);
        connectionText.set(connection.displayName());
        loadWorkspaces(started != null && started.isOf(connection) ? started : null);
    }

    /** The connection could not be made: says why, and keeps Sign in at hand. */
    public void connectionFailed(String what, Throwable failure) {
        connectionText.set(Messages.get("shell.main.notConnected"));
        error.set(ErrorInfos.from(what, failure));
    }

    /** Lists every workspace the connection sees (again). */
    public void loadWorkspaces() {
        loadWorkspaces(null);
    }

    private void loadWorkspaces(WorkspaceListing started) {
        AzureConnection connection = context.connection();
        if (connection == null) {
            signIn();
            return;
        }
        executor.submit(BackgroundTask.titled(Messages.get("shell.main.listingWorkspaces"), connection.displayName(),
                        token -> started != null ? started.take() : WorkspaceListing.list(connection))
                .onSuccess(this::showWorkspaces)
                .onFailure(failure -> error.set(ErrorInfos.from(Messages.get("shell.main.listingWorkspacesFailed"),
                        failure))));
    }

    private void showWorkspaces(List<WorkspaceChoice> choices) {
        workspaces.setAll(choices);
        error.set(choices.isEmpty() ? new ErrorInfo(Messages.get("shell.main.noWorkspaces"), "",
                Messages.get("shell.main.noWorkspacesMessage"), "", true) : null);
        WorkspaceChoice preferred = choices.stream()
                .filter(choice -> choice.ref().id().equalsIgnoreCase(String.valueOf(preferredWorkspaceId)))
                .findFirst()
                .orElse(choices.isEmpty() ? null : choices.get(0));
        selectedWorkspace.set(preferred);
    }

    /**
     * ARM refused the connection's sign-in (expired or revoked): says so, and makes the banner's action open the
     * sign-in dialog instead of retrying a call that cannot succeed. Does nothing on the local emulator, where
     * there is nothing to sign in to.
     */
    public void signInExpired(Throwable failure) {
        AzureConnection connection = context.connection();
        if (connection != null && connection.kind() == ConnectionKind.EMULATOR) {
            // The local emulator has no sign-in: its 401 is shown where it happened, with Retry.
            return;
        }
        signInNeeded = true;
        errorActionText.set(Messages.get("shell.main.signInAgain"));
        ErrorInfo info = ErrorInfos.from(Messages.get("shell.main.signInExpired"), failure);
        error.set(new ErrorInfo(info.what(), info.code(), info.message(), info.requestId(), true));
    }

    /** A failure of the connection or of the workspace list, for the banner; null when none. */
    public ObjectProperty<ErrorInfo> errorProperty() {
        return error;
    }

    /** The banner button's text: "Retry", or "Sign in again" when the sign-in expired. */
    public StringProperty errorActionTextProperty() {
        return errorActionText;
    }

    /** The banner's Retry: the workspace list again (or sign in when there is no connection). */
    public void retry() {
        if (signInNeeded) {
            signIn();
        } else {
            loadWorkspaces();
        }
    }

    private static String describe(List<RunningOperation> running) {
        if (running.isEmpty()) {
            return Messages.get("shell.main.ready");
        }
        String newest = Messages.get("shell.main.runningOne", running.get(running.size() - 1).title());
        return running.size() == 1 ? newest : Messages.get("shell.main.runningMany", running.size(), newest);
    }

    public void navigate(Page page) {
        currentPage.set(Objects.requireNonNull(page));
    }

    public ReadOnlyObjectProperty<Page> currentPageProperty() {
        return currentPage;
    }

    public ObservableList<WorkspaceChoice> workspaces() {
        return workspaces;
    }

    public ObjectProperty<WorkspaceChoice> selectedWorkspaceProperty() {
        return selectedWorkspace;
    }

    public StringProperty connectionTextProperty() {
        return connectionText;
    }

    /** Opens the settings window. */
    public void openSettings() {
        settingsAction.run();
    }

    public void signIn() {
        signInAction.run();
    }

    /** "Ready", or what is running now. */
    public StringBinding statusTextProperty() {
        return statusText;
    }

    /** True while any operation runs. */
    public BooleanBinding busyProperty() {
        return busy;
    }

    public ObservableList<RunningOperation> runningOperations() {
        return operations.running();
    }

    /** Cancels the most recently started operation still running. */
    public void cancelNewestOperation() {
        List<RunningOperation> running = operations.running();
        if (!running.isEmpty()) {
            cancel(running.get(running.size() - 1));
        }
    }

    /**
     * Cancels one running operation, from the list of running operations. An operation that follows Azure's work
     * stops being followed only; the activity log says Azure may still complete it.
     */
    public void cancel(RunningOperation operation) {
        if (operations.running().contains(operation)) {
            operation.handle().cancel();
        }
    }

    /** The user asked to see every running operation (the status bar's toggle). */
    public BooleanProperty runningOperationsShownProperty() {
        return runningOperationsShown;
    }

    /** The list of running operations is on screen: asked for, and something runs. */
    public BooleanBinding runningOperationsVisibleProperty() {
        return runningOperationsVisible;
    }

    public BooleanProperty activityLogVisibleProperty() {
        return activityLogVisible;
    }

    public void toggleActivityLog() {
        activityLogVisible.set(!activityLogVisible.get());
    }

    /** Finished operations, newest first. */
    public ObservableList<ActivityEntry> activityEntries() {
        return operations.finished();
    }

    public ObjectProperty<ActivityEntry> selectedEntryProperty() {
        return selectedEntry;
    }

    /** The HTTP calls of the selected activity entry. */
    public ObservableList<CallRecord> selectedCalls() {
        return selectedCalls;
    }

    /**
     * Writes every activity entry with its HTTP calls to {@code target} in the background ({@link ActivityLogFile}'s
     * JSON: no header, no body), as an operation of its own; {@link #exportResultProperty()} then says where it went
     * or why it could not.
     */
    public void exportActivityLog(java.nio.file.Path target) {
        List<ActivityEntry> entries = List.copyOf(operations.finished());
        exportResult.set("");
        String title = Messages.get("shell.main.exporting");
        executor.submit(BackgroundTask.titled(title, target.getFileName().toString(), token -> {
                    ActivityLogFile.export(entries, target, java.time.Instant.now());
                    return target;
                })
                .onSuccess(saved -> exportResult.set(Messages.get("shell.main.exported", entries.size(),
                        saved.toString())))
                .onFailure(failure -> exportResult.set(Messages.get("shell.main.exportFailed", target.toString(),
                        failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage()))));
    }

    /** What the last export did, for the line beside the Export button; empty before any. */
    public StringProperty exportResultProperty() {
        return exportResult;
    }

    /** How the app opens the log folder (off the FX thread); the action shows once one is given. */
    public void setLogFolderOpener(Runnable opener) {
        logFolderOpener = Objects.requireNonNull(opener);
        logFolderAvailable.set(true);
    }

    public BooleanProperty logFolderAvailableProperty() {
        return logFolderAvailable;
    }

    public void openLogFolder() {
        logFolderOpener.run();
    }

    /** Copies the given activity rows, one tab-separated line each. */
    public void copyEntries(List<ActivityEntry> entries) {
        if (!entries.isEmpty()) {
            clipboard.putText(entries.stream().map(ActivityEntry::toCopyText).collect(Collectors.joining("\n")));
        }
    }

    /**
     * A problem with one of the app's files (moved aside, or a location that cannot be written): shown as a
     * notice with its path until dismissed. The same problem is listed once.
     */
    public void fileProblem(FileProblem problem) {
        if (!fileNotices.contains(Objects.requireNonNull(problem))) {
            fileNotices.add(problem);
        }
    }

    /** The file notices on screen, oldest first. */
    public ObservableList<FileProblem> fileNotices() {
        return fileNotices;
    }

    public void dismissFileNotice(FileProblem problem) {
        fileNotices.remove(problem);
    }

    /** Copies the notice's path: the kept copy of a file that was moved aside, else the file itself. */
    public void copyFileNoticePath(FileProblem problem) {
        clipboard.putText(String.valueOf(problem.copy() != null ? problem.copy() : problem.file()));
    }
}
