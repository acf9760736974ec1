package dev.computedesk.ui.common.form;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * Holds back changes that would move controls under a pressed mouse button until the button is released.
 *
 * <p>A button, link or combo box acts on release, and only when the pointer is still over it. Pressing one often
 * moves focus out of a text field, whose message then appears ("Enter a compute name") and pushes everything below
 * it down by a line; an answer arriving during the press ("Checking whether the name is free…" going away) pulls
 * it up. Either way the control slides out from under the pointer and the click is lost: the user clicks again.
 * Messages under fields go through {@link #afterRelease} so the click lands first and the form moves after.
 */
final class PointerHold {
    private static final Object KEY = PointerHold.class;

    private boolean down;
    private final List<Runnable> held = new ArrayList<>();

    private PointerHold(Scene scene) {
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> down = true);
        scene.addEventFilter(MouseEvent.MOUSE_RELEASED, event -> {
            if (!event.isPrimaryButtonDown() && !event.isSecondaryButtonDown() && !event.isMiddleButtonDown()) {
                releasedLater();
            }
        });
        // A release that went to another window: the next move without a button says the press is over.
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, event -> {
            if (down) {
                releasedLater();
            }
        });
    }

    /**
     * Runs {@code change} now, or, while a mouse button is held down in {@code node}'s scene, once it is released
     * and the release has been handled (the click first). Changes held back run once each, in order; call on the
     * FX thread.
     */
    static void afterRelease(Node node, Runnable change) {
        Scene scene = node.getScene();
        PointerHold hold = scene == null ? null : (PointerHold) scene.getProperties().get(KEY);
        if (hold == null || !hold.down && hold.held.isEmpty()) {
            change.run();
        } else if (!hold.held.contains(change)) {
            hold.held.add(change); // once: a change reads the value it shows when it runs
        }
    }

    /** Starts following the mouse buttons of {@code node}'s scene, now or once it has one. */
    static void follow(Node node) {
        if (node.getScene() != null) {
            of(node.getScene());
        }
        node.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                of(scene);
            }
        });
    }

    private static void of(Scene scene) {
        scene.getProperties().computeIfAbsent(KEY, key -> new PointerHold(scene));
    }

    private void releasedLater() {
        down = false;
        Platform.runLater(() -> {
            if (down) {
                return; // pressed again before this ran: the next release runs them
            }
            List<Runnable> now = List.copyOf(held);
            held.clear();
            now.forEach(Runnable::run);
        });
    }
}
