package dev.computedesk.ui.linkedservices;

import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.LinkedService;
import dev.computedesk.azure.model.SynapseSparkProperties;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.ui.common.BackgroundTask;
import dev.computedesk.ui.common.ClipboardService;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.Confirmation;
import dev.computedesk.ui.common.DialogService;
import dev.computedesk.ui.common.ErrorInfo;
import dev.computedesk.ui.common.ErrorInfos;
import dev.computedesk.ui.common.TaskExecutor;
import dev.computedesk.ui.common.WorkspaceContext;
import dev.computedesk.ui.common.form.SparkPools;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Linked services page: the workspace's links to Synapse workspaces, Refresh, Unregister (asked first), and
 * the selected link's attached Spark pools (the workspace's {@code SynapseSpark} computes whose pool belongs to the
 * linked Synapse workspace, kept current through {@link ComputeEvents}).
 */
public final class LinkedServicesViewModel {

    private record Snapshot(List<LinkedService> links, List<ComputeResource> computes) {
    }

    private final TaskExecutor executor;
    private final WorkspaceContext context;
    private final DialogService dialogs;
    private final ClipboardService clipboard;

    private final ObservableList<LinkedServiceRow> links = FXCollections.observableArrayList();
    private final ObjectProperty<LinkedServiceRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<ComputeResource> computes = FXCollections.observableArrayList();
    private final ObservableList<AttachedPoolRow> attachedPools = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final ObjectProperty<ErrorInfo> error = new SimpleObjectProperty<>(this, "error");
    private final BooleanBinding canUnregister;
    private final BooleanBinding canAdd;
    private final StringBinding emptyText;
    private final BooleanBinding hasBusyPools;
    private Runnable lastAttempt = () -> { };
    private WorkspaceRef loadedWorkspace;
    private boolean checkingBusyPools;

    public LinkedServicesViewModel(TaskExecutor executor, WorkspaceContext context, DialogService dialogs,
                                   ClipboardService clipboard, ComputeEvents events) {
        this.executor = Objects.requireNonNull(executor);
        this.context = Objects.requireNonNull(context);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.clipboard = Objects.requireNonNull(clipboard);
        canUnregister = selected.isNotNull().and(running.not());
        canAdd = context.workspaceProperty().isNotNull().and(loading.not());
        emptyText = Bindings.createStringBinding(() -> context.workspace() == null
                        ? Messages.get("linked.code.empty.noWorkspace")
                        : loading.get() ? Messages.get("linked.code.empty.loading")
                        : Messages.get("linked.code.empty.none", context.workspace().name())
                        + " " + SynapseLinkWording.noNewLinks() + " " + SynapseLinkWording.attachDirectly(),
                context.workspaceProperty(), loading);
        hasBusyPools = Bindings.createBooleanBinding(() -> !busyPoolNames().isEmpty(), computes);
        selected.addListener((obs, old, now) -> showAttachedPools());
        computes.addListener((javafx.collections.ListChangeListener<ComputeResource>) change -> showAttachedPools());
        context.workspaceProperty().addListener((obs, old, now) -> refresh());
        events.addListener(this::computeChanged);
    }

    /** The line under the page's title: what the page lists, and that new links are no longer accepted. */
    public String intro() {
        return SynapseLinkWording.pageIntro();
    }

    /** Lists the workspace's linked services and computes again, keeping the selection by name (else the first). */
    public void refresh() {
        WorkspaceRef workspace = context.workspace();
        AzureConnection connection = context.connection();
        error.set(null);
        lastAttempt = this::refresh;
        if (workspace == null || connection == null) {
            links.clear();
            computes.clear();
            loadedWorkspace = null;
            return;
        }
        if (!workspace.equals(loadedWorkspace)) {
            links.clear();
            computes.clear();
        }
        String keep = selected.get() == null ? null : selected.get().name();
        loading.set(true);
        executor.submit(BackgroundTask.titled(Messages.get("linked.code.task.list", workspace.name()), workspace.name(),
                        token -> new Snapshot(connection.linkedServices().list(workspace),
                                connection.computes().list(workspace)))
                .onSuccess(snapshot -> {
                    if (!workspace.equals(context.workspace())) {
                        return;
                    }
                    loadedWorkspace = workspace;
                    computes.setAll(snapshot.computes());
                    links.setAll(snapshot.links().stream().map(LinkedServiceRow::of).toList());
                    selected.set(links.stream().filter(row -> row.name().equals(keep)).findFirst()
                            .orElse(links.isEmpty() ? null : links.get(0)));
                })
                .onFailure(failure -> error.set(ErrorInfos.from(Messages.get("linked.code.task.listFailed"), failure)))
                .whenDone(() -> loading.set(false)));
    }

    /**
     * Unregisters the selected link after asking: the link and its managed identity go; the Synapse workspace, its
     * pools and the computes attached from them stay.
     */
    public void unregister() {
        LinkedServiceRow row = selected.get();
        WorkspaceRef workspace = context.workspace();
        AzureConnection connection = context.connection();
        if (!canUnregister.get() || workspace == null || connection == null) {
            return;
        }
        boolean confirmed = dialogs.confirm(new Confirmation(Messages.get("linked.code.unregister.title"),
                Messages.get("linked.code.unregister.header", row.name()),
                Messages.get("linked.code.unregister.consequence", workspace.name(), row.synapseWorkspace()),
                List.of(row.name() + " \u2192 " + row.synapseWorkspace()), Messages.get("linked.code.unregister.confirm")));
        if (!confirmed) {
            return;
        }
        error.set(null);
        lastAttempt = this::unregister;
        running.set(true);
        executor.submit(BackgroundTask.titled(Messages.get("linked.code.task.unregister", row.name()), row.name(), token -> {
                    connection.linkedServices().delete(workspace, row.name());
                    return null;
                })
                .onSuccess(ignored -> {
                    links.removeIf(link -> link.name().equals(row.name()));
                    if (selected.get() != null && selected.get().name().equals(row.name())) {
                        selected.set(null);
                    }
                })
                .onFailure(failure -> error.set(ErrorInfos.from(Messages.get("linked.code.task.unregisterFailed", row.name()), failure)))
                .whenDone(() -> running.set(false)));
    }

    /**
     * Reads again the Spark pool computes still being attached, updated or detached, so their state moves on the
     * page without a manual Refresh. The view calls it now and then while {@link #hasBusyPoolsProperty()} holds.
     */
    public void refreshBusyPools() {
        WorkspaceRef workspace = loadedWorkspace;
        AzureConnection connection = context.connection();
        List<String> busy = busyPoolNames();
        if (busy.isEmpty() || workspace == null || connection == null || loading.get() || checkingBusyPools) {
            return;
        }
        checkingBusyPools = true;
        executor.submit(BackgroundTask.titled(Messages.get("linked.code.task.checkState",
                        String.join(Messages.get("common.code.listedSeparator"), busy)), workspace.name(),
                        token -> {
                            Map<String, ComputeResource> found = new LinkedHashMap<>();
                            for (String name : busy) {
                                found.put(name, connection.computes().find(workspace, name).orElse(null));
                            }
                            return found;
                        })
                .onSuccess(found -> {
                    if (!workspace.equals(loadedWorkspace)) {
                        return;
                    }
                    found.forEach((name, compute) -> {
                        if (compute == null) {
                            computes.removeIf(c -> name.equals(c.name()));
                        } else {
                            computes.replaceAll(c -> name.equals(c.name()) ? compute : c);
                        }
                    });
                })
                .whenDone(() -> checkingBusyPools = false));
    }

    private List<String> busyPoolNames() {
        return computes.stream()
                .filter(c -> SynapseSparkProperties.COMPUTE_TYPE.equals(c.computeType())
                        && c.properties().provisioningState() != null
                        && c.properties().provisioningState().isTransitional())
                .map(ComputeResource::name).toList();
    }

    /** True while a Spark pool compute of the workspace is still being attached, updated or detached. */
    public BooleanBinding hasBusyPoolsProperty() {
        return hasBusyPools;
    }

    /** Puts a link's managed identity principal id on the clipboard. */
    public void copyPrincipalId(LinkedServiceRow row) {
        if (row != null && !row.principalId().isEmpty()) {
            clipboard.putText(row.principalId());
        }
    }

    /** Runs again what failed last. */
    public void retry() {
        lastAttempt.run();
    }

    /** Lists a link the Add integration wizard just made, and selects it. */
    public void linkCreated(LinkedService link) {
        LinkedServiceRow row = LinkedServiceRow.of(link);
        links.removeIf(existing -> existing.name().equals(row.name()));
        links.add(row);
        selected.set(row);
    }

    /** The workspace's links: name → linked Synapse workspace id (for Add integration's checks). */
    public Map<String, String> linkTargets() {
        Map<String, String> targets = new LinkedHashMap<>();
        links.forEach(row -> targets.put(row.name(), row.synapseWorkspaceId()));
        return targets;
    }

    private void computeChanged(ComputeEvents.Change change) {
        if (change.workspace() == null || !change.workspace().equals(loadedWorkspace)) {
            return;
        }
        if (change.kind() == ComputeEvents.Kind.REMOVED) {
            computes.removeIf(c -> change.computeName().equals(c.name()));
            return;
        }
        if (change.compute() == null) {
            return;
        }
        ComputeResource compute = change.compute().name() == null
                ? new ComputeResource(change.compute().id(), change.computeName(), change.compute().type(),
                change.compute().location(), change.compute().tags(), change.compute().sku(),
                change.compute().identity(), change.compute().systemData(), change.compute().properties())
                : change.compute();
        for (int i = 0; i < computes.size(); i++) {
            if (change.computeName().equals(computes.get(i).name())) {
                computes.set(i, compute);
                return;
            }
        }
        computes.add(compute);
    }

    private void showAttachedPools() {
        LinkedServiceRow row = selected.get();
        attachedPools.setAll(row == null ? List.of() : computes.stream()
                .filter(c -> SparkPools.isPoolOf(c, row.synapseWorkspaceId()))
                .map(AttachedPoolRow::of).toList());
    }

    public ObservableList<LinkedServiceRow> links() {
        return links;
    }

    public ObjectProperty<LinkedServiceRow> selectedProperty() {
        return selected;
    }

    /** The selected link's attached Spark pools. */
    public ObservableList<AttachedPoolRow> attachedPools() {
        return attachedPools;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ObjectProperty<ErrorInfo> errorProperty() {
        return error;
    }

    public BooleanBinding canUnregisterProperty() {
        return canUnregister;
    }

    /** Add integration is enabled once a workspace is selected and its list has loaded. */
    public BooleanBinding canAddProperty() {
        return canAdd;
    }

    /** The table's placeholder. */
    public StringBinding emptyTextProperty() {
        return emptyText;
    }

    /** The workspace shown. */
    public WorkspaceRef workspace() {
        return context.workspace();
    }

    /** The connection in use. */
    public AzureConnection connection() {
        return context.connection();
    }
}
