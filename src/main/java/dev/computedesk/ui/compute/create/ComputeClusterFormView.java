package dev.computedesk.ui.compute.create;

import dev.computedesk.azure.model.UserAssignedIdentity;
import dev.computedesk.azure.model.VirtualMachineSize;
import dev.computedesk.domain.quota.VmPriority;
import dev.computedesk.ui.common.form.FormBinder;
import dev.computedesk.ui.common.form.IdentitySection;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Map;

/** Binds {@code ComputeClusterForm.fxml} to a {@link ComputeClusterFormViewModel}. */
public final class ComputeClusterFormView extends ComputeFormView {
    private final ComputeClusterFormViewModel viewModel;

    @FXML private VBox machineStep;
    @FXML private VBox advancedStep;
    @FXML private VBox reviewStep;
    @FXML private ComboBox<String> locationCombo;
    @FXML private Label locationWarning;
    @FXML private ComboBox<String> vmTypeCombo;
    @FXML private ComboBox<VmPriority> vmTierCombo;
    @FXML private ComboBox<VirtualMachineSize> vmSizeCombo;
    @FXML private Button browseSizesButton;
    @FXML private Label quotaLabel;
    @FXML private VBox quotaBars;
    @FXML private Label quotaServiceError;
    @FXML private Label costLabel;
    @FXML private TextField computeNameField;
    @FXML private Label computeNameError;
    @FXML private TextField minNodesField;
    @FXML private Label minNodesError;
    @FXML private TextField maxNodesField;
    @FXML private Label maxNodesError;
    @FXML private Label quotaEcho;
    @FXML private TextField idleSecondsField;
    @FXML private Label idleSecondsError;
    /** "Enabled" of the three SSH access choices (its id is the contract's {@code #sshAccessCheck}). */
    @FXML private RadioButton sshAccessCheck;
    @FXML private RadioButton sshAccessDisabledRadio;
    @FXML private RadioButton sshAccessNotSpecifiedRadio;
    @FXML private VBox sshBox;
    @FXML private TextField usernameField;
    @FXML private Label usernameError;
    @FXML private ComboBox<SshSection.KeySource> sshKeySourceCombo;
    @FXML private Button generateKeyButton;
    @FXML private VBox keyBox;
    @FXML private TextArea sshPublicKeyArea;
    @FXML private Label sshPublicKeyError;
    @FXML private VBox passwordBox;
    @FXML private PasswordField passwordField;
    @FXML private Label passwordError;
    @FXML private ComboBox<SubnetChoice> subnetCombo;
    @FXML private CheckBox noPublicIpCheck;
    @FXML private Label networkError;
    @FXML private ComboBox<String> identityTypeCombo;
    @FXML private ListView<UserAssignedIdentity> userIdentityList;
    @FXML private Label identityError;

    public ComputeClusterFormView(ComputeClusterFormViewModel viewModel) {
        super(viewModel);
        this.viewModel = viewModel;
    }

    private void bindSshAccess() {
        Map<ClusterSshAccess, RadioButton> choices = Map.of(ClusterSshAccess.ENABLED, sshAccessCheck,
                ClusterSshAccess.DISABLED, sshAccessDisabledRadio, ClusterSshAccess.NOT_SPECIFIED,
                sshAccessNotSpecifiedRadio);
        ToggleGroup group = new ToggleGroup();
        choices.forEach((access, radio) -> {
            radio.setToggleGroup(group);
            radio.setUserData(access);
        });
        group.selectToggle(choices.get(viewModel.sshAccessProperty().get()));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.sshAccessProperty().set((ClusterSshAccess) now.getUserData());
            }
        });
        viewModel.sshAccessProperty().addListener((obs, old, now) -> group.selectToggle(choices.get(now)));
    }

    @FXML
    private void initialize() {
        bindCommon();
        FormBinder.steps(List.of(machineStep, advancedStep, reviewStep), viewModel.stepProperty());

        FormBinder.combo(locationCombo, viewModel.locations(), viewModel.locationProperty());
        FormBinder.message(locationWarning, viewModel.locationWarningProperty());
        FormBinder.combo(vmTypeCombo, viewModel.vmTypes(), viewModel.vmTypeProperty());
        FormBinder.combo(vmTierCombo, viewModel.tiers(), viewModel.tierProperty());
        FormBinder.labelled(vmTierCombo, ComputeClusterFormViewModel::tierLabel);
        FormBinder.combo(vmSizeCombo, viewModel.sizes(), viewModel.vmSizeProperty());
        FormBinder.labelled(vmSizeCombo, Capacity::describe);
        SizeTableWindow.openFrom(browseSizesButton, viewModel::sizeTable);
        FormBinder.message(quotaLabel, viewModel.quotaAndCost().quotaTextProperty());
        FormBinder.severity(quotaLabel, viewModel.quotaAndCost().quotaSeverityProperty());
        FormBinder.quotaBars(quotaBars, viewModel.quotaAndCost().bars());
        FormBinder.message(quotaServiceError, viewModel.quotaAndCost().serviceErrorProperty());
        FormBinder.message(costLabel, viewModel.quotaAndCost().costTextProperty());

        FormBinder.field(computeNameField, computeNameError, viewModel.name());
        FormBinder.field(minNodesField, minNodesError, viewModel.minNodes());
        FormBinder.field(maxNodesField, maxNodesError, viewModel.maxNodes());
        FormBinder.message(quotaEcho, viewModel.quotaAndCost().quotaTextProperty());
        FormBinder.severity(quotaEcho, viewModel.quotaAndCost().quotaSeverityProperty());
        FormBinder.field(idleSecondsField, idleSecondsError, viewModel.idleSeconds());

        bindSshAccess();
        FormBinder.shownWhen(sshBox, viewModel.ssh().enabledProperty());
        FormBinder.field(usernameField, usernameError, viewModel.ssh().adminUser());
        ObjectProperty<SshSection.KeySource> keySource = viewModel.ssh().keySourceProperty();
        FormBinder.combo(sshKeySourceCombo, viewModel.ssh().keySources(), keySource);
        FormBinder.labelled(sshKeySourceCombo, SshSection.KeySource::label);
        FormBinder.shownWhen(generateKeyButton, keySource.isEqualTo(SshSection.KeySource.GENERATE));
        generateKeyButton.disableProperty().bind(viewModel.ssh().generatingProperty());
        FormBinder.shownWhen(keyBox, keySource.isNotEqualTo(SshSection.KeySource.PASSWORD));
        FormBinder.shownWhen(passwordBox, keySource.isEqualTo(SshSection.KeySource.PASSWORD));
        FormBinder.field(sshPublicKeyArea, sshPublicKeyError, viewModel.ssh().publicKey());
        sshPublicKeyArea.editableProperty().bind(keySource.isEqualTo(SshSection.KeySource.EXISTING_KEY));
        FormBinder.field(passwordField, passwordError, viewModel.ssh().password());

        FormBinder.combo(subnetCombo, viewModel.subnets(), viewModel.subnetProperty());
        noPublicIpCheck.selectedProperty().bindBidirectional(viewModel.noPublicIpProperty());
        FormBinder.message(networkError, viewModel.networkCheck().shownMessageProperty());

        FormBinder.combo(identityTypeCombo, viewModel.identity().types(), viewModel.identity().typeProperty());
        userIdentityList.setItems(viewModel.identity().available());
        userIdentityList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        userIdentityList.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(UserAssignedIdentity item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name() + " (" + item.resourceGroup() + ")");
            }
        });
        userIdentityList.getSelectionModel().getSelectedItems().addListener(
                (ListChangeListener<UserAssignedIdentity>) change -> viewModel.identity().selected()
                        .setAll(List.copyOf(userIdentityList.getSelectionModel().getSelectedItems())));
        FormBinder.shownWhen(userIdentityList, viewModel.identity().typeProperty().isEqualTo(IdentitySection.USER));
        FormBinder.message(identityError, viewModel.identity().messageProperty());

    }

    @FXML
    private void generateKey() {
        viewModel.generateKey();
    }

    @FXML
    private void clearSubnet() {
        viewModel.subnetProperty().set(null);
    }
}
