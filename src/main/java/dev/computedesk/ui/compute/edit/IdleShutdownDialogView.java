package dev.computedesk.ui.compute.edit;

import dev.computedesk.ui.common.form.FormBinder;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

import java.util.Objects;

/** Controller of {@code compute/edit/IdleShutdownDialog.fxml}. */
public final class IdleShutdownDialogView extends EditDialogView {
    private final IdleShutdownViewModel viewModel;

    @FXML private TextField idleShutdownField;
    @FXML private Label idleShutdownError;
    @FXML private Label previewLabel;
    @FXML private Label noOffLabel;

    public IdleShutdownDialogView(IdleShutdownViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel);
    }

    @FXML
    private void initialize() {
        bindCommon(viewModel, viewModel.currentText());
        FormBinder.field(idleShutdownField, idleShutdownError, viewModel.idleShutdown());
        previewLabel.setText(IdleShutdownViewModel.previewNote());
        noOffLabel.setText(IdleShutdownViewModel.noOffNote());
    }
}
