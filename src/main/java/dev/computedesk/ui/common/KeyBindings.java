package dev.computedesk.ui.common;

import dev.computedesk.domain.text.Messages;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The app's keys in one place (docs/ui-contract.md, "Added after the first release"): Ctrl+F and F5 on a page that
 * shows a list, and Esc (or the close box) on a form or dialog, which asks before losing what the user typed.
 */
public final class KeyBindings {
    /** Ctrl+F (Cmd+F on a Mac): the visible list's filter. */
    public static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    /** F5: reads the visible list again. */
    public static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.F5);

    /** The question Esc asks of a form with typed input. */
    static Confirmation discard() {
        return new Confirmation(Messages.get("common.code.discard.title"), Messages.get("common.code.discard.header"),
                Messages.get("common.code.discard.consequence"), List.of(), Messages.get("common.code.discard.confirm"),
                Messages.get("common.code.discard.keep"));
    }

    private KeyBindings() {
    }

    /**
     * Ctrl+F and F5 for a page, from anywhere in its window (the workspace picker included) while the page is shown.
     * The keys are caught on the window's scene, since a page is taken out of the scene when another is shown.
     *
     * @param filter the filter field of what the page shows now, or null when it has none
     */
    public static void listPage(Node page, Supplier<TextField> filter, Runnable refresh) {
        EventHandler<KeyEvent> keys = event -> {
            if (REFRESH.match(event)) {
                refresh.run();
                event.consume();
            } else if (FIND.match(event)) {
                TextField field = filter.get();
                if (field != null) {
                    field.requestFocus();
                    field.selectAll();
                    event.consume();
                }
            }
        };
        page.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
        if (page.getScene() != null) {
            page.getScene().addEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
    }

    /**
     * Esc and the window's close box close a form; when it holds typed input they first ask "Discard what you
     * typed?", and "Keep editing" leaves the window as it was. Closing the main window takes its forms along without
     * a question: an owned window is hidden with its owner, which sends it no close request.
     *
     * @param stage the form's window, its scene set
     * @param dirty true while the form differs from how it opened
     * @param close closes the form the way its Cancel button does
     */
    public static void askBeforeClosing(Stage stage, BooleanSupplier dirty, DialogService dialogs, Runnable close) {
        Scene scene = stage.getScene();
        Runnable askThenClose = () -> {
            if (!dirty.getAsBoolean() || dialogs.confirm(discard())) {
                close.run();
            } else {
                // The question belongs to the main window, which keeps the focus once it closes: back to the form.
                stage.requestFocus();
            }
        };
        scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            // A handler, not a filter: an open combo box or a field's own Esc (e.g. a search that clears) goes first.
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                askThenClose.run();
            }
        });
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, event -> {
            // The form closes itself (or not) the way Cancel does, so the close box never bypasses the question.
            event.consume();
            askThenClose.run();
        });
    }
}
