package dev.computedesk.ui.compute.edit;

import dev.computedesk.ui.common.form.FormBinder;
import dev.computedesk.ui.common.form.IdentityChoice;
import dev.computedesk.ui.common.form.IdentitySection;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import java.util.Objects;

/** Controller of {@code compute/edit/IdentityDialog.fxml}. */
public final class IdentityDialogView extends EditDialogView {
    private final IdentityViewModel viewModel;

    @FXML private ComboBox<String> identityTypeCombo;
    @FXML private VBox userIdentityBox;
    @FXML private TextField identitySearchField;
    @FXML private ListView<IdentityChoice> userIdentityList;
    @FXML private Label identityError;

    public IdentityDialogView(IdentityViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel);
    }

    @FXML
    private void initialize() {
        bindCommon(viewModel, viewModel.currentText());
        IdentitySection identity = viewModel.identity();
        FormBinder.combo(identityTypeCombo, identity.types(), identity.typeProperty());
        FormBinder.identityChoices(userIdentityList, identitySearchField, identity);
        FormBinder.shownWhen(userIdentityBox, identity.typeProperty().isEqualTo(IdentitySection.USER));
        FormBinder.message(identityError, identity.messageProperty());
    }
}
