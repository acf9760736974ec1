package dev.computedesk.ui.sparkpool;

import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.ui.common.Fxml;
import dev.computedesk.ui.common.KeyBindings;
import dev.computedesk.ui.common.UiContext;
import dev.computedesk.ui.common.form.FxDebouncer;
import dev.computedesk.domain.text.Messages;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the Attach Synapse Spark pool wizard in its own window, owned by the main window. */
public final class SparkPoolWizardWindow {
    private SparkPoolWizardWindow() {
    }

    /**
     * Opens the wizard for the current workspace; returns the window, or null when no workspace is selected (then
     * the user is told so).
     *
     * @param computeName the name to prefill, or null
     * @param prefill     a request sent before ("Edit and retry"), or null for an empty form
     */
    public static Stage open(UiContext context, String computeName, ComputeResource prefill) {
        AzureConnection connection = context.workspace().connection();
        WorkspaceRef workspace = context.workspace().workspace();
        if (connection == null || workspace == null) {
            context.dialogs().inform(Messages.get("sparkpool.sparkPoolWizard.title"),
                    Messages.get("sparkpool.sparkPoolWizard.selectWorkspaceFirst"));
            return null;
        }
        SparkPoolWizardViewModel viewModel = new SparkPoolWizardViewModel(context.executor(), connection, workspace,
                context.follower(), new FxDebouncer(FxDebouncer.NAME_CHECK_DELAY), context.clipboard(), context.links());
        viewModel.prefill(computeName, prefill);
        context.workspace().heldComputes().ifPresent(viewModel::useKnownComputes);
        Stage stage = new Stage();
        Parent root = Fxml.load("sparkpool/SparkPoolWizard.fxml", new SparkPoolWizardView(viewModel, stage::close, context.links()));
        Scene scene = new Scene(root);
        scene.getStylesheets().setAll(context.stylesheets());
        Window owner = context.owner().get();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(Messages.get("sparkpool.sparkPoolWizard.titleIn", workspace.name()));
        stage.setScene(scene);
        KeyBindings.askBeforeClosing(stage, viewModel::isDirty, context.dialogs(), stage::close);
        stage.show();
        viewModel.load();
        return stage;
    }
}
