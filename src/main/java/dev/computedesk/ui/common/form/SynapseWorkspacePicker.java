package dev.computedesk.ui.common.form;

import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.model.PermissionCheck;
import dev.computedesk.azure.model.Subscription;
import dev.computedesk.azure.model.SynapseWorkspace;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.ui.common.BackgroundTask;
import dev.computedesk.ui.common.ErrorInfo;
import dev.computedesk.ui.common.ErrorInfos;
import dev.computedesk.ui.common.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;

/**
 * The subscription → Synapse workspace cascade both Synapse wizards (Add integration, Attach Synapse Spark pool)
 * open with, and the role pre-flight on the chosen Synapse workspace: before anything is sent, the user's role
 * assignments on it are read ({@code PermissionClient}) and a role too weak for the wizard's {@link Requirement} is
 * said under the workspace and blocks the step; a pre-flight that could not run is a note, and the service answers.
 *
 * <p>Every list loads in a titled background task; an answer that arrives after the user moved on (another
 * subscription, another workspace) is dropped.
 */
public final class SynapseWorkspacePicker {

    /** What the wizard needs on the Synapse workspace (docs/decisions.md "Who is 'me'" for how it is read). */
    public enum Requirement {
        /** Linking a Synapse workspace needs Owner; a Contributor can only use existing links. */
        OWNER_TO_LINK,
        /** Attaching a Spark pool needs Owner or Contributor (Azure RBAC) on its Synapse workspace. */
        CONTRIBUTOR_TO_ATTACH;

        boolean allows(PermissionCheck check) {
            return this == OWNER_TO_LINK ? check.owner() : check.canWrite();
        }

        String refusal(String workspace, PermissionCheck check) {
            if (this == OWNER_TO_LINK) {
                return Messages.get(check.contributor() ? "common.code.synapse.contributorNotOwner"
                        : "common.code.synapse.neitherToLink", workspace);
            }
            return Messages.get("common.code.synapse.neitherToAttach", workspace);
        }

        String unknown(String workspace, String reason) {
            return Messages.get(this == OWNER_TO_LINK ? "common.code.synapse.roleUnknownToLink"
                    : "common.code.synapse.roleUnknownToAttach", workspace, reason);
        }
    }

    /** Where the pre-flight on the chosen Synapse workspace stands. */
    public enum Preflight { NONE, CHECKING, ALLOWED, REFUSED, UNKNOWN }

    private final TaskExecutor executor;
    private final AzureConnection connection;
    private final Requirement requirement;
    private final Loads loads;
    private final ObjectProperty<ErrorInfo> errors;

    private final ObservableList<Subscription> subscriptions = FXCollections.observableArrayList();
    private final ObjectProperty<Subscription> subscription = new SimpleObjectProperty<>(this, "subscription");
    private final ObservableList<SynapseWorkspace> synapseWorkspaces = FXCollections.observableArrayList();
    private final ObjectProperty<SynapseWorkspace> synapseWorkspace =
            new SimpleObjectProperty<>(this, "synapseWorkspace");
    private final ReadOnlyObjectWrapper<Preflight> preflight =
            new ReadOnlyObjectWrapper<>(this, "preflight", Preflight.NONE);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final EmptyListHint synapseWorkspacesHint =
            new EmptyListHint(synapseWorkspaces, EmptyListHint.synapseWorkspaces());
    private final BooleanBinding valid;
    private String wantedSubscriptionId;
    private String wantedSynapseWorkspaceId;

    /**
     * @param requirement the role the wizard needs on the Synapse workspace
     * @param loads       the form's load counter (its spinner)
     * @param errors      where a list that failed is reported (the form's banner)
     */
    public SynapseWorkspacePicker(TaskExecutor executor, AzureConnection connection, Requirement requirement,
                                  Loads loads, ObjectProperty<ErrorInfo> errors) {
        this.executor = Objects.requireNonNull(executor);
        this.connection = Objects.requireNonNull(connection);
        this.requirement = Objects.requireNonNull(requirement);
        this.loads = Objects.requireNonNull(loads);
        this.errors = Objects.requireNonNull(errors);
        valid = Bindings.createBooleanBinding(() -> subscription.get() != null && synapseWorkspace.get() != null
                        && (preflight.get() == Preflight.ALLOWED || preflight.get() == Preflight.UNKNOWN),
                subscription, synapseWorkspace, preflight);
        subscription.addListener((obs, old, now) -> subscriptionChanged(now));
        synapseWorkspace.addListener((obs, old, now) -> synapseWorkspaceChanged(now));
    }

    /**
     * Selects these once their lists arrive ("Edit and retry"); the subscription defaults to the ML workspace's.
     *
     * @param subscriptionId     the subscription to select, or null for the first listed
     * @param synapseWorkspaceId the Synapse workspace to select, or null for none
     */
    public void want(String subscriptionId, String synapseWorkspaceId) {
        wantedSubscriptionId = subscriptionId;
        wantedSynapseWorkspaceId = synapseWorkspaceId;
    }

    /** Lists the subscriptions and selects the wanted one (else the first); its Synapse workspaces follow. */
    public void load() {
        loads.started();
        executor.submit(BackgroundTask.titled(Messages.get("common.code.task.listSubscriptions"), "", token ->
                        connection.subscriptions().listSubscriptions())
                .onSuccess(list -> {
                    subscriptions.setAll(list);
                    subscription.set(list.stream().filter(s -> s.subscriptionId().equalsIgnoreCase(
                            Objects.toString(wantedSubscriptionId, ""))).findFirst()
                            .orElse(list.isEmpty() ? null : list.get(0)));
                })
                .onFailure(failure -> errors.set(ErrorInfos.from(Messages.get("common.code.task.listSubscriptionsFailed"), failure)))
                .whenDone(loads::finished));
    }

    private void subscriptionChanged(Subscription now) {
        synapseWorkspace.set(null);
        synapseWorkspaces.clear();
        synapseWorkspacesHint.loading();
        note.set("");
        if (now == null) {
            return;
        }
        String subscriptionId = now.subscriptionId();
        loads.started();
        executor.submit(BackgroundTask.titled(Messages.get("common.code.task.listSynapse"), now.displayName(), token ->
                        connection.synapse().listWorkspaces(subscriptionId))
                .onSuccess(list -> {
                    if (subscription.get() != now) {
                        return;
                    }
                    synapseWorkspaces.setAll(list);
                    synapseWorkspacesHint.loaded();
                    select(list);
                })
                .onFailure(failure -> errors.set(ErrorInfos.from(Messages.get("common.code.task.listSynapseFailed"), failure)))
                .whenDone(loads::finished));
    }

    private void select(List<SynapseWorkspace> list) {
        list.stream().filter(w -> w.id().equalsIgnoreCase(Objects.toString(wantedSynapseWorkspaceId, "")))
                .findFirst().ifPresent(synapseWorkspace::set);
    }

    private void synapseWorkspaceChanged(SynapseWorkspace now) {
        error.set("");
        preflight.set(Preflight.NONE);
        if (now == null) {
            return;
        }
        preflight.set(Preflight.CHECKING);
        note.set(Messages.get("common.code.synapse.checkingRole", now.name()));
        loads.started();
        executor.submit(BackgroundTask.titled(Messages.get("common.code.task.checkRole", now.name()), now.name(),
                        token -> connection.permissions().checkOwnerOrContributor(now.id()))
                .onSuccess(check -> {
                    if (synapseWorkspace.get() != now) {
                        return;
                    }
                    note.set("");
                    if (requirement.allows(check)) {
                        preflight.set(Preflight.ALLOWED);
                    } else {
                        preflight.set(Preflight.REFUSED);
                        error.set(requirement.refusal(now.name(), check));
                    }
                })
                .onFailure(failure -> {
                    if (synapseWorkspace.get() == now) {
                        preflight.set(Preflight.UNKNOWN);
                        note.set(requirement.unknown(now.name(), ErrorInfos.from("", failure).message()));
                    }
                })
                .whenDone(loads::finished));
    }

    /** The subscriptions the connection sees. */
    public ObservableList<Subscription> subscriptions() {
        return subscriptions;
    }

    public ObjectProperty<Subscription> subscriptionProperty() {
        return subscription;
    }

    /** The chosen subscription's Synapse workspaces. */
    public ObservableList<SynapseWorkspace> synapseWorkspaces() {
        return synapseWorkspaces;
    }

    /** Under the Synapse workspaces when the subscription has none: the portal's create page. */
    public EmptyListHint synapseWorkspacesHint() {
        return synapseWorkspacesHint;
    }

    public ObjectProperty<SynapseWorkspace> synapseWorkspaceProperty() {
        return synapseWorkspace;
    }

    public ReadOnlyObjectProperty<Preflight> preflightProperty() {
        return preflight.getReadOnlyProperty();
    }

    /** The pre-flight's refusal under the Synapse workspace (blocks the step); empty otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** A note under the Synapse workspace: checking the role, or the role could not be checked. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** A subscription and a Synapse workspace are chosen and the pre-flight did not refuse. */
    public BooleanBinding validProperty() {
        return valid;
    }
}
