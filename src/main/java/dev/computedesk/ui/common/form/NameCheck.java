package dev.computedesk.ui.common.form;

import dev.computedesk.azure.ComputeClient;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.domain.compute.ComputeNameRule;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.domain.validation.ValidationResult;
import dev.computedesk.ui.common.BackgroundTask;
import dev.computedesk.ui.common.NameAvailability;
import dev.computedesk.ui.common.TaskExecutor;
import dev.computedesk.ui.common.TaskHandle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The asynchronous half of the compute-name rule: is the name already used by a compute of this workspace?
 *
 * <p>Debounced (only a name the user paused on is checked), with a pending state while the answer is out, and
 * stale answers discarded: an answer counts only if the field still holds the name it was asked about. A name
 * in use is an error (creating never silently updates, docs/decisions.md "PUT on an existing name"), and so is a name
 * whose check got no clear answer (401, 403, an unreadable body, a 5xx past the retries): the field then says
 * why and {@link #checkAgain()} asks again. Only a {@code 404} for the name makes it free.
 */
public final class NameCheck {
    private final TaskExecutor executor;
    private final ComputeClient computes;
    private final WorkspaceRef workspace;
    private final Debouncer debouncer;
    private final ComputeNameRule rule;
    private final BooleanProperty pending = new SimpleBooleanProperty(this, "pending", false);
    private final StringProperty inUseMessage = new SimpleStringProperty(this, "inUseMessage", "");
    private final StringProperty unknownMessage = new SimpleStringProperty(this, "unknownMessage", "");
    private final StringProperty checkedName = new SimpleStringProperty(this, "checkedName", null);
    private final FormField field;
    private final BooleanBinding canCheckAgain;
    private TaskHandle running;

    /**
     * @param computes  asks ARM for one compute by name
     * @param workspace the workspace whose computes the name must not clash with
     * @param debouncer paces the check ({@link Debouncer#IMMEDIATE} in view-model tests)
     * @param rule      the local rule checked first (no request for a name it refuses)
     */
    public NameCheck(TaskExecutor executor, ComputeClient computes, WorkspaceRef workspace, Debouncer debouncer,
              ComputeNameRule rule) {
        this.executor = executor;
        this.computes = computes;
        this.workspace = workspace;
        this.debouncer = debouncer;
        this.rule = rule;
        this.field = new FormField(this::validate, pending, inUseMessage, unknownMessage, checkedName);
        this.canCheckAgain = Bindings.createBooleanBinding(() -> !unknownMessage.get().isEmpty() && !pending.get(),
                unknownMessage, pending);
        field.checkingProperty().bind(Bindings.createBooleanBinding(() -> checking(field.get()),
                field.textProperty(), pending, inUseMessage, unknownMessage, checkedName));
        field.textProperty().addListener((obs, old, name) -> nameChanged(name));
    }

    /** The name field; valid only once the name is known to be free. */
    public FormField field() {
        return field;
    }

    /** True while the in-use answer for the current name is awaited. */
    public BooleanProperty pendingProperty() {
        return pending;
    }

    /** True when the last check could not tell whether the name is free, so asking again may help. */
    public BooleanBinding canCheckAgainProperty() {
        return canCheckAgain;
    }

    /** Asks again about the current name at once (the "Check again" button). */
    public void checkAgain() {
        String name = field.get();
        if (!rule.validate(name).isValid()) {
            return;
        }
        cancelRunning();
        unknownMessage.set("");
        pending.set(true);
        check(name);
    }

    /** The submit's own check found {@code name} taken (by a compute created after the form's check). */
    public void taken(String name, String existingName) {
        if (name.equals(field.get())) {
            settle(name, NameAvailability.inUseMessage(existingName), "");
        }
    }

    /** The submit's own check got no clear answer for {@code name}. */
    public void unknown(String name, Throwable failure) {
        if (name.equals(field.get())) {
            settle(name, "", failure instanceof NameAvailability.NameUnknownException
                    ? failure.getMessage() : NameAvailability.unknownMessage(failure));
        }
    }

    private ValidationResult validate(String name) {
        ValidationResult local = rule.validate(name);
        if (!local.isValid()) {
            return local;
        }
        if (!inUseMessage.get().isEmpty()) {
            return ValidationResult.error(inUseMessage.get());
        }
        if (!unknownMessage.get().isEmpty()) {
            return ValidationResult.error(unknownMessage.get());
        }
        if (awaitingAnswer(name)) {
            return ValidationResult.error(Messages.get("common.code.name.checking"));
        }
        return ValidationResult.ok();
    }

    /** The name passes the local rule and nothing is known against it, but the service's answer is not in yet. */
    private boolean checking(String name) {
        return rule.validate(name).isValid() && inUseMessage.get().isEmpty() && unknownMessage.get().isEmpty()
                && awaitingAnswer(name);
    }

    private boolean awaitingAnswer(String name) {
        return pending.get() || !name.equals(checkedName.get());
    }

    private void nameChanged(String name) {
        inUseMessage.set("");
        unknownMessage.set("");
        cancelRunning();
        if (!rule.validate(name).isValid()) {
            pending.set(false);
            return;
        }
        pending.set(true);
        debouncer.restart(() -> check(name));
    }

    private void cancelRunning() {
        if (running != null) {
            running.cancel();
            running = null;
        }
    }

    private void check(String name) {
        if (!name.equals(field.get())) {
            return;
        }
        running = executor.submit(BackgroundTask.titled(Messages.get("common.code.task.checkName", name), name,
                        cancellation -> computes.find(workspace, name).map(found -> found.name() == null ? name : found.name()))
                .onSuccess(found -> {
                    if (name.equals(field.get())) {
                        settle(name, found.map(NameAvailability::inUseMessage).orElse(""), "");
                    }
                })
                .onFailure(error -> {
                    if (name.equals(field.get())) { // else stale: the user typed on
                        settle(name, "", NameAvailability.unknownMessage(error));
                    }
                }));
    }

    private void settle(String name, String inUse, String unknown) {
        pending.set(false);
        checkedName.set(name);
        inUseMessage.set(inUse);
        unknownMessage.set(unknown);
    }
}
