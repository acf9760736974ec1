package dev.computedesk.ui.compute;

import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.domain.compute.ComputeAction;
import dev.computedesk.domain.time.TimeFormat;
import dev.computedesk.ui.common.ColumnFit;
import dev.computedesk.ui.common.ComputeFormKind;
import dev.computedesk.domain.text.Messages;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Controller of one Compute tab ({@code compute/*Tab.fxml}): binds the toolbar, the table and the empty state to
 * a {@link ComputeTabViewModel}. Each FXML column names its {@link ComputeColumn} in {@code userData}.
 */
public final class ComputeTabView {
    private final ComputeTabViewModel viewModel;

    @FXML private ButtonBase newButton;
    @FXML private Button refreshButton;
    @FXML private TextField filterField;
    @FXML private Button startButton;
    @FXML private Button stopButton;
    @FXML private Button restartButton;
    @FXML private Button deleteButton;
    @FXML private Button detachButton;
    @FXML private Button stopMyRunningButton;
    @FXML private Region stopMyRunningHolder;
    @FXML private CheckBox createdByMeFilter;
    @FXML private CheckBox canUseFilter;
    @FXML private MenuItem startItem;
    @FXML private MenuItem stopItem;
    @FXML private MenuItem restartItem;
    @FXML private MenuItem deleteItem;
    @FXML private MenuItem detachItem;
    @FXML private TableView<ComputeRow> table;
    @FXML private VBox emptyState;
    @FXML private Label countLabel;

    public ComputeTabView(ComputeTabViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel);
    }

    @FXML
    private void initialize() {
        for (TableColumn<ComputeRow, ?> column : table.getColumns()) {
            configure(cast(column));
        }
        table.setItems(viewModel.rows());
        TimeFormat fitTime = TimeFormat.system();
        ColumnFit.fit(table, (column, row) -> fitText(column, row.compute(), fitTime), ComputeTabView::fitExtra);
        // The rows' sorted list sorts in the order of the table's sort columns, by keys kept per row (a sort of
        // 10,000 rows collates each row's text once). The table's own policy would insist on its comparator.
        Collator collator = ComputeColumn.collator();
        TimeFormat sortTime = TimeFormat.system();
        table.setSortPolicy(view -> true);
        viewModel.rows().comparatorProperty().bind(Bindings.createObjectBinding(
                () -> rowOrder(collator, sortTime), table.comparatorProperty()));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<ComputeRow>) change ->
                viewModel.selected().setAll(table.getSelectionModel().getSelectedItems().stream()
                        .filter(Objects::nonNull).toList()));
        table.setRowFactory(view -> {
            TableRow<ComputeRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.openDetails(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.openDetails(table.getSelectionModel().getSelectedItem());
            } else if (event.getCode() == KeyCode.DELETE) {
                viewModel.deleteOrDetach();
                afterDestructiveAction();
            }
        });
        Label placeholder = new Label();
        placeholder.getStyleClass().add("muted");
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(javafx.beans.binding.Bindings
                .createBooleanBinding(() -> viewModel.loadingProperty().get(), viewModel.loadingProperty()))
                .then(Messages.get("compute.tab.loading")).otherwise(Messages.get("compute.tab.noMatch")));
        table.setPlaceholder(placeholder);

        filterField.textProperty().bindBidirectional(viewModel.filterTextProperty());
        refreshButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> viewModel.loadingProperty().get(), viewModel.loadingProperty()));
        bindAction(startButton, ComputeAction.START);
        bindAction(stopButton, ComputeAction.STOP);
        bindAction(restartButton, ComputeAction.RESTART);
        bindAction(deleteButton, ComputeAction.DELETE);
        bindAction(detachButton, ComputeAction.DETACH);
        bindItem(startItem, ComputeAction.START);
        bindItem(stopItem, ComputeAction.STOP);
        bindItem(restartItem, ComputeAction.RESTART);
        bindItem(deleteItem, ComputeAction.DELETE);
        bindItem(detachItem, ComputeAction.DETACH);
        if (stopMyRunningButton != null) {
            bindStopMyRunning(viewModel.myRunningInstances());
        }
        if (createdByMeFilter != null) {
            createdByMeFilter.selectedProperty().bindBidirectional(viewModel.createdByMeProperty());
        }
        if (canUseFilter != null) {
            canUseFilter.selectedProperty().bindBidirectional(viewModel.canUseProperty());
        }
        javafx.beans.binding.BooleanBinding showEmpty = viewModel.emptyProperty()
                .and(javafx.beans.binding.Bindings.createBooleanBinding(() -> viewModel.loadedProperty().get(),
                        viewModel.loadedProperty()));
        emptyState.visibleProperty().bind(showEmpty);
        emptyState.managedProperty().bind(showEmpty);
        table.visibleProperty().bind(showEmpty.not());
        if (countLabel != null) {
            countLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> Messages.get("compute.tab.shown", viewModel.rows().size()), viewModel.rows()));
        }
        if (newButton instanceof Button button) {
            button.setOnAction(event -> viewModel.createNew());
        }
    }

    private void bindStopMyRunning(MyRunningInstances mine) {
        stopMyRunningButton.disableProperty().bind(mine.canStopProperty().not());
        stopMyRunningButton.accessibleHelpProperty().bind(mine.reasonProperty());
        Tooltip reason = new Tooltip();
        reason.textProperty().bind(mine.reasonProperty());
        reason.setWrapText(true);
        reason.setMaxWidth(380);
        // A disabled button receives no mouse events, so its holder carries the tooltip that says why.
        Tooltip.install(stopMyRunningHolder, reason);
    }

    private void bindAction(Button button, ComputeAction action) {
        if (button != null) {
            button.disableProperty().bind(viewModel.canProperty(action).not());
        }
    }

    private void bindItem(MenuItem item, ComputeAction action) {
        if (item != null) {
            item.disableProperty().bind(viewModel.canProperty(action).not());
        }
    }

    /** The order of the table's sort columns, each ascending or descending as its header says; null when unsorted. */
    private Comparator<ComputeRow> rowOrder(Collator collator, TimeFormat time) {
        if (table.getComparator() == null) {
            return null;
        }
        Comparator<ComputeRow> order = null;
        for (TableColumn<ComputeRow, ?> column : table.getSortOrder()) {
            if (!column.isSortable()) {
                continue;
            }
            Comparator<ComputeRow> by = ComputeColumn.valueOf(String.valueOf(column.getUserData()))
                    .rowComparator(viewModel::me, collator, time);
            if (column.getSortType() == TableColumn.SortType.DESCENDING) {
                by = by.reversed();
            }
            order = order == null ? by : order.thenComparing(by);
        }
        return order;
    }

    /** What a cell shows, for sizing its column; null for the node chart, which fits any width. */
    private String fitText(TableColumn<ComputeRow, ?> column, ComputeResource compute, TimeFormat time) {
        ComputeColumn kind = ComputeColumn.valueOf(String.valueOf(column.getUserData()));
        return switch (kind) {
            case NODE_STATES -> null;
            case STATE -> ComputeColumn.stateText(compute);
            // Three spaces stand for a link's padding and the gap between links.
            case APPLICATIONS -> String.join("   ", viewModel.applications(compute).stream()
                    .map(ApplicationLink::label).toList());
            default -> kind.text(compute, viewModel.me(), time);
        };
    }

    /** A state badge's padding and the spinner beside it while the compute is in transition. */
    private static double fitExtra(TableColumn<ComputeRow, ?> column) {
        return "STATE".equals(column.getUserData()) ? 40 : 0;
    }

    @SuppressWarnings("unchecked")
    private static TableColumn<ComputeRow, ComputeResource> cast(TableColumn<ComputeRow, ?> column) {
        return (TableColumn<ComputeRow, ComputeResource>) column;
    }

    private void configure(TableColumn<ComputeRow, ComputeResource> column) {
        ComputeColumn kind = ComputeColumn.valueOf(String.valueOf(column.getUserData()));
        column.setCellValueFactory(data -> data.getValue().computeProperty());
        column.setComparator(kind.comparator(viewModel::me));
        switch (kind) {
            case STATE -> column.setCellFactory(c -> new StateCell());
            case APPLICATIONS -> column.setCellFactory(c -> new ApplicationsCell());
            case NODE_STATES -> column.setCellFactory(c -> new NodeBarCell());
            default -> column.setCellFactory(c -> new TextCell(kind));
        }
    }

    // ------------------------------------------------------------------ events (one line each)

    @FXML
    private void onRefresh() {
        viewModel.refresh();
    }

    @FXML
    private void onDetails() {
        viewModel.openDetails(table.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onNew() {
        viewModel.createNew();
    }

    @FXML
    private void onStart() {
        viewModel.start();
    }

    @FXML
    private void onStop() {
        viewModel.stop();
        afterDestructiveAction();
    }

    @FXML
    private void onStopMyRunning() {
        viewModel.myRunningInstances().stopAll();
    }

    @FXML
    private void onRestart() {
        viewModel.restart();
    }

    @FXML
    private void onDelete() {
        viewModel.delete();
        afterDestructiveAction();
    }

    @FXML
    private void onDetach() {
        viewModel.detach();
        afterDestructiveAction();
    }

    @FXML
    private void onAttachVm() {
        viewModel.createNew(ComputeFormKind.VIRTUAL_MACHINE);
    }

    @FXML
    private void onAttachHdInsight() {
        viewModel.createNew(ComputeFormKind.HDINSIGHT);
    }

    @FXML
    private void onAttachDatabricks() {
        viewModel.createNew(ComputeFormKind.DATABRICKS);
    }

    @FXML
    private void onAttachAdla() {
        viewModel.createNew(ComputeFormKind.DATA_LAKE_ANALYTICS);
    }

    @FXML
    private void onAttachSynapse() {
        viewModel.createNew(ComputeFormKind.SYNAPSE_SPARK);
    }

    /**
     * Focus goes to the table once the question is answered: left on Delete or Stop, a second Space or Enter would
     * aim the same action at whatever row is selected next.
     */
    private void afterDestructiveAction() {
        table.requestFocus();
    }

    /** The filter, for Ctrl+F. */
    TextField filterField() {
        return filterField;
    }

    /** The table, for the page's keyboard handling and for tests. */
    TableView<ComputeRow> table() {
        return table;
    }

    // ------------------------------------------------------------------ cells

    /** Plain text of a column. */
    private final class TextCell extends TableCell<ComputeRow, ComputeResource> {
        private final ComputeColumn kind;
        /** The machine's zone and locale, read once per cell (cells are reused while scrolling). */
        private final TimeFormat time = TimeFormat.system();

        TextCell(ComputeColumn kind) {
            this.kind = kind;
        }

        @Override
        protected void updateItem(ComputeResource item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : kind.text(item, viewModel.me(), time));
        }
    }

    /** A coloured badge, with a spinner while the compute is in transition. */
    private static final class StateCell extends TableCell<ComputeRow, ComputeResource> {
        private final Label badge = new Label();
        private final HBox box = new HBox(6, badge);
        /** Made on first need: a ProgressIndicator's skin is costly, and most rows are settled. */
        private ProgressIndicator spinner;

        StateCell() {
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            badge.getStyleClass().add("state-badge");
        }

        /** The compute shown: a cell asked again for the same one (layout, scrolling back) has nothing to do. */
        private ComputeResource shown;

        @Override
        protected void updateItem(ComputeResource item, boolean empty) {
            super.updateItem(item, empty);
            ComputeResource now = empty ? null : item;
            if (now != null && now == shown) {
                return;
            }
            shown = now;
            boolean busy = !empty && item != null && ComputeRow.isTransitional(item);
            if (busy && spinner == null) {
                spinner = new ProgressIndicator();
                spinner.getStyleClass().add("state-spinner");
                box.getChildren().add(0, spinner);
            }
            if (spinner != null) {
                // An indeterminate spinner animates every pulse, so only rows in transition keep one going.
                spinner.setProgress(busy ? ProgressIndicator.INDETERMINATE_PROGRESS : 0);
                spinner.setVisible(busy);
                spinner.setManaged(busy);
            }
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            badge.setText(ComputeColumn.stateText(item));
            String style = ComputeColumn.stateStyle(item);
            // Changing style classes re-applies CSS; while scrolling most rows keep theirs.
            if (!badge.getStyleClass().contains(style)) {
                badge.getStyleClass().setAll("label", "state-badge", style);
            }
            setGraphic(box);
        }
    }

    /**
     * An instance's applications that can be opened now, as links (in {@link InstanceApplications}' order); when none
     * can, one short muted reason ("Available once running"). The cell's tooltip says why the others cannot be opened;
     * the details pane shows every application. The {@code app-link} style keeps links readable on a selected row.
     */
    private final class ApplicationsCell extends TableCell<ComputeRow, ComputeResource> {
        private final HBox links = new HBox(4);
        private final Label unavailable = new Label();
        private final Tooltip reasons = new Tooltip();
        /** The links shown: a cell asked again for the same ones (layout, scrolling) keeps its nodes. */
        private List<ApplicationLink> shown;
        /** Links made so far, the first ones shown. */
        private final List<Hyperlink> made = new ArrayList<>();

        ApplicationsCell() {
            unavailable.getStyleClass().add("muted");
        }

        @Override
        protected void updateItem(ComputeResource item, boolean empty) {
            super.updateItem(item, empty);
            List<ApplicationLink> apps = empty || item == null ? List.of() : viewModel.applications(item);
            if (apps.equals(shown)) {
                return;
            }
            shown = apps;
            List<ApplicationLink> enabled = apps.stream().filter(ApplicationLink::enabled).toList();
            while (made.size() < enabled.size()) {
                made.add(link());
            }
            for (int i = 0; i < enabled.size(); i++) {
                show(made.get(i), enabled.get(i));
            }
            if (links.getChildren().size() != enabled.size()) {
                links.getChildren().setAll(made.subList(0, enabled.size()));
            }
            unavailable.setText(InstanceApplications.unavailable(apps));
            String note = InstanceApplications.note(apps);
            reasons.setText(note);
            setTooltip(note.isEmpty() ? null : reasons);
            setGraphic(!links.getChildren().isEmpty() ? links : unavailable.getText().isEmpty() ? null : unavailable);
        }

        /** A link made once and reused for other rows' applications: new nodes would be styled anew on each paint. */
        private Hyperlink link() {
            Hyperlink link = new Hyperlink();
            link.getStyleClass().add("app-link");
            link.setMinWidth(Region.USE_PREF_SIZE);
            link.setTooltip(new Tooltip());
            return link;
        }

        private void show(Hyperlink link, ApplicationLink app) {
            link.setText(app.label());
            link.setVisited(false);
            link.getTooltip().setText(app.note());
            link.setOnAction(event -> viewModel.openApplication(app));
        }
    }

    /** A small stacked bar of a cluster's node states (idle, running, preparing, unusable, leaving, preempted). */
    private static final class NodeBarCell extends TableCell<ComputeRow, ComputeResource> {
        private static final double WIDTH = 120;
        private final HBox bar = new HBox();
        private final Region[] parts = new Region[ComputeColumn.NODE_STATE_NAMES.size()];
        private final Tooltip tooltip = new Tooltip();

        NodeBarCell() {
            bar.getStyleClass().add("node-bar");
            bar.setMaxWidth(WIDTH);
            bar.setPrefWidth(WIDTH);
            // The six parts are made once and resized, so scrolling does not build nodes or re-apply CSS.
            for (int i = 0; i < parts.length; i++) {
                parts[i] = new Region();
                parts[i].getStyleClass().addAll("node-part", "node-" + ComputeColumn.NODE_STATE_NAMES.get(i));
                HBox.setHgrow(parts[i], Priority.NEVER);
            }
            bar.getChildren().addAll(parts);
        }

        /** The compute shown: a cell asked again for the same one (layout, scrolling back) has nothing to do. */
        private ComputeResource shown;

        @Override
        protected void updateItem(ComputeResource item, boolean empty) {
            super.updateItem(item, empty);
            ComputeResource now = empty ? null : item;
            if (now != null && now == shown) {
                return;
            }
            shown = now;
            if (now == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            int[] counts = ComputeColumn.nodeStateCounts(item);
            int total = 0;
            for (int count : counts) {
                total += count;
            }
            for (int i = 0; i < parts.length; i++) {
                boolean shown = total > 0 && counts[i] > 0;
                parts[i].setVisible(shown);
                parts[i].setManaged(shown);
                parts[i].setPrefWidth(shown ? WIDTH * counts[i] / total : 0);
            }
            tooltip.setText(ComputeColumn.nodeStatesText(item));
            setTooltip(tooltip);
            setGraphic(bar);
        }
    }
}
