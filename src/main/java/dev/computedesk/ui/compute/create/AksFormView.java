package dev.computedesk.ui.compute.create;

import dev.computedesk.azure.model.AksClusterSummary;
import dev.computedesk.azure.model.VirtualMachineSize;
import dev.computedesk.domain.compute.ClusterPurpose;
import dev.computedesk.ui.common.LinkOpener;
import dev.computedesk.ui.common.form.EmptyListHintBox;
import dev.computedesk.ui.common.form.FormBinder;
import dev.computedesk.domain.text.Messages;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import java.util.List;

/** Binds {@code AksForm.fxml} to an {@link AksFormViewModel}. */
public final class AksFormView extends ComputeFormView {
    private final AksFormViewModel viewModel;

    @FXML private VBox settingsStep;
    @FXML private VBox reviewStep;
    @FXML private TextField computeNameField;
    @FXML private Label computeNameError;
    @FXML private ComboBox<AksFormViewModel.Mode> aksModeCombo;
    @FXML private VBox createBox;
    @FXML private Label regionLabel;
    @FXML private ComboBox<VirtualMachineSize> vmSizeCombo;
    @FXML private Button browseSizesButton;
    @FXML private ComboBox<ClusterPurpose> clusterPurposeCombo;
    @FXML private TextField agentCountField;
    @FXML private Label agentCountError;
    @FXML private Label costLabel;
    @FXML private ComboBox<AksFormViewModel.Network> networkCombo;
    @FXML private VBox advancedNetworkBox;
    @FXML private ComboBox<SubnetChoice> subnetCombo;
    @FXML private Label subnetError;
    @FXML private TextField serviceCidrField;
    @FXML private Label serviceCidrError;
    @FXML private TextField dnsServiceIpField;
    @FXML private Label dnsServiceIpError;
    @FXML private TextField dockerBridgeField;
    @FXML private Label dockerBridgeError;
    @FXML private VBox existingBox;
    @FXML private EmptyListHintBox clustersHint;
    private final LinkOpener links;
    @FXML private ComboBox<AksClusterSummary> clusterCombo;
    @FXML private TextField resourceIdField;
    @FXML private Label resourceIdError;
    @FXML private ComboBox<ClusterPurpose> existingPurposeCombo;
    @FXML private ComboBox<AksFormViewModel.Ssl> sslCombo;
    @FXML private VBox sslMicrosoftBox;
    @FXML private TextField leafDomainField;
    @FXML private Label leafDomainError;
    @FXML private CheckBox overwriteDomainCheck;
    @FXML private VBox sslCustomBox;
    @FXML private TextArea certificateArea;
    @FXML private Label certificateError;
    @FXML private TextArea certificateKeyArea;
    @FXML private Label certificateKeyError;
    @FXML private TextField cnameField;
    @FXML private Label cnameError;

    /** @param links opens the empty cluster list's "create one" link in the system browser */
    public AksFormView(AksFormViewModel viewModel, LinkOpener links) {
        super(viewModel);
        this.viewModel = viewModel;
        this.links = links;
    }

    @FXML
    private void initialize() {
        bindCommon();
        FormBinder.steps(List.of(settingsStep, reviewStep), viewModel.stepProperty());
        FormBinder.field(computeNameField, computeNameError, viewModel.name());
        FormBinder.combo(aksModeCombo, viewModel.modes(), viewModel.modeProperty());
        FormBinder.labelled(aksModeCombo, AksFormViewModel.Mode::label);
        FormBinder.shownWhen(createBox, viewModel.creatingProperty());
        FormBinder.shownWhen(existingBox, viewModel.creatingProperty().not());
        clustersHint.bind(viewModel.clustersHint(), links);
        regionLabel.setText(Messages.get("compute.aksForm.region", viewModel.region()));
        FormBinder.combo(vmSizeCombo, viewModel.sizes(), viewModel.vmSizeProperty());
        FormBinder.labelled(vmSizeCombo, Capacity::describe);
        SizeTableWindow.openFrom(browseSizesButton, viewModel::sizeTable);
        FormBinder.combo(clusterPurposeCombo, viewModel.purposes(), viewModel.purposeProperty());
        FormBinder.labelled(clusterPurposeCombo, AksFormViewModel::purposeLabel);
        FormBinder.combo(existingPurposeCombo, viewModel.purposes(), viewModel.purposeProperty());
        FormBinder.labelled(existingPurposeCombo, AksFormViewModel::purposeLabel);
        FormBinder.field(agentCountField, agentCountError, viewModel.agentCount());
        FormBinder.message(costLabel, viewModel.costTextProperty());
        FormBinder.combo(networkCombo, viewModel.networks(), viewModel.networkProperty());
        FormBinder.labelled(networkCombo, AksFormViewModel.Network::label);
        FormBinder.shownWhen(advancedNetworkBox,
                viewModel.networkProperty().isEqualTo(AksFormViewModel.Network.ADVANCED));
        FormBinder.combo(subnetCombo, viewModel.subnets(), viewModel.subnetProperty());
        FormBinder.message(subnetError, viewModel.subnetCheck().shownMessageProperty());
        FormBinder.field(serviceCidrField, serviceCidrError, viewModel.serviceCidr());
        FormBinder.field(dnsServiceIpField, dnsServiceIpError, viewModel.dnsServiceIp());
        FormBinder.field(dockerBridgeField, dockerBridgeError, viewModel.dockerBridgeCidr());
        FormBinder.combo(clusterCombo, viewModel.clusters(), viewModel.clusterProperty());
        FormBinder.labelled(clusterCombo, cluster -> cluster.name() + " (" + cluster.resourceGroup() + ", "
                + cluster.location() + ")");
        FormBinder.field(resourceIdField, resourceIdError, viewModel.resourceId());
        FormBinder.combo(sslCombo, viewModel.sslModes(), viewModel.sslProperty());
        FormBinder.labelled(sslCombo, AksFormViewModel.Ssl::label);
        FormBinder.shownWhen(sslMicrosoftBox, viewModel.sslProperty().isEqualTo(AksFormViewModel.Ssl.MICROSOFT));
        FormBinder.shownWhen(sslCustomBox, viewModel.sslProperty().isEqualTo(AksFormViewModel.Ssl.CUSTOM));
        FormBinder.field(leafDomainField, leafDomainError, viewModel.leafDomainLabel());
        overwriteDomainCheck.selectedProperty().bindBidirectional(viewModel.overwriteDomainProperty());
        FormBinder.field(certificateArea, certificateError, viewModel.certificate());
        FormBinder.field(certificateKeyArea, certificateKeyError, viewModel.certificateKey());
        FormBinder.field(cnameField, cnameError, viewModel.cname());
    }
}
