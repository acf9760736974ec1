package dev.computedesk.ui.common.form;

import dev.computedesk.azure.model.Subscription;
import dev.computedesk.azure.model.SynapseWorkspace;
import dev.computedesk.domain.quota.QuotaBar;
import dev.computedesk.domain.text.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * The few bindings every form view repeats: a field and its message (with a ControlsFX marker on the field while
 * the message shows), wizard steps, quota bars, combo boxes.
 */
public final class FormBinder {
    private FormBinder() {
    }

    /**
     * Binds a text control to a field: text both ways, touched when it loses focus, the message under it, and the
     * field marked as invalid (a ControlsFX decoration) exactly while that message shows. The label stays the
     * place where the message is read; the marker only points at the field.
     */
    public static void field(TextInputControl control, Label message, FormField field) {
        control.textProperty().bindBidirectional(field.textProperty());
        control.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                field.touchedProperty().set(true);
            }
        });
        if (message != null) {
            message(message, field.shownMessageProperty());
            FieldMarker.mark(control, field.shownProblemProperty());
        }
    }

    /**
     * A message label: hidden (and empty) while there is nothing to say. While a mouse button is held down in the
     * window, a change waits for its release ({@link PointerHold}): the line it adds or removes would move the
     * control being clicked out from under the pointer.
     */
    public static void message(Label label, ObservableStringValue text) {
        label.setWrapText(true);
        Runnable show = () -> {
            String now = text.get() == null ? "" : text.get();
            label.setText(now);
            label.setVisible(!now.isEmpty());
            label.setManaged(!now.isEmpty());
        };
        show.run();
        PointerHold.follow(label);
        text.addListener((obs, old, now) -> PointerHold.afterRelease(label, show));
    }

    /** Shows the pane of the current step only. */
    public static void steps(List<? extends Node> panes, IntegerProperty step) {
        for (int i = 0; i < panes.size(); i++) {
            int index = i;
            Node pane = panes.get(i);
            pane.visibleProperty().bind(step.isEqualTo(index));
            pane.managedProperty().bind(pane.visibleProperty());
        }
    }

    /** Shows {@code node} only while {@code condition} holds. */
    public static void shownWhen(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(Bindings.createBooleanBinding(condition::get, condition));
        node.managedProperty().bind(node.visibleProperty());
    }

    /**
     * The step titles as a breadcrumb, the current one in bold; the headers of earlier steps are links that call
     * {@code goBackTo} with their index (later ones are plain text: a wizard moves forward with Next only).
     */
    public static void breadcrumb(Pane target, ObservableList<String> titles, IntegerProperty step,
                                  IntConsumer goBackTo) {
        Runnable render = () -> {
            target.getChildren().clear();
            for (int i = 0; i < titles.size(); i++) {
                String text = (i + 1) + ". " + titles.get(i);
                target.getChildren().add(i < step.get() ? stepLink(text, i, goBackTo) : stepLabel(text, i == step.get()));
            }
        };
        titles.addListener((ListChangeListener<String>) change -> render.run());
        step.addListener((obs, old, now) -> render.run());
        render.run();
    }

    private static Label stepLabel(String text, boolean current) {
        Label label = new Label(text);
        label.getStyleClass().add(current ? "wizard-step-current" : "wizard-step");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** An earlier step's header: a link back to it, reachable with Tab and Space like any link. */
    private static Hyperlink stepLink(String text, int index, IntConsumer goBackTo) {
        Hyperlink link = new Hyperlink(text);
        link.getStyleClass().addAll("wizard-step", "wizard-step-link");
        link.setMinWidth(Region.USE_PREF_SIZE);
        link.setOnAction(event -> goBackTo.accept(index));
        return link;
    }

    /** Renders quota bars: used now, plus what the create allocates, against the limit. */
    public static void quotaBars(VBox target, ObservableList<QuotaBar> bars) {
        quotaBars(target, bars, Messages.get("common.code.quota.atCreate"));
    }

    /** As {@link #quotaBars(VBox, ObservableList)}, naming the allocation {@code allocated} ("at the new minimum"). */
    public static void quotaBars(VBox target, ObservableList<QuotaBar> bars, String allocated) {
        Runnable render = () -> {
            target.getChildren().clear();
            for (QuotaBar bar : bars) {
                double limit = Math.max(1, bar.limit());
                ProgressBar progress = new ProgressBar(Math.min(1.0, (bar.used() + bar.requestedAtCreate()) / limit));
                progress.setMaxWidth(Double.MAX_VALUE);
                progress.getStyleClass().add(bar.createFits() ? (bar.maximumFits() ? "quota-ok" : "quota-warn")
                        : "quota-error");
                HBox.setHgrow(progress, Priority.ALWAYS);
                Label label = new Label(Messages.get(bar.requestedAtMaximum() != bar.requestedAtCreate()
                        ? "common.code.quota.barWithMax" : "common.code.quota.bar", bar.label(), bar.used(),
                        bar.requestedAtCreate(), allocated, bar.requestedAtMaximum(), bar.limit()));
                label.getStyleClass().add("quota-bar-label");
                label.setWrapText(true);
                target.getChildren().add(new VBox(2, label, progress));
            }
        };
        bars.addListener((ListChangeListener<QuotaBar>) change -> render.run());
        render.run();
    }

    /** Applies {@code field-error}, {@code field-warning} or nothing to a label from a severity word. */
    public static void severity(Label label, ObservableStringValue severity) {
        Runnable apply = () -> {
            label.getStyleClass().removeAll("field-error", "field-warning");
            if ("error".equals(severity.get())) {
                label.getStyleClass().add("field-error");
            } else if ("warn".equals(severity.get())) {
                label.getStyleClass().add("field-warning");
            }
        };
        severity.addListener((obs, old, now) -> apply.run());
        apply.run();
    }

    /** Shows items of a combo box through {@code text} (one of {@link Labels}, typically). */
    public static <T> void labelled(javafx.scene.control.ComboBox<T> combo, java.util.function.Function<T, String> text) {
        combo.setConverter(Labels.converter(text));
    }

    /**
     * Binds the subscription → Synapse workspace cascade: the two combo boxes, the pre-flight's refusal under the
     * workspace (and the workspace marked while it shows), and a note.
     *
     * @param note  what the note label shows (the picker's own note, or the wizard's that includes it)
     * @param empty where the subscription having no Synapse workspace is said, with its link through {@code links}
     */
    public static void synapse(javafx.scene.control.ComboBox<Subscription> subscriptions,
                               javafx.scene.control.ComboBox<SynapseWorkspace> workspaces, Label error, Label noteLabel,
                               SynapseWorkspacePicker picker, ObservableStringValue note, EmptyListHintBox empty,
                               dev.computedesk.ui.common.LinkOpener links) {
        empty.bind(picker.synapseWorkspacesHint(), links);
        subscriptions.setItems(picker.subscriptions());
        labelled(subscriptions, Labels::subscription);
        subscriptions.valueProperty().bindBidirectional(picker.subscriptionProperty());
        workspaces.setItems(picker.synapseWorkspaces());
        labelled(workspaces, Labels::synapseWorkspace);
        workspaces.valueProperty().bindBidirectional(picker.synapseWorkspaceProperty());
        message(error, picker.errorProperty());
        FieldMarker.mark(workspaces, picker.errorProperty());
        message(noteLabel, note);
    }

    /** Binds the searchable list of user-assigned identities (a check box each) of an identity picker. */
    public static void identityChoices(javafx.scene.control.ListView<IdentityChoice> list,
                                       TextInputControl search, IdentitySection identity) {
        search.textProperty().bindBidirectional(identity.searchProperty());
        list.setItems(identity.choices());
        list.setCellFactory(javafx.scene.control.cell.CheckBoxListCell.forListView(IdentityChoice::selectedProperty,
                Labels.converter(IdentityChoice::label)));
    }

    /** Binds a combo box to a list and a value property; a text item shows as {@link Labels#choice} says. */
    public static <T> void combo(javafx.scene.control.ComboBox<T> combo, ObservableList<T> items,
                          javafx.beans.property.Property<T> value) {
        javafx.util.StringConverter<T> shown = combo.getConverter();
        combo.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(T item) {
                return item instanceof String text ? Labels.choice(text) : shown.toString(item);
            }

            @Override
            public T fromString(String text) {
                return shown.fromString(text);
            }
        });
        combo.setItems(items);
        combo.valueProperty().bindBidirectional(value);
    }
}
