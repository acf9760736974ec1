package dev.computedesk.ui.compute.edit;

import dev.computedesk.ui.common.form.FormBinder;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

import java.util.Objects;

/** Controller of {@code compute/edit/AgentCountDialog.fxml}. */
public final class AgentCountDialogView extends EditDialogView {
    private final AgentCountViewModel viewModel;

    @FXML private TextField agentCountField;
    @FXML private Label agentCountError;

    public AgentCountDialogView(AgentCountViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel);
    }

    @FXML
    private void initialize() {
        bindCommon(viewModel, viewModel.currentText());
        FormBinder.field(agentCountField, agentCountError, viewModel.agentCount());
    }
}
