package dev.computedesk.ui.compute.create;

import dev.computedesk.azure.model.UserAssignedIdentity;
import dev.computedesk.ui.common.ComputeFormKind;
import dev.computedesk.ui.common.LinkOpener;
import dev.computedesk.ui.common.form.AttachTarget;
import dev.computedesk.ui.common.form.EmptyListHintBox;
import dev.computedesk.ui.common.form.FormBinder;
import dev.computedesk.ui.common.form.IdentitySection;
import dev.computedesk.domain.text.Messages;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import java.util.List;

/** Binds {@code AttachForm.fxml} to an {@link AttachFormViewModel}; shows the fields of its compute type only. */
public final class AttachFormView extends ComputeFormView {
    private final AttachFormViewModel viewModel;
    private final LinkOpener links;

    @FXML private VBox settingsStep;
    @FXML private VBox reviewStep;
    @FXML private TextField computeNameField;
    @FXML private Label computeNameError;
    @FXML private Label pickerLabel;
    @FXML private ComboBox<AttachTarget> targetCombo;
    @FXML private TextField resourceIdField;
    @FXML private Label resourceIdError;
    @FXML private Label factsLabel;
    @FXML private EmptyListHintBox targetsHint;
    @FXML private Label resourceIdNote;
    @FXML private Label kindNote;
    @FXML private VBox kubernetesBox;
    @FXML private TextField namespaceField;
    @FXML private ComboBox<String> identityTypeCombo;
    @FXML private ComboBox<UserAssignedIdentity> userIdentityCombo;
    @FXML private Label identityError;
    @FXML private VBox sshBox;
    @FXML private TextField usernameField;
    @FXML private Label usernameError;
    @FXML private ComboBox<AttachFormViewModel.Auth> authCombo;
    @FXML private VBox passwordBox;
    @FXML private PasswordField passwordField;
    @FXML private Label passwordError;
    @FXML private VBox privateKeyBox;
    @FXML private TextArea privateKeyField;
    @FXML private Label privateKeyError;
    @FXML private TextField sshPortField;
    @FXML private Label sshPortError;
    @FXML private VBox databricksBox;
    @FXML private PasswordField tokenField;
    @FXML private Label tokenError;

    /** @param links opens the empty picker's "create one" link in the system browser */
    public AttachFormView(AttachFormViewModel viewModel, LinkOpener links) {
        super(viewModel);
        this.viewModel = viewModel;
        this.links = links;
    }

    @FXML
    private void initialize() {
        bindCommon();
        FormBinder.steps(List.of(settingsStep, reviewStep), viewModel.stepProperty());
        FormBinder.field(computeNameField, computeNameError, viewModel.name());
        ComputeFormKind kind = viewModel.kind();
        pickerLabel.setText(Messages.get("compute.attachForm.picker", kind.title()));
        resourceIdField.setPromptText(Messages.get("compute.attachForm.resourceIdPrompt", viewModel.resourceTypes()));
        FormBinder.combo(targetCombo, viewModel.targets(), viewModel.targetProperty());
        FormBinder.field(resourceIdField, resourceIdError, viewModel.resourceId());
        FormBinder.message(factsLabel, viewModel.factsProperty());
        targetsHint.bind(viewModel.targetsHint(), links);
        FormBinder.message(resourceIdNote, viewModel.otherSubscriptionNoteProperty());
        FormBinder.message(kindNote, new ReadOnlyStringWrapper(viewModel.kindNote()));
        show(kubernetesBox, kind == ComputeFormKind.KUBERNETES);
        show(sshBox, viewModel.usesSsh());
        show(databricksBox, kind == ComputeFormKind.DATABRICKS);
        FormBinder.field(namespaceField, null, viewModel.namespace());
        FormBinder.combo(identityTypeCombo, viewModel.identity().types(), viewModel.identity().typeProperty());
        userIdentityCombo.setItems(viewModel.identity().available());
        FormBinder.labelled(userIdentityCombo, identity -> identity.name() + " (" + identity.resourceGroup() + ")");
        userIdentityCombo.valueProperty().addListener((obs, old, identity) -> viewModel.identity().selected()
                .setAll(identity == null ? List.of() : List.of(identity)));
        FormBinder.shownWhen(userIdentityCombo, viewModel.identity().typeProperty().isEqualTo(IdentitySection.USER));
        FormBinder.message(identityError, viewModel.identity().messageProperty());
        FormBinder.field(usernameField, usernameError, viewModel.username());
        FormBinder.combo(authCombo, viewModel.authModes(), viewModel.authProperty());
        FormBinder.labelled(authCombo, AttachFormViewModel.Auth::label);
        FormBinder.shownWhen(passwordBox, viewModel.authProperty().isEqualTo(AttachFormViewModel.Auth.PASSWORD));
        FormBinder.shownWhen(privateKeyBox,
                viewModel.authProperty().isEqualTo(AttachFormViewModel.Auth.PRIVATE_KEY));
        FormBinder.field(passwordField, passwordError, viewModel.password());
        FormBinder.field(privateKeyField, privateKeyError, viewModel.privateKey());
        FormBinder.field(sshPortField, sshPortError, viewModel.sshPort());
        FormBinder.field(tokenField, tokenError, viewModel.token());
    }

    private static void show(VBox box, boolean shown) {
        box.setVisible(shown);
        box.setManaged(shown);
    }
}
