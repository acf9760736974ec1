package dev.computedesk.ui.shell;

import dev.computedesk.domain.time.TimeFormat;
import dev.computedesk.ui.common.RunningOperation;
import dev.computedesk.domain.text.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * One row of the list of running operations: what it does, what it acts on, when it started, and its own Cancel.
 *
 * <p>Why not ControlsFX's {@code TaskProgressView}: it lists {@code javafx.concurrent.Task}s and enables a row's
 * Cancel only while that Task is in state RUNNING, which only a Task running on a thread reaches. The app's operations
 * are {@code BackgroundTask}s behind the {@code TaskExecutor} seam, so mirroring them as Tasks would park a thread
 * per operation just to draw it (docs/architecture.md "Status bar and running operations").
 */
final class RunningOperationCell extends ListCell<RunningOperation> {
    private final TimeFormat time;
    private final Consumer<RunningOperation> cancel;
    private final Label title = new Label();
    private final Label target = new Label();
    private final Label started = new Label();
    private final Button cancelButton = new Button(Messages.get("shell.running.cancel"));
    private final HBox row;

    RunningOperationCell(TimeFormat time, Consumer<RunningOperation> cancel) {
        this.time = Objects.requireNonNull(time);
        this.cancel = Objects.requireNonNull(cancel);
        title.getStyleClass().add("running-operation-title");
        target.getStyleClass().add("muted");
        started.getStyleClass().add("muted");
        cancelButton.setId("cancelRunningOperationButton");
        cancelButton.getStyleClass().add("link-button");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        row = new HBox(10, title, target, spacer, started, cancelButton);
        row.setAlignment(Pos.CENTER_LEFT);
        setText(null);
    }

    @Override
    protected void updateItem(RunningOperation operation, boolean empty) {
        super.updateItem(operation, empty);
        if (empty || operation == null) {
            setGraphic(null);
            return;
        }
        title.setText(operation.title());
        target.setText(operation.target());
        started.setText(Messages.get("shell.running.started", time.clockTime(operation.startedAt())));
        cancelButton.setOnAction(event -> cancel.accept(operation));
        setGraphic(row);
    }
}
