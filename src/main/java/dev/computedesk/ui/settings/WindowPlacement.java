package dev.computedesk.ui.settings;

import dev.computedesk.settings.Layout;
import javafx.geometry.Rectangle2D;

import java.util.List;
import java.util.Optional;

/**
 * Where a remembered window may reopen: at its remembered bounds only while a screen still shows enough of its
 * title bar to grab it (a monitor unplugged since, a laptop off its dock); else nowhere, and the caller centres the
 * window at its default size.
 */
public final class WindowPlacement {
    /** How much of the title bar must be on a screen: enough to grab and move the window. */
    static final double GRAB_WIDTH = 100;
    static final double GRAB_HEIGHT = 20;
    /** Smaller than this is not a window the user meant to keep. */
    static final double MIN_SIZE = 200;

    private WindowPlacement() {
    }

    /**
     * The bounds to reopen at, shrunk to the screen they are on when larger; empty when nothing was remembered or no
     * screen shows the title bar.
     *
     * @param screens every screen's visual bounds
     */
    public static Optional<Rectangle2D> restore(Layout.WindowBounds saved, List<Rectangle2D> screens) {
        if (saved == null || saved.width() < MIN_SIZE || saved.height() < MIN_SIZE) {
            return Optional.empty();
        }
        Rectangle2D titleBar = new Rectangle2D(saved.x(), saved.y(), saved.width(), GRAB_HEIGHT);
        for (Rectangle2D screen : screens) {
            double visibleWidth = Math.min(titleBar.getMaxX(), screen.getMaxX()) - Math.max(titleBar.getMinX(),
                    screen.getMinX());
            double visibleHeight = Math.min(titleBar.getMaxY(), screen.getMaxY()) - Math.max(titleBar.getMinY(),
                    screen.getMinY());
            if (visibleWidth >= GRAB_WIDTH && visibleHeight >= GRAB_HEIGHT) {
                return Optional.of(new Rectangle2D(saved.x(), saved.y(), Math.min(saved.width(), screen.getWidth()),
                        Math.min(saved.height(), screen.getHeight())));
            }
        }
        return Optional.empty();
    }
}
