package dev.computedesk.ui.common;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

import java.util.function.Function;

/** Small helpers for binding table columns in views. */
public final class TableColumns {
    private TableColumns() {
    }

    /** Shows {@code value} of each row as the column's text. */
    public static <S> void text(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }
}
