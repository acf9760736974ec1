package dev.computedesk.ui.common.form;

import dev.computedesk.azure.model.ManagedIdentity;
import dev.computedesk.azure.model.UserAssignedIdentity;
import dev.computedesk.domain.text.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The managed-identity picker of every create and attach form: none, system-assigned, or one or more user-assigned
 * identities (never both, as Studio's cluster form says).
 *
 * <p>The chosen identities are {@link #selected()}; {@link #choices()} shows the subscription's identities as a
 * searchable list of check boxes kept in step with it, for the forms that offer several (the Spark pool wizard,
 * the cluster form).
 */
public final class IdentitySection {
    /** The type values (English, what the view-model compares); shown through {@link Labels#choice}. */
    public static final String NONE = "None";
    public static final String SYSTEM = "System-assigned";
    public static final String USER = "User-assigned";

    private final ObservableList<String> types = FXCollections.observableArrayList(NONE, SYSTEM, USER);
    private final ObjectProperty<String> type = new SimpleObjectProperty<>(this, "type", NONE);
    private final ObservableList<UserAssignedIdentity> available = FXCollections.observableArrayList();
    private final ObservableList<UserAssignedIdentity> selected = FXCollections.observableArrayList();
    private final ObservableList<IdentityChoice> choices = FXCollections.observableArrayList(
            choice -> new javafx.beans.Observable[] {choice.selectedProperty()});
    private final FilteredList<IdentityChoice> visibleChoices = new FilteredList<>(choices, choice -> true);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final BooleanBinding valid;
    private final StringBinding message;
    private boolean syncing;

    public IdentitySection() {
        valid = Bindings.createBooleanBinding(() -> !USER.equals(type.get()) || !selected.isEmpty(), type, selected);
        message = Bindings.createStringBinding(() -> valid.get() ? note.get()
                : Messages.get("common.code.identity.chooseOne"), valid, note);
        available.addListener((ListChangeListener<UserAssignedIdentity>) change -> rebuildChoices());
        selected.addListener((ListChangeListener<UserAssignedIdentity>) change -> markChoices());
        search.addListener((obs, old, text) -> {
            String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
            visibleChoices.setPredicate(choice -> needle.isEmpty()
                    || choice.label().toLowerCase(Locale.ROOT).contains(needle));
        });
    }

    /** None, System-assigned, User-assigned. */
    public ObservableList<String> types() {
        return types;
    }

    public ObjectProperty<String> typeProperty() {
        return type;
    }

    /** The subscription's user-assigned identities. */
    public ObservableList<UserAssignedIdentity> available() {
        return available;
    }

    /** The identities chosen (used when the type is user-assigned); jobs run as the first. */
    public ObservableList<UserAssignedIdentity> selected() {
        return selected;
    }

    /** {@link #available()} as check boxes that choose into {@link #selected()}, filtered by {@link #searchProperty()}. */
    public ObservableList<IdentityChoice> choices() {
        return visibleChoices;
    }

    /** The search over the identities' names and resource groups. */
    public StringProperty searchProperty() {
        return search;
    }

    /** Said under the picker while it is valid ("This subscription has no user-assigned identities"). */
    public StringProperty noteProperty() {
        return note;
    }

    /** False while user-assigned is chosen without an identity. */
    public BooleanBinding validProperty() {
        return valid;
    }

    /** What is missing, else the note; empty when there is nothing to say. */
    public StringBinding messageProperty() {
        return message;
    }

    /** The identity the request carries: null for none. */
    public ManagedIdentity toArm() {
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
    public void apply(ManagedIdentity identity) {
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
        List<UserAssignedIdentity> chosen = ids.stream().map(id -> available.stream()
                        .filter(i -> i.id().equalsIgnoreCase(id)).findFirst()
                        .orElse(new UserAssignedIdentity(id, id.substring(id.lastIndexOf('/') + 1), null, null, null,
                                null, null)))
                .collect(Collectors.toList());
        selected.setAll(chosen);
    }

    /** After the list loads, replaces placeholders with the listed identities of the same id. */
    public void relink() {
        if (!selected.isEmpty()) {
            selectIds(selected.stream().map(UserAssignedIdentity::id).collect(Collectors.toList()));
        }
    }

    private void rebuildChoices() {
        List<IdentityChoice> rebuilt = available.stream().map(IdentityChoice::new).collect(Collectors.toList());
        for (IdentityChoice choice : rebuilt) {
            choice.selectedProperty().addListener((obs, was, now) -> choiceToggled(choice, now));
        }
        syncing = true;
        try {
            choices.setAll(rebuilt);
        } finally {
            syncing = false;
        }
        markChoices();
    }

    private void markChoices() {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            for (IdentityChoice choice : choices) {
                choice.selectedProperty().set(selected.stream()
                        .anyMatch(identity -> identity.id().equalsIgnoreCase(choice.identity().id())));
            }
        } finally {
            syncing = false;
        }
    }

    private void choiceToggled(IdentityChoice choice, boolean now) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            // Keeps the list's order, so "the first checked identity" is the first in the list.
            List<UserAssignedIdentity> chosen = choices.stream().filter(IdentityChoice::isSelected)
                    .map(IdentityChoice::identity).collect(Collectors.toList());
            selected.setAll(chosen);
        } finally {
            syncing = false;
        }
    }
}
