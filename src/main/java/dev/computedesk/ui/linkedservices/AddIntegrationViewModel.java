package dev.computedesk.ui.linkedservices;

import dev.computedesk.azure.ArmException;
import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.model.ArmId;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.LinkedService;
import dev.computedesk.azure.model.LinkedServiceRequest;
import dev.computedesk.azure.model.PermissionCheck;
import dev.computedesk.azure.model.Subscription;
import dev.computedesk.azure.model.SynapseWorkspace;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.ui.common.BackgroundTask;
import dev.computedesk.ui.common.ClipboardService;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.ErrorInfo;
import dev.computedesk.ui.common.ErrorInfos;
import dev.computedesk.ui.common.NameAvailability;
import dev.computedesk.ui.common.OperationFollower;
import dev.computedesk.ui.common.TaskContext;
import dev.computedesk.ui.common.TaskExecutor;
import dev.computedesk.ui.sparkpool.SparkPools;
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

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The Add integration wizard, in Studio's three steps: Link workspace (name, subscription, Synapse workspace, with
 * the Owner pre-flight) → Select Spark pools (optional) → Review → Create; then what is left to do: the role the
 * link's managed identity still needs.
 *
 * <p>Azure no longer accepts new Synapse links; when the service refuses, the wizard keeps every input, shows the
 * service's answer and points to the direct Attach Synapse Spark pool wizard.
 */
public final class AddIntegrationViewModel {

    /** The wizard's steps. */
    public enum Step {
        LINK("Link workspace"), POOLS("Select Spark pools (optional)"), REVIEW("Review"), DONE("Done");

        private final String title;

        Step(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** Where the Owner pre-flight on the chosen Synapse workspace stands. */
    public enum Preflight { NONE, CHECKING, OWNER, NOT_OWNER, UNKNOWN }

    /**
     * One line of the review pane.
     *
     * @param label what ("Synapse workspace")
     * @param value its value
     */
    public record ReviewLine(String label, String value) {
    }

    private final TaskExecutor executor;
    private final AzureConnection connection;
    private final WorkspaceRef workspace;
    private final Map<String, String> existingLinks;
    private final ClipboardService clipboard;
    private final Runnable openDirectWizard;
    private final Consumer<LinkedService> onCreated;
    private final PoolAttacher attacher;

    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(this, "step", Step.LINK);
    private final StringProperty linkName = new SimpleStringProperty(this, "linkName", "");
    private final BooleanProperty linkNameTouched = new SimpleBooleanProperty(this, "linkNameTouched");
    private final ObservableList<Subscription> subscriptions = FXCollections.observableArrayList();
    private final ObjectProperty<Subscription> subscription = new SimpleObjectProperty<>(this, "subscription");
    private final ObservableList<SynapseWorkspace> synapseWorkspaces = FXCollections.observableArrayList();
    private final ObjectProperty<SynapseWorkspace> synapseWorkspace = new SimpleObjectProperty<>(this, "synapseWorkspace");
    private final ObjectProperty<Preflight> preflight = new SimpleObjectProperty<>(this, "preflight", Preflight.NONE);
    private final StringProperty synapseWorkspaceError = new SimpleStringProperty(this, "synapseWorkspaceError", "");
    private final StringProperty synapseWorkspaceNote = new SimpleStringProperty(this, "synapseWorkspaceNote", "");
    private final PoolChoices pools = new PoolChoices();
    private final StringProperty poolsNote = new SimpleStringProperty(this, "poolsNote", "");
    private final List<ComputeResource> computes = new ArrayList<>();
    private final ObservableList<ReviewLine> review = FXCollections.observableArrayList();

    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final ObjectProperty<ErrorInfo> error = new SimpleObjectProperty<>(this, "error");
    private final BooleanProperty refused = new SimpleBooleanProperty(this, "refused");
    private final ObjectProperty<LinkedService> created = new SimpleObjectProperty<>(this, "created");
    private final ObservableList<String> attachResults = FXCollections.observableArrayList();

    private final StringBinding linkNameError;
    private final StringBinding linkNameMessage;
    private final BooleanBinding linkStepValid;
    private final BooleanBinding canNext;
    private final BooleanBinding canBack;
    private final BooleanBinding canCreate;

    private int pendingLoads;
    private Runnable lastAttempt = () -> { };

    /**
     * @param existingLinks    the workspace's linked services: name → linked Synapse workspace id (for uniqueness
     *                         and the "already linked" note)
     * @param openDirectWizard opens the direct Attach Synapse Spark pool wizard (where the service refuses links)
     * @param onCreated        hears the new linked service (the page lists it)
     */
    public AddIntegrationViewModel(TaskExecutor executor, AzureConnection connection, WorkspaceRef workspace,
                                   Map<String, String> existingLinks, ComputeEvents events, ClipboardService clipboard,
                                   Runnable openDirectWizard, Consumer<LinkedService> onCreated) {
        this(executor, connection, workspace, existingLinks, new OperationFollower(executor, events), clipboard,
                openDirectWizard, onCreated);
    }

    /** As above, with the app's one follower of the pool attaches. */
    public AddIntegrationViewModel(TaskExecutor executor, AzureConnection connection, WorkspaceRef workspace,
                                   Map<String, String> existingLinks, OperationFollower follower,
                                   ClipboardService clipboard, Runnable openDirectWizard,
                                   Consumer<LinkedService> onCreated) {
        this.executor = Objects.requireNonNull(executor);
        this.connection = Objects.requireNonNull(connection);
        this.workspace = Objects.requireNonNull(workspace);
        this.existingLinks = Map.copyOf(existingLinks);
        this.clipboard = Objects.requireNonNull(clipboard);
        this.openDirectWizard = Objects.requireNonNull(openDirectWizard);
        this.onCreated = Objects.requireNonNull(onCreated);
        this.attacher = new PoolAttacher(connection, workspace, follower);

        linkNameError = Bindings.createStringBinding(() -> validateLinkName(linkName.get()), linkName);
        linkNameMessage = Bindings.createStringBinding(() -> linkNameTouched.get() ? linkNameError.get() : "",
                linkNameTouched, linkNameError);
        linkStepValid = Bindings.createBooleanBinding(() -> linkNameError.get().isEmpty() && subscription.get() != null
                        && synapseWorkspace.get() != null
                        && (preflight.get() == Preflight.OWNER || preflight.get() == Preflight.UNKNOWN),
                linkNameError, subscription, synapseWorkspace, preflight);
        canNext = Bindings.createBooleanBinding(() -> !running.get() && !loading.get() && switch (step.get()) {
            case LINK -> linkStepValid.get();
            case POOLS -> pools.validProperty().get();
            default -> false;
        }, step, running, loading, linkStepValid, pools.validProperty());
        canBack = Bindings.createBooleanBinding(() -> !running.get()
                && (step.get() == Step.POOLS || step.get() == Step.REVIEW), step, running);
        canCreate = Bindings.createBooleanBinding(() -> step.get() == Step.REVIEW && !running.get()
                && linkStepValid.get() && pools.validProperty().get(), step, running, linkStepValid,
                pools.validProperty());

        linkName.addListener((obs, old, now) -> linkNameTouched.set(true));
        subscription.addListener((obs, old, now) -> subscriptionChanged(now));
        synapseWorkspace.addListener((obs, old, now) -> synapseWorkspaceChanged(now));
    }

    private String validateLinkName(String name) {
        String text = name == null ? "" : name.trim();
        if (text.isEmpty()) {
            return "Enter a name for the linked service";
        }
        if (text.contains("/") || text.contains("\\") || text.contains("?") || text.contains("#")) {
            return "The name cannot contain '/', '\\', '?' or '#'";
        }
        for (String existing : existingLinks.keySet()) {
            if (existing.toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT))) {
                return "A linked service named '" + existing + "' already exists in this workspace";
            }
        }
        return "";
    }

    /** Loads the subscriptions (the workspace's selected) and the workspace's computes (for pool names). */
    public void load() {
        error.set(null);
        lastAttempt = this::load;
        started();
        executor.submit(BackgroundTask.titled("Listing subscriptions", "", token ->
                        connection.subscriptions().listSubscriptions())
                .onSuccess(list -> {
                    subscriptions.setAll(list);
                    subscription.set(list.stream()
                            .filter(s -> s.subscriptionId().equalsIgnoreCase(workspace.subscriptionId()))
                            .findFirst().orElse(list.isEmpty() ? null : list.get(0)));
                })
                .onFailure(failure -> error.set(ErrorInfos.from("Listing subscriptions failed", failure)))
                .whenDone(this::finished));
        started();
        executor.submit(BackgroundTask.titled("Listing computes of " + workspace.name(), workspace.name(), token ->
                        connection.computes().list(workspace))
                .onSuccess(list -> {
                    computes.clear();
                    computes.addAll(list);
                    pools.updateComputes(list);
                })
                .onFailure(failure -> {
                    pools.computesUnknown(NameAvailability.unknownMessage(failure));
                    error.set(ErrorInfos.from("Listing computes failed", failure));
                })
                .whenDone(this::finished));
    }

    private void subscriptionChanged(Subscription now) {
        synapseWorkspace.set(null);
        synapseWorkspaces.clear();
        if (now == null) {
            return;
        }
        String subscriptionId = now.subscriptionId();
        started();
        executor.submit(BackgroundTask.titled("Listing Synapse workspaces", now.displayName(), token ->
                        connection.synapse().listWorkspaces(subscriptionId))
                .onSuccess(list -> {
                    if (subscription.get() == now) {
                        synapseWorkspaces.setAll(list);
                        synapseWorkspaceNote.set(list.isEmpty() ? "This subscription has no Synapse workspaces" : "");
                    }
                })
                .onFailure(failure -> error.set(ErrorInfos.from("Listing Synapse workspaces failed", failure)))
                .whenDone(this::finished));
    }

    private void synapseWorkspaceChanged(SynapseWorkspace now) {
        pools.clear();
        poolsNote.set("");
        synapseWorkspaceError.set("");
        synapseWorkspaceNote.set("");
        preflight.set(Preflight.NONE);
        if (now == null) {
            return;
        }
        preflight.set(Preflight.CHECKING);
        synapseWorkspaceNote.set("Checking your role on " + now.name() + "\u2026");
        started();
        executor.submit(BackgroundTask.titled("Checking your role on Synapse workspace " + now.name(), now.name(),
                        token -> connection.permissions().checkOwnerOrContributor(now.id()))
                .onSuccess(check -> {
                    if (synapseWorkspace.get() == now) {
                        preflightDone(now, check);
                    }
                })
                .onFailure(failure -> {
                    if (synapseWorkspace.get() == now) {
                        preflight.set(Preflight.UNKNOWN);
                        synapseWorkspaceNote.set("Your role on " + now.name() + " could not be checked ("
                                + ErrorInfos.from("", failure).message() + "). Linking needs Owner; the service "
                                + "will refuse it otherwise.");
                    }
                })
                .whenDone(this::finished));
        started();
        executor.submit(BackgroundTask.titled("Listing Spark pools of " + now.name(), now.name(), token ->
                        connection.synapse().listSparkPools(now.id()))
                .onSuccess(list -> {
                    if (synapseWorkspace.get() == now) {
                        pools.setAll(list, computes);
                        poolsNote.set(list.isEmpty() ? now.name() + " has no Spark pools; you can link it "
                                + "and attach pools later." : "");
                    }
                })
                .onFailure(failure -> error.set(ErrorInfos.from("Listing Spark pools failed", failure)))
                .whenDone(this::finished));
    }

    private void preflightDone(SynapseWorkspace now, PermissionCheck check) {
        if (check.owner()) {
            preflight.set(Preflight.OWNER);
            String linkedAs = existingLinks.entrySet().stream()
                    .filter(e -> e.getValue().equalsIgnoreCase(now.id())).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
            synapseWorkspaceNote.set(linkedAs == null ? ""
                    : "Already linked to this workspace as '" + linkedAs + "'; its pools can be attached from there.");
            return;
        }
        preflight.set(Preflight.NOT_OWNER);
        synapseWorkspaceNote.set("");
        synapseWorkspaceError.set("You are " + (check.contributor() ? "Contributor" : "neither Owner nor Contributor")
                + " of " + now.name() + ", not Owner. Linking a Synapse workspace needs the Owner role on it; a "
                + "Contributor can only use existing links. Ask an Owner to link it, or attach its Spark pools "
                + "directly (Compute \u2192 Attached computes \u2192 + New \u2192 Synapse Spark pool).");
    }

    /** Goes to the next step, when the current one is complete. */
    public void next() {
        if (!canNext.get()) {
            return;
        }
        if (step.get() == Step.LINK) {
            step.set(Step.POOLS);
        } else if (step.get() == Step.POOLS) {
            buildReview();
            step.set(Step.REVIEW);
        }
    }

    /** Goes back one step, keeping every input. */
    public void back() {
        if (!canBack.get()) {
            return;
        }
        error.set(null);
        step.set(step.get() == Step.REVIEW ? Step.POOLS : Step.LINK);
    }

    private void buildReview() {
        List<ReviewLine> lines = new ArrayList<>();
        SynapseWorkspace synapse = synapseWorkspace.get();
        lines.add(new ReviewLine("Name", linkName.get().trim()));
        lines.add(new ReviewLine("Subscription", subscription.get().displayName()));
        lines.add(new ReviewLine("Synapse workspace", synapse.name() + " (" + ArmId.parse(synapse.id()).resourceGroup()
                + ")"));
        lines.add(new ReviewLine("Managed identity", "System-assigned, created by the service for the link"));
        List<PoolChoice> chosen = pools.selected();
        lines.add(new ReviewLine("Spark pools to attach", chosen.isEmpty() ? "None (attach them later)"
                : String.join(", ", chosen.stream().map(c -> c.poolName() + " as " + c.computeName()).toList())));
        lines.add(new ReviewLine("After creation", "Grant the link's managed identity the '" + SparkPools.LINK_ROLE
                + "' role on " + synapse.name() + "."));
        review.setAll(lines);
    }

    /** Creates the link, then attaches the chosen pools. Does nothing unless on the review step and valid. */
    public void create() {
        if (!canCreate.get()) {
            return;
        }
        String name = linkName.get().trim();
        SynapseWorkspace synapse = synapseWorkspace.get();
        List<PoolAttacher.Request> toAttach = pools.selected().stream().map(PoolAttacher.Request::of).toList();
        LinkedServiceRequest request = LinkedServiceRequest.of(name, workspace.location(), synapse.id());
        error.set(null);
        refused.set(false);
        lastAttempt = this::create;
        running.set(true);
        executor.submit(BackgroundTask.titled("Linking Synapse workspace " + synapse.name() + " as " + name, name,
                        context -> createOrReadBack(name, request, context))
                .onSuccess(link -> {
                    created.set(link);
                    onCreated.accept(link);
                    step.set(Step.DONE);
                    attacher.attach(toAttach, outcome -> attachResults.add(outcome.describe()),
                            () -> running.set(false));
                })
                .onFailure(failure -> {
                    error.set(ErrorInfos.from("Linking " + synapse.name() + " failed", failure));
                    refused.set(failure instanceof ArmException arm && arm.httpStatus() >= 400
                            && arm.httpStatus() < 500);
                    running.set(false);
                }));
    }

    /**
     * Sends the link's PUT (synchronous: a 200 is final). When its answer is lost or unreadable, the link is read
     * back instead of reporting a failure: if it exists, it was created, and no second PUT is ever sent for it.
     */
    private LinkedService createOrReadBack(String name, LinkedServiceRequest request, TaskContext context) {
        try {
            return connection.linkedServices().create(workspace, name, request);
        } catch (RuntimeException failure) {
            if (!OperationFollower.outcomeUnknown(failure)) {
                throw failure;
            }
            Optional<LinkedService> back;
            try {
                back = connection.linkedServices().find(workspace, name);
            } catch (RuntimeException unreadable) {
                throw failure;
            }
            if (back.isEmpty()) {
                throw failure;
            }
            context.note("the answer was unreadable, but the link exists: the service created it");
            return back.get();
        }
    }

    /** Runs again what failed last. */
    public void retry() {
        lastAttempt.run();
    }

    /** Copies the new link's managed identity principal id. */
    public void copyPrincipalId() {
        String id = principalId();
        if (!id.isEmpty()) {
            clipboard.putText(id);
        }
    }

    /** Opens the direct Attach Synapse Spark pool wizard (the way Azure recommends now). */
    public void openDirectWizard() {
        openDirectWizard.run();
    }

    /** The new link's principal id, or empty. */
    public String principalId() {
        LinkedService link = created.get();
        return link == null || link.identity() == null ? "" : Objects.toString(link.identity().principalId(), "");
    }

    /** What is left after creation, in words. */
    public String roleNote() {
        SynapseWorkspace synapse = synapseWorkspace.get();
        return "The linked service has a system-assigned managed identity. Grant it the '" + SparkPools.LINK_ROLE
                + "' role on the Synapse workspace " + (synapse == null ? "" : synapse.name())
                + " (Synapse Studio \u2192 Manage \u2192 Access control \u2192 Add), so the workspace can run Spark "
                + "jobs there.";
    }

    private void started() {
        pendingLoads++;
        loading.set(true);
    }

    private void finished() {
        pendingLoads = Math.max(0, pendingLoads - 1);
        loading.set(pendingLoads > 0);
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step;
    }

    public StringProperty linkNameProperty() {
        return linkName;
    }

    public BooleanProperty linkNameTouchedProperty() {
        return linkNameTouched;
    }

    public StringBinding linkNameMessageProperty() {
        return linkNameMessage;
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

    public ReadOnlyObjectProperty<Preflight> preflightProperty() {
        return preflight;
    }

    /** The pre-flight's refusal under the Synapse workspace (blocks Next); empty otherwise. */
    public ReadOnlyStringProperty synapseWorkspaceErrorProperty() {
        return synapseWorkspaceError;
    }

    /** A note under the Synapse workspace: checking, already linked, or the role could not be checked. */
    public ReadOnlyStringProperty synapseWorkspaceNoteProperty() {
        return synapseWorkspaceNote;
    }

    public PoolChoices pools() {
        return pools;
    }

    public ReadOnlyStringProperty poolsNoteProperty() {
        return poolsNote;
    }

    public ObservableList<ReviewLine> review() {
        return review;
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

    /** True when the direct attach wizard is the way on: the service refused the link, or the user is not Owner. */
    public BooleanBinding offerDirectWizardProperty() {
        return refused.or(preflight.isEqualTo(Preflight.NOT_OWNER));
    }

    /** True when the service refused the link: the wizard then points to the direct attach wizard. */
    public ReadOnlyBooleanProperty refusedProperty() {
        return refused;
    }

    public ReadOnlyObjectProperty<LinkedService> createdProperty() {
        return created;
    }

    /** One line per pool attached after the link was made. */
    public ObservableList<String> attachResults() {
        return attachResults;
    }

    public BooleanBinding canNextProperty() {
        return canNext;
    }

    public BooleanBinding canBackProperty() {
        return canBack;
    }

    public BooleanBinding canCreateProperty() {
        return canCreate;
    }

    /** The names already used by the workspace's links (for tests and the page). */
    public Collection<String> existingLinkNames() {
        return existingLinks.keySet();
    }
}
