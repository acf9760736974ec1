package dev.computedesk.ui.common.form;

import dev.computedesk.ui.common.LinkOpener;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Shows an {@link EmptyListHint} under a picker: its line ({@code #emptyListHint}) and its link
 * ({@code #emptyListLink}), which opens the place in the system browser. Hidden, and taking no room, while the
 * list is loading or has items. Put it in FXML as {@code <EmptyListHintBox fx:id="…"/>} and call {@link #bind}.
 */
public final class EmptyListHintBox extends VBox {
    private final Label line = new Label();
    private final Hyperlink link = new Hyperlink();

    public EmptyListHintBox() {
        getStyleClass().add("empty-list-hint");
        line.setId("emptyListHint");
        line.getStyleClass().add("muted");
        line.setWrapText(true);
        line.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        link.setId("emptyListLink");
        link.setWrapText(true);
        getChildren().addAll(line, link);
        setVisible(false);
        setManaged(false);
    }

    /** Shows {@code hint}; its link opens through {@code links}. */
    public void bind(EmptyListHint hint, LinkOpener links) {
        visibleProperty().bind(hint.shownProperty());
        managedProperty().bind(hint.shownProperty());
        line.textProperty().bind(hint.textProperty());
        link.textProperty().bind(hint.linkTextProperty());
        link.setOnAction(event -> {
            String url = hint.urlProperty().get();
            if (!url.isEmpty()) {
                links.open(url);
            }
            link.setVisited(false);
        });
    }
}
