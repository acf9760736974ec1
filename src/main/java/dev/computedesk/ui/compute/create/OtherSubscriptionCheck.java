package dev.computedesk.ui.compute.create;

import dev.computedesk.azure.PermissionClient;
import dev.computedesk.azure.model.ArmId;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.domain.validation.ValidationResult;
import dev.computedesk.ui.common.BackgroundTask;
import dev.computedesk.ui.common.ErrorInfos;
import dev.computedesk.ui.common.TaskExecutor;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Objects;

/**
 * A Databricks workspace from another subscription than the ML workspace's: Microsoft's attach page says the user
 * needs the Contributor role on it (docs/attach.md "Databricks from another subscription"). So when the typed id
 * names another subscription, the user's roles on it are read (the role pre-flight of docs/decisions.md "Who is
 * 'me'"): without Owner or Contributor the form refuses it before anything is sent; when the roles could not be read,
 * a note says so and the service answers.
 */
final class OtherSubscriptionCheck {

    /** Where the check of the current id stands. */
    enum State { SAME_SUBSCRIPTION, CHECKING, ALLOWED, REFUSED, UNKNOWN }

    private static final String NO_ACCESS = "AuthorizationFailed";

    private final TaskExecutor executor;
    private final PermissionClient permissions;
    private final String workspaceSubscriptionId;
    private final ReadOnlyObjectWrapper<State> state =
            new ReadOnlyObjectWrapper<>(this, "state", State.SAME_SUBSCRIPTION);
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final StringProperty checkedId = new SimpleStringProperty(this, "checkedId", "");

    OtherSubscriptionCheck(TaskExecutor executor, PermissionClient permissions, String workspaceSubscriptionId) {
        this.executor = Objects.requireNonNull(executor);
        this.permissions = Objects.requireNonNull(permissions);
        this.workspaceSubscriptionId = Objects.requireNonNull(workspaceSubscriptionId);
    }

    /** The id's subscription, when it is another than the ML workspace's; else null. */
    String otherSubscription(String id) {
        String subscription = ArmId.parse(id == null ? "" : id.strip()).subscriptionId();
        return subscription == null || subscription.equalsIgnoreCase(workspaceSubscriptionId) ? null : subscription;
    }

    /** Checks the user's roles on {@code id} when it is in another subscription (a well-formed id only). */
    void idChanged(String id) {
        String wanted = id == null ? "" : id.strip();
        if (wanted.equalsIgnoreCase(checkedId.get())) {
            return;
        }
        note.set("");
        state.set(otherSubscription(wanted) == null ? State.SAME_SUBSCRIPTION : State.CHECKING);
        checkedId.set(wanted);
        if (state.get() == State.SAME_SUBSCRIPTION) {
            return;
        }
        executor.submit(BackgroundTask.titled(Messages.get("compute.code.databricks.checking",
                                ArmId.parse(wanted).name()), ArmId.parse(wanted).name(),
                        token -> permissions.checkOwnerOrContributor(wanted))
                .onSuccess(check -> {
                    if (!checkedId.get().equalsIgnoreCase(wanted)) {
                        return;
                    }
                    note.set("");
                    state.set(check.canWrite() ? State.ALLOWED : State.REFUSED);
                })
                .onFailure(failure -> {
                    if (!checkedId.get().equalsIgnoreCase(wanted)) {
                        return;
                    }
                    if (NO_ACCESS.equals(ErrorInfos.from("", failure).code())) {
                        // Reader and Contributor may read role assignments: one who may not holds neither.
                        state.set(State.REFUSED);
                    } else {
                        state.set(State.UNKNOWN);
                        note.set(Messages.get("compute.code.databricks.unknown", ErrorInfos.from("", failure).message()));
                    }
                }));
    }

    /** The rule's verdict on {@code id}: refused while checking (not yet known) and when the role is missing. */
    ValidationResult validate(String id) {
        String subscription = otherSubscription(id);
        if (subscription == null || !id.strip().equalsIgnoreCase(checkedId.get())) {
            return ValidationResult.ok();
        }
        return switch (state.get()) {
            case CHECKING -> ValidationResult.error(Messages.get("compute.code.databricks.checkingRole"));
            case REFUSED -> ValidationResult.error(Messages.get("compute.code.databricks.refused", subscription));
            default -> ValidationResult.ok();
        };
    }

    /** What the rule reads besides the text. */
    Observable[] dependencies() {
        return new Observable[] {state, checkedId};
    }

    ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** That the role could not be checked; empty otherwise. */
    ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }
}
