package dev.computedesk.ui.compute.edit;

import dev.computedesk.azure.model.ComputeInstanceProperties;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.domain.compute.IdleShutdownRule;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.domain.validation.WholeNumbers;
import dev.computedesk.ui.common.form.FormField;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * The idle-shutdown dialog of a compute instance: minutes of inactivity before it stops, 15 minutes to 3 days (the
 * instance form's {@link IdleShutdownRule}), sent with the preview {@code updateIdleShutdownSetting} call.
 *
 * <p>No "off": Microsoft's specification, examples and SDKs document only a duration for this call (docs/arm.md
 * "Idle shutdown"), and no way to turn idle shutdown off through it.
 */
public final class IdleShutdownViewModel extends EditDialogViewModel {

    /** The dialog's visible preview note, in the chosen language. */
    public static String previewNote() {
        return Messages.get("compute.code.edit.idlePreview");
    }

    /** Why the dialog does not offer "off", in the chosen language. */
    public static String noOffNote() {
        return Messages.get("compute.code.edit.idleNoOff");
    }

    private final OptionalLong before;
    private final FormField idleShutdown;

    public IdleShutdownViewModel(EditServices services, EditTarget target) {
        super(services, target, ComputeEdit.IDLE_SHUTDOWN);
        before = minutesOf(target.current());
        idleShutdown = new FormField(before.isPresent() ? Long.toString(before.getAsLong()) : "",
                IdleShutdownRule::validateMinutes);
        BooleanBinding changed = Bindings.createBooleanBinding(() -> {
            OptionalLong typed = typed();
            return typed.isPresent() && (before.isEmpty() || typed.getAsLong() != before.getAsLong());
        }, idleShutdown.textProperty());
        ready(idleShutdown.validProperty(), changed);
    }

    private static OptionalLong minutesOf(ComputeResource c) {
        if (c != null && c.properties() instanceof ComputeInstanceProperties ci && ci.properties() != null) {
            return IdleShutdownRule.fromIso(ci.properties().idleTimeBeforeShutdown());
        }
        return OptionalLong.empty();
    }

    private OptionalLong typed() {
        return idleShutdown.resultProperty().get().isValid() ? WholeNumbers.parse(idleShutdown.get())
                : OptionalLong.empty();
    }

    @Override
    protected Request request() {
        Duration idle = Duration.ofMinutes(typed().orElseThrow());
        return (computes, workspace, name) -> computes.updateIdleShutdown(workspace, name, idle);
    }

    @Override
    protected String doing() {
        return Messages.get("compute.code.edit.changingIdle");
    }

    /** "Now: 60 minutes", or "Now: off" when the instance has no idle shutdown. */
    public String currentText() {
        return before.isPresent() ? Messages.get("compute.code.edit.idleNow", String.valueOf(before.getAsLong()))
                : Messages.get("compute.code.edit.idleNowOff");
    }

    /** {@code #idleShutdownField}: minutes. */
    public FormField idleShutdown() {
        return idleShutdown;
    }
}
