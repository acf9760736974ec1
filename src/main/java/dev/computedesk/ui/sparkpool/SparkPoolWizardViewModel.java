package dev.computedesk.ui.sparkpool;

import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.model.ArmId;
import dev.computedesk.azure.model.BigDataPool;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.ManagedIdentity;
import dev.computedesk.azure.model.Subscription;
import dev.computedesk.azure.model.SynapseWorkspace;
import dev.computedesk.azure.model.UserAssignedIdentity;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.domain.compute.ComputeNameRule;
import dev.computedesk.domain.validation.ValidationResult;
import dev.computedesk.ui.common.BackgroundTask;
import dev.computedesk.ui.common.ClipboardService;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.ErrorInfo;
import dev.computedesk.ui.common.ErrorInfos;
import dev.computedesk.ui.common.LinkOpener;
import dev.computedesk.ui.common.NameAvailability;
import dev.computedesk.ui.common.OperationFollower;
import dev.computedesk.ui.common.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The direct "Attach Synapse Spark pool" wizard (Studio's current way): name, subscription, Synapse workspace,
 * Spark pool and managed identity; the pool's read-only properties before submit; after the attach, the role
 * the identity still needs in Synapse Studio.
 *
 * <p>Every list loads in a titled background task; a result that arrives after the user moved on (another
 * subscription, another workspace) is dropped.
 */
public final class SparkPoolWizardViewModel {

    private final TaskExecutor executor;
    private final AzureConnection connection;
    private final WorkspaceRef workspace;
    private final OperationFollower follower;
    private final ClipboardService clipboard;
    private final LinkOpener links;

    private final StringProperty computeName = new SimpleStringProperty(this, "computeName", "");
    private final BooleanProperty computeNameTouched = new SimpleBooleanProperty(this, "computeNameTouched");
    private final ObservableList<ComputeResource> computes = FXCollections.observableArrayList();
    /** Why the workspace's computes are not known (so no name counts as free), or "" once they were read. */
    private final StringProperty computesUnknown = new SimpleStringProperty(this, "computesUnknown",
            "Checking whether the name is free\u2026");
    private final BooleanProperty checkingNames = new SimpleBooleanProperty(this, "checkingNames");
    /** True when the Compute page lent its complete list, so the wizard need not list the computes itself. */
    private boolean computesHeld;

    private final ObservableList<Subscription> subscriptions = FXCollections.observableArrayList();
    private final ObjectProperty<Subscription> subscription = new SimpleObjectProperty<>(this, "subscription");
    private final ObservableList<SynapseWorkspace> synapseWorkspaces = FXCollections.observableArrayList();
    private final ObjectProperty<SynapseWorkspace> synapseWorkspace = new SimpleObjectProperty<>(this, "synapseWorkspace");
    private final StringProperty synapseWorkspaceNote = new SimpleStringProperty(this, "synapseWorkspaceNote", "");
    private final ObservableList<BigDataPool> pools = FXCollections.observableArrayList();
    private final ObjectProperty<BigDataPool> pool = new SimpleObjectProperty<>(this, "pool");
    private final StringProperty poolNote = new SimpleStringProperty(this, "poolNote", "");

    private final BooleanProperty identityEnabled = new SimpleBooleanProperty(this, "identityEnabled");
    private final ObjectProperty<IdentityKind> identityKind =
            new SimpleObjectProperty<>(this, "identityKind", IdentityKind.SYSTEM_ASSIGNED);
    private final ObservableList<IdentityChoice> identities = FXCollections.observableArrayList(
            choice -> new javafx.beans.Observable[] {choice.selectedProperty()});
    private final FilteredList<IdentityChoice> visibleIdentities = new FilteredList<>(identities, c -> true);
    private final StringProperty identitySearch = new SimpleStringProperty(this, "identitySearch", "");
    private final StringProperty identityNote = new SimpleStringProperty(this, "identityNote", "");

    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final ObjectProperty<ErrorInfo> error = new SimpleObjectProperty<>(this, "error");
    private final ObjectProperty<Attached> attached = new SimpleObjectProperty<>(this, "attached");

    private final StringBinding computeNameError;
    private final StringBinding computeNameMessage;
    private final StringBinding identityError;
    private final StringBinding identityMessage;
    private final BooleanBinding valid;
    private final BooleanBinding canCreate;
    private final BooleanBinding canCheckNameAgain;

    private int pendingLoads;
    private Runnable lastAttempt = () -> { };
    private String wantedSubscriptionId;
    private String wantedSynapseWorkspaceId;
    private String wantedPoolId;
    private List<String> wantedIdentityIds = List.of();

    /**
     * What the attach left to do: the compute that now exists, the pool, and the identity to grant
     * {@link SparkPools#POOL_ROLE} on the pool in Synapse Studio.
     *
     * @param computeName      the new compute
     * @param poolName         the pool it stands for
     * @param synapseWorkspace the pool's Synapse workspace name
     * @param synapseWorkspaceId its ARM id (for the Synapse Studio link)
     * @param principalName    who to grant: "the compute's system-assigned identity" or the identity's name
     * @param principalId      the identity's object id, or empty when the service has not filled it yet
     */
    public record Attached(String computeName, String poolName, String synapseWorkspace, String synapseWorkspaceId,
                           String principalName, String principalId) {
    }

    /**
     * @param connection the clients (subscriptions, Synapse, identities, computes) of the current connection
     * @param workspace  the ML workspace the pool is attached to
     */
    public SparkPoolWizardViewModel(TaskExecutor executor, AzureConnection connection, WorkspaceRef workspace,
                                    ComputeEvents events, ClipboardService clipboard, LinkOpener links) {
        this(executor, connection, workspace, new OperationFollower(executor, events), clipboard, links);
    }

    /** @param follower the app's one follower: the attach counts once its operation ended Succeeded */
    public SparkPoolWizardViewModel(TaskExecutor executor, AzureConnection connection, WorkspaceRef workspace,
                                    OperationFollower follower, ClipboardService clipboard, LinkOpener links) {
        this.executor = Objects.requireNonNull(executor);
        this.connection = Objects.requireNonNull(connection);
        this.workspace = Objects.requireNonNull(workspace);
        this.follower = Objects.requireNonNull(follower);
        this.clipboard = Objects.requireNonNull(clipboard);
        this.links = Objects.requireNonNull(links);
        this.wantedSubscriptionId = workspace.subscriptionId();

        // A name is free only when absent from a list of the workspace's computes that was read completely.
        computeNameError = Bindings.createStringBinding(() -> ValidationResult.firstError(
                ComputeNameRule.COMPUTE.validate(computeName.get()),
                computesUnknown.get().isEmpty() ? ValidationResult.ok() : ValidationResult.error(computesUnknown.get()),
                ComputeNameRule.notInUse(computeName.get(), computes.stream().map(ComputeResource::name).toList()))
                .message(), computeName, computes, computesUnknown);
        canCheckNameAgain = Bindings.createBooleanBinding(() -> !checkingNames.get() && !computesUnknown.get().isEmpty(),
                checkingNames, computesUnknown);
        computeNameMessage = Bindings.createStringBinding(
                () -> computeNameTouched.get() ? computeNameError.get() : "", computeNameTouched, computeNameError);
        identityError = Bindings.createStringBinding(() -> identityEnabled.get()
                        && identityKind.get() == IdentityKind.USER_ASSIGNED && selectedIdentities().isEmpty()
                        ? "Choose at least one user-assigned identity" : "",
                identityEnabled, identityKind, identities);
        identityMessage = Bindings.createStringBinding(() -> identityError.get().isEmpty() ? identityNote.get()
                : identityError.get(), identityError, identityNote);
        valid = Bindings.createBooleanBinding(() -> computeNameError.get().isEmpty() && subscription.get() != null
                        && synapseWorkspace.get() != null && pool.get() != null && identityError.get().isEmpty(),
                computeNameError, subscription, synapseWorkspace, pool, identityError);
        canCreate = valid.and(running.not()).and(loading.not()).and(attached.isNull());

        computeName.addListener((obs, old, now) -> computeNameTouched.set(true));
        subscription.addListener((obs, old, now) -> subscriptionChanged(now));
        synapseWorkspace.addListener((obs, old, now) -> synapseWorkspaceChanged(now));
        pool.addListener((obs, old, now) -> poolChanged(now));
        identityKind.addListener((obs, old, now) -> loadIdentitiesIfNeeded());
        identityEnabled.addListener((obs, old, now) -> loadIdentitiesIfNeeded());
        identitySearch.addListener((obs, old, text) -> {
            String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
            visibleIdentities.setPredicate(c -> needle.isEmpty()
                    || c.label().toLowerCase(Locale.ROOT).contains(needle));
        });
    }

    /**
     * Fills the form from a request sent before ("Edit and retry"): the name, the pool (and so its subscription and
     * workspace, selected as their lists arrive) and the identity. Call before {@link #load()}.
     */
    public void prefill(String name, ComputeResource request) {
        if (name != null) {
            computeName.set(name);
        }
        String poolId = request == null || request.properties() == null ? null : request.properties().resourceId();
        if (poolId != null) {
            wantedPoolId = poolId;
            wantedSynapseWorkspaceId = SparkPools.workspaceIdOf(poolId);
            wantedSubscriptionId = ArmId.parse(poolId).subscriptionId();
        }
        ManagedIdentity identity = request == null ? null : request.identity();
        if (identity != null && identity.type() != null && !identity.type().equals("None")) {
            identityEnabled.set(true);
            if (identity.type().contains("UserAssigned") && identity.userAssignedIdentities() != null) {
                wantedIdentityIds = List.copyOf(identity.userAssignedIdentities().keySet());
                identityKind.set(IdentityKind.USER_ASSIGNED);
            }
        }
    }

    /**
     * The workspace's computes as the Compute page already holds them, for the name and "already attached" checks,
     * so opening the wizard does not list every compute again. Call before {@link #load()}.
     */
    public void useKnownComputes(Collection<ComputeResource> known) {
        computes.setAll(known);
        computesUnknown.set("");
        computesHeld = true;
    }

    /** Loads the subscriptions (then the Synapse workspaces of the chosen one). */
    public void load() {
        error.set(null);
        lastAttempt = this::load;
        started();
        executor.submit(BackgroundTask.titled("Listing subscriptions", "", token ->
                        connection.subscriptions().listSubscriptions())
                .onSuccess(list -> {
                    subscriptions.setAll(list);
                    subscription.set(list.stream().filter(s -> s.subscriptionId().equalsIgnoreCase(
                            wantedSubscriptionId)).findFirst().orElse(list.isEmpty() ? null : list.get(0)));
                })
                .onFailure(failure -> error.set(ErrorInfos.from("Listing subscriptions failed", failure)))
                .whenDone(this::finished));
        if (!computesHeld) {
            listComputes();
        }
    }

    /** Lists the workspace's computes: until that succeeds, no name counts as free. */
    private void listComputes() {
        started();
        checkingNames.set(true);
        computesUnknown.set("Checking whether the name is free\u2026");
        executor.submit(BackgroundTask.titled("Listing computes of " + workspace.name(), workspace.name(), token ->
                        connection.computes().list(workspace))
                .onSuccess(list -> {
                    computes.setAll(list);
                    computesUnknown.set("");
                    poolChanged(pool.get());
                })
                .onFailure(failure -> {
                    computesUnknown.set(NameAvailability.unknownMessage(failure));
                    error.set(ErrorInfos.from("Listing computes failed", failure));
                })
                .whenDone(() -> {
                    checkingNames.set(false);
                    finished();
                }));
    }

    /** Lists the workspace's computes again after a failed list ({@code #checkNameAgainButton}). */
    public void checkNameAgain() {
        if (canCheckNameAgain.get()) {
            listComputes();
        }
    }

    private void subscriptionChanged(Subscription now) {
        synapseWorkspace.set(null);
        synapseWorkspaces.clear();
        synapseWorkspaceNote.set("");
        identities.clear();
        if (now == null) {
            return;
        }
        String subscriptionId = now.subscriptionId();
        started();
        executor.submit(BackgroundTask.titled("Listing Synapse workspaces", now.displayName(), token ->
                        connection.synapse().listWorkspaces(subscriptionId))
                .onSuccess(list -> {
                    if (subscription.get() != now) {
                        return;
                    }
                    synapseWorkspaces.setAll(list);
                    synapseWorkspaceNote.set(list.isEmpty() ? "This subscription has no Synapse workspaces" : "");
                    list.stream().filter(w -> w.id().equalsIgnoreCase(Objects.toString(wantedSynapseWorkspaceId, "")))
                            .findFirst().ifPresent(synapseWorkspace::set);
                })
                .onFailure(failure -> error.set(ErrorInfos.from("Listing Synapse workspaces failed", failure)))
                .whenDone(this::finished));
        loadIdentitiesIfNeeded();
    }

    private void synapseWorkspaceChanged(SynapseWorkspace now) {
        pool.set(null);
        pools.clear();
        poolNote.set("");
        if (now == null) {
            return;
        }
        started();
        executor.submit(BackgroundTask.titled("Listing Spark pools of " + now.name(), now.name(), token ->
                        connection.synapse().listSparkPools(now.id()))
                .onSuccess(list -> {
                    if (synapseWorkspace.get() != now) {
                        return;
                    }
                    pools.setAll(list);
                    if (list.isEmpty()) {
                        poolNote.set("This Synapse workspace has no Spark pools");
                    }
                    list.stream().filter(p -> p.id().equalsIgnoreCase(Objects.toString(wantedPoolId, "")))
                            .findFirst().ifPresent(pool::set);
                })
                .onFailure(failure -> error.set(ErrorInfos.from("Listing Spark pools failed", failure)))
                .whenDone(this::finished));
    }

    private void poolChanged(BigDataPool now) {
        if (now == null) {
            if (!pools.isEmpty()) {
                poolNote.set("");
            }
            return;
        }
        poolNote.set(SparkPools.attachedAs(computes, now.id())
                .map(name -> "This pool is already attached to the workspace as '" + name
                        + "'. Attaching it again adds a second compute for the same pool.")
                .orElse(""));
    }

    private void loadIdentitiesIfNeeded() {
        Subscription current = subscription.get();
        if (!identityEnabled.get() || identityKind.get() != IdentityKind.USER_ASSIGNED || current == null
                || !identities.isEmpty()) {
            return;
        }
        String subscriptionId = current.subscriptionId();
        started();
        identityNote.set("");
        executor.submit(BackgroundTask.titled("Listing user-assigned identities", current.displayName(), token ->
                        connection.pickers().listUserAssignedIdentities(subscriptionId))
                .onSuccess(list -> {
                    if (subscription.get() != current) {
                        return;
                    }
                    List<IdentityChoice> choices = new ArrayList<>();
                    for (UserAssignedIdentity identity : list) {
                        IdentityChoice choice = new IdentityChoice(identity);
                        choice.selectedProperty().set(wantedIdentityIds.stream()
                                .anyMatch(id -> id.equalsIgnoreCase(identity.id())));
                        choices.add(choice);
                    }
                    identities.setAll(choices);
                    identityNote.set(list.isEmpty() ? "This subscription has no user-assigned identities" : "");
                })
                .onFailure(failure -> error.set(ErrorInfos.from("Listing user-assigned identities failed", failure)))
                .whenDone(this::finished));
    }

    /** The identity the request carries, or null when the toggle is off. */
    ManagedIdentity requestedIdentity() {
        if (!identityEnabled.get()) {
            return null;
        }
        if (identityKind.get() == IdentityKind.USER_ASSIGNED) {
            return ManagedIdentity.userAssigned(selectedIdentities().stream()
                    .map(c -> c.identity().id()).toList());
        }
        return ManagedIdentity.systemAssigned();
    }

    /** The request the form would send now. */
    public ComputeResource request() {
        BigDataPool chosen = pool.get();
        return SparkPools.attachRequest(workspace, chosen == null ? null : chosen.id(), requestedIdentity());
    }

    private List<IdentityChoice> selectedIdentities() {
        return identities.stream().filter(IdentityChoice::isSelected).collect(Collectors.toList());
    }

    /**
     * Attaches the pool: one PUT, followed by the app's one follower to its end; "attached" (with the compute read
     * back, for its identity) only once the operation ended Succeeded. Does nothing while invalid.
     */
    public void create() {
        if (!canCreate.get()) {
            return;
        }
        String name = computeName.get();
        BigDataPool chosen = pool.get();
        SynapseWorkspace synapse = synapseWorkspace.get();
        ComputeResource body = request();
        List<UserAssignedIdentity> users = identityEnabled.get() && identityKind.get() == IdentityKind.USER_ASSIGNED
                ? selectedIdentities().stream().map(IdentityChoice::identity).toList() : List.of();
        error.set(null);
        lastAttempt = this::create;
        running.set(true);
        String title = "Attaching Synapse Spark pool " + chosen.name() + " as " + name;
        follower.follow(workspace, name, title, OperationFollower.Action.CREATE, connection.computes(), () -> {
                    // The list may be minutes old: ask about this name right before the PUT, in this task.
                    NameAvailability.requireFree(connection.computes(), workspace, name);
                    return connection.computes().createOrUpdate(workspace, name, body);
                })
                .whenEnded(outcome -> {
                    running.set(false);
                    if (outcome.succeeded()) {
                        attached.set(describe(name, chosen, synapse, outcome.compute() == null ? body
                                : outcome.compute(), users));
                        return;
                    }
                    if (nameRefusal(name, outcome.failure())) {
                        return;
                    }
                    ErrorInfo problem = outcome.errorInfo("Attaching " + name);
                    error.set(problem != null ? problem : new ErrorInfo("Attaching " + name + ": no longer followed",
                            "", "The attach may still complete in Azure; see Attached computes.", "", false));
                });
    }

    /** A refusal about the name goes under the name (and keeps Attach disabled); true when it was one. */
    private boolean nameRefusal(String name, Throwable failure) {
        if (failure instanceof NameAvailability.NameInUseException taken) {
            computes.add(taken.existing().name() == null ? withName(taken.existing(), name) : taken.existing());
            computeNameTouched.set(true);
            return true;
        }
        if (failure instanceof NameAvailability.NameUnknownException unknown) {
            computesUnknown.set(unknown.getMessage());
            computeNameTouched.set(true);
            return true;
        }
        return false;
    }

    private static ComputeResource withName(ComputeResource compute, String name) {
        return new ComputeResource(compute.id(), name, compute.type(), compute.location(), compute.tags(),
                compute.sku(), compute.identity(), compute.systemData(), compute.properties());
    }

    private static Attached describe(String name, BigDataPool chosen, SynapseWorkspace synapse,
                                     ComputeResource compute, List<UserAssignedIdentity> users) {
        String principalName;
        String principalId;
        if (!users.isEmpty()) {
            principalName = "the user-assigned identity " + users.get(0).name();
            principalId = Objects.toString(users.get(0).principalId(), "");
        } else if (compute.identity() != null && compute.identity().type() != null
                && compute.identity().type().startsWith("SystemAssigned")) {
            principalName = "the system-assigned identity of " + name;
            principalId = Objects.toString(compute.identity().principalId(), "");
        } else {
            principalName = "the workspace's managed identity (the compute has none of its own)";
            principalId = "";
        }
        return new Attached(name, chosen.name(), synapse.name(), synapse.id(), principalName, principalId);
    }

    /** Runs again what failed last (a list or the attach). */
    public void retry() {
        lastAttempt.run();
    }

    /** Copies the principal id the post-step names. */
    public void copyPrincipalId() {
        Attached done = attached.get();
        if (done != null && !done.principalId().isEmpty()) {
            clipboard.putText(done.principalId());
        }
    }

    /** Opens Synapse Studio on the pool's workspace, where the role is granted. */
    public void openSynapseStudio() {
        Attached done = attached.get();
        if (done != null) {
            links.open(SparkPools.synapseStudioUrl(done.synapseWorkspaceId()));
        }
    }

    private void started() {
        pendingLoads++;
        loading.set(true);
    }

    private void finished() {
        pendingLoads = Math.max(0, pendingLoads - 1);
        loading.set(pendingLoads > 0);
    }

    /** The post-step's explanation, once attached. */
    public static String postStepText(Attached done) {
        return "'" + done.computeName() + "' is attached and appears in Attached computes. One step is left, "
                + "outside Azure Machine Learning: in Synapse Studio for '" + done.synapseWorkspace() + "', open "
                + "Manage \u2192 Access control \u2192 Add, choose scope 'Workspace item', item type 'Apache Spark pool', "
                + "item '" + done.poolName() + "', role '" + SparkPools.POOL_ROLE + "', and grant it to "
                + done.principalName() + ".";
    }

    public StringProperty computeNameProperty() {
        return computeName;
    }

    public BooleanProperty computeNameTouchedProperty() {
        return computeNameTouched;
    }

    /** The name's message under the field, once touched; empty while valid. */
    public StringBinding computeNameMessageProperty() {
        return computeNameMessage;
    }

    public ObservableList<Subscription> subscriptions() {
        return subscriptions;
    }

    public ObjectProperty<Subscription> subscriptionProperty() {
        return subscription;
    }

    public ObservableList<SynapseWorkspace> synapseWorkspaces() {
        return synapseWorkspaces;
    }

    public ObjectProperty<SynapseWorkspace> synapseWorkspaceProperty() {
        return synapseWorkspace;
    }

    public ReadOnlyStringProperty synapseWorkspaceNoteProperty() {
        return synapseWorkspaceNote;
    }

    public ObservableList<BigDataPool> pools() {
        return pools;
    }

    public ObjectProperty<BigDataPool> poolProperty() {
        return pool;
    }

    /** Under the pool: "already attached as …" (a warning) or "no Spark pools". */
    public ReadOnlyStringProperty poolNoteProperty() {
        return poolNote;
    }

    /** A read-only fact of the chosen pool ("" while none is chosen), for the properties shown before submit. */
    public StringBinding poolFact(java.util.function.Function<BigDataPool, String> fact) {
        return Bindings.createStringBinding(() -> pool.get() == null ? "" : Objects.toString(fact.apply(pool.get()), ""),
                pool);
    }

    public BooleanProperty identityEnabledProperty() {
        return identityEnabled;
    }

    public ObjectProperty<IdentityKind> identityKindProperty() {
        return identityKind;
    }

    /** The user-assigned identities matching the search. */
    public ObservableList<IdentityChoice> visibleIdentities() {
        return visibleIdentities;
    }

    public StringProperty identitySearchProperty() {
        return identitySearch;
    }

    /** Under the identity list: what is missing, or that the subscription has none. */
    public StringBinding identityMessageProperty() {
        return identityMessage;
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

    /** Set once the attach was accepted: the post-step. */
    public ReadOnlyObjectProperty<Attached> attachedProperty() {
        return attached;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /** Attach is enabled: valid, nothing loading or running, not attached yet. */
    public BooleanBinding canCreateProperty() {
        return canCreate;
    }

    /** True when the computes could not be listed, so whether the name is free is unknown. */
    public BooleanBinding canCheckNameAgainProperty() {
        return canCheckNameAgain;
    }

    public WorkspaceRef workspace() {
        return workspace;
    }
}
