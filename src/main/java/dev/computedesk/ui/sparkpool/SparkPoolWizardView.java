package dev.computedesk.ui.sparkpool;

import dev.computedesk.azure.model.BigDataPool;
import dev.computedesk.azure.model.Subscription;
import dev.computedesk.azure.model.SynapseWorkspace;
import dev.computedesk.ui.common.ErrorBanner;
import dev.computedesk.ui.common.form.FormBinder;
import dev.computedesk.ui.common.form.IdentityChoice;
import dev.computedesk.ui.common.form.IdentitySection;
import dev.computedesk.ui.common.LinkOpener;
import dev.computedesk.ui.common.form.EmptyListHintBox;
import dev.computedesk.ui.common.form.SparkPools;
import dev.computedesk.domain.text.Messages;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
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
    @FXML private Label synapseWorkspaceError;
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
    @FXML private ComboBox<String> identityTypeCombo;
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
    @FXML private EmptyListHintBox synapseWorkspacesHint;
    @FXML private EmptyListHintBox sparkPoolsHint;
    private final LinkOpener links;

    /**
     * @param close closes the wizard's window
     * @param links opens an empty list's "create one" link in the system browser
     */
    public SparkPoolWizardView(SparkPoolWizardViewModel viewModel, Runnable close, LinkOpener links) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.close = Objects.requireNonNull(close);
        this.links = Objects.requireNonNull(links);
    }

    @FXML
    private void initialize() {
        errorBanner.errorProperty().bind(viewModel.errorProperty());
        errorBanner.setOnRetry(viewModel::retry);

        FormBinder.field(computeNameField, computeNameError, viewModel.computeName());
        FormBinder.shownWhen(checkNameAgainButton, viewModel.canCheckNameAgainProperty());

        FormBinder.synapse(subscriptionCombo, synapseWorkspaceCombo, synapseWorkspaceError, synapseWorkspaceNote,
                viewModel.synapse(), viewModel.synapse().noteProperty(), synapseWorkspacesHint, links);
        sparkPoolCombo.setItems(viewModel.pools());
        sparkPoolsHint.bind(viewModel.poolsHint(), links);
        FormBinder.labelled(sparkPoolCombo, BigDataPool::name);
        sparkPoolCombo.valueProperty().bindBidirectional(viewModel.poolProperty());
        FormBinder.message(sparkPoolNote, viewModel.poolNoteProperty());

        FormBinder.shownWhen(poolPropertiesPane, viewModel.poolProperty().isNotNull());
        poolNodeSizeLabel.textProperty().bind(viewModel.poolFact(SparkPools::nodeSize));
        poolNodesLabel.textProperty().bind(viewModel.poolFact(SparkPools::nodes));
        poolSparkVersionLabel.textProperty().bind(viewModel.poolFact(SparkPools::sparkVersion));
        poolAutoPauseLabel.textProperty().bind(viewModel.poolFact(SparkPools::autoPause));
        poolStateLabel.textProperty().bind(viewModel.poolFact(SparkPools::state));
        poolLocationLabel.textProperty().bind(viewModel.poolFact(BigDataPool::location));

        IdentitySection identity = viewModel.identity();
        identityToggle.selectedProperty().bindBidirectional(viewModel.identityEnabledProperty());
        FormBinder.shownWhen(identityBox, viewModel.identityEnabledProperty());
        // The toggle stands for "none", so the type offers the two kinds of identity only.
        FormBinder.combo(identityTypeCombo, FXCollections.observableArrayList(IdentitySection.SYSTEM,
                IdentitySection.USER), identity.typeProperty());
        FormBinder.shownWhen(userIdentityBox, identity.typeProperty().isEqualTo(IdentitySection.USER));
        FormBinder.identityChoices(userIdentityList, identitySearchField, identity);
        FormBinder.message(identityError, identity.messageProperty());

        FormBinder.shownWhen(postStepPane, viewModel.attachedProperty().isNotNull());
        viewModel.attachedProperty().addListener((obs, old, done) -> formScroll.setVvalue(0));
        postStepLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.attachedProperty().get() == null
                ? "" : SparkPoolWizardViewModel.postStepText(viewModel.attachedProperty().get()),
                viewModel.attachedProperty()));
        principalIdField.textProperty().bind(Bindings.createStringBinding(() -> viewModel.attachedProperty().get() == null
                ? "" : viewModel.attachedProperty().get().principalId(), viewModel.attachedProperty()));

        busyIndicator.visibleProperty().bind(viewModel.loadingProperty().or(viewModel.runningProperty()));
        createButton.disableProperty().bind(viewModel.canCreateProperty().not());
        FormBinder.shownWhen(createButton, viewModel.attachedProperty().isNull());
        cancelButton.textProperty().bind(Bindings.when(viewModel.attachedProperty().isNull())
                .then(Messages.get("sparkpool.sparkPoolWizard.cancel"))
                .otherwise(Messages.get("sparkpool.sparkPoolWizard.close")));
        formFields.disableProperty().bind(viewModel.attachedProperty().isNotNull());
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
