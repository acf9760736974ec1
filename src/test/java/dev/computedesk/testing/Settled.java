package dev.computedesk.testing;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Clicks that land where the user sees the control. A node that has just appeared can still move: a wrapping label
 * above it takes its height on the next layout pass, a note shows or goes. On a busy machine the next pulse can come
 * long after {@code WaitForAsyncUtils.waitForFxEvents()} returned, so a robot aimed at the node's old place presses on
 * it and releases elsewhere (a button fires only when pressed and released on it). These helpers wait until the node
 * has kept its place on screen for several pulses in a row, with nothing above it waiting for a layout.
 */
public final class Settled {
    /** Pulses in a row at the same place before the node counts as settled. */
    private static final int STILL_PULSES = 3;
    private static final long TIMEOUT_SECONDS = 20;

    private Settled() {
    }

    /** Waits until {@code node} has settled, then clicks it. */
    public static void clickOn(FxRobot robot, Node node) {
        await(node);
        robot.clickOn(node);
    }

    /**
     * Waits until a node {@code query} finds is shown (its window showing, it and its parents visible: a question
     * just opened, not one closed earlier) and has settled, then clicks it.
     */
    public static void clickOn(FxRobot robot, String query) {
        AtomicReference<Node> shown = new AtomicReference<>();
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> {
                shown.set(WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).queryAll().stream()
                        .filter(Settled::placed).findFirst().orElse(null)).get());
                return shown.get() != null;
            });
        } catch (TimeoutException e) {
            throw new AssertionError("nothing matching " + query + " was shown within " + TIMEOUT_SECONDS + " s", e);
        }
        clickOn(robot, shown.get());
    }

    /**
     * Waits until {@code node} is on a shown window at the same screen bounds for {@value #STILL_PULSES} pulses in a
     * row, with no parent needing layout. Pulses are kept coming while it waits (a still scene has none).
     */
    public static void await(Node node) {
        Objects.requireNonNull(node, "node");
        CompletableFuture<Void> still = new CompletableFuture<>();
        Platform.runLater(() -> new AnimationTimer() {
            private Bounds last;
            private int same;

            @Override
            public void handle(long now) {
                Bounds bounds = placed(node) ? node.localToScreen(node.getBoundsInLocal()) : null;
                same = bounds != null && bounds.equals(last) ? same + 1 : 0;
                last = bounds;
                if (same >= STILL_PULSES || still.isDone()) {
                    stop();
                    still.complete(null);
                }
            }
        }.start());
        try {
            still.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            still.complete(null); // stops the timer on its next pulse
            throw new AssertionError(node + " did not keep still on screen within " + TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + node + " to keep still", e);
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        }
    }

    private static boolean placed(Node node) {
        if (node.getScene() == null || node.getScene().getWindow() == null || !node.getScene().getWindow().isShowing()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || n instanceof Parent p && p.isNeedsLayout()) {
                return false;
            }
        }
        return true;
    }
}
