package dev.computedesk.ui.compute;

import dev.computedesk.ui.common.UiContext;
import dev.computedesk.ui.shell.Page;
import dev.computedesk.ui.shell.PlaceholderPage;
import javafx.scene.Node;

/** Builds the Compute page (its views and view-models) from the app's shared services. */
public final class ComputePage {
    private ComputePage() {
    }

    public static Node create(UiContext context) {
        context.workspace().workspaceProperty().addListener((obs, old, workspace) -> {
            if (workspace != null) {
                context.ready().computeListShown();
            }
        });
        return PlaceholderPage.create(Page.COMPUTE, "computePage");
    }
}
