package dev.computedesk.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.function.Supplier;

/** JavaFX dialogs, owned by the main window and styled like it. */
public final class FxDialogService implements DialogService {
    /** More names than this are shown in a scrolling list. */
    private static final int LISTED_WITHOUT_SCROLLING = 10;
    private final Supplier<Window> owner;

    /** @param owner the window dialogs belong to (may answer null before the window exists) */
    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(Confirmation confirmation) {
        return buildConfirmation(confirmation).showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    /**
     * The confirmation dialog: the confirming button says the action, and Cancel is the default button,
     * so Enter never deletes anything by accident.
     */
    public Dialog<ButtonType> buildConfirmation(Confirmation confirmation) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(confirmation.title());
        dialog.setHeaderText(confirmation.header());
        initOwner(dialog);
        ButtonType confirm = new ButtonType(confirmation.confirmLabel(), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(confirmation.cancelLabel(), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(confirm, cancel);
        Button confirmButton = (Button) dialog.getDialogPane().lookupButton(confirm);
        Button cancelButton = (Button) dialog.getDialogPane().lookupButton(cancel);
        confirmButton.setDefaultButton(false);
        confirmButton.setId("confirmButton");
        confirmButton.getStyleClass().add("danger");
        cancelButton.setDefaultButton(true);
        cancelButton.setId("cancelConfirmButton");
        dialog.setResultConverter(type -> type == confirm ? ButtonType.OK : ButtonType.CANCEL);

        VBox body = new VBox(8);
        Label consequence = new Label(confirmation.consequence());
        consequence.setWrapText(true);
        body.getChildren().add(consequence);
        VBox names = new VBox(2);
        names.setId("confirmTargets");
        for (String target : confirmation.targets()) {
            Label name = new Label("\u2022 " + target);
            name.getStyleClass().add("confirm-target");
            name.setWrapText(true);
            names.getChildren().add(name);
        }
        body.getChildren().add(confirmation.targets().size() > LISTED_WITHOUT_SCROLLING ? scrolling(names) : names);
        // A wrapping label asks for its whole text's width; without a set width a long consequence widens the
        // dialog past the screen's edge.
        body.setPrefWidth(460);
        body.setMaxWidth(460);
        dialog.getDialogPane().setContent(body);
        dialog.getDialogPane().setId("confirmationDialog");
        dialog.setOnShown(event -> cancelButton.requestFocus());
        return dialog;
    }

    /** A long list of names scrolls, so the dialog's buttons stay on screen. */
    private static ScrollPane scrolling(VBox names) {
        ScrollPane scroll = new ScrollPane(names);
        scroll.setId("confirmTargetsScroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportHeight(LISTED_WITHOUT_SCROLLING * 22);
        return scroll;
    }

    @Override
    public void inform(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.setTitle(title);
        alert.setHeaderText(title);
        initOwner(alert);
        alert.showAndWait();
    }

    private void initOwner(Dialog<?> dialog) {
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
            dialog.getDialogPane().getStylesheets().setAll(window.getScene().getStylesheets());
        }
    }
}
