package dev.computedesk.ui.common.form;

import dev.computedesk.azure.ComputeClient;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.domain.validation.ValidationResult;
import dev.computedesk.ui.common.BackgroundTask;
import dev.computedesk.ui.common.TaskExecutor;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The resource an attach form attaches (every attach form: Kubernetes, VM, HDInsight, Databricks, Data Lake
 * Analytics, and the Synapse Spark pool wizard): picked from a list of {@link AttachTarget}s or typed as an ARM id,
 * checked by the form's id rule, by what the target's facts forbid (a VM without a public IP), and against the
 * workspace's computes: a resource attached already either blocks ({@link AlreadyAttached#BLOCKS}: attaching a VM
 * twice breaks the earlier attachment) or is a warning ({@link AlreadyAttached#WARNS}: a second compute for the
 * same Spark pool is allowed).
 */
public final class AttachSection {

    /** What a resource the workspace has attached already means for this form. */
    public enum AlreadyAttached { BLOCKS, WARNS }

    private final AlreadyAttached alreadyAttached;
    private final Function<String, String> alreadyAttachedMessage;
    private final ObservableList<AttachTarget> targets = FXCollections.observableArrayList();
    private final ObjectProperty<AttachTarget> target = new SimpleObjectProperty<>(this, "target");
    private final ObservableList<ComputeResource> attached = FXCollections.observableArrayList();
    private final FormField resourceId;
    private final StringBinding facts;
    private final StringBinding warning;

    /**
     * @param idRule                 the resource id's rule (its types)
     * @param alreadyAttached        whether a resource attached already blocks or warns
     * @param alreadyAttachedMessage the message, given the name of the compute that attached it already
     * @param ruleReads              what else {@code idRule} reads (a role pre-flight's state), so it re-runs
     */
    public AttachSection(Function<String, ValidationResult> idRule, AlreadyAttached alreadyAttached,
                         Function<String, String> alreadyAttachedMessage, Observable... ruleReads) {
        this.alreadyAttached = alreadyAttached;
        this.alreadyAttachedMessage = alreadyAttachedMessage;
        Observable[] reads = new Observable[ruleReads.length + 2];
        reads[0] = targets;
        reads[1] = attached;
        System.arraycopy(ruleReads, 0, reads, 2, ruleReads.length);
        resourceId = new FormField(text -> check(idRule, text), reads);
        facts = Bindings.createStringBinding(() -> find(resourceId.get()).map(AttachTarget::facts).orElse(""),
                resourceId.textProperty(), targets);
        warning = Bindings.createStringBinding(() -> alreadyAttached == AlreadyAttached.WARNS
                ? attachedAs(resourceId.get()).map(alreadyAttachedMessage).orElse("") : "",
                resourceId.textProperty(), attached);
        target.addListener((obs, old, picked) -> {
            if (picked != null) {
                resourceId.set(picked.id());
            }
        });
    }

    /** Lists the workspace's computes in the background ({@code failed} hears a failure; nothing counts then). */
    public void listAttached(TaskExecutor executor, ComputeClient computes, WorkspaceRef workspace, Loads loads,
                             Consumer<Throwable> failed) {
        loads.started();
        executor.submit(BackgroundTask.titled(Messages.get("common.code.task.listComputes", workspace.name()), workspace.name(),
                        cancellation -> computes.list(workspace))
                .onSuccess(attached::setAll)
                .onFailure(failed::accept)
                .whenDone(loads::finished));
    }

    /** The workspace's computes as a page already holds them (no need to list them again). */
    public void useAttached(Collection<ComputeResource> computes) {
        attached.setAll(computes);
    }

    /** The name of the workspace's compute that attached {@code id} already, if one did. */
    public Optional<String> attachedAs(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return attached.stream()
                .filter(c -> c.properties() != null && c.properties().resourceId() != null
                        && c.properties().resourceId().toLowerCase(Locale.ROOT).equals(wanted))
                .map(ComputeResource::name)
                .findFirst();
    }

    private Optional<AttachTarget> find(String id) {
        return targets.stream().filter(t -> t.id().equalsIgnoreCase(id.strip())).findFirst();
    }

    private ValidationResult check(Function<String, ValidationResult> idRule, String text) {
        ValidationResult wellFormed = idRule.apply(text);
        if (!wellFormed.isValid()) {
            return wellFormed;
        }
        if (alreadyAttached == AlreadyAttached.BLOCKS) {
            Optional<String> already = attachedAs(text);
            if (already.isPresent()) {
                return ValidationResult.error(alreadyAttachedMessage.apply(already.get()));
            }
        }
        Optional<AttachTarget> known = find(text);
        if (known.isPresent() && !known.get().problem().isEmpty()) {
            return ValidationResult.error(known.get().problem());
        }
        return ValidationResult.ok();
    }

    /** What can be attached, as the picker lists it. */
    public ObservableList<AttachTarget> targets() {
        return targets;
    }

    /** The picked target (sets the resource id). */
    public ObjectProperty<AttachTarget> targetProperty() {
        return target;
    }

    /** The workspace's computes, for the "attached already" check. */
    public ObservableList<ComputeResource> attached() {
        return attached;
    }

    /** The resource's ARM id: picked or typed. */
    public FormField resourceId() {
        return resourceId;
    }

    /** The picked resource's facts, e.g. "ubuntu-2004 2004-gen2 · Standard_DS3_v2 · public IP 20.1.2.3". */
    public StringBinding factsProperty() {
        return facts;
    }

    /** With {@link AlreadyAttached#WARNS}: the warning that the resource is attached already; else empty. */
    public StringBinding warningProperty() {
        return warning;
    }
}
