package dev.computedesk.ui.compute.edit;

import dev.computedesk.ui.common.form.FormBinder;
import dev.computedesk.domain.text.Messages;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import java.util.Objects;

/** Controller of {@code compute/edit/ScaleDialog.fxml}. */
public final class ScaleDialogView extends EditDialogView {
    private final ScaleViewModel viewModel;

    @FXML private Label sizeLabel;
    @FXML private TextField minNodesField;
    @FXML private Label minNodesError;
    @FXML private TextField maxNodesField;
    @FXML private Label maxNodesError;
    @FXML private TextField idleSecondsField;
    @FXML private Label idleSecondsError;
    @FXML private Label quotaLabel;
    @FXML private VBox quotaBars;
    @FXML private Label costLabel;

    public ScaleDialogView(ScaleViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel);
    }

    @FXML
    private void initialize() {
        bindCommon(viewModel, viewModel.currentText());
        sizeLabel.setText(Messages.get("compute.scaleDialog.size", viewModel.vmSizeName()));
        FormBinder.field(minNodesField, minNodesError, viewModel.minNodes());
        FormBinder.field(maxNodesField, maxNodesError, viewModel.maxNodes());
        FormBinder.field(idleSecondsField, idleSecondsError, viewModel.idleSeconds());
        FormBinder.message(quotaLabel, viewModel.quotaAndCost().quotaTextProperty());
        FormBinder.severity(quotaLabel, viewModel.quotaAndCost().quotaSeverityProperty());
        FormBinder.quotaBars(quotaBars, viewModel.quotaAndCost().bars(),
                Messages.get("compute.scaleDialog.atNewMinimum"));
        FormBinder.message(costLabel, viewModel.quotaAndCost().costTextProperty());
    }
}
