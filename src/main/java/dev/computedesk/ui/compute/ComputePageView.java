package dev.computedesk.ui.compute;

import dev.computedesk.domain.compute.ComputeTab;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.ui.common.ErrorBanner;
import dev.computedesk.ui.common.Fxml;
import dev.computedesk.ui.common.KeyBindings;
import dev.computedesk.ui.common.ReadySignal;
import dev.computedesk.ui.common.TabHeaders;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Controller of {@code compute/ComputePage.fxml}: the five tabs (each its own {@link ComputeTabView}, built when
 * the tab is first selected), the error banner, the late-failure notice and the details pane beside the tabs.
 */
public final class ComputePageView {
    private static final Map<ComputeTab, String> TAB_FXML = Map.of(
            ComputeTab.INSTANCES, "compute/InstancesTab.fxml",
            ComputeTab.CLUSTERS, "compute/ClustersTab.fxml",
            ComputeTab.KUBERNETES, "compute/KubernetesTab.fxml",
            ComputeTab.INFERENCE_CLUSTERS, "compute/InferenceTab.fxml",
            ComputeTab.ATTACHED, "compute/AttachedTab.fxml");

    private final ComputePageViewModel viewModel;
    private final ReadySignal ready;
    private Parent detailsNode;
    private boolean readySignalled;
    private final Map<Tab, ComputeTabView> tabViews = new HashMap<>();
    private final Map<Tab, ComputeTab> tabKinds = new HashMap<>();

    @FXML private BorderPane computePage;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Label workspaceLabel;
    @FXML private ErrorBanner errorBanner;
    @FXML private HBox lateFailureBar;
    @FXML private Label lateFailureLabel;
    @FXML private Button editAndRetryButton;
    @FXML private SplitPane splitPane;
    @FXML private TabPane computeTabs;
    @FXML private Tab instancesTab;
    @FXML private Tab clustersTab;
    @FXML private Tab kubernetesTab;
    @FXML private Tab inferenceTab;
    @FXML private Tab attachedTab;

    /**
     * @param ready told once, when the first compute list of the selected workspace is on screen
     */
    public ComputePageView(ComputePageViewModel viewModel, ReadySignal ready) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.ready = Objects.requireNonNull(ready);
    }

    @FXML
    private void initialize() {
        tabKinds.put(instancesTab, ComputeTab.INSTANCES);
        tabKinds.put(clustersTab, ComputeTab.CLUSTERS);
        tabKinds.put(kubernetesTab, ComputeTab.KUBERNETES);
        tabKinds.put(inferenceTab, ComputeTab.INFERENCE_CLUSTERS);
        tabKinds.put(attachedTab, ComputeTab.ATTACHED);
        // Only the selected tab is built now; the others on first selection (FXML, table, cells): start-up builds
        // one table instead of five, and the rows of a large workspace reach one table only.
        build(computeTabs.getSelectionModel().getSelectedItem());
        // Rows are a fixed height (compute.css), which depends on the language's font: Hangul lines are taller.
        computePage.getStyleClass().add("lang-" + Messages.locale().getLanguage());

        TabHeaders.keepWhole(computeTabs);
        computeTabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            build(tab);
            ComputeTab kind = tabKinds.get(tab);
            if (kind != null) {
                viewModel.tabShown(kind);
            }
        });
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());
        errorBanner.errorProperty().bindBidirectional(viewModel.errorProperty());
        errorBanner.setOnRetry(viewModel::retry);
        viewModel.lateFailureProperty().addListener((obs, old, failure) -> showLateFailure(failure));
        showLateFailure(viewModel.lateFailureProperty().get());

        detailsNode = Fxml.load("compute/ComputeDetails.fxml", new ComputeDetailsView(viewModel.details()));
        viewModel.details().openProperty().addListener((obs, was, open) -> showDetails(open));

        KeyBindings.listPage(computePage, this::visibleFilter, viewModel::refresh);
        viewModel.loadedProperty().addListener((obs, was, loaded) -> {
            if (loaded) {
                workspaceLabel.setText(viewModel.workspace() == null ? "" : viewModel.workspace().name());
                signalReady();
            }
        });
        // A list that failed is the page's answer too: the banner is on screen, so start-up is over.
        viewModel.errorProperty().addListener((obs, old, error) -> {
            if (error != null) {
                signalReady();
            }
        });
    }

    /** Builds {@code tab}'s content the first time it is selected. */
    private void build(Tab tab) {
        ComputeTab kind = tabKinds.get(tab);
        if (kind == null || tabViews.containsKey(tab)) {
            return;
        }
        ComputeTabView view = new ComputeTabView(viewModel.tab(kind));
        tab.setContent(Fxml.load(TAB_FXML.get(kind), view));
        tabViews.put(tab, view);
    }

    /** The selected tab's filter, for Ctrl+F. */
    private TextField visibleFilter() {
        ComputeTabView shown = tabViews.get(computeTabs.getSelectionModel().getSelectedItem());
        return shown == null ? null : shown.filterField();
    }

    /** The first list is on screen once the next pulse has laid it out: then the app may report READY. */
    private void signalReady() {
        if (!readySignalled) {
            readySignalled = true;
            Platform.runLater(ready::computeListShown);
        }
    }

    private void showLateFailure(LateFailure failure) {
        lateFailureBar.setVisible(failure != null);
        lateFailureBar.setManaged(failure != null);
        lateFailureLabel.setText(failure == null ? "" : failure.message());
        editAndRetryButton.setVisible(failure != null && failure.canEditAndRetry());
        editAndRetryButton.setManaged(editAndRetryButton.isVisible());
    }

    private void showDetails(boolean open) {
        if (open && !splitPane.getItems().contains(detailsNode)) {
            splitPane.getItems().add(detailsNode);
            splitPane.setDividerPositions(0.58);
        } else if (!open) {
            splitPane.getItems().remove(detailsNode);
        }
    }

    @FXML
    private void onEditAndRetry() {
        viewModel.editAndRetry();
    }

    @FXML
    private void onDismissLateFailure() {
        viewModel.dismissLateFailure();
    }
}
