package dev.computedesk.ui.compute;

import dev.computedesk.azure.Principal;
import dev.computedesk.azure.model.ComputeInstanceSettings;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.domain.compute.ComputeAction;
import dev.computedesk.domain.compute.ComputeActions;
import dev.computedesk.domain.compute.ComputeStatus;
import dev.computedesk.domain.compute.ComputeTab;
import dev.computedesk.ui.common.ComputeFormKind;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One tab of the Compute page (instances, clusters, Kubernetes, inference, attached): its rows, the type-ahead
 * filter, the selection and which row actions it allows now. The actions themselves run in the
 * {@link ComputePageViewModel}, which owns the list all tabs share.
 */
public final class ComputeTabViewModel {
    private final ComputeTab tab;
    private final ComputePageViewModel page;
    private final FilteredList<ComputeRow> tabRows;
    private final FilteredList<ComputeRow> visibleRows;
    private final SortedList<ComputeRow> sortedRows;
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final BooleanProperty createdByMe = new SimpleBooleanProperty(this, "createdByMe");
    private final BooleanProperty canUse = new SimpleBooleanProperty(this, "canUse");
    private final ObservableList<ComputeRow> selected =
            FXCollections.observableArrayList(row -> new Observable[] {row.computeProperty()});
    private final ObjectBinding<Set<ComputeAction>> allowed;
    private final BooleanBinding empty;

    ComputeTabViewModel(ComputeTab tab, ComputePageViewModel page, ObservableList<ComputeRow> allRows,
                        ObservableSet<String> busyNames) {
        this.tab = tab;
        this.page = page;
        this.tabRows = new FilteredList<>(allRows, row -> row.isOn(tab));
        this.visibleRows = new FilteredList<>(tabRows);
        this.sortedRows = new SortedList<>(visibleRows);
        filterText.addListener((obs, old, text) -> updateFilter());
        createdByMe.addListener((obs, old, on) -> updateFilter());
        canUse.addListener((obs, old, on) -> updateFilter());
        this.allowed = Bindings.createObjectBinding(() -> allowedFor(selected, busyNames), selected, busyNames);
        this.empty = Bindings.isEmpty(tabRows);
    }

    private static Set<ComputeAction> allowedFor(List<ComputeRow> rows, Set<String> busy) {
        List<ComputeStatus> statuses = new ArrayList<>();
        for (ComputeRow row : rows) {
            Optional<ComputeStatus> status = row.status();
            if (busy.contains(ComputePageViewModel.lower(row.name())) || status.isEmpty()) {
                return EnumSet.noneOf(ComputeAction.class);
            }
            statuses.add(status.get());
        }
        return ComputeActions.allowedForAll(statuses);
    }

    private void updateFilter() {
        String text = filterText.get() == null ? "" : filterText.get().strip().toLowerCase(Locale.ROOT);
        Principal me = page.me();
        Predicate<ComputeRow> predicate = row -> true;
        if (!text.isEmpty()) {
            predicate = predicate.and(row -> row.searchText().contains(text));
        }
        if (createdByMe.get()) {
            predicate = predicate.and(row -> isCreatedBy(row.compute(), me));
        }
        if (canUse.get()) {
            predicate = predicate.and(row -> canBeUsedBy(row.compute(), me));
        }
        visibleRows.setPredicate(predicate);
    }

    /** "Created by me": the instance's {@code createdBy.userId} is the signed-in object id (docs/decisions.md "Who is me"). */
    static boolean isCreatedBy(ComputeResource c, Principal me) {
        ComputeInstanceSettings ci = ComputeRow.instanceSettings(c);
        return ci != null && ci.createdBy() != null && People.isMe(ci.createdBy().userId(), me);
    }

    /** "Instances I can use": created by me and not assigned to someone else, or assigned to me. */
    static boolean canBeUsedBy(ComputeResource c, Principal me) {
        ComputeInstanceSettings ci = ComputeRow.instanceSettings(c);
        if (ci == null || me == null) {
            return false;
        }
        String assigned = ComputeColumn.assignedUser(ci);
        return assigned == null ? isCreatedBy(c, me) : People.isMe(assigned, me);
    }

    public ComputeTab tab() {
        return tab;
    }

    /** The rows shown: this tab's computes that pass the filters, sorted as the table says. */
    public SortedList<ComputeRow> rows() {
        return sortedRows;
    }

    /** True when the workspace has no compute of this tab at all (the empty state shows, not the table). */
    public BooleanBinding emptyProperty() {
        return empty;
    }

    /** True once the page has listed the workspace, so "empty" means empty and not "not loaded yet". */
    public javafx.beans.value.ObservableBooleanValue loadedProperty() {
        return page.loadedProperty();
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** Instances only: "Created by me". */
    public BooleanProperty createdByMeProperty() {
        return createdByMe;
    }

    /** Instances only: "Instances I can use". */
    public BooleanProperty canUseProperty() {
        return canUse;
    }

    /** Instances only: "Stop all my running instances". */
    public MyRunningInstances myRunningInstances() {
        return page.myRunningInstances();
    }

    /** The table's selection; the view keeps it in step. */
    public ObservableList<ComputeRow> selected() {
        return selected;
    }

    /** The actions every selected row allows now (none while one of them has an action running). */
    public ObjectBinding<Set<ComputeAction>> allowedActionsProperty() {
        return allowed;
    }

    /** True when {@code action} is allowed for the whole selection. */
    public BooleanBinding canProperty(ComputeAction action) {
        return Bindings.createBooleanBinding(() -> allowed.get().contains(action), allowed);
    }

    /** True while the page lists computes (Refresh is disabled meanwhile). */
    public javafx.beans.value.ObservableBooleanValue loadingProperty() {
        return page.loadingProperty();
    }

    /** The signed-in user, for the columns' "Dana Demo (me)"; null while unknown. */
    public Principal me() {
        return page.me();
    }

    public void start() {
        page.act(ComputeAction.START, List.copyOf(selected));
    }

    public void stop() {
        page.act(ComputeAction.STOP, List.copyOf(selected));
    }

    public void restart() {
        page.act(ComputeAction.RESTART, List.copyOf(selected));
    }

    public void delete() {
        page.act(ComputeAction.DELETE, List.copyOf(selected));
    }

    public void detach() {
        page.act(ComputeAction.DETACH, List.copyOf(selected));
    }

    /** The Delete key: Delete where the selection allows it, else Detach (both ask first). */
    public void deleteOrDetach() {
        Set<ComputeAction> now = allowed.get();
        if (now.contains(ComputeAction.DELETE)) {
            delete();
        } else if (now.contains(ComputeAction.DETACH)) {
            detach();
        }
    }

    public void refresh() {
        page.refresh();
    }

    /** {@code + New} on this tab: its create or attach form. */
    public void createNew() {
        page.openCreateForm(defaultForm());
    }

    /** {@code + New} with a chosen form (the Attached tab's menu). */
    public void createNew(ComputeFormKind kind) {
        page.openCreateForm(kind);
    }

    /** The form {@code + New} opens on this tab. */
    public ComputeFormKind defaultForm() {
        switch (tab) {
            case INSTANCES: return ComputeFormKind.COMPUTE_INSTANCE;
            case CLUSTERS: return ComputeFormKind.COMPUTE_CLUSTER;
            case KUBERNETES: return ComputeFormKind.KUBERNETES;
            case INFERENCE_CLUSTERS: return ComputeFormKind.INFERENCE_CLUSTER;
            default: return ComputeFormKind.VIRTUAL_MACHINE;
        }
    }

    /** Opens a row's details (double-click or Enter). */
    public void openDetails(ComputeRow row) {
        if (row != null) {
            page.openDetails(row);
        }
    }

    /** An instance's application links for its Applications cell, in Studio's order. */
    public List<ApplicationLink> applications(ComputeResource compute) {
        WorkspaceRef workspace = page.workspace();
        return InstanceApplications.of(compute, workspace == null ? null : workspace.name());
    }

    /** Opens an application of an instance (JupyterLab in the browser, VS Code (Desktop) in VS Code …). */
    public void openApplication(ApplicationLink application) {
        if (application != null && application.enabled()) {
            page.openLink(application.url());
        }
    }
}
