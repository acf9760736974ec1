package dev.computedesk.ui.compute;

import dev.computedesk.ui.common.ColumnFit;
import dev.computedesk.ui.common.TableColumns;
import dev.computedesk.azure.model.AmlComputeNode;
import dev.computedesk.ui.common.ErrorBanner;
import dev.computedesk.ui.compute.edit.ComputeEdit;
import dev.computedesk.domain.text.Messages;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.Objects;

/** Controller of {@code compute/ComputeDetails.fxml}: binds the details pane to a {@link ComputeDetailsViewModel}. */
public final class ComputeDetailsView {
    private final ComputeDetailsViewModel viewModel;

    @FXML private Label detailsTitle;
    @FXML private Label detailsStateLabel;
    @FXML private Button connectButton;
    @FXML private Button copyIdButton;
    @FXML private Button copyYamlButton;
    @FXML private FlowPane editBox;
    @FXML private Button editIdleShutdownButton;
    @FXML private Button editSchedulesButton;
    @FXML private Button editScaleButton;
    @FXML private Button editAgentCountButton;
    @FXML private Button editIdentityButton;
    @FXML private VBox applicationsSection;
    @FXML private FlowPane applicationsBox;
    @FXML private Label applicationsNote;
    @FXML private VBox errorsBox;
    @FXML private Label errorsLabel;
    @FXML private TabPane detailsTabs;
    @FXML private GridPane attributesGrid;
    @FXML private Tab nodesTab;
    @FXML private HBox nodeChart;
    @FXML private FlowPane nodeLegend;
    @FXML private ErrorBanner nodesErrorBanner;
    @FXML private TableView<AmlComputeNode> nodesTable;
    @FXML private TableColumn<AmlComputeNode, String> nodeIdColumn;
    @FXML private TableColumn<AmlComputeNode, String> nodeStateColumn;
    @FXML private TableColumn<AmlComputeNode, String> nodePrivateIpColumn;
    @FXML private TableColumn<AmlComputeNode, String> nodePublicIpColumn;
    @FXML private TableColumn<AmlComputeNode, String> nodePortColumn;
    @FXML private TableColumn<AmlComputeNode, String> nodeRunIdColumn;

    public ComputeDetailsView(ComputeDetailsViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel);
    }

    @FXML
    private void initialize() {
        detailsTitle.textProperty().bind(viewModel.titleProperty());
        detailsStateLabel.textProperty().bind(viewModel.stateTextProperty());
        viewModel.stateStyleProperty().addListener((obs, old, style) -> styleBadge(style));
        styleBadge(viewModel.stateStyleProperty().get());
        errorsLabel.textProperty().bind(viewModel.errorsTextProperty());
        errorsBox.visibleProperty().bind(viewModel.errorsTextProperty().isNotEmpty());
        errorsBox.managedProperty().bind(errorsBox.visibleProperty());
        connectButton.disableProperty().bind(viewModel.canConnectProperty().not());
        connectButton.visibleProperty().bind(viewModel.clusterProperty().or(viewModel.instanceProperty()));
        connectButton.managedProperty().bind(connectButton.visibleProperty());
        copyYamlButton.disableProperty().bind(viewModel.yamlSupportedProperty().not());
        showForEdit(editIdleShutdownButton, ComputeEdit.IDLE_SHUTDOWN);
        showForEdit(editSchedulesButton, ComputeEdit.SCHEDULES);
        showForEdit(editScaleButton, ComputeEdit.SCALE);
        showForEdit(editAgentCountButton, ComputeEdit.AGENT_COUNT);
        showForEdit(editIdentityButton, ComputeEdit.IDENTITY);
        editBox.visibleProperty().bind(editIdleShutdownButton.visibleProperty().or(editScaleButton.visibleProperty())
                .or(editAgentCountButton.visibleProperty()).or(editIdentityButton.visibleProperty()));
        editBox.managedProperty().bind(editBox.visibleProperty());
        applicationsSection.visibleProperty().bind(viewModel.instanceProperty());
        applicationsSection.managedProperty().bind(applicationsSection.visibleProperty());
        applicationsNote.textProperty().bind(viewModel.applicationsNoteProperty());
        applicationsNote.visibleProperty().bind(viewModel.applicationsNoteProperty().isNotEmpty());
        applicationsNote.managedProperty().bind(applicationsNote.visibleProperty());
        viewModel.applications().addListener((ListChangeListener<ApplicationLink>) change -> fillApplications());
        fillApplications();
        viewModel.attributes().addListener((ListChangeListener<ComputeDetailsFormatter.Attribute>) change -> fillGrid());
        fillGrid();

        nodesErrorBanner.setId("nodesErrorBanner");
        Node retry = nodesErrorBanner.lookup("#retryButton");
        if (retry != null) {
            retry.setId("nodesRetryButton");
        }
        nodesErrorBanner.errorProperty().bind(viewModel.nodesErrorProperty());
        nodesErrorBanner.setOnRetry(viewModel::refreshNodes);
        nodesTable.setItems(viewModel.nodes());
        TableColumns.text(nodeIdColumn, AmlComputeNode::nodeId);
        TableColumns.text(nodeStateColumn, AmlComputeNode::nodeState);
        TableColumns.text(nodePrivateIpColumn, AmlComputeNode::privateIpAddress);
        TableColumns.text(nodePublicIpColumn, AmlComputeNode::publicIpAddress);
        TableColumns.text(nodePortColumn, node -> node.port() == null ? null : node.port().toString());
        TableColumns.text(nodeRunIdColumn, AmlComputeNode::runId);
        ColumnFit.byCellData(nodesTable);
        Label noNodes = new Label(Messages.get("compute.details.noNodesNow"));
        noNodes.getStyleClass().add("muted");
        nodesTable.setPlaceholder(noNodes);
        nodesTable.getSelectionModel().selectedItemProperty().addListener((obs, old, node) ->
                viewModel.selectedNodeProperty().set(node));
        viewModel.nodeStates().addListener((ListChangeListener<ComputeDetailsFormatter.NodeStateCount>) change -> fillChart());
        viewModel.clusterProperty().addListener((obs, was, isCluster) -> showNodesTab(isCluster));
        showNodesTab(viewModel.clusterProperty().get());
    }

    private void showForEdit(Button button, ComputeEdit edit) {
        button.visibleProperty().bind(viewModel.editOfferedProperty(edit));
        button.managedProperty().bind(button.visibleProperty());
    }

    private void styleBadge(String style) {
        detailsStateLabel.getStyleClass().setAll("label", "state-badge", style == null ? "state-idle" : style);
    }

    private void showNodesTab(boolean isCluster) {
        if (isCluster && !detailsTabs.getTabs().contains(nodesTab)) {
            detailsTabs.getTabs().add(nodesTab);
        } else if (!isCluster) {
            detailsTabs.getTabs().remove(nodesTab);
        }
    }

    private void fillGrid() {
        attributesGrid.getChildren().clear();
        int row = 0;
        for (ComputeDetailsFormatter.Attribute attribute : viewModel.attributes()) {
            Label label = new Label(attribute.label());
            label.getStyleClass().add("attribute-label");
            // A long name wraps onto a second line instead of taking the width the value needs in a narrow pane.
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            Label value = new Label(attribute.value());
            value.getStyleClass().add("attribute-value");
            value.setWrapText(true);
            attributesGrid.addRow(row++, label, value);
        }
    }

    /**
     * One button per application. Each sits in a wrapper that carries its tooltip, because a disabled button shows
     * none; the reason is also the note under the buttons.
     */
    private void fillApplications() {
        applicationsBox.getChildren().setAll(viewModel.applications().stream().map(app -> {
            Button button = new Button(app.label());
            button.getStyleClass().add("application-button");
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setDisable(!app.enabled());
            button.setOnAction(event -> viewModel.openApplication(app));
            StackPane wrapper = new StackPane(button);
            Tooltip.install(wrapper, new Tooltip(app.note()));
            return (Node) wrapper;
        }).toList());
    }

    private void fillChart() {
        nodeChart.getChildren().clear();
        nodeLegend.getChildren().clear();
        int total = viewModel.nodeStates().stream().mapToInt(ComputeDetailsFormatter.NodeStateCount::count).sum();
        for (ComputeDetailsFormatter.NodeStateCount count : viewModel.nodeStates()) {
            Label legend = new Label(count.legend());
            Region swatch = new Region();
            swatch.getStyleClass().addAll("node-swatch", "node-" + count.state());
            legend.setGraphic(swatch);
            nodeLegend.getChildren().add(legend);
            if (count.count() > 0) {
                Region part = new Region();
                part.getStyleClass().addAll("node-part", "node-" + count.state());
                part.setMinWidth(4);
                part.setPrefWidth(10_000.0 * count.count() / total);
                HBox.setHgrow(part, Priority.ALWAYS);
                Tooltip.install(part, new Tooltip(count.count() + " " + count.state()));
                nodeChart.getChildren().add(part);
            }
        }
        if (total == 0) {
            Label none = new Label(Messages.get("compute.details.noNodes"));
            none.getStyleClass().add("muted");
            nodeChart.getChildren().add(none);
        }
    }

    @FXML
    private void onClose() {
        viewModel.close();
    }

    @FXML
    private void onConnect() {
        viewModel.connect();
    }

    @FXML
    private void onCopyId() {
        viewModel.copyResourceId();
    }

    @FXML
    private void onCopyYaml() {
        viewModel.copyYaml();
    }

    @FXML
    private void onEditIdleShutdown() {
        viewModel.edit(ComputeEdit.IDLE_SHUTDOWN);
    }

    @FXML
    private void onEditSchedules() {
        viewModel.edit(ComputeEdit.SCHEDULES);
    }

    @FXML
    private void onEditScale() {
        viewModel.edit(ComputeEdit.SCALE);
    }

    @FXML
    private void onEditAgentCount() {
        viewModel.edit(ComputeEdit.AGENT_COUNT);
    }

    @FXML
    private void onEditIdentity() {
        viewModel.edit(ComputeEdit.IDENTITY);
    }

    @FXML
    private void onRefreshNodes() {
        viewModel.refreshNodes();
    }
}
