package dev.computedesk.ui.shell;

import dev.computedesk.ui.common.TableColumns;
import dev.computedesk.azure.http.CallRecord;
import dev.computedesk.ui.common.ActivityEntry;
import dev.computedesk.ui.common.ErrorBanner;
import dev.computedesk.ui.common.Page;
import dev.computedesk.domain.time.TimeFormat;
import dev.computedesk.files.FileProblem;
import dev.computedesk.ui.common.RunningOperation;
import dev.computedesk.domain.text.Messages;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.control.StatusBar;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/** The main window's controller: binds {@code Shell.fxml} to the {@link ShellViewModel}. */
public final class ShellView {
    /** The one time formatter, in the machine's zone and locale. */
    private final TimeFormat time = TimeFormat.system();
    private static final double RUNNING_ROW_HEIGHT = 28;

    private final ShellViewModel viewModel;
    private final Map<Page, Supplier<Node>> pageFactories;
    private final Map<Page, Node> pages = new EnumMap<>(Page.class);

    @FXML private SearchableComboBox<WorkspaceChoice> workspacePicker;
    @FXML private Label connectionLabel;
    @FXML private Button signInButton;
    @FXML private ToggleButton navCompute;
    @FXML private ToggleButton navLinkedServices;
    @FXML private ErrorBanner connectionBanner;
    @FXML private VBox fileNotices;
    @FXML private StackPane contentArea;
    @FXML private VBox activityLogPane;
    @FXML private TableView<ActivityEntry> activityLogTable;
    @FXML private TableColumn<ActivityEntry, String> timeColumn;
    @FXML private TableColumn<ActivityEntry, String> titleColumn;
    @FXML private TableColumn<ActivityEntry, String> targetColumn;
    @FXML private TableColumn<ActivityEntry, String> resultColumn;
    @FXML private TableColumn<ActivityEntry, String> statusColumn;
    @FXML private TableColumn<ActivityEntry, String> requestIdColumn;
    @FXML private TableColumn<ActivityEntry, String> durationColumn;
    @FXML private TableView<CallRecord> activityCallsTable;
    @FXML private TableColumn<CallRecord, String> callMethodColumn;
    @FXML private TableColumn<CallRecord, String> callPathColumn;
    @FXML private TableColumn<CallRecord, String> callStatusColumn;
    @FXML private TableColumn<CallRecord, String> callRequestIdColumn;
    @FXML private TableColumn<CallRecord, String> callDurationColumn;
    @FXML private StatusBar statusBar;
    @FXML private Button cancelOperationButton;
    @FXML private ToggleButton runningOperationsButton;
    @FXML private VBox runningOperationsPane;
    @FXML private ListView<RunningOperation> runningOperationsList;
    @FXML private ToggleButton activityLogButton;
    @FXML private Button exportActivityLogButton;
    @FXML private Label exportActivityLogResult;
    @FXML private Button openLogFolderButton;

    /**
     * @param pageFactories builds each page's root node the first time it is shown
     */
    public ShellView(ShellViewModel viewModel, Map<Page, Supplier<Node>> pageFactories) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.pageFactories = Map.copyOf(pageFactories);
    }

    @FXML
    private void initialize() {
        bindWorkspacePicker();
        connectionLabel.textProperty().bind(viewModel.connectionTextProperty());
        // The pages own #errorBanner/#retryButton (docs/ui-contract.md); the shell's banner answers to its own ids.
        connectionBanner.setIds("connectionBanner", "connectionRetryButton");
        connectionBanner.errorProperty().bind(viewModel.errorProperty());
        connectionBanner.setOnRetry(viewModel::retry);
        connectionBanner.retryTextProperty().bind(viewModel.errorActionTextProperty());

        viewModel.fileNotices().addListener((ListChangeListener<FileProblem>) change -> showFileNotices());
        showFileNotices();

        ToggleGroup navigation = new ToggleGroup();
        navCompute.setToggleGroup(navigation);
        navLinkedServices.setToggleGroup(navigation);
        viewModel.currentPageProperty().addListener((obs, old, page) -> show(page));
        show(viewModel.currentPageProperty().get());

        bindStatusBar();

        activityLogButton.selectedProperty().bindBidirectional(viewModel.activityLogVisibleProperty());
        activityLogPane.visibleProperty().bind(viewModel.activityLogVisibleProperty());
        activityLogPane.managedProperty().bind(viewModel.activityLogVisibleProperty());
        bindActivityLog();
        exportActivityLogResult.textProperty().bind(viewModel.exportResultProperty());
        openLogFolderButton.visibleProperty().bind(viewModel.logFolderAvailableProperty());
        openLogFolderButton.managedProperty().bind(viewModel.logFolderAvailableProperty());
    }

    /**
     * While the searchable picker is open, its value follows the filtered list as the user types or moves with the
     * arrow keys; switching the workspace (and reloading every page) at each keystroke would be noise, so the choice
     * reaches the view-model when the list closes (Enter, a click, Tab; Escape restores the previous one first).
     */
    private void bindWorkspacePicker() {
        workspacePicker.setItems(viewModel.workspaces());
        workspacePicker.setValue(viewModel.selectedWorkspaceProperty().get());
        viewModel.selectedWorkspaceProperty().addListener((obs, old, choice) -> workspacePicker.setValue(choice));
        workspacePicker.valueProperty().addListener((obs, old, choice) -> {
            if (!workspacePicker.isShowing()) {
                commitWorkspace(choice);
            }
        });
        workspacePicker.showingProperty().addListener((obs, wasShowing, showing) -> {
            if (!showing) {
                commitWorkspace(workspacePicker.getValue());
            }
        });
    }

    /**
     * A filter that matches nothing leaves the picker without a value; that is not a choice (the user cannot pick
     * "no workspace"), so the picker shows the current workspace again.
     */
    private void commitWorkspace(WorkspaceChoice choice) {
        if (choice == null && viewModel.workspaces().contains(viewModel.selectedWorkspaceProperty().get())) {
            workspacePicker.setValue(viewModel.selectedWorkspaceProperty().get());
        } else {
            viewModel.selectedWorkspaceProperty().set(choice);
        }
    }

    private void bindStatusBar() {
        statusBar.textProperty().bind(viewModel.statusTextProperty());
        // The bar's own progress bar: indeterminate while anything runs, hidden (progress 0) when idle.
        statusBar.progressProperty().bind(Bindings.when(viewModel.busyProperty())
                .then(ProgressIndicator.INDETERMINATE_PROGRESS).otherwise(0.0));
        // The skin's label keeps the id #statusLabel that tests have read since the bar was hand-made.
        statusBar.skinProperty().addListener((obs, old, skin) -> {
            Node label = statusBar.lookup(".status-label");
            if (label != null) {
                label.setId("statusLabel");
            }
        });
        for (Node busyOnly : List.of(cancelOperationButton, runningOperationsButton)) {
            busyOnly.visibleProperty().bind(viewModel.busyProperty());
            busyOnly.managedProperty().bind(viewModel.busyProperty());
        }
        runningOperationsButton.selectedProperty().bindBidirectional(viewModel.runningOperationsShownProperty());
        runningOperationsPane.visibleProperty().bind(viewModel.runningOperationsVisibleProperty());
        runningOperationsPane.managedProperty().bind(viewModel.runningOperationsVisibleProperty());
        runningOperationsList.setItems(viewModel.runningOperations());
        runningOperationsList.setCellFactory(list -> new RunningOperationCell(time, viewModel::cancel));
        // As tall as its rows (up to five, then it scrolls), instead of a block of empty stripes.
        runningOperationsList.setFixedCellSize(RUNNING_ROW_HEIGHT);
        runningOperationsList.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(5, Math.max(1, viewModel.runningOperations().size())) * RUNNING_ROW_HEIGHT + 4,
                viewModel.runningOperations()));
    }

    private void showFileNotices() {
        fileNotices.getChildren().setAll(viewModel.fileNotices().stream().map(this::fileNotice).toList());
        boolean any = !viewModel.fileNotices().isEmpty();
        fileNotices.setVisible(any);
        fileNotices.setManaged(any);
    }

    private Node fileNotice(FileProblem problem) {
        Label text = new Label(problem.message());
        text.setWrapText(true);
        text.getStyleClass().add("file-notice-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button copy = new Button(Messages.get("shell.main.copyPath"));
        copy.setId("fileNoticeCopyButton");
        copy.getStyleClass().add("link-button");
        copy.setOnAction(event -> viewModel.copyFileNoticePath(problem));
        Button dismiss = new Button(Messages.get("shell.main.dismissNotice"));
        dismiss.setId("fileNoticeDismissButton");
        dismiss.getStyleClass().add("link-button");
        dismiss.setOnAction(event -> viewModel.dismissFileNotice(problem));
        HBox notice = new HBox(text, copy, dismiss);
        notice.getStyleClass().add("file-notice");
        return notice;
    }

    private void bindActivityLog() {
        activityLogTable.setItems(viewModel.activityEntries());
        activityLogTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        TableColumns.text(timeColumn, entry -> time.clockTime(entry.startedAt()));
        TableColumns.text(titleColumn, ActivityEntry::title);
        TableColumns.text(targetColumn, ActivityEntry::target);
        TableColumns.text(resultColumn, ActivityEntry::resultText);
        TableColumns.text(statusColumn, entry -> entry.lastStatus() == 0 ? "" : Integer.toString(entry.lastStatus()));
        TableColumns.text(requestIdColumn, ActivityEntry::firstRequestId);
        TableColumns.text(durationColumn, entry -> millis(entry.duration()));
        activityLogTable.getSelectionModel().selectedItemProperty().addListener(
                (obs, old, entry) -> viewModel.selectedEntryProperty().set(entry));

        MenuItem copy = new MenuItem(Messages.get("shell.main.copyEntries"));
        copy.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN));
        copy.setOnAction(event -> copySelection());
        activityLogTable.setContextMenu(new ContextMenu(copy));
        activityLogTable.setOnKeyPressed(event -> {
            if (copy.getAccelerator().match(event)) {
                copySelection();
                event.consume();
            }
        });

        activityCallsTable.setItems(viewModel.selectedCalls());
        TableColumns.text(callMethodColumn, CallRecord::method);
        callPathColumn.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(
                cell.getValue().path()));
        callPathColumn.setCellFactory(column -> new CallPathCell());
        TableColumns.text(callStatusColumn, call -> call.status() == 0 ? Messages.get("shell.main.callFailed")
                : Integer.toString(call.status()));
        TableColumns.text(callRequestIdColumn, call -> call.requestId() == null ? "" : call.requestId());
        TableColumns.text(callDurationColumn, call -> millis(call.duration()));
    }

    private void copySelection() {
        viewModel.copyEntries(List.copyOf(activityLogTable.getSelectionModel().getSelectedItems()));
    }

    private static String millis(Duration duration) {
        return Messages.get("shell.main.milliseconds", Long.toString(duration.toMillis()));
    }

    private void show(Page page) {
        (page == Page.COMPUTE ? navCompute : navLinkedServices).setSelected(true);
        Node node = pages.computeIfAbsent(page, p -> pageFactories.get(p).get());
        contentArea.getChildren().setAll(node);
    }

    @FXML
    private void showCompute() {
        viewModel.navigate(Page.COMPUTE);
        navCompute.setSelected(true);
    }

    @FXML
    private void showLinkedServices() {
        viewModel.navigate(Page.LINKED_SERVICES);
        navLinkedServices.setSelected(true);
    }

    @FXML
    private void openSettings() {
        viewModel.openSettings();
    }

    @FXML
    private void signIn() {
        viewModel.signIn();
    }

    /** The file chooser is the view's; the writing happens in the background (the view-model's task). */
    @FXML
    private void exportActivityLog() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(Messages.get("shell.main.exportTitle"));
        chooser.setInitialFileName("compute-desk-activity.json");
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("JSON", "*.json"));
        java.io.File file = chooser.showSaveDialog(exportActivityLogButton.getScene().getWindow());
        if (file != null) {
            viewModel.exportActivityLog(file.toPath());
        }
    }

    @FXML
    private void openLogFolder() {
        viewModel.openLogFolder();
    }

    @FXML
    private void cancelOperation() {
        viewModel.cancelNewestOperation();
    }
}
