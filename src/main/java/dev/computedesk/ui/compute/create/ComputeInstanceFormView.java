package dev.computedesk.ui.compute.create;

import dev.computedesk.azure.model.UserAssignedIdentity;
import dev.computedesk.ui.common.form.FormBinder;
import dev.computedesk.ui.common.form.IdentitySection;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** Binds {@code ComputeInstanceForm.fxml} to a {@link ComputeInstanceFormViewModel}. */
public final class ComputeInstanceFormView extends ComputeFormView {
    private final ComputeInstanceFormViewModel viewModel;

    @FXML private VBox requiredStep;
    @FXML private VBox schedulingStep;
    @FXML private VBox securityStep;
    @FXML private VBox applicationsStep;
    @FXML private VBox tagsStep;
    @FXML private VBox reviewStep;
    @FXML private TextField computeNameField;
    @FXML private Label computeNameError;
    @FXML private ComboBox<String> vmTypeCombo;
    @FXML private ComboBox<dev.computedesk.azure.model.VirtualMachineSize> vmSizeCombo;
    @FXML private Button browseSizesButton;
    @FXML private Label quotaLabel;
    @FXML private VBox quotaBars;
    @FXML private Label quotaServiceError;
    @FXML private Label costLabel;
    @FXML private CheckBox idleShutdownCheck;
    @FXML private TextField idleShutdownField;
    @FXML private Label idleMinutesError;
    @FXML private ComboBox<String> scheduleActionCombo;
    @FXML private TextField scheduleTimeField;
    @FXML private ComboBox<String> scheduleTimeZoneCombo;
    @FXML private HBox scheduleDaysBox;
    @FXML private Label scheduleTimeError;
    @FXML private Button addScheduleButton;
    @FXML private ListView<Schedule> scheduleList;
    @FXML private Button removeScheduleButton;
    @FXML private CheckBox assignCheck;
    @FXML private VBox assignBox;
    @FXML private TextField assigneeObjectIdField;
    @FXML private Label assigneeObjectIdError;
    @FXML private TextField assigneeTenantIdField;
    @FXML private Label assigneeTenantIdError;
    @FXML private ComboBox<String> identityTypeCombo;
    @FXML private ComboBox<UserAssignedIdentity> userIdentityCombo;
    @FXML private Label identityError;
    @FXML private CheckBox sshAccessCheck;
    @FXML private VBox sshBox;
    @FXML private ComboBox<String> sshKeySourceCombo;
    @FXML private Button generateKeyButton;
    @FXML private TextArea sshPublicKeyArea;
    @FXML private Label sshPublicKeyError;
    @FXML private ComboBox<SubnetChoice> subnetCombo;
    @FXML private CheckBox noPublicIpCheck;
    @FXML private Label networkError;
    @FXML private TextField creationScriptField;
    @FXML private TextField creationScriptArgsField;
    @FXML private TextField startupScriptField;
    @FXML private TextField startupScriptArgsField;
    @FXML private TextField tagKeyField;
    @FXML private TextField tagValueField;
    @FXML private ListView<Tag> tagList;

    public ComputeInstanceFormView(ComputeInstanceFormViewModel viewModel) {
        super(viewModel);
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        bindCommon();
        FormBinder.steps(List.of(requiredStep, schedulingStep, securityStep, applicationsStep, tagsStep, reviewStep),
                viewModel.stepProperty());

        FormBinder.field(computeNameField, computeNameError, viewModel.name());
        FormBinder.combo(vmTypeCombo, viewModel.vmTypes(), viewModel.vmTypeProperty());
        FormBinder.combo(vmSizeCombo, viewModel.sizes(), viewModel.vmSizeProperty());
        FormBinder.labelled(vmSizeCombo, Capacity::describe);
        SizeTableWindow.openFrom(browseSizesButton, viewModel::sizeTable);
        FormBinder.message(quotaLabel, viewModel.quotaAndCost().quotaTextProperty());
        FormBinder.severity(quotaLabel, viewModel.quotaAndCost().quotaSeverityProperty());
        FormBinder.quotaBars(quotaBars, viewModel.quotaAndCost().bars());
        FormBinder.message(quotaServiceError, viewModel.quotaAndCost().serviceErrorProperty());
        FormBinder.message(costLabel, viewModel.quotaAndCost().costTextProperty());

        idleShutdownCheck.selectedProperty().bindBidirectional(viewModel.idleShutdownProperty());
        idleShutdownField.disableProperty().bind(viewModel.idleShutdownProperty().not());
        FormBinder.field(idleShutdownField, idleMinutesError, viewModel.idleMinutes());
        scheduleActionCombo.getItems().setAll("Start", "Stop");
        scheduleActionCombo.valueProperty().bindBidirectional(viewModel.scheduleActionProperty());
        FormBinder.field(scheduleTimeField, scheduleTimeError, viewModel.scheduleTime());
        scheduleTimeZoneCombo.getItems().setAll(ComputeInstanceFormViewModel.TIME_ZONES);
        scheduleTimeZoneCombo.setEditable(true);
        scheduleTimeZoneCombo.valueProperty().bindBidirectional(viewModel.scheduleTimeZoneProperty());
        for (DayOfWeek day : DayOfWeek.values()) {
            CheckBox box = new CheckBox(day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            box.selectedProperty().bindBidirectional(viewModel.scheduleDay(day));
            scheduleDaysBox.getChildren().add(box);
        }
        addScheduleButton.disableProperty().bind(viewModel.canAddScheduleProperty().not());
        scheduleList.setItems(viewModel.schedules());
        removeScheduleButton.disableProperty().bind(scheduleList.getSelectionModel().selectedItemProperty().isNull());

        assignCheck.selectedProperty().bindBidirectional(viewModel.assignToOtherProperty());
        FormBinder.shownWhen(assignBox, viewModel.assignToOtherProperty());
        FormBinder.field(assigneeObjectIdField, assigneeObjectIdError, viewModel.assigneeObjectId());
        FormBinder.field(assigneeTenantIdField, assigneeTenantIdError, viewModel.assigneeTenantId());
        FormBinder.combo(identityTypeCombo, viewModel.identity().types(), viewModel.identity().typeProperty());
        userIdentityCombo.setItems(viewModel.identity().available());
        FormBinder.labelled(userIdentityCombo, identity -> identity.name() + " (" + identity.resourceGroup() + ")");
        userIdentityCombo.valueProperty().addListener((obs, old, identity) -> viewModel.identity().selected()
                .setAll(identity == null ? List.of() : List.of(identity)));
        FormBinder.shownWhen(userIdentityCombo, viewModel.identity().typeProperty().isEqualTo(IdentitySection.USER));
        FormBinder.message(identityError, viewModel.identity().messageProperty());

        sshAccessCheck.selectedProperty().bindBidirectional(viewModel.ssh().enabledProperty());
        FormBinder.shownWhen(sshBox, viewModel.ssh().enabledProperty());
        FormBinder.combo(sshKeySourceCombo, viewModel.ssh().keySources(), viewModel.ssh().keySourceProperty());
        FormBinder.shownWhen(generateKeyButton, viewModel.ssh().keySourceProperty().isEqualTo(SshSection.GENERATE));
        generateKeyButton.disableProperty().bind(viewModel.ssh().generatingProperty());
        FormBinder.field(sshPublicKeyArea, sshPublicKeyError, viewModel.ssh().publicKey());
        sshPublicKeyArea.editableProperty().bind(viewModel.ssh().keySourceProperty().isEqualTo(SshSection.EXISTING_KEY));
        FormBinder.combo(subnetCombo, viewModel.subnets(), viewModel.subnetProperty());
        noPublicIpCheck.selectedProperty().bindBidirectional(viewModel.noPublicIpProperty());
        FormBinder.message(networkError, viewModel.networkCheck().shownMessageProperty());

        FormBinder.field(creationScriptField, null, viewModel.creationScript());
        FormBinder.field(creationScriptArgsField, null, viewModel.creationScriptArgs());
        FormBinder.field(startupScriptField, null, viewModel.startupScript());
        FormBinder.field(startupScriptArgsField, null, viewModel.startupScriptArgs());
        FormBinder.field(tagKeyField, null, viewModel.tagKey());
        FormBinder.field(tagValueField, null, viewModel.tagValue());
        tagList.setItems(viewModel.tags());

    }

    @FXML
    private void addSchedule() {
        viewModel.addSchedule();
    }

    @FXML
    private void removeSchedule() {
        viewModel.removeSchedule(scheduleList.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void addTag() {
        viewModel.addTag();
    }

    @FXML
    private void removeTag() {
        viewModel.removeTag(tagList.getSelectionModel().getSelectedItem());
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
