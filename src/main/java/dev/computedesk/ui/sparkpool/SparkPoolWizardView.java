package dev.computedesk.ui.sparkpool;

import dev.computedesk.azure.model.ArmId;
import dev.computedesk.azure.model.BigDataPool;
import dev.computedesk.azure.model.Subscription;
import dev.computedesk.azure.model.SynapseWorkspace;
import dev.computedesk.ui.common.ErrorBanner;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.Objects;

/** Controller of {@code sparkpool/SparkPoolWizard.fxml}: binds the form to a {@link SparkPoolWizardViewModel}. */
public final class SparkPoolWizardView {
    private final SparkPoolWizardViewModel viewModel;
    private final Runnable close;

    @FXML private ErrorBanner errorBanner;
    @FXML private TextField computeNameField;
    @FXML private Label computeNameError;
    @FXML private ComboBox<Subscription> subscriptionCombo;
    @FXML private ComboBox<SynapseWorkspace> synapseWorkspaceCombo;
    @FXML private Label synapseWorkspaceNote;
    @FXML private ComboBox<BigDataPool> sparkPoolCombo;
    @FXML private Label sparkPoolNote;
    @FXML private GridPane poolPropertiesPane;
    @FXML private Label poolNodeSizeLabel;
    @FXML private Label poolNodesLabel;
    @FXML private Label poolSparkVersionLabel;
    @FXML private Label poolAutoPauseLabel;
    @FXML private Label poolStateLabel;
    @FXML private Label poolLocationLabel;
    @FXML private CheckBox identityToggle;
    @FXML private VBox identityBox;
    @FXML private ComboBox<IdentityKind> identityTypeCombo;
    @FXML private VBox userIdentityBox;
    @FXML private TextField identitySearchField;
    @FXML private ListView<IdentityChoice> userIdentityList;
    @FXML private Label identityError;
    @FXML private javafx.scene.control.ScrollPane formScroll;
    @FXML private VBox formFields;
    @FXML private VBox postStepPane;
    @FXML private Label postStepLabel;
    @FXML private TextField principalIdField;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Button createButton;
    @FXML private Button checkNameAgainButton;
    @FXML private Button cancelButton;

    /** @param close closes the wizard's window */
    public SparkPoolWizardView(SparkPoolWizardViewModel viewModel, Runnable close) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.close = Objects.requireNonNull(close);
    }

    @FXML
    private void initialize() {
        errorBanner.errorProperty().bind(viewModel.errorProperty());
        errorBanner.setOnRetry(viewModel::retry);

        computeNameField.textProperty().bindBidirectional(viewModel.computeNameProperty());
        computeNameField.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                viewModel.computeNameTouchedProperty().set(true);
            }
        });
        showWhenText(computeNameError, viewModel.computeNameMessageProperty());
        checkNameAgainButton.visibleProperty().bind(viewModel.canCheckNameAgainProperty());
        checkNameAgainButton.managedProperty().bind(checkNameAgainButton.visibleProperty());

        subscriptionCombo.setItems(viewModel.subscriptions());
        subscriptionCombo.setConverter(Cells.converter(s -> s.displayName() + " (" + s.subscriptionId() + ")"));
        subscriptionCombo.valueProperty().bindBidirectional(viewModel.subscriptionProperty());
        synapseWorkspaceCombo.setItems(viewModel.synapseWorkspaces());
        synapseWorkspaceCombo.setConverter(Cells.converter(w -> w.name() + " (" + ArmId.parse(w.id()).resourceGroup() + ")"));
        synapseWorkspaceCombo.valueProperty().bindBidirectional(viewModel.synapseWorkspaceProperty());
        showWhenText(synapseWorkspaceNote, viewModel.synapseWorkspaceNoteProperty());
        sparkPoolCombo.setItems(viewModel.pools());
        sparkPoolCombo.setConverter(Cells.converter(BigDataPool::name));
        sparkPoolCombo.valueProperty().bindBidirectional(viewModel.poolProperty());
        showWhenText(sparkPoolNote, viewModel.poolNoteProperty());

        poolPropertiesPane.visibleProperty().bind(viewModel.poolProperty().isNotNull());
        poolPropertiesPane.managedProperty().bind(poolPropertiesPane.visibleProperty());
        poolNodeSizeLabel.textProperty().bind(viewModel.poolFact(SparkPools::nodeSize));
        poolNodesLabel.textProperty().bind(viewModel.poolFact(SparkPools::nodes));
        poolSparkVersionLabel.textProperty().bind(viewModel.poolFact(SparkPools::sparkVersion));
        poolAutoPauseLabel.textProperty().bind(viewModel.poolFact(SparkPools::autoPause));
        poolStateLabel.textProperty().bind(viewModel.poolFact(SparkPools::state));
        poolLocationLabel.textProperty().bind(viewModel.poolFact(BigDataPool::location));

        identityToggle.selectedProperty().bindBidirectional(viewModel.identityEnabledProperty());
        identityBox.visibleProperty().bind(viewModel.identityEnabledProperty());
        identityBox.managedProperty().bind(identityBox.visibleProperty());
        identityTypeCombo.getItems().setAll(IdentityKind.values());
        identityTypeCombo.valueProperty().bindBidirectional(viewModel.identityKindProperty());
        userIdentityBox.visibleProperty().bind(viewModel.identityKindProperty().isEqualTo(IdentityKind.USER_ASSIGNED));
        userIdentityBox.managedProperty().bind(userIdentityBox.visibleProperty());
        identitySearchField.textProperty().bindBidirectional(viewModel.identitySearchProperty());
        userIdentityList.setItems(viewModel.visibleIdentities());
        userIdentityList.setCellFactory(CheckBoxListCell.forListView(IdentityChoice::selectedProperty,
                Cells.converter(IdentityChoice::label)));
        showWhenText(identityError, viewModel.identityMessageProperty());

        postStepPane.visibleProperty().bind(viewModel.attachedProperty().isNotNull());
        postStepPane.managedProperty().bind(postStepPane.visibleProperty());
        viewModel.attachedProperty().addListener((obs, old, done) -> formScroll.setVvalue(0));
        postStepLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.attachedProperty().get() == null
                ? "" : SparkPoolWizardViewModel.postStepText(viewModel.attachedProperty().get()),
                viewModel.attachedProperty()));
        principalIdField.textProperty().bind(Bindings.createStringBinding(() -> viewModel.attachedProperty().get() == null
                ? "" : viewModel.attachedProperty().get().principalId(), viewModel.attachedProperty()));

        busyIndicator.visibleProperty().bind(viewModel.loadingProperty().or(viewModel.runningProperty()));
        createButton.disableProperty().bind(viewModel.canCreateProperty().not());
        createButton.visibleProperty().bind(viewModel.attachedProperty().isNull());
        createButton.managedProperty().bind(createButton.visibleProperty());
        cancelButton.textProperty().bind(Bindings.when(viewModel.attachedProperty().isNull())
                .then("Cancel").otherwise("Close"));
        formFields.disableProperty().bind(viewModel.attachedProperty().isNotNull());
    }

    private static void showWhenText(Label label, javafx.beans.value.ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
    }

    @FXML
    private void checkNameAgain() {
        viewModel.checkNameAgain();
    }

    @FXML
    private void create() {
        viewModel.create();
    }

    @FXML
    private void cancel() {
        close.run();
    }

    @FXML
    private void copyPrincipalId() {
        viewModel.copyPrincipalId();
    }

    @FXML
    private void openSynapseStudio() {
        viewModel.openSynapseStudio();
    }
}
