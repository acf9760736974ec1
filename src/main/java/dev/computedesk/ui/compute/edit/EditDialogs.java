package dev.computedesk.ui.compute.edit;

import dev.computedesk.domain.time.TimeFormat;
import dev.computedesk.ui.common.DialogService;
import dev.computedesk.ui.common.Fxml;
import dev.computedesk.ui.common.KeyBindings;
import dev.computedesk.ui.common.UiContext;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Opens each edit dialog in a small window, modal over the main window; Cancel closes it, and so do Esc and the close box, asking first when something was changed. */
public final class EditDialogs implements ComputeEditor {
    private final EditServices services;
    private final Supplier<Window> owner;
    private final List<String> stylesheets;
    private final DialogService dialogs;

    public EditDialogs(UiContext context) {
        Objects.requireNonNull(context);
        this.services = new EditServices(context.executor(), context.follower(), context.links());
        this.owner = context.owner();
        this.stylesheets = context.stylesheets();
        this.dialogs = context.dialogs();
    }

    @Override
    public void open(ComputeEdit edit, EditTarget target) {
        Parent root;
        ReadOnlyBooleanProperty closed;
        BooleanSupplier changed = () -> false;
        Runnable cancel;
        switch (edit) {
            case IDLE_SHUTDOWN -> {
                IdleShutdownViewModel viewModel = new IdleShutdownViewModel(services, target);
                root = Fxml.load("compute/edit/IdleShutdownDialog.fxml", new IdleShutdownDialogView(viewModel));
                closed = viewModel.closedProperty();
                changed = () -> viewModel.changedProperty().get();
                cancel = viewModel::cancel;
            }
            case SCALE -> {
                ScaleViewModel viewModel = new ScaleViewModel(services, target);
                root = Fxml.load("compute/edit/ScaleDialog.fxml", new ScaleDialogView(viewModel));
                closed = viewModel.closedProperty();
                changed = () -> viewModel.changedProperty().get();
                cancel = viewModel::cancel;
            }
            case IDENTITY -> {
                IdentityViewModel viewModel = new IdentityViewModel(services, target);
                root = Fxml.load("compute/edit/IdentityDialog.fxml", new IdentityDialogView(viewModel));
                closed = viewModel.closedProperty();
                changed = () -> viewModel.changedProperty().get();
                cancel = viewModel::cancel;
            }
            case AGENT_COUNT -> {
                AgentCountViewModel viewModel = new AgentCountViewModel(services, target);
                root = Fxml.load("compute/edit/AgentCountDialog.fxml", new AgentCountDialogView(viewModel));
                closed = viewModel.closedProperty();
                changed = () -> viewModel.changedProperty().get();
                cancel = viewModel::cancel;
            }
            default -> {
                SchedulesViewModel viewModel = new SchedulesViewModel(services, target, TimeFormat.system(),
                        Instant.now());
                root = Fxml.load("compute/edit/SchedulesDialog.fxml", new SchedulesDialogView(viewModel));
                closed = viewModel.closedProperty();
                cancel = viewModel::close;
            }
        }
        Stage stage = new Stage();
        Window main = owner == null ? null : owner.get();
        if (main != null) {
            stage.initOwner(main);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        Scene scene = new Scene(root);
        if (stylesheets != null) {
            scene.getStylesheets().addAll(stylesheets);
        }
        stage.setScene(scene);
        KeyBindings.askBeforeClosing(stage, changed, dialogs, cancel);
        stage.setTitle(edit.title() + " \u2014 " + target.name());
        closed.addListener((obs, was, now) -> {
            if (now) {
                stage.close();
            }
        });
        stage.show();
    }
}
