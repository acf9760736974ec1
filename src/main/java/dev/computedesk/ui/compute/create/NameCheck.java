package dev.computedesk.ui.compute.create;

import dev.computedesk.azure.ComputeClient;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.domain.compute.ComputeNameRule;
import dev.computedesk.domain.validation.ValidationResult;
import dev.computedesk.ui.common.BackgroundTask;
import dev.computedesk.ui.common.TaskExecutor;
import dev.computedesk.ui.common.TaskHandle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Optional;

/**
 * The asynchronous half of the compute-name rule: is the name already used by a compute of this workspace?
 *
 * <p>Debounced (only a name the user paused on is checked), with a pending state while the answer is out, and
 * stale answers discarded: an answer counts only if the field still holds the name it was asked about. A name
 * in use is an error (creating never silently updates, DESIGN.md "PUT on an existing name").
 */
public final class NameCheck {
    private final TaskExecutor executor;
    private final ComputeClient computes;
    private final WorkspaceRef workspace;
    private final Debouncer debouncer;
    private final ComputeNameRule rule;
    private final BooleanProperty pending = new SimpleBooleanProperty(this, "pending", false);
    private final StringProperty inUseMessage = new SimpleStringProperty(this, "inUseMessage", "");
    private final StringProperty checkedName = new SimpleStringProperty(this, "checkedName", null);
    private final FormField field;
    private TaskHandle running;

    NameCheck(TaskExecutor executor, ComputeClient computes, WorkspaceRef workspace, Debouncer debouncer,
              ComputeNameRule rule) {
        this.executor = executor;
        this.computes = computes;
        this.workspace = workspace;
        this.debouncer = debouncer;
        this.rule = rule;
        this.field = new FormField(this::validate, pending, inUseMessage, checkedName);
        field.text().addListener((obs, old, name) -> nameChanged(name));
    }

    /** The name field; valid only once the name is known to be free. */
    public FormField field() {
        return field;
    }

    /** True while the in-use answer for the current name is awaited. */
    public BooleanProperty pending() {
        return pending;
    }

    private ValidationResult validate(String name) {
        ValidationResult local = rule.validate(name);
        if (!local.isValid()) {
            return local;
        }
        if (!inUseMessage.get().isEmpty()) {
            return ValidationResult.error(inUseMessage.get());
        }
        if (pending.get() || !name.equals(checkedName.get())) {
            return ValidationResult.error("Checking whether the name is free\u2026");
        }
        return ValidationResult.ok();
    }

    private void nameChanged(String name) {
        inUseMessage.set("");
        if (running != null) {
            running.cancel();
            running = null;
        }
        if (!rule.validate(name).isValid()) {
            pending.set(false);
            return;
        }
        pending.set(true);
        debouncer.restart(() -> check(name));
    }

    private void check(String name) {
        if (!name.equals(field.get())) {
            return;
        }
        running = executor.submit(BackgroundTask.titled("Checking compute name " + name, name,
                        cancellation -> computes.find(workspace, name).map(found -> found.name() == null ? name : found.name()))
                .onSuccess(found -> answer(name, found))
                .onFailure(error -> answer(name, Optional.empty())));
    }

    private void answer(String name, Optional<String> existing) {
        if (!name.equals(field.get())) {
            return; // stale: the user typed on
        }
        pending.set(false);
        checkedName.set(name);
        inUseMessage.set(existing.map(found -> ComputeNameRule.notInUse(name, List.of(found)).message()).orElse(""));
    }
}
