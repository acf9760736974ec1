package dev.computedesk.ui.common;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;

/**
 * Keeps a table's columns at least as wide as their header and the texts of the first page of rows, so that
 * nothing a user reads at the window's default size ends in "…". Only the first {@link #FIRST_PAGE} rows are
 * measured, whatever the table holds: a workspace with 10,000 computes costs the same as one with 20. The width
 * becomes the column's minimum; the last column takes the rest of the table's width, and a table narrower than its
 * columns (the details pane open) scrolls sideways instead of cutting a column.
 */
public final class ColumnFit {
    /** Rows measured: about what a table shows without scrolling at the default window size. */
    public static final int FIRST_PAGE = 40;
    /** A header's padding, its sort arrow and the border between headers. */
    private static final double HEADER_EXTRA = 34;
    /** A cell's padding and a little air. */
    private static final double CELL_EXTRA = 18;
    /** Room for the vertical scroll bar, so that stretching the last column never adds a horizontal one. */
    private static final double SCROLL_BAR = 16;

    private ColumnFit() {
    }

    /** Fits every column to the text of its cell data (plain text columns). */
    public static <S> void byCellData(TableView<S> table) {
        fit(table, ColumnFit::cellText, column -> 0);
    }

    /** The text of {@code column}'s cell data for {@code row}, or null when it has none. */
    public static <S> String cellText(TableColumn<S, ?> column, S row) {
        Object value = column.getCellObservableValue(row) == null ? null
                : column.getCellObservableValue(row).getValue();
        return value == null ? null : value.toString();
    }

    /**
     * Fits every column to {@code text} of its first rows, again whenever the rows change.
     *
     * @param text  what a cell of the column shows for a row, or null when only the header counts (a chart)
     * @param extra pixels a column's cells draw besides their text (a badge's padding, a spinner)
     */
    public static <S> void fit(TableView<S> table, BiFunction<TableColumn<S, ?>, S, String> text,
                               ToDoubleFunction<TableColumn<S, ?>> extra) {
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Runnable refit = () -> apply(table, text, extra);
        Runnable stretch = () -> stretchLast(table);
        table.widthProperty().addListener((obs, old, width) -> stretch.run());
        table.getVisibleLeafColumns().addListener((ListChangeListener<TableColumn<S, ?>>) change -> stretch.run());
        for (TableColumn<S, ?> column : table.getColumns()) {
            column.widthProperty().addListener((obs, old, width) -> stretch.run());
        }
        table.itemsProperty().addListener((obs, old, items) -> refit.run());
        table.getItems().addListener((ListChangeListener<S>) change -> refit.run());
        table.skinProperty().addListener((obs, old, skin) -> refit.run());
        refit.run();
    }

    private static <S> void apply(TableView<S> table, BiFunction<TableColumn<S, ?>, S, String> text,
                                  ToDoubleFunction<TableColumn<S, ?>> extra) {
        Font headerFont = headerFont(table);
        Text header = new Text();
        header.setFont(headerFont);
        Text cell = new Text();
        cell.setFont(Font.font(headerFont.getFamily(), FontWeight.NORMAL, headerFont.getSize()));
        List<S> firstPage = table.getItems().subList(0, Math.min(FIRST_PAGE, table.getItems().size()));
        for (TableColumn<S, ?> column : table.getColumns()) {
            double width = width(header, column.getText()) + HEADER_EXTRA;
            for (S row : firstPage) {
                String shown = text.apply(column, row);
                if (shown != null) {
                    width = Math.max(width, width(cell, shown) + CELL_EXTRA + extra.applyAsDouble(column));
                }
            }
            width = Math.ceil(width);
            column.setMinWidth(width);
            if (column.getPrefWidth() < width) {
                column.setPrefWidth(width);
            }
        }
        stretchLast(table);
    }

    /**
     * Gives the last visible column what the others leave of the table's width. (The constrained resize policies
     * would instead squeeze columns and, once every column is at its minimum, hide the last ones without a scroll
     * bar; unconstrained, a table narrower than its columns scrolls.)
     */
    private static void stretchLast(TableView<?> table) {
        List<? extends TableColumn<?, ?>> visible = table.getVisibleLeafColumns();
        if (visible.isEmpty() || table.getWidth() <= 0) {
            return;
        }
        double others = 0;
        for (TableColumn<?, ?> column : visible.subList(0, visible.size() - 1)) {
            others += column.getWidth();
        }
        TableColumn<?, ?> last = visible.get(visible.size() - 1);
        double room = Math.floor(table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - others
                - SCROLL_BAR);
        last.setPrefWidth(Math.max(last.getMinWidth(), room));
    }

    private static double width(Text measure, String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    /** The font the table's headers are drawn in once styled (the theme's), else the platform's default. */
    private static Font headerFont(TableView<?> table) {
        for (Node node : table.lookupAll(".column-header .label")) {
            if (node instanceof Labeled label) {
                return label.getFont();
            }
        }
        return Font.getDefault();
    }
}
