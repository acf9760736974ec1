package dev.computedesk.ui.common;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;

/**
 * Keeps a table's columns readable and inside the table, so that nothing a user reads at the window's default size
 * ends in "…" or lies past a sideways scroll bar.
 *
 * <ul>
 * <li>Each column is at least as wide as its header and the texts of the first page of rows. Only the first
 * {@link #FIRST_PAGE} rows are measured, whatever the table holds, and only a change among them measures again: a
 * workspace with 10,000 computes costs the same as one with 20. The width becomes the column's minimum.</li>
 * <li>The last visible column is the flexible one: it takes what the others leave of the table's width.</li>
 * <li>Where the columns do not fit (a small window, the details pane open), columns give way from the right: the
 * rightmost ones are hidden until the rest fit, and come back, left first, as soon as there is room again. The first
 * column never gives way. A hidden column stays one click away in the table's menu button (shown on every fitted
 * table); a column the user shows there is theirs and never gives way, one the user hides stays hidden.
 * {@link #gaveWay} tells a column hidden for room from one the user hid, so that the layout remembered is the
 * user's.</li>
 * </ul>
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
    /** Marks a column hidden for room, in its properties. */
    private static final String GAVE_WAY = ColumnFit.class.getName() + ".gaveWay";
    /** Marks a column the user showed through the menu button, in its properties. */
    private static final String SHOWN_BY_USER = ColumnFit.class.getName() + ".shownByUser";

    private final TableView<?> table;
    /** While this class shows or hides columns, the changes are not the user's. */
    private boolean adjusting;
    /** The column stretched to the table's edge, and its width before. */
    private TableColumn<?, ?> stretched;
    private double stretchedOwnWidth;
    /** A header's label, whose font is the headers' font; found once per skin. */
    private Labeled headerLabel;

    private ColumnFit(TableView<?> table) {
        this.table = table;
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

    /** Whether {@code column} is hidden only because the table had no room for it (the user did not hide it). */
    public static boolean gaveWay(TableColumn<?, ?> column) {
        return Boolean.TRUE.equals(column.getProperties().get(GAVE_WAY));
    }

    /**
     * Fits every column to {@code text} of its first rows, again whenever the rows change, and keeps the visible
     * columns inside the table's width.
     *
     * @param text  what a cell of the column shows for a row, or null when only the header counts (a chart)
     * @param extra pixels a column's cells draw besides their text (a badge's padding, a spinner)
     */
    public static <S> void fit(TableView<S> table, BiFunction<TableColumn<S, ?>, S, String> text,
                               ToDoubleFunction<TableColumn<S, ?>> extra) {
        ColumnFit fit = new ColumnFit(table);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setTableMenuButtonVisible(true);
        Runnable refit = () -> fit.measure(table, text, extra);
        table.widthProperty().addListener((obs, old, width) -> fit.makeRoom());
        table.getVisibleLeafColumns().addListener((ListChangeListener<TableColumn<S, ?>>) change ->
                fit.stretchLast());
        for (TableColumn<S, ?> column : table.getColumns()) {
            column.widthProperty().addListener((obs, old, width) -> fit.stretchLast());
            column.visibleProperty().addListener((obs, was, visible) -> fit.userToggled(column, visible));
        }
        // Only the first rows are measured, so rows added, removed or changed further down (the later pages of a
        // large list) leave the widths as they are.
        ListChangeListener<S> rowsChanged = change -> {
            if (touchesFirstPage(change)) {
                refit.run();
            }
        };
        table.getItems().addListener(rowsChanged);
        table.itemsProperty().addListener((obs, old, items) -> {
            if (old != null) {
                old.removeListener(rowsChanged);
            }
            if (items != null) {
                items.addListener(rowsChanged);
            }
            refit.run();
        });
        table.skinProperty().addListener((obs, old, skin) -> {
            fit.headerLabel = null;
            refit.run();
        });
        refit.run();
    }

    /** Whether {@code change} adds, removes, moves or updates any of the first {@link #FIRST_PAGE} rows. */
    static boolean touchesFirstPage(ListChangeListener.Change<?> change) {
        while (change.next()) {
            if (change.getFrom() < FIRST_PAGE) {
                return true;
            }
        }
        return false;
    }

    private <S> void measure(TableView<S> table, BiFunction<TableColumn<S, ?>, S, String> text,
                             ToDoubleFunction<TableColumn<S, ?>> extra) {
        Font headerFont = headerFont();
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
        makeRoom();
    }

    /** A visibility change this class did not make is the user's (the menu button, or a remembered layout). */
    private void userToggled(TableColumn<?, ?> column, boolean visible) {
        if (adjusting) {
            return;
        }
        column.getProperties().remove(GAVE_WAY);
        column.getProperties().put(SHOWN_BY_USER, visible);
    }

    /**
     * Hides columns from the right while the visible ones need more than the table's width, then shows again, from
     * the left, those that fit now.
     */
    private void makeRoom() {
        double room = room();
        if (room <= 0) {
            return;
        }
        List<? extends TableColumn<?, ?>> columns = table.getColumns();
        adjusting = true;
        try {
            for (int i = columns.size() - 1; i > 0 && needed(null) > room; i--) {
                TableColumn<?, ?> column = columns.get(i);
                if (column.isVisible() && !Boolean.TRUE.equals(column.getProperties().get(SHOWN_BY_USER))) {
                    column.getProperties().put(GAVE_WAY, true);
                    column.setVisible(false);
                }
            }
            for (TableColumn<?, ?> column : columns) {
                if (!gaveWay(column)) {
                    continue;
                }
                if (needed(column) > room) {
                    break;
                }
                column.getProperties().remove(GAVE_WAY);
                column.setVisible(true);
            }
        } finally {
            adjusting = false;
        }
        stretchLast();
    }

    /**
     * What the visible columns, and {@code plus} when not null, need: their own widths, the flexible last one's
     * minimum.
     */
    private double needed(TableColumn<?, ?> plus) {
        List<TableColumn<?, ?>> shown = new ArrayList<>();
        for (TableColumn<?, ?> column : table.getColumns()) {
            if (column.isVisible() || column == plus) {
                shown.add(column);
            }
        }
        double needed = 0;
        for (int i = 0; i < shown.size(); i++) {
            TableColumn<?, ?> column = shown.get(i);
            needed += i == shown.size() - 1 ? column.getMinWidth() : ownWidth(column);
        }
        return needed;
    }

    /** A column's width when it is not the flexible one. */
    private double ownWidth(TableColumn<?, ?> column) {
        return Math.max(column.getMinWidth(), column == stretched ? stretchedOwnWidth : column.getPrefWidth());
    }

    /** The width the columns may take: the table's, less its insets and the vertical scroll bar. */
    private double room() {
        return Math.floor(table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - SCROLL_BAR);
    }

    /**
     * Gives the last visible column what the others leave of the table's width, and the column stretched before its
     * own width back. (The constrained resize policies would instead squeeze columns and, once every column is at
     * its minimum, hide the last ones without a scroll bar.)
     */
    private void stretchLast() {
        List<? extends TableColumn<?, ?>> visible = table.getVisibleLeafColumns();
        if (visible.isEmpty() || table.getWidth() <= 0) {
            return;
        }
        TableColumn<?, ?> last = visible.get(visible.size() - 1);
        if (last != stretched) {
            // Noted before the previous one shrinks: its width change calls this method again.
            TableColumn<?, ?> previous = stretched;
            double previousWidth = stretchedOwnWidth;
            stretched = last;
            stretchedOwnWidth = last.getPrefWidth();
            if (previous != null) {
                previous.setPrefWidth(previousWidth);
            }
        }
        double others = 0;
        for (TableColumn<?, ?> column : visible.subList(0, visible.size() - 1)) {
            others += column.getWidth();
        }
        last.setPrefWidth(Math.max(last.getMinWidth(), room() - others));
    }

    private static double width(Text measure, String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    /**
     * The font the table's headers are drawn in once styled (the theme's), else the platform's default. The header
     * label is looked up once per skin (a lookup walks every row and cell of the table) and asked for its font each
     * time, so a theme or font change is still followed.
     */
    private Font headerFont() {
        if (headerLabel == null || headerLabel.getScene() != table.getScene()) {
            headerLabel = null;
            for (Node node : table.lookupAll(".column-header .label")) {
                if (node instanceof Labeled label) {
                    headerLabel = label;
                    break;
                }
            }
        }
        return headerLabel == null ? Font.getDefault() : headerLabel.getFont();
    }
}
