package dev.computedesk.ui.compute;

import dev.computedesk.azure.Principal;
import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.ComputeClient;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.domain.compute.ComputeState;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.ui.common.BackgroundTask;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.ErrorInfos;
import dev.computedesk.ui.common.OperationFollower;
import dev.computedesk.ui.common.TaskContext;
import dev.computedesk.ui.common.TaskExecutor;
import dev.computedesk.ui.common.TaskHandle;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Keeps the Compute page's one list of rows in step with Azure: lists the workspace's computes page by page,
 * applies what the {@link OperationFollower} and the create forms report, has computes in transition that no
 * operation follows re-read ({@link TransitionRereads}), and notices a create that failed after ARM accepted it. Rows are updated in place, so tables keep their selection and scroll position.
 */
final class ComputeListSync {
    private final TaskExecutor executor;
    private final OperationFollower follower;
    private final PageError banner;
    private final Consumer<ComputeRow> onRemoved;

    private final ObservableList<ComputeRow> rows =
            FXCollections.observableArrayList(row -> new Observable[] {row.computeProperty()});
    private final Map<String, ComputeRow> byName = new HashMap<>();
    /** Lower-cased names of this workspace's computes the {@link OperationFollower} follows now. */
    private final ObservableSet<String> busyNames = FXCollections.observableSet();
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final BooleanProperty loaded = new SimpleBooleanProperty(this, "loaded");
    private final ObjectProperty<LateFailure> lateFailure = new SimpleObjectProperty<>(this, "lateFailure");
    /** Requests sent by the create forms this session, by compute name, for "Edit and retry". */
    private final Map<String, ComputeResource> sentRequests = new HashMap<>();

    private AzureConnection connection;
    private WorkspaceRef workspace;
    private Principal me;
    /** Bumped on every workspace switch, so answers about the previous workspace are dropped. */
    private long generation;
    private TaskHandle listTask;
    private final TransitionRereads rereads;

    /**
     * @param scheduler runs the re-reads of computes in transition later, on the FX thread
     * @param follower  tells about every followed change, and which computes it follows
     * @param banner    where a failed listing is shown
     * @param onRemoved told when a row leaves the list (the details close if they showed it)
     */
    ComputeListSync(TaskExecutor executor, RefreshScheduler scheduler, OperationFollower follower, PageError banner,
                    Consumer<ComputeRow> onRemoved) {
        this.executor = Objects.requireNonNull(executor);
        this.follower = Objects.requireNonNull(follower);
        this.banner = Objects.requireNonNull(banner);
        this.onRemoved = Objects.requireNonNull(onRemoved);
        this.rereads = new TransitionRereads(executor, scheduler, this);
        follower.events().addListener(this::onComputeChange);
        follower.followed().addListener((SetChangeListener<String>) this::followedChanged);
    }

    // ------------------------------------------------------------------ state

    ObservableList<ComputeRow> rows() {
        return rows;
    }

    Optional<ComputeRow> row(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    ObservableSet<String> busyNames() {
        return busyNames;
    }

    /** True when an operation of the app follows {@code row} now (its actions wait). */
    boolean isBusy(ComputeRow row) {
        return busyNames.contains(lower(row.name()));
    }

    BooleanProperty loadingProperty() {
        return loading;
    }

    BooleanProperty loadedProperty() {
        return loaded;
    }

    ObjectProperty<LateFailure> lateFailureProperty() {
        return lateFailure;
    }

    AzureConnection connection() {
        return connection;
    }

    WorkspaceRef workspace() {
        return workspace;
    }

    Principal me() {
        return me;
    }

    /** True while both a connection and a workspace are chosen. */
    boolean isShowing() {
        return connection != null && workspace != null;
    }

    /** A number that changes on every workspace switch: an answer carrying an older one is dropped. */
    long generation() {
        return generation;
    }

    // ------------------------------------------------------------------ loading

    /** Shows the computes of {@code newWorkspace} (or nothing while either is null). */
    void show(AzureConnection newConnection, WorkspaceRef newWorkspace) {
        generation++;
        if (listTask != null) {
            listTask.cancel();
            listTask = null;
        }
        rereads.stop();
        connection = newConnection;
        workspace = newWorkspace;
        me = newConnection == null ? null : newConnection.principal();
        rows.clear();
        byName.clear();
        rereads.resetCursor();
        resetBusyNames();
        lateFailure.set(null);
        loaded.set(false);
        loading.set(false);
        if (isShowing()) {
            load(Messages.get("compute.code.task.listComputes", workspace.name()));
        }
    }

    /** Re-reads every compute (Refresh, F5); keeps rows, selection and scroll position. */
    void refresh() {
        if (isShowing() && !loading.get()) {
            load(Messages.get("compute.code.task.refreshComputes", workspace.name()));
        }
    }

    private void load(String title) {
        long gen = generation;
        WorkspaceRef ws = workspace;
        ComputeClient client = connection.computes();
        loading.set(true);
        PageBatch batch = new PageBatch();
        listTask = executor.submit(BackgroundTask.titled(title, ws.name(), context -> client.list(ws,
                                page -> batch.add(page, context, pages -> showPages(pages, gen))))
                .onSuccess(list -> {
                    if (gen == generation) {
                        banner.clear();
                        settle(list);
                    }
                })
                .onFailure(failure -> {
                    if (gen == generation) {
                        loading.set(false);
                        banner.show(ErrorInfos.from(Messages.get("compute.code.task.listComputesFailed"), failure), this::refresh);
                    }
                })
                .whenDone(() -> {
                    if (gen == generation) {
                        listTask = null;
                    }
                }));
    }

    /**
     * Puts the pages of the list on screen as they arrive, so the first computes of a large workspace show before
     * the last page is read. Pages that arrived while the FX thread was busy come together ({@link PageBatch}) and
     * are added in one change: the tables and their filtered and sorted lists react once, not once a page.
     */
    private void showPages(List<ComputeResource> computes, long gen) {
        if (gen == generation) {
            merge(computes);
            loaded.set(true);
        }
    }

    /**
     * Pages read by the list task and not yet shown. The worker adds each page; the first page after the last hand-over
     * publishes one update to the FX thread, and the pages read before that update runs go with it. On an idle FX
     * thread every page shows as soon as it is read (the first rows are as early as ever); on a busy one (a pulse
     * laying out the rows) the pages wait and go in one change.
     */
    private static final class PageBatch {
        private final List<ComputeResource> pending = new ArrayList<>();
        private boolean published;

        void add(List<ComputeResource> page, TaskContext context,
                 Consumer<List<ComputeResource>> show) {
            synchronized (this) {
                pending.addAll(page);
                if (published) {
                    return;
                }
                published = true;
            }
            context.publish(() -> show.accept(take()));
        }

        private synchronized List<ComputeResource> take() {
            List<ComputeResource> taken = new ArrayList<>(pending);
            pending.clear();
            published = false;
            return taken;
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
        row.update(fresh);
        if (endedInFailure(before, fresh)) {
            lateFailure.set(LateFailure.of(row.name(), fresh, sentRequests.get(row.name())));
        }
    }

    /** True when {@code before} was changing by itself and {@code after} has settled in a failed state. */
    static boolean endedInFailure(ComputeResource before, ComputeResource after) {
        Optional<ComputeState> now = ComputeRow.stateOf(after);
        return ComputeRow.isTransitional(before) && now.isPresent() && !now.get().isTransitional()
                && now.get().isFailed();
    }

    /** Takes the row named {@code name} off the list (deleted, detached, or gone). */
    void remove(String name) {
        ComputeRow row = byName.remove(name);
        if (row != null) {
            rows.remove(row);
            onRemoved.accept(row);
        }
    }

    // ------------------------------------------------------------------ live state

    /**
     * Keeps re-reading the computes in transition with backoff until they settle.
     *
     * @param restart start again with the shortest delay (after an action, a new create, a full list)
     */
    void followTransitions(boolean restart) {
        rereads.follow(restart);
    }

    /** Re-reads computes in transition now (the scheduler calls it; tests may too). */
    void refreshTransitional() {
        rereads.refreshTransitional();
    }

    /** Read-only view of whether a live re-read is scheduled (for tests and the benchmark). */
    boolean isFollowingTransitions() {
        return rereads.isScheduled();
    }

    /** What a re-read found: the compute as it is now, or nothing when it is gone. Followed computes are skipped. */
    void reread(String name, Optional<ComputeResource> compute) {
        if (!busyNames.contains(lower(name))) {
            // A follow that began meanwhile has the newer word on this compute.
            compute.ifPresentOrElse(c -> row(name).ifPresent(r -> apply(r, c)), () -> remove(name));
        }
    }

    // ------------------------------------------------------------------ changes reported elsewhere

    /** A compute created, changed or removed elsewhere (a create form, the Spark pool wizard, the follower). */
    void onComputeChange(ComputeEvents.Change change) {
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
}
