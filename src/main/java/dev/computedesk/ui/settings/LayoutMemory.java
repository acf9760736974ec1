package dev.computedesk.ui.settings;

import dev.computedesk.settings.Layout;
import dev.computedesk.ui.common.ColumnFit;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Remembers and restores the layout the user shapes inside a window: divider positions of split panes, the selected
 * tab of tab panes, and each table's column order, widths, hidden columns and sort order. Controls are found by walking the scene
 * graph from a root, including what is added later (a page shown for the first time, the details pane), and are
 * keyed by the path of ids from the root ({@code computePage/instancesTab/computeTable}); a control without an id is
 * not remembered, and the walk does not enter other controls' skins. Features need no code for it.
 *
 * <p>On the FX thread only. Every change the user makes calls {@code changed} (the caller debounces and saves
 * {@link #snapshot}).
 */
public final class LayoutMemory {
    private final Runnable changed;
    private final Map<String, List<Double>> splits;
    private final Map<String, String> tabs;
    private final Map<String, Layout.TableLayout> tables;
    /** Nodes and tabs already walked, so listeners are added once (weak: removed nodes may be collected). */
    private final Set<Object> walked = Collections.newSetFromMap(new WeakHashMap<>());
    /** While restoring, the changes are the app's own, not the user's. */
    private boolean restoring;

    /**
     * @param saved   what was remembered last time (restored as each control appears)
     * @param changed told after every change of the remembered layout
     */
    public LayoutMemory(Layout saved, Runnable changed) {
        this.changed = Objects.requireNonNull(changed, "changed");
        this.splits = new HashMap<>(saved.splits());
        this.tabs = new HashMap<>(saved.tabs());
        this.tables = new HashMap<>(saved.tables());
    }

    /** Restores and follows every remembered control under {@code root}, now and as the graph grows. */
    public void attach(Node root) {
        walk(root, "");
    }

    /** The remembered splits, tabs and tables as they are now, with the given window bounds and page. */
    public Layout snapshot(Layout.WindowBounds window, String page) {
        return new Layout(window, page, Map.copyOf(splits), Map.copyOf(tabs), Map.copyOf(tables));
    }

    private void walk(Node node, String path) {
        if (node == null || !walked.add(node)) {
            return;
        }
        String here = node.getId() == null ? path : join(path, node.getId());
        if (node instanceof TableView<?> table) {
            if (node.getId() != null) {
                followTable(table, here);
            }
        } else if (node instanceof TabPane tabPane) {
            followTabs(tabPane, here);
        } else if (node instanceof SplitPane split) {
            followSplit(split, here);
        } else if (node instanceof ScrollPane scroll) {
            scroll.contentProperty().addListener((obs, old, content) -> walk(content, here));
            walk(scroll.getContent(), here);
        } else if (node instanceof TitledPane titled) {
            titled.contentProperty().addListener((obs, old, content) -> walk(content, here));
            walk(titled.getContent(), here);
        } else if (!(node instanceof Control) && node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().addListener((ListChangeListener<Node>) change -> {
                while (change.next()) {
                    change.getAddedSubList().forEach(child -> walk(child, here));
                }
            });
            List.copyOf(parent.getChildrenUnmodifiable()).forEach(child -> walk(child, here));
        }
    }

    private void followTabs(TabPane tabPane, String key) {
        tabPane.getTabs().forEach(tab -> followTab(tab, key));
        tabPane.getTabs().addListener((ListChangeListener<Tab>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(tab -> followTab(tab, key));
            }
        });
        if (tabPane.getId() == null) {
            return;
        }
        String saved = tabs.get(key);
        tabPane.getTabs().stream().filter(tab -> Objects.equals(tab.getId(), saved)).findFirst()
                .ifPresent(tab -> tabPane.getSelectionModel().select(tab));
        tabPane.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (tab != null && tab.getId() != null) {
                tabs.put(key, tab.getId());
                changed.run();
            }
        });
    }

    private void followTab(Tab tab, String path) {
        if (!walked.add(tab)) {
            return;
        }
        String here = tab.getId() == null ? path : join(path, tab.getId());
        tab.contentProperty().addListener((obs, old, content) -> walk(content, here));
        walk(tab.getContent(), here);
    }

    private void followSplit(SplitPane split, String key) {
        split.getItems().addListener((ListChangeListener<Node>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(item -> walk(item, key));
            }
        });
        List.copyOf(split.getItems()).forEach(item -> walk(item, key));
        if (split.getId() == null) {
            return;
        }
        // A pane that adds an item sets its own positions right after: restore once that handler is done.
        split.getDividers().addListener((ListChangeListener<SplitPane.Divider>) change ->
                Platform.runLater(() -> restoreSplit(split, key)));
        restoreSplit(split, key);
    }

    private void restoreSplit(SplitPane split, String key) {
        List<Double> saved = splits.get(key);
        List<SplitPane.Divider> dividers = split.getDividers();
        if (saved != null && saved.size() == dividers.size()) {
            restoring = true;
            try {
                split.setDividerPositions(saved.stream().mapToDouble(Double::doubleValue).toArray());
            } finally {
                restoring = false;
            }
        }
        for (SplitPane.Divider divider : dividers) {
            if (walked.add(divider)) {
                divider.positionProperty().addListener(obs -> splitMoved(split, key));
            }
        }
    }

    private void splitMoved(SplitPane split, String key) {
        if (restoring || split.getDividers().isEmpty()) {
            return;
        }
        splits.put(key, split.getDividers().stream().map(SplitPane.Divider::getPosition).toList());
        changed.run();
    }

    private <S> void followTable(TableView<S> table, String key) {
        Layout.TableLayout saved = tables.get(key);
        if (saved != null) {
            restoreTable(table, saved);
        }
        Runnable record = () -> {
            tables.put(key, tableLayout(table));
            changed.run();
        };
        table.getColumns().addListener((Observable obs) -> record.run());
        table.getSortOrder().addListener((Observable obs) -> record.run());
        for (TableColumn<S, ?> column : table.getColumns()) {
            column.widthProperty().addListener(obs -> record.run());
            column.sortTypeProperty().addListener(obs -> record.run());
            column.visibleProperty().addListener(obs -> record.run());
        }
    }

    private static <S> void restoreTable(TableView<S> table, Layout.TableLayout saved) {
        List<TableColumn<S, ?>> order = new ArrayList<>();
        for (Layout.Column column : saved.columns()) {
            columnNamed(table, column.id()).ifPresent(found -> {
                order.add(found);
                if (column.width() > 0) {
                    found.setPrefWidth(column.width());
                }
                boolean visible = !column.hidden();
                if (found.isVisible() != visible && !(visible && ColumnFit.gaveWay(found))) {
                    found.setVisible(visible);
                }
            });
        }
        // Columns this version added since: where they are, after the remembered ones.
        table.getColumns().stream().filter(column -> !order.contains(column)).forEach(order::add);
        if (!order.equals(table.getColumns())) {
            table.getColumns().setAll(order);
        }
        List<TableColumn<S, ?>> sort = new ArrayList<>();
        for (Layout.SortKey key : saved.sort()) {
            columnNamed(table, key.column()).filter(TableColumn::isSortable).ifPresent(column -> {
                column.setSortType(key.ascending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
                sort.add(column);
            });
        }
        if (!sort.isEmpty()) {
            table.getSortOrder().setAll(sort);
        }
    }

    private static <S> java.util.Optional<TableColumn<S, ?>> columnNamed(TableView<S> table, String name) {
        return table.getColumns().stream().filter(column -> name.equals(columnKey(column))).findFirst();
    }

    private static <S> Layout.TableLayout tableLayout(TableView<S> table) {
        return new Layout.TableLayout(
                table.getColumns().stream().map(c -> new Layout.Column(columnKey(c), c.getWidth(),
                        !c.isVisible() && !ColumnFit.gaveWay(c))).toList(),
                table.getSortOrder().stream().map(c -> new Layout.SortKey(columnKey(c),
                        c.getSortType() == TableColumn.SortType.ASCENDING)).toList());
    }

    /** A column's id, else its header text (columns built in code often have no id). */
    static String columnKey(TableColumn<?, ?> column) {
        return column.getId() != null ? column.getId() : Objects.toString(column.getText(), "");
    }

    private static String join(String path, String id) {
        return path.isEmpty() ? id : path + "/" + id;
    }
}
