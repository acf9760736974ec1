package dev.computedesk.ui.compute;

import dev.computedesk.azure.Principal;
import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.domain.compute.ComputeAction;
import dev.computedesk.domain.compute.ComputeTab;
import dev.computedesk.ui.common.ClipboardService;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.ComputeFormKind;
import dev.computedesk.ui.common.DialogService;
import dev.computedesk.ui.common.ErrorInfo;
import dev.computedesk.ui.common.LinkOpener;
import dev.computedesk.ui.common.Navigator;
import dev.computedesk.ui.common.OperationFollower;
import dev.computedesk.ui.common.TaskExecutor;
import dev.computedesk.ui.compute.edit.ComputeEditor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Compute page: every compute of the selected workspace (shared by the five tabs), the row actions, the error
 * banner, the late-failure notice and the details. It wires the parts that do the work: {@link ComputeListSync}
 * keeps the list in step with Azure, {@link ComputeActionRunner} runs the actions (in the words of
 * {@link ComputeActionWording}), {@link ComputeDetailsViewModel} shows one compute.
 */
public final class ComputePageViewModel {
    /** At most this many computes in transition are re-read per round (see {@link TransitionRereads}). */
    static final int MAX_SINGLE_READS = TransitionRereads.MAX_SINGLE_READS;

    private final LinkOpener links;
    private final Navigator navigator;
    private final PageError banner = new PageError();
    private final ComputeListSync list;
    private final ComputeActionRunner actions;
    private final Map<ComputeTab, ComputeTabViewModel> tabs = new EnumMap<>(ComputeTab.class);
    private final ComputeDetailsViewModel details;
    private final MyRunningInstances myRunning;

    /**
     * @param scheduler runs the re-reads of computes in transition later, on the FX thread
     * @param follower  follows the operations the page starts, and tells it about every followed change
     */
    public ComputePageViewModel(TaskExecutor executor, DialogService dialogs, ClipboardService clipboard,
                                LinkOpener links, Navigator navigator, RefreshScheduler scheduler,
                                OperationFollower follower) {
        this(executor, dialogs, clipboard, links, navigator, scheduler, follower, ComputeEditor.NONE);
    }

    /** @param editor opens the details pane's edit dialogs */
    public ComputePageViewModel(TaskExecutor executor, DialogService dialogs, ClipboardService clipboard,
                                LinkOpener links, Navigator navigator, RefreshScheduler scheduler,
                                OperationFollower follower, ComputeEditor editor) {
        Objects.requireNonNull(executor);
        this.links = Objects.requireNonNull(links);
        this.navigator = Objects.requireNonNull(navigator);
        this.details = new ComputeDetailsViewModel(executor, clipboard, navigator, links, editor);
        this.list = new ComputeListSync(executor, scheduler, follower, banner, row -> {
            if (details.rowProperty().get() == row) {
                details.close();
            }
        });
        this.actions = new ComputeActionRunner(list, dialogs, follower, banner, navigator);
        this.myRunning = new MyRunningInstances(list.rows(), list.busyNames(), list::me, actions);
        for (ComputeTab tab : ComputeTab.values()) {
            tabs.put(tab, new ComputeTabViewModel(tab, this, list.rows(), list.busyNames()));
        }
    }

    // ------------------------------------------------------------------ state

    public ComputeTabViewModel tab(ComputeTab tab) {
        return tabs.get(tab);
    }

    /** Every compute of the workspace, in the order listed. */
    public ObservableList<ComputeRow> rows() {
        return list.rows();
    }

    /** The row named {@code name}, if listed. */
    public Optional<ComputeRow> row(String name) {
        return list.row(name);
    }

    /** "Stop all my running instances" (the Instances tab's button). */
    public MyRunningInstances myRunningInstances() {
        return myRunning;
    }

    public ComputeDetailsViewModel details() {
        return details;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return list.loadingProperty();
    }

    /** True once the workspace's list has been shown (set again after each workspace switch). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return list.loadedProperty();
    }

    /** The failure shown in {@code #errorBanner}, or null. */
    public ObjectProperty<ErrorInfo> errorProperty() {
        return banner.errorProperty();
    }

    /** A create that failed after it was accepted, or null. */
    public ObjectProperty<LateFailure> lateFailureProperty() {
        return list.lateFailureProperty();
    }

    /** Lower-cased names of this workspace's computes whose operation is being followed (by any screen). */
    public ObservableSet<String> busyNames() {
        return list.busyNames();
    }

    Principal me() {
        return list.me();
    }

    public WorkspaceRef workspace() {
        return list.workspace();
    }

    // ------------------------------------------------------------------ loading

    /** Shows the computes of {@code newWorkspace} (or nothing while either is null). */
    public void show(AzureConnection newConnection, WorkspaceRef newWorkspace) {
        banner.clear();
        details.close();
        list.show(newConnection, newWorkspace);
    }

    /** Re-reads every compute (Refresh, F5); keeps rows, selection and scroll position. */
    public void refresh() {
        list.refresh();
    }

    /** A compute created, changed or removed elsewhere (a create form, the Spark pool wizard). */
    public void onComputeChange(ComputeEvents.Change change) {
        list.onComputeChange(change);
    }

    /** Re-reads computes in transition now (the scheduler calls it; tests may too). */
    void refreshTransitional() {
        list.refreshTransitional();
    }

    /** Read-only view of whether a live re-read is scheduled (for tests and the benchmark). */
    boolean isFollowingTransitions() {
        return list.isFollowingTransitions();
    }

    static String lower(String name) {
        return ComputeListSync.lower(name);
    }

    // ------------------------------------------------------------------ actions

    /** Runs {@code action} on {@code targets}: asks first where it must, then one titled operation per compute. */
    void act(ComputeAction action, List<ComputeRow> targets) {
        actions.act(action, targets);
    }

    /** The banner's Retry: repeats what failed. */
    public void retry() {
        banner.retry();
    }

    /**
     * "Edit and retry" on the late-failure notice: asks to delete (or detach) the failed compute that still holds
     * the name, then reopens the form with what was sent.
     */
    public void editAndRetry() {
        actions.editAndRetry();
    }

    public void dismissLateFailure() {
        list.lateFailureProperty().set(null);
    }

    // ------------------------------------------------------------------ navigation

    void openCreateForm(ComputeFormKind kind) {
        navigator.openCreateForm(kind);
    }

    /**
     * The user switched to {@code tab}: details of a compute listed on another tab close, so the pane never describes
     * something the visible table does not hold.
     */
    public void tabShown(ComputeTab tab) {
        ComputeRow shown = details.rowProperty().get();
        if (shown != null && !shown.isOn(tab)) {
            details.close();
        }
    }

    void openDetails(ComputeRow row) {
        details.open(row, list.connection(), list.workspace(), list.me());
    }

    void openLink(String url) {
        if (url != null && !url.isBlank()) {
            links.open(url);
        }
    }
}
