package dev.computedesk.ui.common;

import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;

/**
 * Keeps every tab header of a tab pane readable: the pane's minimum width becomes the width of its headers, so a
 * split pane beside it (the details pane) gives way instead of hiding tabs behind the overflow menu.
 */
public final class TabHeaders {
    /** The header area's insets and a little air. */
    private static final double SLACK = 24;

    private TabHeaders() {
    }

    public static void keepWhole(TabPane tabs) {
        tabs.skinProperty().addListener((obs, old, skin) -> Platform.runLater(() -> apply(tabs)));
        tabs.getTabs().addListener((javafx.collections.ListChangeListener<javafx.scene.control.Tab>) change ->
                Platform.runLater(() -> apply(tabs)));
    }

    private static void apply(TabPane tabs) {
        if (tabs.lookup(".headers-region") instanceof Region headers) {
            tabs.setMinWidth(Math.ceil(headers.prefWidth(-1)) + SLACK);
        }
    }
}
