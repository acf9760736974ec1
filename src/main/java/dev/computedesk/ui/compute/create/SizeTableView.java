package dev.computedesk.ui.compute.create;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import java.util.function.Function;

/** Binds {@code SizeTable.fxml} to a {@link SizeTableViewModel}; rows sort by clicking a column's header. */
public final class SizeTableView {
    private final SizeTableViewModel viewModel;

    @FXML private TextField sizeFilterField;
    @FXML private ComboBox<String> sizeTypeCombo;
    @FXML private CheckBox sizesWithQuotaOnlyCheck;
    @FXML private Label quotaNoteLabel;
    @FXML private TableView<SizeRow> vmSizeTable;
    @FXML private TableColumn<SizeRow, SizeRow.Cell> nameColumn;
    @FXML private TableColumn<SizeRow, SizeRow.Cell> vCpuColumn;
    @FXML private TableColumn<SizeRow, SizeRow.Cell> memoryColumn;
    @FXML private TableColumn<SizeRow, SizeRow.Cell> storageColumn;
    @FXML private TableColumn<SizeRow, SizeRow.Cell> gpuColumn;
    @FXML private TableColumn<SizeRow, SizeRow.Cell> priceColumn;
    @FXML private TableColumn<SizeRow, SizeRow.Cell> quotaColumn;
    @FXML private Label countLabel;
    @FXML private Button selectSizeButton;

    public SizeTableView(SizeTableViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        sizeFilterField.textProperty().bindBidirectional(viewModel.filterTextProperty());
        if (viewModel.vmTypeProperty() == null) {
            sizeTypeCombo.setVisible(false);
            sizeTypeCombo.setManaged(false);
        } else {
            sizeTypeCombo.setItems(FXCollections.observableArrayList("CPU", "GPU"));
            sizeTypeCombo.valueProperty().bindBidirectional(viewModel.vmTypeProperty());
        }
        sizesWithQuotaOnlyCheck.selectedProperty().bindBidirectional(viewModel.quotaOnlyProperty());
        sizesWithQuotaOnlyCheck.setDisable(!viewModel.quotaApplies());
        quotaNoteLabel.setText(viewModel.quotaNote());
        quotaColumn.setVisible(viewModel.quotaApplies());
        countLabel.textProperty().bind(viewModel.countTextProperty());

        column(nameColumn, SizeRow::name);
        column(vCpuColumn, SizeRow::vCpus);
        column(memoryColumn, SizeRow::memory);
        column(storageColumn, SizeRow::storage);
        column(gpuColumn, SizeRow::gpus);
        column(priceColumn, SizeRow::price);
        column(quotaColumn, SizeRow::quotaLeft);
        SortedList<SizeRow> sorted = new SortedList<>(viewModel.rows());
        sorted.comparatorProperty().bind(vmSizeTable.comparatorProperty());
        vmSizeTable.setItems(sorted);
        vmSizeTable.setRowFactory(table -> {
            TableRow<SizeRow> row = new TableRow<>();
            row.itemProperty().addListener((obs, old, item) ->
                    row.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("over-quota"),
                            item != null && !item.allowed()));
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.choose(row.getItem());
                }
            });
            return row;
        });
        vmSizeTable.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                viewModel.chooseSelected();
            }
        });
        SizeRow initial = viewModel.selectedProperty().get();
        if (initial != null) {
            vmSizeTable.getSelectionModel().select(initial);
            vmSizeTable.scrollTo(initial);
        }
        viewModel.selectedProperty().bind(vmSizeTable.getSelectionModel().selectedItemProperty());
        selectSizeButton.disableProperty().bind(viewModel.selectedProperty().isNull());
    }

    private static void column(TableColumn<SizeRow, SizeRow.Cell> column, Function<SizeRow, SizeRow.Cell> value) {
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(value.apply(data.getValue())));
    }

    @FXML
    private void select() {
        viewModel.chooseSelected();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void requestQuota() {
        viewModel.requestQuota();
    }
}
