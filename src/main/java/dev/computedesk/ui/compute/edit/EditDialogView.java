package dev.computedesk.ui.compute.edit;

import dev.computedesk.ui.common.ErrorBanner;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;

/**
 * What every edit dialog's controller binds the same way: the compute's current value, why the state does not allow
 * the edit, ARM's answer to a failed Save (with Retry when it may help), the progress while saving, Save and Cancel.
 * The fields are in each dialog's FXML under the same ids.
 */
abstract class EditDialogView {
    @FXML protected Label currentLabel;
    @FXML protected Pane formBox;
    @FXML protected Label blockedLabel;
    @FXML protected ErrorBanner errorBanner;
    @FXML protected HBox savingBox;
    @FXML protected Button saveButton;
    @FXML protected Button cancelButton;

    /** Binds the shared parts to {@code viewModel}; {@code current} is what the compute has now. */
    protected final void bindCommon(EditDialogViewModel viewModel, String current) {
        currentLabel.setText(current);
        blockedLabel.textProperty().bind(viewModel.blockedReasonProperty());
        blockedLabel.visibleProperty().bind(viewModel.blockedReasonProperty().isNotEmpty());
        blockedLabel.managedProperty().bind(blockedLabel.visibleProperty());
        errorBanner.errorProperty().bind(viewModel.errorProperty());
        errorBanner.setOnRetry(viewModel::save);
        savingBox.visibleProperty().bind(viewModel.savingProperty());
        formBox.disableProperty().bind(viewModel.savingProperty());
        saveButton.disableProperty().bind(viewModel.canSaveProperty().not());
        saveButton.setOnAction(event -> viewModel.save());
        cancelButton.setOnAction(event -> viewModel.cancel());
    }
}
