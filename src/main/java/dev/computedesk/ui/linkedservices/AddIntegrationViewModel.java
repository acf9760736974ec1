package dev.computedesk.ui.linkedservices;

import dev.computedesk.azure.ArmException;
import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.LinkedService;
import dev.computedesk.azure.model.LinkedServiceRequest;
import dev.computedesk.azure.model.SynapseWorkspace;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.domain.validation.ValidationResult;
import dev.computedesk.ui.common.BackgroundTask;
import dev.computedesk.ui.common.ClipboardService;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.ErrorInfo;
import dev.computedesk.ui.common.ErrorInfos;
import dev.computedesk.ui.common.NameAvailability;
import dev.computedesk.ui.common.OperationFollower;
import dev.computedesk.ui.common.TaskContext;
import dev.computedesk.ui.common.TaskExecutor;
import dev.computedesk.ui.common.form.FormField;
import dev.computedesk.ui.common.form.Labels;
import dev.computedesk.ui.common.form.Loads;
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
 * the Owner pre-flight of the shared {@link SynapseWorkspacePicker}) → Select Spark pools (optional) → Review →
 * Create; then what is left to do: the role the link's managed identity still needs.
 *
 * <p>New Synapse links are no longer accepted ({@link SynapseLinkWording}); when the service refuses, the wizard keeps every input, shows the
 * service's answer and points to the direct Attach Synapse Spark pool wizard.
 *
 * <p>About 450 lines because it holds three steps and the post-step; the shared parts (name check, workspace
 * picker and pre-flight, pool choices) are the form kit's and {@code PoolChoices}.
 */
public final class AddIntegrationViewModel {

    /** The wizard's steps. */
    public enum Step {
        LINK("linked.code.step.link"), POOLS("linked.code.step.pools"), REVIEW("linked.code.step.review"),
        DONE("linked.code.step.done");

        private final String titleKey;

        Step(String titleKey) {
            this.titleKey = titleKey;
        }

        /** The step's title in the chosen language. */
        public String title() {
            return Messages.get(titleKey);
        }
    }

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
    private final FormField linkName = new FormField(this::validateLinkName);
    private final Loads loads = new Loads();
    private final ObjectProperty<ErrorInfo> error = new SimpleObjectProperty<>(this, "error");
    private final SynapseWorkspacePicker synapse;
    private final StringBinding synapseWorkspaceNote;
    private final PoolChoices pools = new PoolChoices();
    private final StringProperty poolsNote = new SimpleStringProperty(this, "poolsNote", "");
    private final EmptyListHint poolsHint = new EmptyListHint(pools.rows(), null);
    private final List<ComputeResource> computes = new ArrayList<>();
    private final ObservableList<ReviewLine> review = FXCollections.observableArrayList();

    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final BooleanProperty refused = new SimpleBooleanProperty(this, "refused");
    private final ObjectProperty<LinkedService> created = new SimpleObjectProperty<>(this, "created");
    private final ObservableList<String> attachResults = FXCollections.observableArrayList();

    private final BooleanBinding linkStepValid;
    private final BooleanBinding canNext;
    private final BooleanBinding canBack;
    private final BooleanBinding canCreate;

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

        this.synapse = new SynapseWorkspacePicker(executor, connection,
                SynapseWorkspacePicker.Requirement.OWNER_TO_LINK, loads, error);
        synapse.want(workspace.subscriptionId(), null);
        // Under the workspace: the picker's note (checking, no role answer), else whether it is linked already.
        synapseWorkspaceNote = Bindings.createStringBinding(() -> {
            if (!synapse.noteProperty().get().isEmpty()) {
                return synapse.noteProperty().get();
            }
            SynapseWorkspace chosen = synapse.synapseWorkspaceProperty().get();
            if (chosen == null || synapse.preflightProperty().get() != SynapseWorkspacePicker.Preflight.ALLOWED) {
                return "";
            }
            return existingLinks.entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(chosen.id()))
                    .map(e -> Messages.get("linked.code.alreadyLinked", e.getKey()))
                    .findFirst().orElse("");
        }, synapse.noteProperty(), synapse.synapseWorkspaceProperty(), synapse.preflightProperty());
        linkStepValid = linkName.validProperty().and(synapse.validProperty());
        canNext = Bindings.createBooleanBinding(() -> !running.get() && !loads.loadingProperty().get()
                && switch (step.get()) {
                    case LINK -> linkStepValid.get();
                    case POOLS -> pools.validProperty().get();
                    default -> false;
                }, step, running, loads.loadingProperty(), linkStepValid, pools.validProperty());
        canBack = Bindings.createBooleanBinding(() -> !running.get()
                && (step.get() == Step.POOLS || step.get() == Step.REVIEW), step, running);
        canCreate = Bindings.createBooleanBinding(() -> step.get() == Step.REVIEW && !running.get()
                && linkStepValid.get() && pools.validProperty().get(), step, running, linkStepValid,
                pools.validProperty());

        synapse.synapseWorkspaceProperty().addListener((obs, old, now) -> synapseWorkspaceChanged(now));
    }

    private ValidationResult validateLinkName(String name) {
        String text = name == null ? "" : name.trim();
        if (text.isEmpty()) {
            return ValidationResult.error(Messages.get("linked.code.name.enter"));
        }
        if (text.contains("/") || text.contains("\\") || text.contains("?") || text.contains("#")) {
            return ValidationResult.error(Messages.get("linked.code.name.characters"));
        }
        for (String existing : existingLinks.keySet()) {
            if (existing.toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT))) {
                return ValidationResult.error(Messages.get("linked.code.name.taken", existing));
            }
        }
        return ValidationResult.ok();
    }

    /** Loads the subscriptions (the workspace's selected) and the workspace's computes (for pool names). */
    public void load() {
        error.set(null);
        lastAttempt = this::load;
        synapse.load();
        loads.started();
        executor.submit(BackgroundTask.titled(Messages.get("common.code.task.listComputes", workspace.name()), workspace.name(), token ->
                        connection.computes().list(workspace))
                .onSuccess(list -> {
                    computes.clear();
                    computes.addAll(list);
                    pools.updateComputes(list);
                })
                .onFailure(failure -> {
                    pools.computesUnknown(NameAvailability.unknownMessage(failure));
                    error.set(ErrorInfos.from(Messages.get("linked.code.task.listComputesFailed"), failure));
                })
                .whenDone(loads::finished));
    }

    private void synapseWorkspaceChanged(SynapseWorkspace now) {
        pools.clear();
        poolsNote.set("");
        poolsHint.loading();
        if (now == null) {
            return;
        }
        poolsHint.placeProperty().set(EmptyListHint.sparkPools(now.id(), now.name()));
        loads.started();
        executor.submit(BackgroundTask.titled(Messages.get("linked.code.task.listPools", now.name()), now.name(), token ->
                        connection.synapse().listSparkPools(now.id()))
                .onSuccess(list -> {
                    if (synapse.synapseWorkspaceProperty().get() == now) {
                        pools.setAll(list, computes);
                        poolsHint.loaded();
                        poolsNote.set(list.isEmpty() ? Messages.get("linked.code.noPools", now.name()) : "");
                    }
                })
                .onFailure(failure -> error.set(ErrorInfos.from(Messages.get("linked.code.task.listPoolsFailed"), failure)))
                .whenDone(loads::finished));
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

    /**
     * Goes back to the earlier step {@code target} (its header was clicked), keeping every input. Never forward, and
     * not from Done: the link exists by then.
     */
    public void goBackTo(Step target) {
        if (canBack.get() && target.ordinal() < step.get().ordinal()) {
            error.set(null);
            step.set(target);
        }
    }

    private void buildReview() {
        List<ReviewLine> lines = new ArrayList<>();
        SynapseWorkspace chosen = synapse.synapseWorkspaceProperty().get();
        lines.add(new ReviewLine(Messages.get("linked.code.review.name"), linkName.get().trim()));
        lines.add(new ReviewLine(Messages.get("linked.code.review.subscription"),
                synapse.subscriptionProperty().get().displayName()));
        lines.add(new ReviewLine(Messages.get("linked.code.review.synapse"), Labels.synapseWorkspace(chosen)));
        lines.add(new ReviewLine(Messages.get("linked.code.review.identity"),
                Messages.get("linked.code.review.identityValue")));
        List<PoolChoice> chosenPools = pools.selected();
        lines.add(new ReviewLine(Messages.get("linked.code.review.pools"), chosenPools.isEmpty()
                ? Messages.get("linked.code.review.noPools")
                : String.join(Messages.get("common.code.listedSeparator"), chosenPools.stream()
                .map(c -> Messages.get("linked.code.review.poolAs", c.poolName(), c.computeName())).toList())));
        lines.add(new ReviewLine(Messages.get("linked.code.review.after"),
                Messages.get("linked.code.review.afterValue", SparkPools.LINK_ROLE, chosen.name())));
        review.setAll(lines);
    }

    /** Creates the link, then attaches the chosen pools. Does nothing unless on the review step and valid. */
    public void create() {
        if (!canCreate.get()) {
            return;
        }
        String name = linkName.get().trim();
        SynapseWorkspace chosen = synapse.synapseWorkspaceProperty().get();
        List<PoolAttacher.Request> toAttach = pools.selected().stream().map(PoolAttacher.Request::of).toList();
        LinkedServiceRequest request = LinkedServiceRequest.of(name, workspace.location(), chosen.id());
        error.set(null);
        refused.set(false);
        lastAttempt = this::create;
        running.set(true);
        executor.submit(BackgroundTask.titled(Messages.get("linked.code.task.link", chosen.name(), name), name,
                        context -> createOrReadBack(name, request, context))
                .onSuccess(link -> {
                    created.set(link);
                    onCreated.accept(link);
                    step.set(Step.DONE);
                    attacher.attach(toAttach, outcome -> attachResults.add(outcome.describe()),
                            () -> running.set(false));
                })
                .onFailure(failure -> {
                    error.set(ErrorInfos.from(Messages.get("linked.code.task.linkFailed", chosen.name()), failure));
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
            context.note(Messages.get("linked.code.linkReadBack"));
            return back.get();
        }
    }

    /**
     * True when closing would lose what the user entered (a name, a Synapse workspace, a pool chosen or renamed);
     * never once the link exists.
     */
    public boolean isDirty() {
        return step.get() != Step.DONE && (!linkName.get().isBlank()
                || synapse.synapseWorkspaceProperty().get() != null || pools.touched());
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
        SynapseWorkspace chosen = synapse.synapseWorkspaceProperty().get();
        return Messages.get("linked.code.roleNote", SparkPools.LINK_ROLE, chosen == null ? "" : chosen.name());
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step;
    }

    /** The link's name field. */
    public FormField linkName() {
        return linkName;
    }

    public StringProperty linkNameProperty() {
        return linkName.textProperty();
    }

    public BooleanProperty linkNameTouchedProperty() {
        return linkName.touchedProperty();
    }

    /** The name's message under the field, once touched; empty while valid. */
    public StringBinding linkNameMessageProperty() {
        return linkName.shownMessageProperty();
    }

    /** The subscription → Synapse workspace cascade, with the Owner pre-flight linking needs. */
    public SynapseWorkspacePicker synapse() {
        return synapse;
    }

    /** A note under the Synapse workspace: checking, already linked, or the role could not be checked. */
    public StringBinding synapseWorkspaceNoteProperty() {
        return synapseWorkspaceNote;
    }

    public PoolChoices pools() {
        return pools;
    }

    public EmptyListHint poolsHint() {
        return poolsHint;
    }

    public ReadOnlyStringProperty poolsNoteProperty() {
        return poolsNote;
    }

    public ObservableList<ReviewLine> review() {
        return review;
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

    /** The line under the wizard's title, in the words the Linked services page uses. */
    public String intro() {
        return SynapseLinkWording.wizardIntro();
    }

    /** The note shown with the direct attach button once Azure refused the link. */
    public String refusalText() {
        return SynapseLinkWording.refusal();
    }

    /** True when the direct attach wizard is the way on: the service refused the link, or the user is not Owner. */
    public BooleanBinding offerDirectWizardProperty() {
        return refused.or(synapse.preflightProperty().isEqualTo(SynapseWorkspacePicker.Preflight.REFUSED));
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
