package dev.computedesk.ui.linkedservices;

import dev.computedesk.azure.model.Subscription;
import dev.computedesk.azure.model.SynapseWorkspace;
import dev.computedesk.ui.common.ErrorBanner;
import dev.computedesk.ui.common.LinkOpener;
import dev.computedesk.ui.common.form.EmptyListHintBox;
import dev.computedesk.ui.common.form.FormBinder;
import dev.computedesk.ui.linkedservices.AddIntegrationViewModel.Step;
import dev.computedesk.domain.text.Messages;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.Map;
import java.util.Objects;

/** Controller of {@code linkedservices/AddIntegration.fxml}: binds the wizard to an {@link AddIntegrationViewModel}. */
public final class AddIntegrationView {
    private static final javafx.css.PseudoClass CURRENT = javafx.css.PseudoClass.getPseudoClass("current");
    private static final javafx.css.PseudoClass EARLIER = javafx.css.PseudoClass.getPseudoClass("earlier");

    private final AddIntegrationViewModel viewModel;
    private final Runnable close;

    @FXML private Label linkStepLabel;
    @FXML private Label poolsStepLabel;
    @FXML private Label reviewStepLabel;
    @FXML private Label introLabel;
    @FXML private Label refusalLabel;
    @FXML private ErrorBanner errorBanner;
    @FXML private HBox refusalBox;
    @FXML private VBox linkStep;
    @FXML private TextField linkNameField;
    @FXML private Label linkNameError;
    @FXML private ComboBox<Subscription> subscriptionCombo;
    @FXML private ComboBox<SynapseWorkspace> synapseWorkspaceCombo;
    @FXML private Label synapseWorkspaceError;
    @FXML private Label synapseWorkspaceNote;
    @FXML private VBox poolsStep;
    @FXML private TableView<PoolChoice> sparkPoolList;
    @FXML private Label poolsPlaceholder;
    @FXML private VBox reviewStep;
    @FXML private GridPane reviewPane;
    @FXML private VBox doneStep;
    @FXML private Label doneTitle;
    @FXML private Label roleNoteLabel;
    @FXML private TextField principalIdField;
    @FXML private ListView<String> attachResultsList;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Button backButton;
    @FXML private Button nextButton;
    @FXML private Button createButton;
    @FXML private Button cancelButton;

    @FXML private EmptyListHintBox synapseWorkspacesHint;
    @FXML private EmptyListHintBox sparkPoolsHint;
    private final LinkOpener links;

    /**
     * @param close closes the wizard's window
     * @param links opens an empty list's "create one" link in the system browser
     */
    public AddIntegrationView(AddIntegrationViewModel viewModel, Runnable close, LinkOpener links) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.close = Objects.requireNonNull(close);
        this.links = Objects.requireNonNull(links);
    }

    /** The current step in bold; earlier ones (while going back is possible) look and act as links back. */
    private void markSteps(Map<Step, Label> stepLabels, Step now) {
        boolean canGoBack = now != Step.DONE;
        stepLabels.forEach((step, label) -> {
            label.pseudoClassStateChanged(CURRENT, step == now);
            boolean earlier = canGoBack && step.ordinal() < now.ordinal();
            label.pseudoClassStateChanged(EARLIER, earlier);
            label.setCursor(earlier ? Cursor.HAND : Cursor.DEFAULT);
        });
    }

    @FXML
    private void initialize() {
        introLabel.setText(viewModel.intro());
        refusalLabel.setText(viewModel.refusalText());
        errorBanner.errorProperty().bind(viewModel.errorProperty());
        errorBanner.setOnRetry(viewModel::retry);
        FormBinder.shownWhen(refusalBox, viewModel.offerDirectWizardProperty());

        FormBinder.field(linkNameField, linkNameError, viewModel.linkName());
        FormBinder.synapse(subscriptionCombo, synapseWorkspaceCombo, synapseWorkspaceError, synapseWorkspaceNote,
                viewModel.synapse(), viewModel.synapseWorkspaceNoteProperty(), synapseWorkspacesHint, links);
        sparkPoolsHint.bind(viewModel.poolsHint(), links);

        PoolTable.install(sparkPoolList, viewModel.pools());
        poolsPlaceholder.textProperty().bind(Bindings.createStringBinding(() -> viewModel.poolsNoteProperty().get()
                .isEmpty() ? Messages.get("linkedservices.addIntegration.loadingPools")
                : viewModel.poolsNoteProperty().get(),
                viewModel.poolsNoteProperty()));

        viewModel.review().addListener((ListChangeListener<AddIntegrationViewModel.ReviewLine>) change -> showReview());
        roleNoteLabel.textProperty().bind(Bindings.createStringBinding(viewModel::roleNote, viewModel.createdProperty()));
        principalIdField.textProperty().bind(Bindings.createStringBinding(viewModel::principalId,
                viewModel.createdProperty()));
        doneTitle.textProperty().bind(Bindings.createStringBinding(() -> viewModel.createdProperty().get() == null
                ? "" : Messages.get("linkedservices.addIntegration.created", viewModel.createdProperty().get().name()),
                viewModel.createdProperty()));
        attachResultsList.setItems(viewModel.attachResults());

        Map<Step, Node> panes = Map.of(Step.LINK, linkStep, Step.POOLS, poolsStep, Step.REVIEW, reviewStep,
                Step.DONE, doneStep);
        panes.forEach((step, pane) -> FormBinder.shownWhen(pane, viewModel.stepProperty().isEqualTo(step)));
        Map<Step, Label> stepLabels = Map.of(Step.LINK, linkStepLabel, Step.POOLS, poolsStepLabel,
                Step.REVIEW, reviewStepLabel);
        viewModel.stepProperty().addListener((obs, old, now) -> markSteps(stepLabels, now));
        markSteps(stepLabels, viewModel.stepProperty().get());
        stepLabels.forEach((step, label) -> label.setOnMouseClicked(event -> viewModel.goBackTo(step)));

        busyIndicator.visibleProperty().bind(viewModel.loadingProperty().or(viewModel.runningProperty()));
        backButton.disableProperty().bind(viewModel.canBackProperty().not());
        FormBinder.shownWhen(backButton, viewModel.stepProperty().isNotEqualTo(Step.DONE));
        nextButton.disableProperty().bind(viewModel.canNextProperty().not());
        FormBinder.shownWhen(nextButton, viewModel.stepProperty().isEqualTo(Step.LINK)
                .or(viewModel.stepProperty().isEqualTo(Step.POOLS)));
        createButton.disableProperty().bind(viewModel.canCreateProperty().not());
        FormBinder.shownWhen(createButton, viewModel.stepProperty().isEqualTo(Step.REVIEW));
        cancelButton.textProperty().bind(Bindings.when(viewModel.stepProperty().isEqualTo(Step.DONE))
                .then(Messages.get("linkedservices.addIntegration.close"))
                .otherwise(Messages.get("linkedservices.addIntegration.cancel")));
        nextButton.defaultButtonProperty().bind(nextButton.visibleProperty());
    }

    private void showReview() {
        reviewPane.getChildren().clear();
        int row = 0;
        for (AddIntegrationViewModel.ReviewLine line : viewModel.review()) {
            Label label = new Label(line.label());
            label.getStyleClass().add("muted");
            Label value = new Label(line.value());
            value.setWrapText(true);
            reviewPane.addRow(row++, label, value);
        }
    }

    @FXML
    private void back() {
        viewModel.back();
    }

    @FXML
    private void next() {
        viewModel.next();
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
    private void openDirectWizard() {
        viewModel.openDirectWizard();
    }
}
