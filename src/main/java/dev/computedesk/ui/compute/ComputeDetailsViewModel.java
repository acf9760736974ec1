package dev.computedesk.ui.compute;

import dev.computedesk.azure.Principal;
import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.ComputeClient;
import dev.computedesk.azure.model.AmlComputeNode;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.domain.compute.ComputeKind;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.domain.time.TimeFormat;
import dev.computedesk.azure.model.StartStopSchedules;
import dev.computedesk.azure.yaml.ComputeYaml;
import dev.computedesk.ui.common.BackgroundTask;
import dev.computedesk.ui.common.ClipboardService;
import dev.computedesk.ui.common.ErrorInfo;
import dev.computedesk.ui.common.ErrorInfos;
import dev.computedesk.ui.common.LinkOpener;
import dev.computedesk.ui.common.Navigator;
import dev.computedesk.ui.common.TaskExecutor;
import dev.computedesk.ui.compute.edit.ComputeEdit;
import dev.computedesk.ui.compute.edit.ComputeEditor;
import dev.computedesk.ui.compute.edit.EditTarget;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The details of one compute: what {@link ComputeDetailsFormatter} says about it (attributes, provisioning errors,
 * node states), Copy resource ID, Copy as YAML, Connect, an instance's applications ({@link InstanceApplications}),
 * for a cluster its nodes, which are re-read whenever the cluster changes (so they follow a resize), and the edit
 * dialogs ({@link ComputeEdit}) for the kinds they apply to.
 */
public final class ComputeDetailsViewModel {

    private final TaskExecutor executor;
    private final ClipboardService clipboard;
    private final Navigator navigator;
    private final LinkOpener links;
    private final ComputeEditor editor;
    private final Map<ComputeEdit, BooleanBinding> editOffered = new EnumMap<>(ComputeEdit.class);

    private final ReadOnlyObjectWrapper<ComputeRow> row = new ReadOnlyObjectWrapper<>(this, "row");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper(this, "stateText", "");
    private final ReadOnlyStringWrapper stateStyle = new ReadOnlyStringWrapper(this, "stateStyle", "state-idle");
    private final ReadOnlyStringWrapper errorsText = new ReadOnlyStringWrapper(this, "errorsText", "");
    private final ObservableList<ComputeDetailsFormatter.Attribute> attributes = FXCollections.observableArrayList();
    private final ObservableList<AmlComputeNode> nodes = FXCollections.observableArrayList();
    private final ObservableList<ApplicationLink> applications = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper applicationsNote = new ReadOnlyStringWrapper(this, "applicationsNote", "");
    private final ObservableList<ComputeDetailsFormatter.NodeStateCount> nodeStates = FXCollections.observableArrayList();
    private final ObjectProperty<AmlComputeNode> selectedNode = new SimpleObjectProperty<>(this, "selectedNode");
    private final ObjectProperty<ErrorInfo> nodesError = new SimpleObjectProperty<>(this, "nodesError");
    private final ReadOnlyObjectWrapper<ComputeResource> compute = new ReadOnlyObjectWrapper<>(this, "compute");
    private final BooleanBinding open = row.isNotNull();
    private final BooleanBinding cluster;
    private final BooleanBinding instance;
    private final BooleanBinding yamlSupported;
    private final BooleanBinding canConnect;
    private final ChangeListener<ComputeResource> onComputeChanged = (obs, old, fresh) -> show(fresh, true);

    /** Says everything in the user's zone and locale; the clock gives a schedule's next run. */
    private final ComputeDetailsFormatter formatter = new ComputeDetailsFormatter(TimeFormat.system());
    private final Clock clock = Clock.systemUTC();

    private ComputeClient client;
    private AzureConnection connection;
    private WorkspaceRef workspace;
    private Principal me;
    private long nodesGeneration;
    private boolean nodesLoading;
    private boolean nodesStale;

    ComputeDetailsViewModel(TaskExecutor executor, ClipboardService clipboard, Navigator navigator, LinkOpener links) {
        this(executor, clipboard, navigator, links, ComputeEditor.NONE);
    }

    /** @param links opens an instance's applications; @param editor opens the edit dialogs */
    ComputeDetailsViewModel(TaskExecutor executor, ClipboardService clipboard, Navigator navigator, LinkOpener links,
                            ComputeEditor editor) {
        this.executor = Objects.requireNonNull(executor);
        this.clipboard = Objects.requireNonNull(clipboard);
        this.navigator = Objects.requireNonNull(navigator);
        this.links = Objects.requireNonNull(links);
        this.editor = Objects.requireNonNull(editor);
        for (ComputeEdit edit : ComputeEdit.values()) {
            editOffered.put(edit, Bindings.createBooleanBinding(() -> connection != null && compute.get() != null
                    && edit.appliesTo(compute.get()), compute));
        }
        this.cluster = Bindings.createBooleanBinding(() -> kind() == ComputeKind.AML_COMPUTE, compute);
        this.instance = Bindings.createBooleanBinding(() -> kind() == ComputeKind.COMPUTE_INSTANCE, compute);
        this.yamlSupported = Bindings.createBooleanBinding(
                () -> compute.get() != null && ComputeYaml.hasCliFile(compute.get()), compute);
        this.canConnect = Bindings.createBooleanBinding(() -> kind() == ComputeKind.COMPUTE_INSTANCE
                || (kind() == ComputeKind.AML_COMPUTE && selectedNode.get() != null), compute, selectedNode);
    }

    private ComputeKind kind() {
        return ComputeRow.kindOf(compute.get()).orElse(null);
    }

    /** Shows {@code target}'s details; they follow the row as the page refreshes it. */
    void open(ComputeRow target, ComputeClient computeClient, WorkspaceRef ws, Principal me) {
        open(target, computeClient, null, ws, me);
    }

    /** Shows {@code target}'s details with the edits {@code azure} allows. */
    void open(ComputeRow target, AzureConnection azure, WorkspaceRef ws, Principal me) {
        open(target, azure.computes(), azure, ws, me);
    }

    private void open(ComputeRow target, ComputeClient computeClient, AzureConnection azure, WorkspaceRef ws,
                      Principal me) {
        close();
        client = computeClient;
        connection = azure;
        workspace = ws;
        this.me = me;
        row.set(target);
        target.computeProperty().addListener(onComputeChanged);
        show(target.compute(), false);
    }

    /** Closes the details. */
    public void close() {
        ComputeRow current = row.get();
        if (current != null) {
            current.computeProperty().removeListener(onComputeChanged);
        }
        nodesGeneration++;
        nodesLoading = false;
        nodesStale = false;
        row.set(null);
        compute.set(null);
        attributes.clear();
        nodes.clear();
        nodeStates.clear();
        applications.clear();
        applicationsNote.set("");
        selectedNode.set(null);
        nodesError.set(null);
        errorsText.set("");
        title.set("");
        stateText.set("");
    }

    private void show(ComputeResource c, boolean changed) {
        compute.set(c);
        title.set(c.name());
        stateText.set(ComputeColumn.stateText(c));
        stateStyle.set(ComputeColumn.stateStyle(c));
        errorsText.set(ComputeDetailsFormatter.errors(c));
        attributes.setAll(formatter.attributes(c, me, clock.instant()));
        applications.setAll(InstanceApplications.of(c, workspace == null ? null : workspace.name()));
        applicationsNote.set(InstanceApplications.note(applications));
        if (kind() == ComputeKind.AML_COMPUTE) {
            nodeStates.setAll(ComputeDetailsFormatter.nodeStatesOf(c));
            if (!changed || !nodesLoading) {
                refreshNodes();
            } else {
                nodesStale = true;
            }
        }
    }

    /** Re-reads the cluster's nodes (the page calls it whenever the cluster changes; the Nodes tab's Refresh). */
    public void refreshNodes() {
        ComputeResource c = compute.get();
        if (c == null || kind() != ComputeKind.AML_COMPUTE || client == null) {
            return;
        }
        long gen = ++nodesGeneration;
        ComputeClient nodesClient = client;
        WorkspaceRef ws = workspace;
        String name = c.name();
        nodesLoading = true;
        nodesStale = false;
        executor.submit(BackgroundTask.titled(Messages.get("compute.code.task.listNodes", name), name,
                token -> nodesClient.listNodes(ws, name))
                .onSuccess(list -> {
                    if (gen == nodesGeneration) {
                        AmlComputeNode keep = selectedNode.get();
                        nodes.setAll(list);
                        selectedNode.set(keep == null ? null : list.stream()
                                .filter(n -> Objects.equals(n.nodeId(), keep.nodeId())).findFirst().orElse(null));
                        nodesError.set(null);
                    }
                })
                .onFailure(failure -> {
                    if (gen == nodesGeneration) {
                        nodesError.set(ErrorInfos.from(Messages.get("compute.code.task.listNodesFailed"), failure));
                    }
                })
                .whenDone(() -> {
                    if (gen == nodesGeneration) {
                        nodesLoading = false;
                        if (nodesStale) {
                            refreshNodes();
                        }
                    }
                }));
    }

    public void copyResourceId() {
        ComputeResource c = compute.get();
        if (c != null && c.id() != null) {
            clipboard.putText(c.id());
        }
    }

    public void copyYaml() {
        ComputeResource c = compute.get();
        if (c != null && ComputeYaml.hasCliFile(c)) {
            clipboard.putText(ComputeYaml.write(c));
        }
    }

    /**
     * Opens the dialog of {@code edit} for the compute shown; the dialog follows the row, so it sees the compute's
     * state change while it is open.
     */
    public void edit(ComputeEdit edit) {
        ComputeRow current = row.get();
        if (current != null && editOfferedProperty(edit).get()) {
            editor.open(edit, EditTarget.of(connection, workspace, current.computeProperty()));
        }
    }

    /** True while the compute shown is of a kind {@code edit} applies to. */
    public BooleanBinding editOfferedProperty(ComputeEdit edit) {
        return editOffered.get(edit);
    }

    /** Connect: the SSH helper for the instance, or for the selected node of a cluster. */
    public void connect() {
        ComputeResource c = compute.get();
        if (canConnect.get()) {
            navigator.openSshHelper(c, kind() == ComputeKind.AML_COMPUTE ? selectedNode.get() : null);
        }
    }

    /** Connect for one node (the Nodes tab's per-row action). */
    public void connect(AmlComputeNode node) {
        if (node != null && kind() == ComputeKind.AML_COMPUTE) {
            navigator.openSshHelper(compute.get(), node);
        }
    }

    /** Opens an application of the instance (its web endpoint in the browser, VS Code (Desktop) in VS Code). */
    public void openApplication(ApplicationLink application) {
        if (application != null && application.enabled() && applications.contains(application)) {
            links.open(application.url());
        }
    }

    public ReadOnlyObjectProperty<ComputeRow> rowProperty() {
        return row.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ComputeResource> computeProperty() {
        return compute.getReadOnlyProperty();
    }

    public BooleanBinding openProperty() {
        return open;
    }

    public BooleanBinding clusterProperty() {
        return cluster;
    }

    /** True while the details show a compute instance. */
    public BooleanBinding instanceProperty() {
        return instance;
    }

    public BooleanBinding yamlSupportedProperty() {
        return yamlSupported;
    }

    public BooleanBinding canConnectProperty() {
        return canConnect;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateTextProperty() {
        return stateText.getReadOnlyProperty();
    }

    /** The badge's style class ({@code state-ok}, …). */
    public ReadOnlyStringProperty stateStyleProperty() {
        return stateStyle.getReadOnlyProperty();
    }

    /** Provisioning errors, one readable line each; empty when there are none. */
    public ReadOnlyStringProperty errorsTextProperty() {
        return errorsText.getReadOnlyProperty();
    }

    public ObservableList<ComputeDetailsFormatter.Attribute> attributes() {
        return attributes;
    }

    /** The instance's application buttons, in Studio's order; empty for other computes. */
    public ObservableList<ApplicationLink> applications() {
        return applications;
    }

    /** Why applications are disabled (shown under them, since a disabled button shows no tooltip); or "". */
    public ReadOnlyStringProperty applicationsNoteProperty() {
        return applicationsNote.getReadOnlyProperty();
    }

    public ObservableList<AmlComputeNode> nodes() {
        return nodes;
    }

    public ObservableList<ComputeDetailsFormatter.NodeStateCount> nodeStates() {
        return nodeStates;
    }

    public ObjectProperty<AmlComputeNode> selectedNodeProperty() {
        return selectedNode;
    }

    public ObjectProperty<ErrorInfo> nodesErrorProperty() {
        return nodesError;
    }
}
