package dev.computedesk.ui.common.form;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Control;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;

/**
 * Marks a field as invalid with ControlsFX's validation decoration (the error icon at the field's corner, the
 * message as its tooltip) while a message is shown, in addition to the label under the field.
 *
 * <p>It follows the field's shown problem, so it appears under the same condition as the label (the user typed into
 * the field or left it) and goes away with it; a status such as "Checking whether the name is free…" is shown by the
 * label alone, since nothing is wrong yet. Decorations live in ControlsFX's {@code DecorationPane}, which wraps the scene's
 * root once the first marker is shown; the marker node carries the style class {@value #STYLE_CLASS}.
 */
public final class FieldMarker {
    /** The style class of the marker node (tests and the theme find it by this). */
    public static final String STYLE_CLASS = "field-error-marker";

    private static final GraphicValidationDecoration DECORATION = new GraphicValidationDecoration() {
        @Override
        protected Node createDecorationNode(ValidationMessage message) {
            Node node = super.createDecorationNode(message);
            node.getStyleClass().add(STYLE_CLASS);
            return node;
        }
    };

    private FieldMarker() {
    }

    /** Shows the marker on {@code control} while {@code message} is not empty. */
    public static void mark(Control control, ObservableStringValue message) {
        Runnable apply = () -> {
            String text = message.get();
            DECORATION.removeDecorations(control);
            if (text != null && !text.isEmpty()) {
                DECORATION.applyValidationDecoration(ValidationMessage.error(control, text));
            }
        };
        message.addListener((obs, old, now) -> apply.run());
        apply.run();
    }
}
