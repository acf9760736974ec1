package dev.computedesk.ui.shell;

import dev.computedesk.azure.http.CallRecord;
import dev.computedesk.ui.common.ActivityEntry;
import dev.computedesk.ui.common.ClipboardService;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.RunningOperation;
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
import java.util.stream.Collectors;

/**
 * State of the main window: the page shown, the workspace picker, the connection, the running operations
 * and the activity log.
 */
public final class ShellViewModel {

    private final OperationLog operations;
    private final ClipboardService clipboard;
    private final Runnable signInAction;

    private final ObjectProperty<Page> currentPage = new SimpleObjectProperty<>(Page.COMPUTE);
    private final ObservableList<WorkspaceChoice> workspaces = FXCollections.observableArrayList();
    private final ObjectProperty<WorkspaceChoice> selectedWorkspace = new SimpleObjectProperty<>();
    private final StringProperty connectionText = new SimpleStringProperty("Not connected");
    private final BooleanProperty activityLogVisible = new SimpleBooleanProperty(false);
    private final ObjectProperty<ActivityEntry> selectedEntry = new SimpleObjectProperty<>();
    private final ObservableList<CallRecord> selectedCalls = FXCollections.observableArrayList();
    private final StringBinding statusText;
    private final BooleanBinding busy;

    public ShellViewModel(OperationLog operations, ClipboardService clipboard, Runnable signInAction) {
        this.operations = Objects.requireNonNull(operations);
        this.clipboard = Objects.requireNonNull(clipboard);
        this.signInAction = Objects.requireNonNull(signInAction);
        ObservableList<RunningOperation> running = operations.running();
        this.busy = Bindings.isNotEmpty(running);
        this.statusText = Bindings.createStringBinding(() -> describe(running), running);
        selectedEntry.addListener((obs, old, entry) ->
                selectedCalls.setAll(entry == null ? List.of() : entry.calls()));
    }

    private static String describe(List<RunningOperation> running) {
        if (running.isEmpty()) {
            return "Ready";
        }
        String newest = running.get(running.size() - 1).title() + "\u2026";
        return running.size() == 1 ? newest : running.size() + " operations running \u00b7 " + newest;
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
            running.get(running.size() - 1).handle().cancel();
        }
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

    /** Copies the given activity rows, one tab-separated line each. */
    public void copyEntries(List<ActivityEntry> entries) {
        if (!entries.isEmpty()) {
            clipboard.putText(entries.stream().map(ActivityEntry::toCopyText).collect(Collectors.joining("\n")));
        }
    }
}
