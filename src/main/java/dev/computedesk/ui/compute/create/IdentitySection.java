package dev.computedesk.ui.compute.create;

import dev.computedesk.azure.model.ManagedIdentity;
import dev.computedesk.azure.model.UserAssignedIdentity;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A managed identity: none, system-assigned, or one or more user-assigned identities (never both, as Studio's
 * cluster form says).
 */
public final class IdentitySection {
    public static final String NONE = "None";
    public static final String SYSTEM = "System-assigned";
    public static final String USER = "User-assigned";

    private final ObservableList<String> types = FXCollections.observableArrayList(NONE, SYSTEM, USER);
    private final ObjectProperty<String> type = new SimpleObjectProperty<>(this, "type", NONE);
    private final ObservableList<UserAssignedIdentity> available = FXCollections.observableArrayList();
    private final ObservableList<UserAssignedIdentity> selected = FXCollections.observableArrayList();
    private final BooleanBinding valid;
    private final StringBinding message;

    IdentitySection() {
        valid = Bindings.createBooleanBinding(() -> !USER.equals(type.get()) || !selected.isEmpty(), type, selected);
        message = Bindings.createStringBinding(() -> valid.get() ? "" : "Choose at least one user-assigned identity",
                valid);
    }

    public ObservableList<String> types() {
        return types;
    }

    public ObjectProperty<String> type() {
        return type;
    }

    /** The subscription's user-assigned identities. */
    public ObservableList<UserAssignedIdentity> available() {
        return available;
    }

    /** The identities chosen (used when the type is user-assigned). */
    public ObservableList<UserAssignedIdentity> selected() {
        return selected;
    }

    public BooleanBinding valid() {
        return valid;
    }

    public StringBinding message() {
        return message;
    }

    ManagedIdentity toArm() {
        if (SYSTEM.equals(type.get())) {
            return ManagedIdentity.systemAssigned();
        }
        if (USER.equals(type.get()) && !selected.isEmpty()) {
            return ManagedIdentity.userAssigned(selected.stream().map(UserAssignedIdentity::id)
                    .collect(Collectors.toList()));
        }
        return null;
    }

    /** Fills from a sent identity; user-assigned ids not (yet) listed are kept by id. */
    void apply(ManagedIdentity identity) {
        if (identity == null || identity.type() == null || identity.type().equals("None")) {
            type.set(NONE);
            return;
        }
        if (identity.type().startsWith("SystemAssigned")) {
            type.set(SYSTEM);
            return;
        }
        type.set(USER);
        selectIds(identity.userAssignedIdentities() == null ? List.of()
                : List.copyOf(identity.userAssignedIdentities().keySet()));
    }

    private void selectIds(List<String> ids) {
        selected.clear();
        for (String id : ids) {
            UserAssignedIdentity known = available.stream().filter(i -> i.id().equalsIgnoreCase(id)).findFirst()
                    .orElse(new UserAssignedIdentity(id, id.substring(id.lastIndexOf('/') + 1), null, null, null,
                            null, null));
            selected.add(known);
        }
    }

    /** After the list loads, replaces placeholders with the listed identities of the same id. */
    void relink() {
        if (!selected.isEmpty()) {
            selectIds(selected.stream().map(UserAssignedIdentity::id).collect(Collectors.toList()));
        }
    }
}
