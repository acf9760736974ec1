package dev.computedesk.ui.linkedservices;

import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.ui.common.ComputeFormKind;
import dev.computedesk.ui.common.Fxml;
import dev.computedesk.ui.common.KeyBindings;
import dev.computedesk.ui.common.UiContext;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.BooleanSupplier;

/**
 * Builds the Linked services page from the app's shared services. The page follows the selected workspace
 * ({@code context.workspace().workspaceProperty()}) and opens Add integration and a link's Attach step in windows
 * owned by the main window.
 */
public final class LinkedServicesPage {
    private LinkedServicesPage() {
    }

    public static Node create(UiContext context) {
        LinkedServicesViewModel viewModel = new LinkedServicesViewModel(context.executor(), context.workspace(),
                context.dialogs(), context.clipboard(), context.computeEvents());
        LinkedServicesView.Windows windows = new LinkedServicesView.Windows() {
            @Override
            public void addIntegration() {
                openAddIntegration(context, viewModel);
            }

            @Override
            public void attach(LinkedServiceRow link) {
                openAttach(context, link);
            }
        };
        Parent root = Fxml.load("linkedservices/LinkedServices.fxml", new LinkedServicesView(viewModel, windows));
        viewModel.refresh();
        return root;
    }

    /** Opens the Add integration wizard for the page's workspace; returns its window, or null without a workspace. */
    static Stage openAddIntegration(UiContext context, LinkedServicesViewModel page) {
        AzureConnection connection = context.workspace().connection();
        WorkspaceRef workspace = context.workspace().workspace();
        if (connection == null || workspace == null) {
            return null;
        }
        AddIntegrationViewModel viewModel = new AddIntegrationViewModel(context.executor(), connection, workspace,
                page.linkTargets(), context.follower(), context.clipboard(),
                () -> context.navigator().openCreateForm(ComputeFormKind.SYNAPSE_SPARK), page::linkCreated);
        Stage stage = new Stage();
        show(context, stage, Fxml.load("linkedservices/AddIntegration.fxml", new AddIntegrationView(viewModel, stage::close, context.links())),
                Messages.get("linked.code.window.add", workspace.name()), viewModel::isDirty);
        viewModel.load();
        return stage;
    }

    /** Opens a link's Attach step; returns its window, or null without a workspace. */
    static Stage openAttach(UiContext context, LinkedServiceRow link) {
        AzureConnection connection = context.workspace().connection();
        WorkspaceRef workspace = context.workspace().workspace();
        if (connection == null || workspace == null || link == null) {
            return null;
        }
        AttachPoolsViewModel viewModel = new AttachPoolsViewModel(context.executor(), connection, workspace, link,
                context.follower());
        Stage stage = new Stage();
        show(context, stage, Fxml.load("linkedservices/AttachPools.fxml", new AttachPoolsView(viewModel, stage::close, context.links())),
                Messages.get("linked.code.window.attach", link.name()), viewModel::isDirty);
        viewModel.load();
        return stage;
    }

    /** Shows a wizard's window; Esc and the close box ask first while {@code dirty} says input would be lost. */
    private static void show(UiContext context, Stage stage, Parent root, String title, BooleanSupplier dirty) {
        Scene scene = new Scene(root);
        scene.getStylesheets().setAll(context.stylesheets());
        Window owner = context.owner().get();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(title);
        stage.setScene(scene);
        KeyBindings.askBeforeClosing(stage, dirty, context.dialogs(), stage::close);
        stage.show();
    }
}
