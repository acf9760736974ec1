package dev.computedesk.ui.linkedservices;

import dev.computedesk.domain.text.Messages;
import dev.computedesk.ui.common.TableColumns;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/**
 * The columns of {@code #sparkPoolList}, shared by Add integration's pool step and a link's Attach step: a
 * selection check box, the pool's facts, and the compute name each chosen pool gets, with its message under it.
 */
final class PoolTable {
    private PoolTable() {
    }

    static void install(TableView<PoolChoice> table, PoolChoices choices) {
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setItems(choices.rows());
        TableColumn<PoolChoice, Boolean> select = new TableColumn<>(Messages.get("linked.code.column.attach"));
        select.setId("poolSelectColumn");
        select.setEditable(true);
        select.setPrefWidth(56);
        select.setMaxWidth(70);
        select.setCellValueFactory(cell -> cell.getValue().selectedProperty());
        select.setCellFactory(CheckBoxTableCell.forTableColumn(select));
        TableColumn<PoolChoice, PoolChoice> name = new TableColumn<>(Messages.get("linked.code.column.computeName"));
        name.setId("poolComputeNameColumn");
        name.setPrefWidth(210);
        name.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        name.setCellFactory(column -> new NameCell());
        table.getColumns().setAll(java.util.List.of(select, text("sparkPool", PoolChoice::poolName, 120),
                text("nodeSize", PoolChoice::nodeSize, 170), text("nodes", PoolChoice::nodes, 120),
                text("spark", PoolChoice::sparkVersion, 60), text("autoPause", PoolChoice::autoPause, 130),
                name));
    }

    /** A read-only text column titled by {@code linked.code.column.<titleKey>}. */
    private static TableColumn<PoolChoice, String> text(String titleKey, Function<PoolChoice, String> value,
                                                        double width) {
        String key = "linked.code.column." + titleKey;
        TableColumn<PoolChoice, String> column = new TableColumn<>(Messages.get(key));
        column.setEditable(false);
        column.setPrefWidth(width);
        TableColumns.text(column, value);
        return column;
    }

    /** A text field always ready for typing, bound to the row's name, its message and warning below it. */
    private static final class NameCell extends TableCell<PoolChoice, PoolChoice> {
        private final TextField field = new TextField();
        private final Label message = new Label();
        private final Label warning = new Label();
        private final VBox box = new VBox(2, field, message, warning);
        private StringProperty bound;

        NameCell() {
            field.getStyleClass().add("pool-compute-name");
            message.getStyleClass().add("field-error");
            warning.getStyleClass().add("field-warning");
            // One line each (a wrapping label makes the table's rows grow); the whole text is in the tooltip.
            for (Label label : java.util.List.of(message, warning)) {
                javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
                tip.textProperty().bind(label.textProperty());
                label.setTooltip(tip);
            }
            message.managedProperty().bind(message.visibleProperty());
            warning.managedProperty().bind(warning.visibleProperty());
        }

        @Override
        protected void updateItem(PoolChoice row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                field.textProperty().unbindBidirectional(bound);
                bound = null;
            }
            message.textProperty().unbind();
            message.visibleProperty().unbind();
            warning.textProperty().unbind();
            warning.visibleProperty().unbind();
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            bound = row.computeNameProperty();
            field.textProperty().bindBidirectional(bound);
            field.setId("computeName-" + row.poolName());
            message.textProperty().bind(row.messageProperty());
            message.visibleProperty().bind(row.messageProperty().isNotEmpty());
            warning.textProperty().bind(row.warningProperty());
            warning.visibleProperty().bind(row.warningProperty().isNotEmpty());
            setGraphic(box);
        }
    }
}
