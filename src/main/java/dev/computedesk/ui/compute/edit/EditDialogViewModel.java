package dev.computedesk.ui.compute.edit;

import dev.computedesk.azure.ArmOperation;
import dev.computedesk.azure.ComputeClient;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.domain.compute.ComputeKind;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.ui.common.ErrorInfo;
import dev.computedesk.ui.common.OperationFollower;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;

import java.util.Objects;

/**
 * What every edit dialog shares: Save enabled only while the input is valid, differs from the compute as it was
 * opened, and the compute's state allows the edit ({@link ComputeEdit#whyNot}); Save checks that state again on a
 * fresh read just before sending, then hands the request to the {@link OperationFollower}, which follows it to its
 * end (the row shows the transitional state, the activity log records it, and the compute is read again). Success
 * closes the dialog; a failure keeps it open, with what the user typed, and shows ARM's code, message and request id.
 */
public abstract class EditDialogViewModel {

    /** The edit's request, built on the FX thread from what the dialog holds; sent off it. */
    @FunctionalInterface
    protected interface Request {
        ArmOperation<?> send(ComputeClient computes, WorkspaceRef workspace, String name);
    }

    /** Thrown before sending when the fresh read shows a state that does not allow the edit. */
    static final class StateChanged extends IllegalStateException {
        StateChanged(String why) {
            super(Messages.get("compute.code.edit.nothingSent", why));
        }
    }

    protected final EditServices services;
    protected final EditTarget target;
    private final ComputeEdit edit;
    private final StringBinding blockedReason;
    private final BooleanProperty saving = new SimpleBooleanProperty(this, "saving", false);
    private final ObjectProperty<ErrorInfo> error = new SimpleObjectProperty<>(this, "error");
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper(this, "closed", false);
    private BooleanBinding changed;
    private BooleanBinding canSave;

    protected EditDialogViewModel(EditServices services, EditTarget target, ComputeEdit edit) {
        this.services = Objects.requireNonNull(services);
        this.target = Objects.requireNonNull(target);
        this.edit = Objects.requireNonNull(edit);
        this.blockedReason = Bindings.createStringBinding(() -> edit.whyNot(target.current()), target.compute());
    }

    /** Called by each dialog at the end of its constructor with its validity and whether anything changed. */
    protected final void ready(ObservableBooleanValue valid, ObservableBooleanValue anyChange) {
        changed = Bindings.createBooleanBinding(anyChange::get, anyChange);
        canSave = Bindings.createBooleanBinding(() -> valid.get() && anyChange.get() && !saving.get()
                && blockedReason.get().isEmpty(), valid, anyChange, saving, blockedReason);
    }

    /** The request for what the dialog holds now (only called while {@link #canSaveProperty()} is true). */
    protected abstract Request request();

    /** "Changing the idle shutdown of", for the operation's title. */
    protected abstract String doing();

    /** Saves: sends the change and follows it to its end. Does nothing unless Save is enabled. */
    public void save() {
        if (canSave == null || !canSave.get()) {
            return;
        }
        OperationFollower follower = services.follower();
        WorkspaceRef workspace = target.workspace();
        String name = target.name();
        String title = title();
        if (follower.isFollowed(workspace, name)) {
            error.set(new ErrorInfo(Messages.get("compute.code.edit.notStarted", title), "",
                    Messages.get("compute.code.edit.otherOperation", name), "", false));
            return;
        }
        Request request = request();
        ComputeClient computes = target.computes();
        saving.set(true);
        error.set(null);
        follower.follow(workspace, name, title, OperationFollower.Action.UPDATE, computes, () -> {
            ComputeResource fresh = computes.get(workspace, name);
            String why = edit.whyNot(fresh);
            if (!why.isEmpty()) {
                throw new StateChanged(why);
            }
            return request.send(computes, workspace, name);
        }).whenEnded(outcome -> {
            saving.set(false);
            if (outcome.succeeded()) {
                closed.set(true);
            } else {
                error.set(outcome.errorInfo(title));
            }
        });
    }

    /** Cancel or Esc: closes the dialog (an edit already sent is still followed, in the status bar). */
    public void cancel() {
        closed.set(true);
    }

    /** "Changing the idle shutdown of compute instance ci-a". */
    public String title() {
        return Messages.get("compute.code.edit.operationTitle", doing(), noun(), target.name());
    }

    private String noun() {
        ComputeResource c = target.current();
        ComputeKind kind = c == null ? null : c.kind().orElse(null);
        if (kind == ComputeKind.COMPUTE_INSTANCE) {
            return Messages.get("compute.code.noun.instance", 1);
        }
        if (kind == ComputeKind.AML_COMPUTE) {
            return Messages.get("compute.code.noun.cluster", 1);
        }
        return Messages.get(kind == ComputeKind.AKS ? "compute.code.noun.inference" : "compute.code.noun.compute", 1);
    }

    /** The edit this dialog makes. */
    public ComputeEdit edit() {
        return edit;
    }

    /** The compute's name. */
    public String computeName() {
        return target.name();
    }

    /** Why the compute's state does not allow the edit now; empty when it does. */
    public StringBinding blockedReasonProperty() {
        return blockedReason;
    }

    /** True while the edit is sent and followed. */
    public BooleanProperty savingProperty() {
        return saving;
    }

    /** The failure of the last Save (ARM's code, message and request id), or null. */
    public ObjectProperty<ErrorInfo> errorProperty() {
        return error;
    }

    /** True when the input differs from the compute as the dialog opened it. */
    public BooleanBinding changedProperty() {
        return changed;
    }

    /** Save is enabled. */
    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** Set when the dialog should close (saved, or cancelled). */
    public ReadOnlyBooleanProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }
}
