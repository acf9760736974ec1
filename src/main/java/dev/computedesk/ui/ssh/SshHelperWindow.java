package dev.computedesk.ui.ssh;

import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.model.AmlComputeNode;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.domain.ssh.Shell;
import dev.computedesk.ui.common.Fxml;
import dev.computedesk.ui.common.KeyBindings;
import dev.computedesk.ui.common.UiContext;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Opens the SSH connection helper for a compute instance or a cluster node, in its own window beside the main one.
 * The Compute page reaches it through {@code Navigator.openSshHelper}.
 */
public final class SshHelperWindow {
    private SshHelperWindow() {
    }

    /**
     * Opens the helper with the app's services: the system clipboard and browser of {@code context}, the user's
     * {@code ~/.ssh/config}, key paths remembered in {@code context.settings()}, a real TCP check.
     *
     * @param compute the compute instance, or the cluster the node belongs to, as last read
     * @param node    the cluster node, or null for a compute instance
     */
    public static void open(UiContext context, ComputeResource compute, AmlComputeNode node) {
        AzureConnection connection = Objects.requireNonNull(context.workspace().connection(), "No connection");
        SshHelperServices services = new SshHelperServices(context.executor(), connection.computes(),
                context.clipboard(), context.links(), context.computeEvents(), new FxKeyFileChooser(context.owner()),
                new RememberedKeyPaths(context.settings()), SshConfigFile.forCurrentUser(),
                new SocketReachabilityProbe(), SshHelperServices.DEFAULT_PROBE_TIMEOUT, Shell.current(),
                context.follower(), context.keyFolder());
        open(context, compute, node, services).show();
    }

    /**
     * Builds the helper's window with the given services (tests pass a temporary home folder, a recording clipboard)
     * and starts loading the remembered key path and {@code ~/.ssh/config}; the caller shows it.
     */
    public static Stage open(UiContext context, ComputeResource compute, AmlComputeNode node,
                             SshHelperServices services) {
        SshSubject subject = SshSubject.of(SshSubject.workspaceOf(compute, context.workspace().workspace()), compute,
                node);
        SshHelperViewModel viewModel = new SshHelperViewModel(subject, services);
        Stage stage = new Stage();
        Window owner = context.owner() == null ? null : context.owner().get();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setScene(scene(viewModel, context));
        if (viewModel.subject().permanentProperty().get()) {
            // Only the reason and the advice are shown: no need for the full height of the commands.
            stage.setHeight(340);
        }
        stage.titleProperty().bind(viewModel.subject().titleProperty());
        stage.setOnHidden(event -> {
            viewModel.connectionTest().cancelTest();
            viewModel.keys().rememberKeyPath();
        });
        // The helper's one input, the key path, is remembered as the window closes: Esc closes it without a question.
        KeyBindings.askBeforeClosing(stage, () -> false, context.dialogs(), stage::hide);
        // Start on Copy (the usual errand) or Start, not in the key field, whose hint would then be hidden.
        stage.setOnShown(event -> focusFirst(stage.getScene(), "#copySshButton", "#startFirstButton", "#closeButton"));
        viewModel.load();
        return stage;
    }

    /**
     * "Generate new key pair" for a create form: saves through the system file dialog (opening in the settings' SSH
     * key folder or {@code ~/.ssh}, then where a key was last saved), and remembers the private key's path in
     * {@code context.settings()} for this helper.
     */
    public static SshKeyPairViewModel keyPairGenerator(UiContext context) {
        return new SshKeyPairViewModel(context.executor(), new FxKeyFileChooser(context.owner()),
                new RememberedKeyPaths(context.settings()), context.keyFolder());
    }

    private static void focusFirst(Scene scene, String... ids) {
        for (String id : ids) {
            Node node = scene.lookup(id);
            if (node != null && node.isVisible() && !node.isDisabled()) {
                node.requestFocus();
                return;
            }
        }
    }

    /** The helper's scene for a view-model, with the theme's stylesheets. */
    public static Scene scene(SshHelperViewModel viewModel, UiContext context) {
        Parent root = Fxml.load("ssh/SshHelper.fxml", new SshHelperView(viewModel));
        Scene scene = new Scene(root);
        if (context != null && context.stylesheets() != null) {
            scene.getStylesheets().addAll(context.stylesheets());
        }
        return scene;
    }
}
