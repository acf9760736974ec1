package dev.computedesk.ui.compute.create;

import dev.computedesk.ui.common.Fxml;
import dev.computedesk.domain.text.Messages;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.Supplier;

/** Opens the size table over a form, modal to it, and closes it once a size is chosen or the table cancelled. */
final class SizeTableWindow {

    private SizeTableWindow() {
    }

    /** Makes {@code button} ("Browse sizes…") open the table {@code table} supplies, over the button's window. */
    static void openFrom(Button button, Supplier<SizeTableViewModel> table) {
        button.setOnAction(event -> open(button.getScene().getWindow(), table.get()));
    }

    private static void open(Window owner, SizeTableViewModel viewModel) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        Scene scene = new Scene(Fxml.load("compute/create/SizeTable.fxml", new SizeTableView(viewModel)));
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.setTitle(Messages.get("compute.sizeTable.title"));
        viewModel.closedProperty().addListener((obs, old, closed) -> {
            if (closed) {
                stage.close();
            }
        });
        stage.show();
    }
}
