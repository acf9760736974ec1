package dev.computedesk.ui.common.form;

import dev.computedesk.domain.validation.ValidationResult;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.function.Supplier;

/**
 * One text field of a form: what the user typed, whether they have touched it, its rule's result, and an
 * answer from the service placed under it (cleared as soon as the user edits the text).
 *
 * <p>The message under the field ({@link #shownMessageProperty()}) appears only once the field is touched, as
 * docs/decisions.md "Forms" asks; validity ({@link #validProperty()}) counts from the first keystroke, so Create stays
 * disabled for an untouched, invalid field.
 */
public final class FormField {
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final BooleanProperty touched = new SimpleBooleanProperty(this, "touched", false);
    private final StringProperty serviceError = new SimpleStringProperty(this, "serviceError", "");
    private final BooleanProperty checking = new SimpleBooleanProperty(this, "checking", false);
    private final ObjectBinding<ValidationResult> result;
    private final BooleanBinding valid;
    private final StringBinding shownMessage;
    private final StringBinding shownProblem;

    /**
     * @param rule         the field's rule over its text
     * @param dependencies other values the rule reads (another field, a checkbox), so it re-runs when they change
     */
    public FormField(java.util.function.Function<String, ValidationResult> rule, javafx.beans.Observable... dependencies) {
        this("", rule, dependencies);
    }

    /** A field that starts with {@code initial} text. */
    public FormField(String initial, java.util.function.Function<String, ValidationResult> rule,
                     javafx.beans.Observable... dependencies) {
        text.set(initial);
        javafx.beans.Observable[] all = new javafx.beans.Observable[dependencies.length + 1];
        all[0] = text;
        System.arraycopy(dependencies, 0, all, 1, dependencies.length);
        Supplier<ValidationResult> compute = () -> rule.apply(text.get() == null ? "" : text.get());
        result = Bindings.createObjectBinding(compute::get, all);
        valid = Bindings.createBooleanBinding(() -> result.get().isValid() && serviceError.get().isEmpty(),
                result, serviceError);
        shownMessage = Bindings.createStringBinding(() -> {
            if (!serviceError.get().isEmpty()) {
                return serviceError.get();
            }
            return touched.get() ? result.get().message() : "";
        }, result, touched, serviceError);
        shownProblem = Bindings.createStringBinding(() -> checking.get() && serviceError.get().isEmpty()
                ? "" : shownMessage.get(), shownMessage, checking, serviceError);
        text.addListener((obs, old, now) -> {
            touched.set(true);
            serviceError.set("");
        });
    }

    /** What the user typed. */
    public StringProperty textProperty() {
        return text;
    }

    /** The text, never null. */
    public String get() {
        return text.get() == null ? "" : text.get();
    }

    /** Sets the text (null counts as empty). */
    public void set(String value) {
        text.set(value == null ? "" : value);
    }

    /** Set when the user typed into the field or left it. */
    public BooleanProperty touchedProperty() {
        return touched;
    }

    /** ARM's answer about this field (a name clash in the region, an invalid name), shown until the text changes. */
    public StringProperty serviceErrorProperty() {
        return serviceError;
    }

    /** The rule's result over the current text. */
    public ObjectBinding<ValidationResult> resultProperty() {
        return result;
    }

    /** True when the rule accepts the text and the service has said nothing against it. */
    public BooleanBinding validProperty() {
        return valid;
    }

    /** The message the label under the field shows: empty while valid or untouched. */
    public StringBinding shownMessageProperty() {
        return shownMessage;
    }

    /**
     * True while the rule's message is a status ("Checking whether the name is free…") rather than a problem: the
     * field is not valid yet, but nothing is wrong with it. Set by a remote check such as {@link NameCheck}.
     */
    public BooleanProperty checkingProperty() {
        return checking;
    }

    /** The shown message when it names a problem (what the field's error marker shows); empty while checking. */
    public StringBinding shownProblemProperty() {
        return shownProblem;
    }
}
