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
import dev.computedesk.domain.compute.ResourceIdRule;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.ui.common.BackgroundTask;
import dev.computedesk.ui.common.ClipboardService;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.ErrorInfo;
import dev.computedesk.ui.common.ErrorInfos;
import dev.computedesk.ui.common.LinkOpener;
import dev.computedesk.ui.common.NameAvailability;
import dev.computedesk.ui.common.OperationFollower;
import dev.computedesk.ui.common.TaskExecutor;
import dev.computedesk.ui.common.form.AttachSection;
import dev.computedesk.ui.common.form.Debouncer;
import dev.computedesk.ui.common.form.FormField;
import dev.computedesk.ui.common.form.IdentitySection;
import dev.computedesk.ui.common.form.Loads;
import dev.computedesk.ui.common.form.NameCheck;
import dev.computedesk.ui.common.form.EmptyListHint;
import dev.computedesk.ui.common.form.SparkPools;
import dev.computedesk.ui.common.form.SynapseWorkspacePicker;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The direct "Attach Synapse Spark pool" wizard (Studio's current way): name, subscription, Synapse workspace,
 * Spark pool and managed identity; the pool's read-only properties before submit; after the attach, the role
 * the identity still needs in Synapse Studio.
 *
 * <p>Built from the form kit the other attach forms use: the name's in-use check ({@link NameCheck}), the
 * subscription → Synapse workspace cascade with its role pre-flight ({@link SynapseWorkspacePicker}: attaching needs
 * Owner or Contributor on the Synapse workspace, said under it before submit), the resource checked against the
 * workspace's computes ({@link AttachSection}: a pool attached already is a warning) and the identity picker
 * ({@link IdentitySection}). Every list loads in a titled background task; a result that arrives after the user
 * moved on (another subscription, another workspace) is dropped.
 *
 * <p>About 450 lines because it holds the wizard's steps, the pool's read-only facts and the post-step; each
 * reusable part is the form kit's.
 */
public final class SparkPoolWizardViewModel {

    private final TaskExecutor executor;
    private final AzureConnection connection;
    private final WorkspaceRef workspace;
    private final OperationFollower follower;
    private final ClipboardService clipboard;
    private final LinkOpener links;

    private final Loads loads = new Loads();
    private final ObjectProperty<ErrorInfo> error = new SimpleObjectProperty<>(this, "error");
    private final NameCheck nameCheck;
    private final SynapseWorkspacePicker synapse;
    private final AttachSection resource = new AttachSection(ResourceIdRule.FOR_SYNAPSE_SPARK_POOL::validate,
            AttachSection.AlreadyAttached.WARNS, name -> Messages.get("spark.code.alreadyAttached", name));
    /** True when the Compute page lent its complete list, so the wizard need not list the computes itself. */
    private boolean computesHeld;

    private final ObservableList<BigDataPool> pools = FXCollections.observableArrayList();
    private final ObjectProperty<BigDataPool> pool = new SimpleObjectProperty<>(this, "pool");
    private final EmptyListHint poolsHint = new EmptyListHint(pools, null);
    private final StringBinding poolNote;

    private final BooleanProperty identityEnabled = new SimpleBooleanProperty(this, "identityEnabled");
    private final IdentitySection identity = new IdentitySection();

    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final ObjectProperty<Attached> attached = new SimpleObjectProperty<>(this, "attached");

    private final BooleanBinding valid;
    private final BooleanBinding canCreate;

    private Runnable lastAttempt = () -> { };
    private String wantedPoolId;
    /** The wizard as it opened (prefilled, before its lists arrive): what {@link #isDirty()} compares with. */
    private String pristine;

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
     * With a follower of its own and no pause before the name check (view-model tests and previews).
     *
     * @param connection the clients (subscriptions, Synapse, identities, computes) of the current connection
     * @param workspace  the ML workspace the pool is attached to
     */
    public SparkPoolWizardViewModel(TaskExecutor executor, AzureConnection connection, WorkspaceRef workspace,
                                    ComputeEvents events, ClipboardService clipboard, LinkOpener links) {
        this(executor, connection, workspace, new OperationFollower(executor, events), Debouncer.IMMEDIATE,
                clipboard, links);
    }

    /**
     * @param follower  the app's one follower: the attach counts once its operation ended Succeeded
     * @param debouncer paces the name's in-use check
     */
    public SparkPoolWizardViewModel(TaskExecutor executor, AzureConnection connection, WorkspaceRef workspace,
                                    OperationFollower follower, Debouncer debouncer, ClipboardService clipboard,
                                    LinkOpener links) {
        this.executor = Objects.requireNonNull(executor);
        this.connection = Objects.requireNonNull(connection);
        this.workspace = Objects.requireNonNull(workspace);
        this.follower = Objects.requireNonNull(follower);
        this.clipboard = Objects.requireNonNull(clipboard);
        this.links = Objects.requireNonNull(links);
        this.nameCheck = new NameCheck(executor, connection.computes(), workspace, debouncer, ComputeNameRule.COMPUTE);
        this.synapse = new SynapseWorkspacePicker(executor, connection,
                SynapseWorkspacePicker.Requirement.CONTRIBUTOR_TO_ATTACH, loads, error);
        synapse.want(workspace.subscriptionId(), null);
        identity.typeProperty().set(IdentitySection.SYSTEM);

        poolNote = Bindings.createStringBinding(() -> pool.get() == null ? ""
                : resource.warningProperty().get(), pool, resource.warningProperty());
        valid = nameCheck.field().validProperty().and(synapse.validProperty())
                .and(resource.resourceId().validProperty())
                .and(identityEnabled.not().or(identity.validProperty()));
        canCreate = valid.and(running.not()).and(loads.loadingProperty().not()).and(attached.isNull());

        synapse.subscriptionProperty().addListener((obs, old, now) -> {
            identity.available().clear();
            loadIdentitiesIfNeeded();
        });
        synapse.synapseWorkspaceProperty().addListener((obs, old, now) -> synapseWorkspaceChanged(now));
        pool.addListener((obs, old, now) -> resource.resourceId().set(now == null ? "" : now.id()));
        identity.typeProperty().addListener((obs, old, now) -> loadIdentitiesIfNeeded());
        identityEnabled.addListener((obs, old, now) -> loadIdentitiesIfNeeded());
        pristine = entered();
    }

    /**
     * Fills the form from a request sent before ("Edit and retry"): the name, the pool (and so its subscription and
     * workspace, selected as their lists arrive) and the identity. Call before {@link #load()}.
     */
    public void prefill(String name, ComputeResource request) {
        if (name != null) {
            nameCheck.field().set(name);
        }
        String poolId = request == null || request.properties() == null ? null : request.properties().resourceId();
        if (poolId != null) {
            wantedPoolId = poolId;
            synapse.want(ArmId.parse(poolId).subscriptionId(), SparkPools.workspaceIdOf(poolId));
        }
        ManagedIdentity sent = request == null ? null : request.identity();
        if (sent != null && sent.type() != null && !sent.type().equals("None")) {
            identity.apply(sent);
            identityEnabled.set(true);
        }
        pristine = entered();
    }

    /**
     * True when closing would lose what the user entered: any value differs from how the wizard opened. The Synapse
     * workspace and pool that "Edit and retry" asked for, selected as their lists arrive, are not the user's input.
     * Never once attached.
     */
    public boolean isDirty() {
        return attached.get() == null && !pristine.equals(entered());
    }

    private String entered() {
        SynapseWorkspace chosenWorkspace = synapse.synapseWorkspaceProperty().get();
        BigDataPool chosenPool = pool.get();
        return String.join("\n", computeName().get(),
                unlessWanted(chosenWorkspace == null ? null : chosenWorkspace.id(),
                        wantedPoolId == null ? null : SparkPools.workspaceIdOf(wantedPoolId)),
                unlessWanted(chosenPool == null ? null : chosenPool.id(), wantedPoolId),
                String.valueOf(identityEnabled.get()), String.valueOf(identity.typeProperty().get()),
                identity.selected().stream().map(UserAssignedIdentity::id).sorted().toList().toString());
    }

    private static String unlessWanted(String chosen, String wanted) {
        return chosen == null || chosen.equalsIgnoreCase(Objects.toString(wanted, "")) ? "" : chosen;
    }

    /**
     * The workspace's computes as the Compute page already holds them, for the "already attached" check, so
     * opening the wizard does not list every compute again. Call before {@link #load()}.
     */
    public void useKnownComputes(Collection<ComputeResource> known) {
        resource.useAttached(known);
        computesHeld = true;
    }

    /** Loads the subscriptions (then the Synapse workspaces of the chosen one) and, unless held, the computes. */
    public void load() {
        error.set(null);
        lastAttempt = this::load;
        synapse.load();
        if (!computesHeld) {
            resource.listAttached(executor, connection.computes(), workspace, loads,
                    failure -> error.set(ErrorInfos.from(Messages.get("spark.code.task.listComputesFailed"), failure)));
        }
    }

    /** Asks again whether the name is free ({@code #checkNameAgainButton}). */
    public void checkNameAgain() {
        nameCheck.checkAgain();
    }

    private void synapseWorkspaceChanged(SynapseWorkspace now) {
        pool.set(null);
        pools.clear();
        poolsHint.loading();
        if (now == null) {
            return;
        }
        poolsHint.placeProperty().set(EmptyListHint.sparkPools(now.id(), now.name()));
        loads.started();
        executor.submit(BackgroundTask.titled(Messages.get("spark.code.task.listPools", now.name()), now.name(), token ->
                        connection.synapse().listSparkPools(now.id()))
                .onSuccess(list -> {
                    if (synapse.synapseWorkspaceProperty().get() != now) {
                        return;
                    }
                    pools.setAll(list);
                    poolsHint.loaded();
                    list.stream().filter(p -> p.id().equalsIgnoreCase(Objects.toString(wantedPoolId, "")))
                            .findFirst().ifPresent(pool::set);
                })
                .onFailure(failure -> error.set(ErrorInfos.from(Messages.get("spark.code.task.listPoolsFailed"), failure)))
                .whenDone(loads::finished));
    }

    private void loadIdentitiesIfNeeded() {
        Subscription current = synapse.subscriptionProperty().get();
        if (!identityEnabled.get() || !IdentitySection.USER.equals(identity.typeProperty().get()) || current == null
                || !identity.available().isEmpty()) {
            return;
        }
        String subscriptionId = current.subscriptionId();
        loads.started();
        identity.noteProperty().set("");
        executor.submit(BackgroundTask.titled(Messages.get("spark.code.task.listIdentities"), current.displayName(), token ->
                        connection.pickers().listUserAssignedIdentities(subscriptionId))
                .onSuccess(list -> {
                    if (synapse.subscriptionProperty().get() != current) {
                        return;
                    }
                    identity.available().setAll(list);
                    identity.relink();
                    identity.noteProperty().set(list.isEmpty() ? Messages.get("spark.code.noIdentities") : "");
                })
                .onFailure(failure -> error.set(ErrorInfos.from(Messages.get("spark.code.task.listIdentitiesFailed"), failure)))
                .whenDone(loads::finished));
    }

    /** The identity the request carries, or null when the toggle is off. */
    ManagedIdentity requestedIdentity() {
        return identityEnabled.get() ? identity.toArm() : null;
    }

    /** The request the form would send now. */
    public ComputeResource request() {
        BigDataPool chosen = pool.get();
        return SparkPools.attachRequest(workspace, chosen == null ? null : chosen.id(), requestedIdentity());
    }

    /**
     * Attaches the pool: one PUT, followed by the app's one follower to its end; "attached" (with the compute read
     * back, for its identity) only once the operation ended Succeeded. Does nothing while invalid.
     */
    public void create() {
        if (!canCreate.get()) {
            return;
        }
        String name = nameCheck.field().get();
        BigDataPool chosen = pool.get();
        SynapseWorkspace synapseWorkspace = synapse.synapseWorkspaceProperty().get();
        ComputeResource body = request();
        List<UserAssignedIdentity> users = identityEnabled.get()
                && IdentitySection.USER.equals(identity.typeProperty().get()) ? List.copyOf(identity.selected())
                : List.of();
        error.set(null);
        lastAttempt = this::create;
        running.set(true);
        String title = Messages.get("spark.code.task.attach", chosen.name(), name);
        follower.follow(workspace, name, title, OperationFollower.Action.CREATE, connection.computes(), () -> {
                    // The name's check may be minutes old: ask about it right before the PUT, in this task.
                    NameAvailability.requireFree(connection.computes(), workspace, name);
                    return connection.computes().createOrUpdate(workspace, name, body);
                })
                .whenEnded(outcome -> {
                    running.set(false);
                    if (outcome.succeeded()) {
                        attached.set(describe(name, chosen, synapseWorkspace, outcome.compute() == null ? body
                                : outcome.compute(), users));
                        return;
                    }
                    if (nameRefusal(name, outcome.failure())) {
                        return;
                    }
                    String attaching = Messages.get("spark.code.attaching", name);
                    ErrorInfo problem = outcome.errorInfo(attaching);
                    error.set(problem != null ? problem : new ErrorInfo(Messages.get("common.code.noLongerFollowed",
                            attaching), "", Messages.get("spark.code.attachMayComplete"), "", false));
                });
    }

    /** A refusal about the name goes under the name (and keeps Attach disabled); true when it was one. */
    private boolean nameRefusal(String name, Throwable failure) {
        if (failure instanceof NameAvailability.NameInUseException taken) {
            nameCheck.taken(name, taken.existing().name() == null ? name : taken.existing().name());
            return true;
        }
        if (failure instanceof NameAvailability.NameUnknownException unknown) {
            nameCheck.unknown(name, unknown);
            return true;
        }
        return false;
    }

    private static Attached describe(String name, BigDataPool chosen, SynapseWorkspace synapse,
                                     ComputeResource compute, List<UserAssignedIdentity> users) {
        String principalName;
        String principalId;
        if (!users.isEmpty()) {
            principalName = Messages.get("spark.code.principal.user", users.get(0).name());
            principalId = Objects.toString(users.get(0).principalId(), "");
        } else if (compute.identity() != null && compute.identity().type() != null
                && compute.identity().type().startsWith("SystemAssigned")) {
            principalName = Messages.get("spark.code.principal.system", name);
            principalId = Objects.toString(compute.identity().principalId(), "");
        } else {
            principalName = Messages.get("spark.code.principal.workspace");
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

    /** The post-step's explanation, once attached. */
    public static String postStepText(Attached done) {
        return Messages.get("spark.code.postStep", done.computeName(), done.synapseWorkspace(), done.poolName(),
                SparkPools.POOL_ROLE, done.principalName());
    }

    /** The name field (its in-use check included). */
    public FormField computeName() {
        return nameCheck.field();
    }

    public StringProperty computeNameProperty() {
        return nameCheck.field().textProperty();
    }

    public BooleanProperty computeNameTouchedProperty() {
        return nameCheck.field().touchedProperty();
    }

    /** The name's message under the field, once touched; empty while valid. */
    public StringBinding computeNameMessageProperty() {
        return nameCheck.field().shownMessageProperty();
    }

    /** True when the name's check got no clear answer: the "Check again" button shows. */
    public BooleanBinding canCheckNameAgainProperty() {
        return nameCheck.canCheckAgainProperty();
    }

    /** The subscription → Synapse workspace cascade, with the role pre-flight. */
    public SynapseWorkspacePicker synapse() {
        return synapse;
    }

    public ObservableList<BigDataPool> pools() {
        return pools;
    }

    public ObjectProperty<BigDataPool> poolProperty() {
        return pool;
    }

    /** Under the pool list when the Synapse workspace has none: Synapse Studio, where pools are created. */
    public EmptyListHint poolsHint() {
        return poolsHint;
    }

    /** Under the pool: "already attached as …" (a warning). */
    public StringBinding poolNoteProperty() {
        return poolNote;
    }

    /** A read-only fact of the chosen pool ("" while none is chosen), for the properties shown before submit. */
    public StringBinding poolFact(java.util.function.Function<BigDataPool, String> fact) {
        return Bindings.createStringBinding(() -> pool.get() == null ? "" : Objects.toString(fact.apply(pool.get()), ""),
                pool);
    }

    /** "Assign a managed identity". */
    public BooleanProperty identityEnabledProperty() {
        return identityEnabled;
    }

    /** The identity picker: system-assigned or user-assigned (searchable, several may be checked). */
    public IdentitySection identity() {
        return identity;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loads.loadingProperty();
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

    public WorkspaceRef workspace() {
        return workspace;
    }
}
