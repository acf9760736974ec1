package dev.computedesk.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.function.Supplier;

/** JavaFX dialogs, owned by the main window and styled like it. */
public final class FxDialogService implements DialogService {
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
        dialog.getDialogPane().getButtonTypes().setAll(confirm, ButtonType.CANCEL);
        Button confirmButton = (Button) dialog.getDialogPane().lookupButton(confirm);
        Button cancelButton = (Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL);
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
        for (String target : confirmation.targets()) {
            Label name = new Label("\u2022 " + target);
            name.getStyleClass().add("confirm-target");
            body.getChildren().add(name);
        }
        body.setMaxWidth(460);
        dialog.getDialogPane().setContent(body);
        dialog.getDialogPane().setId("confirmationDialog");
        dialog.setOnShown(event -> cancelButton.requestFocus());
        return dialog;
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
