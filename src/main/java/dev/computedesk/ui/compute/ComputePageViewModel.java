package dev.computedesk.ui.compute;

import dev.computedesk.azure.ArmOperation;
import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.ComputeClient;
import dev.computedesk.azure.UnderlyingResourceAction;
import dev.computedesk.azure.model.ArmErrorResponse;
import dev.computedesk.azure.model.ComputeInstanceSettings;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.domain.compute.ComputeAction;
import dev.computedesk.domain.compute.ComputeKind;
import dev.computedesk.domain.compute.ComputeTab;
import dev.computedesk.ui.common.BackgroundTask;
import dev.computedesk.ui.common.ClipboardService;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.ComputeFormKind;
import dev.computedesk.ui.common.Confirmation;
import dev.computedesk.ui.common.DialogService;
import dev.computedesk.ui.common.ErrorInfo;
import dev.computedesk.ui.common.ErrorInfos;
import dev.computedesk.ui.common.LinkOpener;
import dev.computedesk.ui.common.Navigator;
import dev.computedesk.ui.common.OperationFollower;
import dev.computedesk.ui.common.TaskExecutor;
import dev.computedesk.ui.common.TaskHandle;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Compute page: every compute of the selected workspace (shared by the five tabs), loading and refreshing
 * it, following computes in transition until they settle, the row actions, the error banner and the details.
 */
public final class ComputePageViewModel {
    /** Delays between re-reads of computes in transition: the same as the follower's re-reads. */
    static final List<Duration> BACKOFF = OperationFollower.REREAD_BACKOFF;
    /**
     * At most this many computes in transition are read per round (one GET each, never the whole list); with more,
     * the next round goes on with the next ones, so every row is read in turn.
     */
    static final int MAX_SINGLE_READS = 20;

    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final LinkOpener links;
    private final Navigator navigator;
    private final RefreshScheduler scheduler;
    private final OperationFollower follower;

    private final ObservableList<ComputeRow> rows =
            FXCollections.observableArrayList(row -> new Observable[] {row.computeProperty()});
    private final Map<String, ComputeRow> byName = new HashMap<>();
    /** Lower-cased names of this workspace's computes the {@link OperationFollower} follows now. */
    private final ObservableSet<String> busyNames = FXCollections.observableSet();
    private final Map<ComputeTab, ComputeTabViewModel> tabs = new EnumMap<>(ComputeTab.class);
    private final ComputeDetailsViewModel details;

    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final BooleanProperty loaded = new SimpleBooleanProperty(this, "loaded");
    private final ObjectProperty<ErrorInfo> error = new SimpleObjectProperty<>(this, "error");
    private final ObjectProperty<LateFailure> lateFailure = new SimpleObjectProperty<>(this, "lateFailure");
    private Runnable retryAction = () -> { };

    /** Requests sent by the create forms this session, by compute name, for "Edit and retry". */
    private final Map<String, ComputeResource> sentRequests = new HashMap<>();

    private AzureConnection connection;
    private WorkspaceRef workspace;
    private String me;
    /** Bumped on every workspace switch, so answers about the previous workspace are dropped. */
    private long generation;
    private TaskHandle listTask;
    private Runnable cancelLiveRefresh;
    private int backoffStep;
    /** Where the next bounded round of re-reads starts among the computes in transition. */
    private int rereadCursor;

    /**
     * @param scheduler runs the re-reads of computes in transition later, on the FX thread
     * @param follower  follows the operations the page starts, and tells it about every followed change
     */
    public ComputePageViewModel(TaskExecutor executor, DialogService dialogs, ClipboardService clipboard,
                                LinkOpener links, Navigator navigator, RefreshScheduler scheduler,
                                OperationFollower follower) {
        this.executor = Objects.requireNonNull(executor);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.links = Objects.requireNonNull(links);
        this.navigator = Objects.requireNonNull(navigator);
        this.scheduler = Objects.requireNonNull(scheduler);
        this.follower = Objects.requireNonNull(follower);
        follower.events().addListener(this::onComputeChange);
        follower.followed().addListener((SetChangeListener<String>) change -> followedChanged(change));
        for (ComputeTab tab : ComputeTab.values()) {
            tabs.put(tab, new ComputeTabViewModel(tab, this, rows, busyNames));
        }
        this.details = new ComputeDetailsViewModel(executor, clipboard, navigator);
    }

    // ------------------------------------------------------------------ state

    public ComputeTabViewModel tab(ComputeTab tab) {
        return tabs.get(tab);
    }

    /** Every compute of the workspace, in the order listed. */
    public ObservableList<ComputeRow> rows() {
        return rows;
    }

    /** The row named {@code name}, if listed. */
    public Optional<ComputeRow> row(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public ComputeDetailsViewModel details() {
        return details;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** True once the workspace's list has been shown (set again after each workspace switch). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    /** The failure shown in {@code #errorBanner}, or null. */
    public ObjectProperty<ErrorInfo> errorProperty() {
        return error;
    }

    /** A create that failed after it was accepted, or null. */
    public ObjectProperty<LateFailure> lateFailureProperty() {
        return lateFailure;
    }

    /** Lower-cased names of this workspace's computes whose operation is being followed (by any screen). */
    public ObservableSet<String> busyNames() {
        return busyNames;
    }

    String myObjectId() {
        return me;
    }

    public WorkspaceRef workspace() {
        return workspace;
    }

    // ------------------------------------------------------------------ loading

    /** Shows the computes of {@code newWorkspace} (or nothing while either is null). */
    public void show(AzureConnection newConnection, WorkspaceRef newWorkspace) {
        generation++;
        if (listTask != null) {
            listTask.cancel();
            listTask = null;
        }
        stopLiveRefresh();
        connection = newConnection;
        workspace = newWorkspace;
        me = newConnection == null || newConnection.principal() == null ? null
                : newConnection.principal().objectId();
        rows.clear();
        byName.clear();
        rereadCursor = 0;
        resetBusyNames();
        error.set(null);
        lateFailure.set(null);
        details.close();
        loaded.set(false);
        loading.set(false);
        if (connection != null && workspace != null) {
            load("Listing computes in " + workspace.name());
        }
    }

    /** Re-reads every compute (Refresh, F5); keeps rows, selection and scroll position. */
    public void refresh() {
        if (connection != null && workspace != null && !loading.get()) {
            load("Refreshing computes in " + workspace.name());
        }
    }

    private void load(String title) {
        long gen = generation;
        WorkspaceRef ws = workspace;
        ComputeClient client = connection.computes();
        loading.set(true);
        listTask = executor.submit(BackgroundTask.titled(title, ws.name(), context -> client.list(ws,
                                page -> context.publish(() -> showPage(page, gen))))
                .onSuccess(list -> {
                    if (gen == generation) {
                        error.set(null);
                        settle(list);
                    }
                })
                .onFailure(failure -> {
                    if (gen == generation) {
                        loading.set(false);
                        showError(ErrorInfos.from("Listing computes failed", failure), this::refresh);
                    }
                })
                .whenDone(() -> {
                    if (gen == generation) {
                        listTask = null;
                    }
                }));
    }

    /**
     * Puts one page of the list on screen as it arrives, so the first computes of a large workspace show before
     * the last page is read, and the FX thread only ever takes a page's worth of rows at a time.
     */
    private void showPage(List<ComputeResource> page, long gen) {
        if (gen == generation) {
            merge(page);
            loaded.set(true);
        }
    }

    /** The whole list has arrived: drops the rows it no longer has and follows computes in transition. */
    private void settle(List<ComputeResource> list) {
        Set<String> listed = new HashSet<>();
        list.forEach(compute -> listed.add(compute.name()));
        if (listed.size() < byName.size()) {
            rows.removeIf(row -> !listed.contains(row.name()));
            byName.keySet().retainAll(listed);
        }
        loaded.set(true);
        loading.set(false);
        followTransitions(true);
    }

    /** Applies part of a list: updates rows in place and adds new ones. */
    private void merge(List<ComputeResource> computes) {
        List<ComputeRow> added = new ArrayList<>();
        for (ComputeResource compute : computes) {
            if (compute.name() == null) {
                continue;
            }
            ComputeRow row = byName.get(compute.name());
            if (row == null) {
                row = new ComputeRow(compute);
                byName.put(compute.name(), row);
                added.add(row);
            } else {
                apply(row, compute);
            }
        }
        rows.addAll(added);
    }

    /** Updates one row, noticing a create that failed after it was accepted. */
    private void apply(ComputeRow row, ComputeResource fresh) {
        ComputeResource before = row.compute();
        if (before.equals(fresh)) {
            return;
        }
        boolean wasChanging = ComputeRow.isTransitional(before);
        row.update(fresh);
        if (wasChanging && !ComputeRow.isTransitional(fresh) && "state-error".equals(ComputeColumn.stateStyle(fresh))) {
            ComputeResource sent = sentRequests.get(row.name());
            lateFailure.set(new LateFailure(row.name(), row.name() + " is " + ComputeColumn.stateText(fresh)
                    + describeErrors(fresh), formOf(fresh), sent));
        }
    }

    private void remove(String name) {
        ComputeRow row = byName.remove(name);
        if (row != null) {
            rows.remove(row);
            if (details.rowProperty().get() == row) {
                details.close();
            }
        }
    }

    private static String describeErrors(ComputeResource c) {
        List<ArmErrorResponse> errors = new ArrayList<>();
        if (c.properties() != null && c.properties().provisioningErrors() != null) {
            errors.addAll(c.properties().provisioningErrors());
        }
        ComputeInstanceSettings ci = ComputeRow.instanceSettings(c);
        if (ci != null && ci.errors() != null) {
            errors.addAll(ci.errors());
        }
        return errors.stream().filter(e -> e.error() != null).findFirst()
                .map(e -> ": " + e.error().code() + ": " + e.error().message()).orElse(".");
    }

    // ------------------------------------------------------------------ live state

    /**
     * Keeps re-reading the computes in transition with backoff until they settle.
     *
     * @param restart start again with the shortest delay (after an action, a new create, a full list)
     */
    private void followTransitions(boolean restart) {
        if (restart) {
            backoffStep = 0;
            stopLiveRefresh();
        }
        if (cancelLiveRefresh != null || rows.stream().noneMatch(this::needsReread)) {
            return;
        }
        Duration delay = BACKOFF.get(Math.min(backoffStep, BACKOFF.size() - 1));
        backoffStep++;
        long gen = generation;
        cancelLiveRefresh = scheduler.schedule(delay, () -> {
            cancelLiveRefresh = null;
            if (gen == generation) {
                refreshTransitional();
            }
        });
    }

    private void stopLiveRefresh() {
        if (cancelLiveRefresh != null) {
            cancelLiveRefresh.run();
            cancelLiveRefresh = null;
        }
    }

    /** True for a row in transition that no operation of the app follows: the page re-reads it itself. */
    private boolean needsReread(ComputeRow row) {
        return row.isTransitional() && !busyNames.contains(lower(row.name()));
    }

    /**
     * Re-reads computes in transition now (the scheduler calls it; tests may too): one GET each for at most
     * {@link #MAX_SINGLE_READS} of them, continuing where the last round stopped. Followed computes are left to
     * their follower, and the whole list is never reloaded for this.
     */
    void refreshTransitional() {
        List<String> all = rows.stream().filter(this::needsReread).map(ComputeRow::name).toList();
        if (all.isEmpty() || connection == null || workspace == null) {
            return;
        }
        List<String> names;
        if (all.size() <= MAX_SINGLE_READS) {
            names = all;
        } else {
            names = new ArrayList<>(MAX_SINGLE_READS);
            int start = rereadCursor % all.size();
            for (int i = 0; i < MAX_SINGLE_READS; i++) {
                names.add(all.get((start + i) % all.size()));
            }
            rereadCursor = start + MAX_SINGLE_READS;
        }
        long gen = generation;
        WorkspaceRef ws = workspace;
        ComputeClient client = connection.computes();
        String title = names.size() == 1 ? "Refreshing compute " + names.get(0)
                : "Refreshing " + names.size() + " computes in transition";
        executor.submit(BackgroundTask.titled(title, String.join(", ", names), token -> {
            Map<String, Optional<ComputeResource>> found = new LinkedHashMap<>();
            for (String name : names) {
                token.throwIfCancelled();
                found.put(name, client.find(ws, name));
            }
            return found;
        }).onSuccess(found -> {
            if (gen == generation) {
                found.forEach((name, compute) -> {
                    if (!busyNames.contains(lower(name))) {
                        // A follow that began meanwhile has the newer word on this compute.
                        compute.ifPresentOrElse(c -> row(name).ifPresent(r -> apply(r, c)), () -> remove(name));
                    }
                });
                followTransitions(false);
            }
        }).onFailure(failure -> {
            // A failed background re-read is recorded in the activity log; the next one may succeed.
            if (gen == generation) {
                followTransitions(false);
            }
        }));
    }

    /** A compute created, changed or removed elsewhere (a create form, the Spark pool wizard). */
    public void onComputeChange(ComputeEvents.Change change) {
        if (workspace == null || change.workspace() == null || !workspace.id().equalsIgnoreCase(change.workspace().id())) {
            return;
        }
        String name = change.computeName();
        if (change.kind() == ComputeEvents.Kind.REMOVED) {
            remove(name);
            return;
        }
        ComputeResource compute = change.compute();
        if (compute == null) {
            return;
        }
        if (compute.name() == null) {
            // The form sent a request body: it has no name and no state yet; the row reads as Creating.
            compute = new ComputeResource(compute.id(), name, compute.type(), compute.location(), compute.tags(),
                    compute.sku(), compute.identity(), compute.systemData(), compute.properties());
        }
        if (change.kind() == ComputeEvents.Kind.CREATING) {
            sentRequests.put(name, change.compute());
        }
        ComputeRow row = byName.get(name);
        if (row == null) {
            row = new ComputeRow(compute);
            byName.put(name, row);
            rows.add(row);
        } else if (change.kind() == ComputeEvents.Kind.CREATING) {
            if (row.compute().properties() == null || row.compute().properties().provisioningState() == null) {
                row.update(compute);
            }
            // Else the row already shows the compute as the service reported it: the request is only remembered.
        } else {
            apply(row, compute);
        }
        followTransitions(true);
    }

    /** Keeps {@link #busyNames} to this workspace's followed computes; a row no longer followed is re-read again. */
    private void followedChanged(SetChangeListener.Change<? extends String> change) {
        String prefix = workspace == null ? null : OperationFollower.key(workspace, "");
        if (change.wasAdded() && prefix != null && change.getElementAdded().startsWith(prefix)) {
            busyNames.add(change.getElementAdded().substring(prefix.length()));
        }
        if (change.wasRemoved() && prefix != null && change.getElementRemoved().startsWith(prefix)) {
            busyNames.remove(change.getElementRemoved().substring(prefix.length()));
            // Cancelled, or ended: a row still in transition goes back to the page's own re-reads.
            followTransitions(true);
        }
    }

    private void resetBusyNames() {
        busyNames.clear();
        if (workspace != null) {
            String prefix = OperationFollower.key(workspace, "");
            follower.followed().stream().filter(key -> key.startsWith(prefix))
                    .forEach(key -> busyNames.add(key.substring(prefix.length())));
        }
    }

    static String lower(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }

    // ------------------------------------------------------------------ actions

    /** Runs {@code action} on {@code targets}: asks first where it must, then one titled operation per compute. */
    void act(ComputeAction action, List<ComputeRow> targets) {
        if (targets.isEmpty() || connection == null || workspace == null) {
            return;
        }
        List<ComputeRow> allowed = targets.stream()
                .filter(row -> !busyNames.contains(lower(row.name())) && row.allowedActions().contains(action)).toList();
        if (allowed.size() != targets.size()) {
            return;
        }
        if (action.asksFirst() && !dialogs.confirm(confirmation(action, targets))) {
            return;
        }
        for (ComputeRow row : targets) {
            perform(action, row);
        }
    }

    private void perform(ComputeAction action, ComputeRow row) {
        long gen = generation;
        WorkspaceRef ws = workspace;
        ComputeClient client = connection.computes();
        String name = row.name();
        String title = ongoing(action) + " " + noun(row, 1) + " " + name;
        OperationFollower.Action followed;
        Supplier<ArmOperation<?>> send;
        switch (action) {
            case START -> {
                followed = OperationFollower.Action.START;
                send = () -> client.start(ws, name);
            }
            case STOP -> {
                followed = OperationFollower.Action.STOP;
                send = () -> client.stop(ws, name);
            }
            case RESTART -> {
                followed = OperationFollower.Action.RESTART;
                send = () -> client.restart(ws, name);
            }
            case DELETE -> {
                followed = OperationFollower.Action.DELETE;
                send = () -> client.delete(ws, name, UnderlyingResourceAction.DELETE);
            }
            case DETACH -> {
                followed = OperationFollower.Action.DETACH;
                send = () -> client.delete(ws, name, UnderlyingResourceAction.DETACH);
            }
            default -> throw new IllegalArgumentException(action.label() + " is not a row action");
        }
        follower.follow(ws, name, title, followed, client, send).whenEnded(outcome -> {
            if (gen != generation) {
                return;
            }
            ErrorInfo problem = outcome.errorInfo(title);
            if (problem == null) {
                return;
            }
            if (outcome.result() == OperationFollower.Result.NO_LONGER_FOLLOWED) {
                showError(problem, this::refresh);
            } else {
                showError(problem, () -> perform(action, row));
            }
        });
    }

    private void showError(ErrorInfo info, Runnable retry) {
        retryAction = retry;
        error.set(info);
    }

    /** The banner's Retry: repeats what failed. */
    public void retry() {
        Runnable action = retryAction;
        error.set(null);
        action.run();
    }

    /** The question asked before Stop, Restart, Delete and Detach; it says what happens, in plain words. */
    static Confirmation confirmation(ComputeAction action, List<ComputeRow> targets) {
        ComputeRow first = targets.get(0);
        String nouns = noun(first, targets.size());
        String header = targets.size() == 1 ? action.label() + " " + nouns + " " + first.name() + "?"
                : action.label() + " " + targets.size() + " " + nouns + "?";
        List<String> names = targets.stream().map(ComputeRow::name).collect(Collectors.toList());
        return new Confirmation(action.label() + " " + nouns, header, consequence(action, first), names,
                action.label());
    }

    private static String consequence(ComputeAction action, ComputeRow row) {
        ComputeKind kind = row.kind().orElse(ComputeKind.VIRTUAL_MACHINE);
        switch (action) {
            case STOP:
                return "Stopping ends the jobs, notebooks and terminals running on it and stops billing for its "
                        + "virtual machine. Its disk and your files are kept; you can start it again later.";
            case RESTART:
                return "Restarting ends the jobs, notebooks and terminals running on it; it is unavailable for a "
                        + "few minutes. Its disk and your files are kept.";
            case DELETE:
                switch (kind) {
                    case COMPUTE_INSTANCE:
                        return "Delete removes the compute instance and its local disk; files in the workspace "
                                + "storage are kept. This cannot be undone.";
                    case AML_COMPUTE:
                        return "Delete removes the cluster and its nodes; jobs running on it fail. This cannot "
                                + "be undone.";
                    case AKS:
                        return "Delete removes the AKS cluster from Azure as well, with the services deployed on "
                                + "it; Detach would keep it. This cannot be undone.";
                    default:
                        return "Delete removes the compute and its underlying resource. This cannot be undone.";
                }
            case DETACH:
                return "Detach removes it from this workspace and keeps the " + underlyingNoun(kind)
                        + " in Azure; Delete would remove it. Jobs and deployments that use it stop working.";
            default:
                return "";
        }
    }

    private static String underlyingNoun(ComputeKind kind) {
        switch (kind) {
            case AKS: return "AKS cluster";
            case KUBERNETES: return "Kubernetes cluster";
            case VIRTUAL_MACHINE: return "virtual machine";
            case HDINSIGHT: return "HDInsight cluster";
            case DATABRICKS: return "Databricks workspace";
            case DATA_LAKE_ANALYTICS: return "Data Lake Analytics account";
            case SYNAPSE_SPARK: return "Synapse Spark pool";
            case DATA_FACTORY: return "data factory";
            default: return "underlying resource";
        }
    }

    private static String ongoing(ComputeAction action) {
        switch (action) {
            case START: return "Starting";
            case STOP: return "Stopping";
            case RESTART: return "Restarting";
            case DELETE: return "Deleting";
            case DETACH: return "Detaching";
            default: return action.label();
        }
    }

    /** "compute instance" / "compute instances", "Kubernetes cluster" … */
    static String noun(ComputeRow row, int count) {
        String singular = row.kind().map(kind -> {
            switch (kind) {
                case COMPUTE_INSTANCE: return "compute instance";
                case AML_COMPUTE: return "compute cluster";
                case AKS: return "inference cluster";
                case KUBERNETES: return "Kubernetes cluster";
                default: return "attached compute";
            }
        }).orElse("compute");
        return count == 1 ? singular : singular + "s";
    }

    // ------------------------------------------------------------------ navigation

    void openCreateForm(ComputeFormKind kind) {
        navigator.openCreateForm(kind);
    }

    /**
     * "Edit and retry" on the late-failure notice. The failed compute still holds the name, so a create under it
     * would be refused (the form never updates a compute): this asks to delete it (detach, for an attached type),
     * follows that to its end, then reopens the form with what was sent. Declining changes nothing.
     */
    public void editAndRetry() {
        LateFailure failure = lateFailure.get();
        if (failure == null || !failure.canEditAndRetry() || connection == null || workspace == null) {
            return;
        }
        String name = failure.computeName();
        Optional<ComputeRow> row = row(name);
        // Only created computes can be deleted; an attached one is detached (its resource stays where it is).
        boolean created = failure.form() == ComputeFormKind.COMPUTE_INSTANCE
                || failure.form() == ComputeFormKind.COMPUTE_CLUSTER || failure.form() == ComputeFormKind.INFERENCE_CLUSTER;
        ComputeAction removal = row.map(r -> r.allowedActions().contains(ComputeAction.DELETE) ? ComputeAction.DELETE
                : ComputeAction.DETACH).orElse(created ? ComputeAction.DELETE : ComputeAction.DETACH);
        String verb = removal == ComputeAction.DELETE ? "Delete" : "Detach";
        String noun = row.map(r -> noun(r, 1)).orElse("compute");
        if (!dialogs.confirm(new Confirmation(verb + " " + noun, verb + " the failed " + noun + " " + name
                + " and edit the request?", name + " failed to provision and still holds its name. " + verb
                + " removes it so the form can create it again with the values that were sent (secrets must be "
                + "typed again).", List.of(name), verb + " and edit"))) {
            return;
        }
        lateFailure.set(null);
        long gen = generation;
        WorkspaceRef ws = workspace;
        ComputeClient client = connection.computes();
        UnderlyingResourceAction how = removal == ComputeAction.DELETE ? UnderlyingResourceAction.DELETE
                : UnderlyingResourceAction.DETACH;
        OperationFollower.Action followed = removal == ComputeAction.DELETE ? OperationFollower.Action.DELETE
                : OperationFollower.Action.DETACH;
        String title = ongoing(removal) + " " + noun + " " + name + " to retry it";
        follower.follow(ws, name, title, followed, client, () -> client.delete(ws, name, how)).whenEnded(outcome -> {
            if (gen != generation) {
                return;
            }
            if (outcome.succeeded()) {
                remove(name);
                error.set(null);
                navigator.openEditAndRetry(failure.form(), name, failure.sentRequest());
                return;
            }
            lateFailure.set(failure);
            ErrorInfo problem = outcome.errorInfo(verb + " of " + name + " (the form was not reopened)");
            showError(problem != null ? problem : new ErrorInfo(verb + " of " + name + " was no longer followed; "
                    + "the form was not reopened", "", "It may still complete in Azure.", "", true), this::editAndRetry);
        });
    }

    public void dismissLateFailure() {
        lateFailure.set(null);
    }

    void openDetails(ComputeRow row) {
        details.open(row, connection.computes(), workspace, me);
    }

    void openLink(String url) {
        if (url != null && !url.isBlank()) {
            links.open(url);
        }
    }

    /** The form that creates or attaches a compute like {@code c}. */
    static ComputeFormKind formOf(ComputeResource c) {
        Optional<ComputeKind> kind = ComputeRow.kindOf(c);
        if (kind.isEmpty()) {
            return null;
        }
        switch (kind.get()) {
            case COMPUTE_INSTANCE: return ComputeFormKind.COMPUTE_INSTANCE;
            case AML_COMPUTE: return ComputeFormKind.COMPUTE_CLUSTER;
            case AKS: return ComputeFormKind.INFERENCE_CLUSTER;
            case KUBERNETES: return ComputeFormKind.KUBERNETES;
            case VIRTUAL_MACHINE: return ComputeFormKind.VIRTUAL_MACHINE;
            case HDINSIGHT: return ComputeFormKind.HDINSIGHT;
            case DATABRICKS: return ComputeFormKind.DATABRICKS;
            case DATA_LAKE_ANALYTICS: return ComputeFormKind.DATA_LAKE_ANALYTICS;
            case SYNAPSE_SPARK: return ComputeFormKind.SYNAPSE_SPARK;
            default: return null;
        }
    }

    /** Read-only view of whether a live re-read is scheduled (for tests and the benchmark). */
    boolean isFollowingTransitions() {
        return cancelLiveRefresh != null;
    }
}
