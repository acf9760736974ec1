package dev.computedesk.ui.compute.edit;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.Objects;

/** Controller of {@code compute/edit/SchedulesDialog.fxml}: the schedules in words, read only. */
public final class SchedulesDialogView {
    private final SchedulesViewModel viewModel;

    @FXML private VBox scheduleLines;
    @FXML private Label whyLabel;
    @FXML private Hyperlink studioLink;
    @FXML private Button cancelButton;

    public SchedulesDialogView(SchedulesViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel);
    }

    @FXML
    private void initialize() {
        for (String line : viewModel.lines()) {
            Label label = new Label(line);
            label.setWrapText(true);
            scheduleLines.getChildren().add(label);
        }
        if (viewModel.lines().isEmpty()) {
            Label none = new Label(viewModel.emptyText());
            none.getStyleClass().add("muted");
            scheduleLines.getChildren().add(none);
        }
        whyLabel.setText(SchedulesViewModel.whyReadOnly());
        studioLink.setOnAction(event -> viewModel.openStudio());
        cancelButton.setOnAction(event -> viewModel.close());
    }
}
