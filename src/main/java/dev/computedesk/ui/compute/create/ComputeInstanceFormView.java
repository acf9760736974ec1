package dev.computedesk.ui.compute.create;

import dev.computedesk.azure.model.CustomService;
import dev.computedesk.azure.model.SshPublicKey;
import dev.computedesk.azure.model.UserAssignedIdentity;
import dev.computedesk.ui.common.TableColumns;
import dev.computedesk.ui.common.form.FormBinder;
import dev.computedesk.ui.common.form.IdentitySection;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.ui.common.form.Labels;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;

/** Binds {@code ComputeInstanceForm.fxml} to a {@link ComputeInstanceFormViewModel}. */
public final class ComputeInstanceFormView extends ComputeFormView {
    /** The schedule day boxes' texts: this prefix and the day's name in lower case ("…day.monday"). */
    private static final String DAY_KEY = "compute.computeInstanceForm.day.";

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
    @FXML private ComboBox<SshSection.KeySource> sshKeySourceCombo;
    @FXML private Button generateKeyButton;
    @FXML private TextArea sshPublicKeyArea;
    @FXML private Label sshPublicKeyError;
    @FXML private VBox sshPublicKeyBox;
    @FXML private VBox azureSshKeyBox;
    @FXML private ComboBox<SshPublicKey> azureSshKeyCombo;
    @FXML private Label azureSshKeyStatus;
    @FXML private Button retryAzureSshKeysButton;
    @FXML private Label azureSshKeyError;
    @FXML private Label sshLaterNote;
    @FXML private CheckBox ssoCheck;
    @FXML private Label ssoNote;
    @FXML private TableView<CustomService> customApplicationsTable;
    @FXML private TableColumn<CustomService, String> appNameColumn;
    @FXML private TableColumn<CustomService, String> appImageColumn;
    @FXML private TableColumn<CustomService, String> appPortsColumn;
    @FXML private TableColumn<CustomService, String> appDetailsColumn;
    @FXML private TableColumn<CustomService, String> appActionsColumn;
    @FXML private Button addCustomApplicationButton;
    @FXML private VBox customApplicationEditor;
    @FXML private ComboBox<CustomApplicationEditor.Preset> customApplicationPresetCombo;
    @FXML private TextField customApplicationNameField;
    @FXML private Label customApplicationNameError;
    @FXML private TextField customApplicationImageField;
    @FXML private Label customApplicationImageError;
    @FXML private TextField endpointNameField;
    @FXML private ComboBox<String> endpointProtocolCombo;
    @FXML private TextField targetPortField;
    @FXML private TextField publishedPortField;
    @FXML private Label targetPortError;
    @FXML private Label publishedPortError;
    @FXML private ListView<CustomService.Endpoint> endpointList;
    @FXML private Button removeEndpointButton;
    @FXML private Label endpointsError;
    @FXML private TextField variableNameField;
    @FXML private TextField variableValueField;
    @FXML private Label variableNameError;
    @FXML private ListView<CustomApplicationEditor.Variable> variableList;
    @FXML private Button removeVariableButton;
    @FXML private TextField hostPathField;
    @FXML private TextField containerPathField;
    @FXML private CheckBox readOnlyCheck;
    @FXML private Label hostPathError;
    @FXML private Label containerPathError;
    @FXML private ListView<CustomService.Volume> mountList;
    @FXML private Button removeMountButton;
    @FXML private Label customApplicationsError;
    @FXML private Label reviewOptionsLabel;
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
        scheduleActionCombo.setConverter(Labels.converter(action -> "Start".equals(action)
                ? Messages.get("compute.computeInstanceForm.scheduleStart")
                : Messages.get("compute.computeInstanceForm.scheduleStop")));
        scheduleActionCombo.valueProperty().bindBidirectional(viewModel.scheduleActionProperty());
        FormBinder.field(scheduleTimeField, scheduleTimeError, viewModel.scheduleTime());
        scheduleTimeZoneCombo.getItems().setAll(ComputeInstanceFormViewModel.TIME_ZONES);
        scheduleTimeZoneCombo.setEditable(true);
        scheduleTimeZoneCombo.valueProperty().bindBidirectional(viewModel.scheduleTimeZoneProperty());
        for (DayOfWeek day : DayOfWeek.values()) {
            CheckBox box = new CheckBox(Messages.get(DAY_KEY + day.name().toLowerCase(Locale.ROOT)));
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
        ObjectProperty<SshSection.KeySource> keySource = viewModel.ssh().keySourceProperty();
        FormBinder.combo(sshKeySourceCombo, viewModel.ssh().keySources(), keySource);
        FormBinder.labelled(sshKeySourceCombo, SshSection.KeySource::label);
        FormBinder.shownWhen(generateKeyButton, keySource.isEqualTo(SshSection.KeySource.GENERATE));
        generateKeyButton.disableProperty().bind(viewModel.ssh().generatingProperty());
        FormBinder.field(sshPublicKeyArea, sshPublicKeyError, viewModel.ssh().publicKey());
        sshPublicKeyArea.editableProperty().bind(keySource.isEqualTo(SshSection.KeySource.EXISTING_KEY));
        sshPublicKeyArea.promptTextProperty().bind(Bindings.when(keySource.isEqualTo(SshSection.KeySource.GENERATE))
                .then(Messages.get("compute.computeInstanceForm.sshPublicKeyArea.generatedPrompt")).otherwise(""));
        bindSshKeySources();
        bindSingleSignOn();
        bindCustomApplications();
        reviewOptionsLabel.textProperty().bind(viewModel.reviewOptionsProperty());
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

    private void bindSshKeySources() {
        SshSection ssh = viewModel.ssh();
        FormBinder.shownWhen(sshPublicKeyBox, ssh.keySourceProperty().isEqualTo(SshSection.KeySource.EXISTING_KEY)
                .or(ssh.keySourceProperty().isEqualTo(SshSection.KeySource.GENERATE)));
        FormBinder.shownWhen(azureSshKeyBox, ssh.keySourceProperty().isEqualTo(SshSection.KeySource.AZURE_KEY));
        FormBinder.shownWhen(sshLaterNote, ssh.keySourceProperty().isEqualTo(SshSection.KeySource.LATER));
        AzureSshKeyPicker azure = ssh.azureKeys();
        FormBinder.combo(azureSshKeyCombo, azure.keys(), azure.selectedProperty());
        FormBinder.labelled(azureSshKeyCombo, AzureSshKeyPicker::describe);
        azureSshKeyCombo.disableProperty().bind(azure.loadingProperty());
        FormBinder.message(azureSshKeyStatus, azure.statusProperty());
        FormBinder.shownWhen(retryAzureSshKeysButton, azure.failedProperty());
        FormBinder.message(azureSshKeyError, Bindings.when(azure.loadingProperty()).then("")
                .otherwise(azure.check().shownMessageProperty()));
    }

    private void bindSingleSignOn() {
        ssoCheck.selectedProperty().bindBidirectional(viewModel.ssoProperty());
        ssoCheck.disableProperty().bind(viewModel.assignToOtherProperty());
        FormBinder.shownWhen(ssoNote, viewModel.assignToOtherProperty());
    }

    private void bindCustomApplications() {
        CustomApplicationsSection section = viewModel.customApplications();
        CustomApplicationEditor editor = section.editor();
        customApplicationsTable.setItems(section.applications());
        TableColumns.text(appNameColumn, CustomService::name);
        TableColumns.text(appImageColumn, app -> app.image() == null ? "" : app.image().reference());
        TableColumns.text(appPortsColumn, CustomApplicationsSection::ports);
        TableColumns.text(appDetailsColumn, CustomApplicationsSection::details);
        appActionsColumn.setCellFactory(column -> new RowActions(section));
        addCustomApplicationButton.disableProperty().bind(section.editingProperty());
        FormBinder.shownWhen(customApplicationEditor, section.editingProperty());
        FormBinder.message(customApplicationsError, section.messageProperty());

        FormBinder.combo(customApplicationPresetCombo, editor.presets(), editor.presetProperty());
        FormBinder.labelled(customApplicationPresetCombo, CustomApplicationEditor.Preset::label);
        FormBinder.field(customApplicationNameField, customApplicationNameError, editor.name());
        FormBinder.field(customApplicationImageField, customApplicationImageError, editor.image());
        FormBinder.field(endpointNameField, null, editor.endpointName());
        FormBinder.combo(endpointProtocolCombo, editor.protocols(), editor.protocolProperty());
        FormBinder.field(targetPortField, targetPortError, editor.targetPort());
        FormBinder.field(publishedPortField, publishedPortError, editor.publishedPort());
        endpointList.setItems(editor.endpoints());
        endpointList.setCellFactory(list -> new TextCell<>(e -> (e.name() == null ? "" : e.name() + ": ")
                + e.target() + " \u2192 " + e.published() + " (" + e.protocol() + ")"));
        removeEndpointButton.disableProperty().bind(endpointList.getSelectionModel().selectedItemProperty().isNull());
        FormBinder.message(endpointsError, editor.endpointsCheck().shownMessageProperty());
        FormBinder.field(variableNameField, variableNameError, editor.variableName());
        FormBinder.field(variableValueField, null, editor.variableValue());
        variableList.setItems(editor.variables());
        removeVariableButton.disableProperty().bind(variableList.getSelectionModel().selectedItemProperty().isNull());
        FormBinder.field(hostPathField, hostPathError, editor.hostPath());
        FormBinder.field(containerPathField, containerPathError, editor.containerPath());
        readOnlyCheck.selectedProperty().bindBidirectional(editor.readOnlyProperty());
        mountList.setItems(editor.mounts());
        mountList.setCellFactory(list -> new TextCell<>(m -> m.source() + " \u2192 " + m.target()
                + (Boolean.TRUE.equals(m.readOnly()) ? Messages.get("compute.computeInstanceForm.mountReadOnly") : "")));
        removeMountButton.disableProperty().bind(mountList.getSelectionModel().selectedItemProperty().isNull());
    }

    /** A list cell showing {@code text} of its item. */
    private static final class TextCell<T> extends javafx.scene.control.ListCell<T> {
        private final java.util.function.Function<T, String> text;

        TextCell(java.util.function.Function<T, String> text) {
            this.text = text;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : text.apply(item));
        }
    }

    /** Edit and Remove on each custom application's row. */
    private static final class RowActions extends TableCell<CustomService, String> {
        private final HBox buttons = new HBox(6);

        RowActions(CustomApplicationsSection section) {
            Button edit = new Button(Messages.get("compute.computeInstanceForm.editApplication"));
            Button remove = new Button(Messages.get("compute.computeInstanceForm.removeApplication"));
            edit.getStyleClass().add("link-button");
            remove.getStyleClass().add("link-button");
            edit.setOnAction(event -> section.edit(getTableRow().getItem()));
            remove.setOnAction(event -> section.remove(getTableRow().getItem()));
            edit.disableProperty().bind(section.editingProperty());
            buttons.getChildren().addAll(edit, remove);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setGraphic(empty || getTableRow() == null || getTableRow().getItem() == null ? null : buttons);
        }
    }

    @FXML
    private void retryAzureSshKeys() {
        viewModel.ssh().retryAzureKeys();
    }

    @FXML
    private void addCustomApplication() {
        viewModel.customApplications().add();
    }

    @FXML
    private void saveCustomApplication() {
        viewModel.customApplications().save();
    }

    @FXML
    private void cancelCustomApplication() {
        viewModel.customApplications().cancel();
    }

    @FXML
    private void addEndpoint() {
        viewModel.customApplications().editor().addEndpoint();
    }

    @FXML
    private void removeEndpoint() {
        viewModel.customApplications().editor().removeEndpoint(endpointList.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void addVariable() {
        viewModel.customApplications().editor().addVariable();
    }

    @FXML
    private void removeVariable() {
        viewModel.customApplications().editor().removeVariable(variableList.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void addMount() {
        viewModel.customApplications().editor().addMount();
    }

    @FXML
    private void removeMount() {
        viewModel.customApplications().editor().removeMount(mountList.getSelectionModel().getSelectedItem());
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
