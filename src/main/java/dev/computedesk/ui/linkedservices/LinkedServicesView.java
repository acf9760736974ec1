package dev.computedesk.ui.linkedservices;

import dev.computedesk.domain.compute.ProvisioningState;
import dev.computedesk.ui.common.ColumnFit;
import dev.computedesk.ui.common.ErrorBanner;
import dev.computedesk.ui.common.KeyBindings;
import dev.computedesk.ui.common.TableColumns;
import dev.computedesk.ui.common.form.SparkPools;
import dev.computedesk.domain.text.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Objects;
import java.util.function.Function;

/** Controller of {@code linkedservices/LinkedServices.fxml}: binds the page to a {@link LinkedServicesViewModel}. */
public final class LinkedServicesView {

    /** The windows the page opens; the page's factory provides them. */
    public interface Windows {
        /** Opens the Add integration wizard. */
        void addIntegration();

        /** Opens the Attach step for a linked service. */
        void attach(LinkedServiceRow link);
    }

    private final LinkedServicesViewModel viewModel;
    private final Windows windows;

    @FXML private Label introLabel;
    @FXML private ErrorBanner errorBanner;
    @FXML private Button addIntegrationButton;
    @FXML private Button refreshButton;
    @FXML private Button unregisterButton;
    @FXML private TableView<LinkedServiceRow> linkedServicesTable;
    @FXML private Label emptyLabel;
    @FXML private TableColumn<LinkedServiceRow, String> nameColumn;
    @FXML private TableColumn<LinkedServiceRow, String> synapseColumn;
    @FXML private TableColumn<LinkedServiceRow, String> typeColumn;
    @FXML private TableColumn<LinkedServiceRow, String> createdColumn;
    @FXML private TableColumn<LinkedServiceRow, LinkedServiceRow> principalColumn;
    @FXML private VBox detailsPane;
    @FXML private Label detailsTitle;
    @FXML private Label noSelectionLabel;
    @FXML private TabPane detailsTabs;
    @FXML private Button attachPoolButton;
    @FXML private TableView<AttachedPoolRow> attachedPoolsTable;
    @FXML private TableColumn<AttachedPoolRow, String> poolComputeColumn;
    @FXML private TableColumn<AttachedPoolRow, String> poolNameColumn;
    @FXML private TableColumn<AttachedPoolRow, String> poolStateColumn;
    @FXML private TableColumn<AttachedPoolRow, String> poolSizeColumn;
    @FXML private TableColumn<AttachedPoolRow, String> poolVersionColumn;
    @FXML private TableColumn<AttachedPoolRow, String> poolIdentityColumn;
    @FXML private TextField synapseIdField;
    @FXML private TextField principalIdField;
    @FXML private Label roleLabel;

    /** How often the page reads again the pools still being attached: a few seconds, as Studio's lists do. */
    private static final javafx.util.Duration BUSY_POOL_CHECK = javafx.util.Duration.seconds(10);

    public LinkedServicesView(LinkedServicesViewModel viewModel, Windows windows) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.windows = Objects.requireNonNull(windows);
    }

    @FXML
    private void initialize() {
        introLabel.setText(viewModel.intro());
        errorBanner.errorProperty().bind(viewModel.errorProperty());
        errorBanner.setOnRetry(viewModel::retry);
        addIntegrationButton.disableProperty().bind(viewModel.canAddProperty().not());
        refreshButton.disableProperty().bind(viewModel.loadingProperty());
        unregisterButton.disableProperty().bind(viewModel.canUnregisterProperty().not());
        emptyLabel.textProperty().bind(viewModel.emptyTextProperty());

        linkedServicesTable.setItems(viewModel.links());
        TableColumns.text(nameColumn, LinkedServiceRow::name);
        TableColumns.text(synapseColumn, LinkedServiceRow::synapseWorkspace);
        TableColumns.text(typeColumn, LinkedServiceRow::linkType);
        TableColumns.text(createdColumn, LinkedServiceRow::created);
        principalColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        principalColumn.setCellFactory(column -> new PrincipalCell());
        linkedServicesTable.getSelectionModel().selectedItemProperty().addListener(
                (obs, old, row) -> viewModel.selectedProperty().set(row));
        viewModel.selectedProperty().addListener((obs, old, row) -> {
            if (linkedServicesTable.getSelectionModel().getSelectedItem() != row) {
                linkedServicesTable.getSelectionModel().select(row);
            }
        });

        detailsTabs.visibleProperty().bind(viewModel.selectedProperty().isNotNull());
        detailsTabs.managedProperty().bind(detailsTabs.visibleProperty());
        noSelectionLabel.visibleProperty().bind(viewModel.selectedProperty().isNull());
        noSelectionLabel.managedProperty().bind(noSelectionLabel.visibleProperty());
        detailsTitle.textProperty().bind(Bindings.createStringBinding(() -> viewModel.selectedProperty().get() == null
                ? Messages.get("linkedservices.page.details")
                : Messages.get("linkedservices.page.detailsOf", viewModel.selectedProperty().get().name(),
                        viewModel.selectedProperty().get().synapseWorkspace()), viewModel.selectedProperty()));
        synapseIdField.textProperty().bind(selectedText(LinkedServiceRow::synapseWorkspaceId));
        principalIdField.textProperty().bind(selectedText(LinkedServiceRow::principalId));
        roleLabel.textProperty().bind(selectedText(row -> Messages.get("linkedservices.page.role", SparkPools.LINK_ROLE,
                row.synapseWorkspace())));
        attachPoolButton.disableProperty().bind(viewModel.selectedProperty().isNull());

        attachedPoolsTable.setItems(viewModel.attachedPools());
        TableColumns.text(poolComputeColumn, AttachedPoolRow::computeName);
        TableColumns.text(poolNameColumn, AttachedPoolRow::poolName);
        TableColumns.text(poolStateColumn, AttachedPoolRow::state);
        poolStateColumn.setCellFactory(column -> new StateCell());
        TableColumns.text(poolSizeColumn, AttachedPoolRow::nodeSize);
        TableColumns.text(poolVersionColumn, AttachedPoolRow::sparkVersion);
        TableColumns.text(poolIdentityColumn, AttachedPoolRow::identity);
        ColumnFit.fit(attachedPoolsTable, ColumnFit::cellText, column -> column == poolStateColumn ? 20 : 0);
        ColumnFit.fit(linkedServicesTable, (column, row) -> column == principalColumn ? null
                : ColumnFit.cellText(column, row), column -> 0);

        javafx.animation.Timeline busyPoolCheck = new javafx.animation.Timeline(
                new javafx.animation.KeyFrame(BUSY_POOL_CHECK, event -> viewModel.refreshBusyPools()));
        busyPoolCheck.setCycleCount(javafx.animation.Animation.INDEFINITE);
        Runnable updateBusyPoolCheck = () -> {
            if (viewModel.hasBusyPoolsProperty().get() && linkedServicesTable.getScene() != null) {
                busyPoolCheck.play();
            } else {
                busyPoolCheck.stop();
            }
        };
        viewModel.hasBusyPoolsProperty().addListener((obs, was, busy) -> updateBusyPoolCheck.run());
        linkedServicesTable.sceneProperty().addListener((obs, old, scene) -> updateBusyPoolCheck.run());
        // The page has no filter: Ctrl+F finds nothing to focus here, F5 reads the links again.
        KeyBindings.listPage(linkedServicesTable, () -> null, this::refresh);
    }

    private javafx.beans.binding.StringBinding selectedText(Function<LinkedServiceRow, String> text) {
        return Bindings.createStringBinding(() -> viewModel.selectedProperty().get() == null
                ? "" : text.apply(viewModel.selectedProperty().get()), viewModel.selectedProperty());
    }

    /** The principal id with a Copy button beside it. */
    private final class PrincipalCell extends TableCell<LinkedServiceRow, LinkedServiceRow> {
        private final Label id = new Label();
        private final Button copy = new Button(Messages.get("linkedservices.page.copy"));
        private final HBox box = new HBox(8, id, copy);

        PrincipalCell() {
            copy.getStyleClass().addAll("link-button", "copy-principal-button");
            copy.setOnAction(event -> viewModel.copyPrincipalId(getItem()));
            id.getStyleClass().add("code");
            box.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(id, Priority.ALWAYS);
        }

        @Override
        protected void updateItem(LinkedServiceRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            id.setText(row.principalId());
            copy.setVisible(!row.principalId().isEmpty());
            setGraphic(box);
        }
    }

    /** The provisioning state as a badge. */
    private static final class StateCell extends TableCell<AttachedPoolRow, String> {

        /** The badge's style for a pool's provisioning state. */
        private static String styleOf(ProvisioningState state) {
            if (state == ProvisioningState.SUCCEEDED) {
                return "state-ok";
            }
            if (state != null && state.isTransitional()) {
                return "state-busy";
            }
            return state == ProvisioningState.FAILED || state == ProvisioningState.CANCELED ? "state-error" : "state-idle";
        }
        private final Label badge = new Label();

        StateCell() {
            badge.getStyleClass().add("state-badge");
        }

        @Override
        protected void updateItem(String state, boolean empty) {
            super.updateItem(state, empty);
            if (empty || state == null || state.isEmpty()) {
                setGraphic(null);
                return;
            }
            badge.setText(state);
            badge.getStyleClass().removeAll("state-ok", "state-busy", "state-error", "state-idle");
            AttachedPoolRow row = getTableRow() == null ? null : getTableRow().getItem();
            badge.getStyleClass().add(styleOf(row == null ? null : row.provisioning()));
            setGraphic(badge);
        }
    }

    @FXML
    private void addIntegration() {
        windows.addIntegration();
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }

    @FXML
    private void unregister() {
        viewModel.unregister();
    }

    @FXML
    private void attach() {
        windows.attach(viewModel.selectedProperty().get());
    }

    @FXML
    private void copySelectedPrincipal() {
        viewModel.copyPrincipalId(viewModel.selectedProperty().get());
    }
}
