package dev.computedesk.ui.common.form;

import dev.computedesk.azure.model.UserAssignedIdentity;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One user-assigned identity of the searchable list, with its check box. */
public final class IdentityChoice {
    private final UserAssignedIdentity identity;
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected");

    /** @param identity the identity the check box stands for */
    public IdentityChoice(UserAssignedIdentity identity) {
        this.identity = identity;
    }

    public UserAssignedIdentity identity() {
        return identity;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }

    /** "uai-synapse (rg-computedesk-demo)". */
    public String label() {
        return Labels.identity(identity);
    }

    @Override
    public String toString() {
        return label();
    }
}
