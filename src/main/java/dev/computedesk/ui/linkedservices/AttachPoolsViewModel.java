package dev.computedesk.ui.linkedservices;

import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.model.BigDataPool;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.ui.common.BackgroundTask;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.ErrorInfo;
import dev.computedesk.ui.common.ErrorInfos;
import dev.computedesk.ui.common.OperationFollower;
import dev.computedesk.ui.common.TaskExecutor;
import dev.computedesk.ui.common.form.EmptyListHint;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * "Attach from a linked service": the Spark pools of the link's Synapse workspace, each with the compute name it
 * gets, and Attach selected, which sends the direct wizard's request once per chosen pool.
 */
public final class AttachPoolsViewModel {

    private record Loaded(List<BigDataPool> pools, List<ComputeResource> computes) {
    }

    private final TaskExecutor executor;
    private final AzureConnection connection;
    private final WorkspaceRef workspace;
    private final LinkedServiceRow link;
    private final PoolAttacher attacher;

    private final PoolChoices choices = new PoolChoices();
    private final EmptyListHint poolsHint;
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final BooleanProperty completed = new SimpleBooleanProperty(this, "completed");
    private final ObjectProperty<ErrorInfo> error = new SimpleObjectProperty<>(this, "error");
    private final ObservableList<String> results = FXCollections.observableArrayList();
    private final BooleanBinding canAttach;
    private final StringBinding selectionMessage;
    private Runnable lastAttempt = () -> { };

    /** @param link the linked service whose Synapse workspace's pools are offered */
    public AttachPoolsViewModel(TaskExecutor executor, AzureConnection connection, WorkspaceRef workspace,
                                LinkedServiceRow link, ComputeEvents events) {
        this(executor, connection, workspace, link, new OperationFollower(executor, events));
    }

    /** @param follower the app's one follower: each attach counts once its operation ended Succeeded */
    public AttachPoolsViewModel(TaskExecutor executor, AzureConnection connection, WorkspaceRef workspace,
                                LinkedServiceRow link, OperationFollower follower) {
        this.executor = Objects.requireNonNull(executor);
        this.connection = Objects.requireNonNull(connection);
        this.workspace = Objects.requireNonNull(workspace);
        this.link = Objects.requireNonNull(link);
        this.attacher = new PoolAttacher(connection, workspace, follower);
        poolsHint = new EmptyListHint(choices.rows(), EmptyListHint.sparkPools(link.synapseWorkspaceId(),
                link.synapseWorkspace()));
        canAttach = Bindings.createBooleanBinding(() -> choices.validProperty().get()
                        && choices.selectedCountProperty().get() > 0 && !running.get() && !loading.get(),
                choices.validProperty(), choices.selectedCountProperty(), running, loading);
        selectionMessage = Bindings.createStringBinding(() -> loading.get() || choices.rows().isEmpty() ? ""
                        : choices.selectedCountProperty().get() == 0 ? Messages.get("linked.code.chooseOnePool")
                        : Messages.get("linked.code.chosen", choices.selectedCountProperty().get()),
                loading, choices.selectedCountProperty(), choices.rows());
    }

    /** Under the pools when the Synapse workspace has none: its Synapse Studio, where pools are created. */
    public EmptyListHint poolsHint() {
        return poolsHint;
    }

    /** Loads the link's pools and the workspace's computes (for names in use and pools already attached). */
    public void load() {
        error.set(null);
        lastAttempt = this::load;
        loading.set(true);
        poolsHint.loading();
        executor.submit(BackgroundTask.titled(Messages.get("linked.code.task.listPools", link.synapseWorkspace()), link.name(),
                        token -> new Loaded(connection.synapse().listSparkPools(link.synapseWorkspaceId()),
                                connection.computes().list(workspace)))
                .onSuccess(loaded -> {
                    choices.setAll(loaded.pools(), loaded.computes());
                    poolsHint.loaded();
                })
                .onFailure(failure -> error.set(ErrorInfos.from(Messages.get("linked.code.task.listPoolsOfFailed",
                        link.synapseWorkspace()), failure)))
                .whenDone(() -> loading.set(false)));
    }

    /** Attaches every chosen pool under its name. Does nothing while a name is invalid or none is chosen. */
    public void attachSelected() {
        if (!canAttach.get()) {
            return;
        }
        List<PoolChoice> chosen = choices.selected();
        List<PoolAttacher.Request> requests = chosen.stream().map(PoolAttacher.Request::of).toList();
        List<ErrorInfo> failures = new ArrayList<>();
        error.set(null);
        results.clear();
        lastAttempt = this::attachSelected;
        running.set(true);
        attacher.attach(requests, outcome -> {
            results.add(outcome.describe());
            if (outcome.succeeded()) {
                chosen.stream().filter(c -> c.computeName().equals(outcome.computeName())).findFirst()
                        .ifPresent(c -> c.selectedProperty().set(false));
            } else {
                failures.add(outcome.error());
            }
        }, () -> {
            running.set(false);
            if (failures.isEmpty()) {
                completed.set(true);
            } else {
                error.set(failures.size() == 1 ? failures.get(0) : new ErrorInfo(
                        Messages.get("linked.code.attachesFailed", failures.size(), requests.size()), "", String.join(" | ",
                        failures.stream().map(ErrorInfo::summary).toList()), "", failures.get(0).retryable()));
            }
        });
    }

    /** True when closing would lose a pool chosen or renamed; never once every chosen pool was attached. */
    public boolean isDirty() {
        return !completed.get() && choices.touched();
    }

    /** Runs again what failed last (the list, or the attach of the pools still chosen). */
    public void retry() {
        lastAttempt.run();
    }

    public LinkedServiceRow link() {
        return link;
    }

    public PoolChoices choices() {
        return choices;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** True once every chosen pool was accepted: the step can close. */
    public ReadOnlyBooleanProperty completedProperty() {
        return completed;
    }

    public ObjectProperty<ErrorInfo> errorProperty() {
        return error;
    }

    /** One line per pool of the last Attach selected. */
    public ObservableList<String> results() {
        return results;
    }

    public BooleanBinding canAttachProperty() {
        return canAttach;
    }

    /** Under the list: how many are chosen, or that one must be. */
    public StringBinding selectionMessageProperty() {
        return selectionMessage;
    }
}
