package dev.computedesk.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * How the main window was left: its bounds, the page shown, and per control (keyed by the path of ids from the
 * window's root, e.g. {@code computePage/instancesTab/computeTable}) the split positions, the selected tab and each
 * table's columns and sort order.
 *
 * @param window the window's bounds, or null on a first run
 * @param page   the page of the navigation rail ({@code COMPUTE}, {@code LINKED_SERVICES}), or null
 * @param splits divider positions (0..1) per split pane
 * @param tabs   the selected tab's id per tab pane
 * @param tables columns and sort order per table
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Layout(WindowBounds window, String page, Map<String, List<Double>> splits, Map<String, String> tabs,
                     Map<String, TableLayout> tables) {

    public static Layout empty() {
        return new Layout(null, null, Map.of(), Map.of(), Map.of());
    }

    public Layout {
        splits = splits == null ? Map.of() : Map.copyOf(splits);
        tabs = tabs == null ? Map.of() : Map.copyOf(tabs);
        tables = tables == null ? Map.of() : Map.copyOf(tables);
    }

    /**
     * Where and how large the window was.
     *
     * @param maximized the window filled the screen; x, y, width and height are then its size before
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    /**
     * A table's columns in the order shown, and its sort order.
     *
     * @param columns every column, left to right
     * @param sort    the sort order, most significant first
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TableLayout(List<Column> columns, List<SortKey> sort) {
        public TableLayout {
            columns = columns == null ? List.of() : List.copyOf(columns);
            sort = sort == null ? List.of() : List.copyOf(sort);
        }
    }

    /**
     * A column by its id (or header text when it has none), its width, and whether the user hid it (through the
     * table's menu button).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Column(String id, double width, boolean hidden) {
    }

    /** A sorted column and its direction. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SortKey(String column, boolean ascending) {
    }
}
