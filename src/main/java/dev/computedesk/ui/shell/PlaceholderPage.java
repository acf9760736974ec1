package dev.computedesk.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A page whose screen is not built yet: its title and a line saying so. */
public final class PlaceholderPage {
    private PlaceholderPage() {
    }

    public static Node create(Page page, String id) {
        Label title = new Label(page.title());
        title.getStyleClass().add("page-title");
        Label note = new Label("This page arrives in a later version.");
        note.getStyleClass().add("muted");
        VBox box = new VBox(8, title, note);
        box.setAlignment(Pos.TOP_LEFT);
        box.setId(id);
        return box;
    }
}
