package dev.computedesk.ui.compute.edit;

import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.ManagedIdentity;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.ui.common.form.IdentitySection;
import dev.computedesk.ui.common.form.Pickers;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The managed-identity dialog of a compute cluster or instance: the create forms' {@link IdentitySection} (none,
 * system-assigned, or user-assigned identities, never both), sent with {@code updateIdentity}, a same-type PUT of
 * the compute's current body with the identity replaced; None removes the identity.
 */
public final class IdentityViewModel extends EditDialogViewModel {
    private final IdentitySection identity = new IdentitySection();
    private final String before;

    public IdentityViewModel(EditServices services, EditTarget target) {
        super(services, target, ComputeEdit.IDENTITY);
        ComputeResource c = target.current();
        ManagedIdentity current = c == null ? null : c.identity();
        identity.apply(current);
        before = describe(current);
        if (target.pickers() != null) {
            Pickers.load(services.executor(), Messages.get("compute.code.edit.listIdentities"), target.workspace().subscriptionId(),
                    id -> target.pickers().listUserAssignedIdentities(id), identity.available(), identity::relink);
        }
        BooleanBinding changed = Bindings.createBooleanBinding(() -> !describe(identity.toArm()).equals(before),
                identity.typeProperty(), identity.selected());
        ready(identity.validProperty(), changed);
    }

    /** The identity as compared: its kind and, for user-assigned, the ids (case aside, order aside). */
    static String describe(ManagedIdentity identity) {
        if (identity == null || identity.type() == null || identity.type().equals("None")) {
            return "None";
        }
        if (identity.type().startsWith("SystemAssigned")) {
            return "SystemAssigned";
        }
        Set<String> ids = new TreeSet<>();
        if (identity.userAssignedIdentities() != null) {
            identity.userAssignedIdentities().keySet().forEach(id -> ids.add(id.toLowerCase(Locale.ROOT)));
        }
        return "UserAssigned" + ids;
    }

    @Override
    protected Request request() {
        ManagedIdentity chosen = identity.toArm();
        ManagedIdentity sent = chosen == null ? new ManagedIdentity("None", null, null, null) : chosen;
        return (computes, workspace, name) -> computes.updateIdentity(workspace, name, sent);
    }

    @Override
    protected String doing() {
        return Messages.get("compute.code.edit.changingIdentity");
    }

    /** "Now: System-assigned" … */
    public String currentText() {
        return Messages.get(before.equals("None") ? "compute.code.edit.identityNowNone"
                : before.equals("SystemAssigned") ? "compute.code.edit.identityNowSystem" : "compute.code.edit.identityNowUser");
    }

    /** {@code #identityTypeCombo} and the user-assigned identity picker. */
    public IdentitySection identity() {
        return identity;
    }
}
