package dev.computedesk.ui.compute;

import dev.computedesk.ui.common.Fxml;
import dev.computedesk.ui.common.UiContext;
import dev.computedesk.ui.common.WorkspaceContext;
import dev.computedesk.ui.compute.edit.EditDialogs;
import javafx.scene.Node;

import java.util.Optional;

/** Builds the Compute page (its views and view-models) from the app's shared services. */
public final class ComputePage {
    private ComputePage() {
    }

    /**
     * The page's root node ({@code #computePage}). It follows the context's workspace (reloading when it
     * changes), listens to compute events from the forms, and signals {@code ready} once its first list shows.
     */
    public static Node create(UiContext context) {
        return create(context, new FxRefreshScheduler());
    }

    /** As {@link #create(UiContext)}, with the scheduler of live re-reads given (tests pass their own). */
    public static Node create(UiContext context, RefreshScheduler scheduler) {
        ComputePageViewModel viewModel = new ComputePageViewModel(context.executor(), context.dialogs(),
                context.clipboard(), context.links(), context.navigator(), scheduler, context.follower(),
                new EditDialogs(context));
        WorkspaceContext workspace = context.workspace();
        workspace.workspaceProperty().addListener((obs, old, ws) -> viewModel.show(workspace.connection(), ws));
        workspace.connectionProperty().addListener((obs, old, connection) ->
                viewModel.show(connection, workspace.workspace()));
        // Windows opened from this page (the Spark pool wizard) use its complete list instead of listing again.
        workspace.holdComputes((connection, ws) -> connection != null && connection == workspace.connection()
                && ws != null && ws.equals(viewModel.workspace()) && viewModel.loadedProperty().get()
                && !viewModel.loadingProperty().get()
                ? Optional.of(viewModel.rows().stream().map(ComputeRow::compute).toList()) : Optional.empty());
        Node root = Fxml.load("compute/ComputePage.fxml", new ComputePageView(viewModel, context.ready()));
        viewModel.show(workspace.connection(), workspace.workspace());
        return root;
    }
}
