package dev.computedesk.bench;

import dev.computedesk.ui.common.Theme;
import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.connect.ConnectionFactory;
import dev.computedesk.azure.model.AmlComputeNode;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.domain.ssh.Shell;
import dev.computedesk.emulator.ClockMode;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.emulator.Emulator;
import dev.computedesk.emulator.EmulatorConfig;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.Confirmation;
import dev.computedesk.ui.common.DialogService;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.ReadySignal;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import dev.computedesk.ui.common.UiContext;
import dev.computedesk.ui.common.WorkspaceContext;
import dev.computedesk.ui.ssh.FxKeyFileChooser;
import dev.computedesk.ui.ssh.RememberedKeyPaths;
import dev.computedesk.ui.ssh.SocketReachabilityProbe;
import dev.computedesk.ui.ssh.SshConfigFile;
import dev.computedesk.ui.ssh.SshHelperServices;
import dev.computedesk.ui.ssh.SshHelperWindow;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Opens the SSH helper on the demo emulator to look at it. First argument: {@code instance} (default),
 * {@code node}, {@code stopped} (stops the SSH instance first) or {@code nossh}; a second argument {@code act}
 * sets a key path and PowerShell, then runs Test connection and Write to {@code ~/.ssh/config}. Uses a temporary
 * home folder, so the real {@code ~/.ssh/config} is never touched. {@code -Dtheme=dark} picks the theme.
 */
public final class SshHelperPreview {

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window; nested because a main class that extends Application cannot start from the class path. */
    public static final class Window extends Application {
        @Override
        public void start(Stage ignored) throws Exception {
            String which = getParameters().getRaw().isEmpty() ? "instance" : getParameters().getRaw().get(0);
            Emulator emulator = Emulator.start(EmulatorConfig.defaults().withClockMode(ClockMode.REAL)
                    .withThrottling(false));
            AzureConnection connection = new ConnectionFactory().emulator(emulator.baseUrl(), emulator.token());
            WorkspaceRef workspace = new WorkspaceRef(DemoSeed.SUBSCRIPTION_ID, DemoSeed.RESOURCE_GROUP,
                    DemoSeed.WORKSPACE, DemoSeed.LOCATION);
            OperationLog operations = new OperationLog();
            TrackingTaskExecutor executor = TrackingTaskExecutor.forFx(operations,
                    TrackingTaskExecutor.defaultWorkers(), Platform::runLater);
            WorkspaceContext context = new WorkspaceContext();
            context.connect(connection);
            context.selectWorkspace(workspace);
            Path home = Files.createTempDirectory("ssh-preview-home");
            Path settings = Files.createTempDirectory("ssh-preview-settings");
            DialogService dialogs = new DialogService() {
                @Override
                public boolean confirm(Confirmation confirmation) {
                    return false;
                }

                @Override
                public void inform(String title, String message) {
                }
            };
            UiContext ui = new UiContext(executor, operations, dialogs, text -> System.out.println("CLIPBOARD " + text),
                    context, null, new ComputeEvents(), url -> System.out.println("OPEN " + url), settings,
                    () -> null, Theme.fromId(System.getProperty("theme", "light")).stylesheets(), ReadySignal.NONE);
            SshHelperServices services = new SshHelperServices(executor, connection.computes(), ui.clipboard(),
                    ui.links(), ui.computeEvents(), new FxKeyFileChooser(() -> null), new RememberedKeyPaths(settings, ui.fileProblems()),
                    new SshConfigFile(home, Clock.systemDefaultZone()), new SocketReachabilityProbe(),
                    SshHelperServices.DEFAULT_PROBE_TIMEOUT, Shell.POSIX);
            ComputeResource compute;
            AmlComputeNode node = null;
            switch (which) {
                case "node":
                    compute = connection.computes().get(workspace, DemoSeed.CLUSTER_WITH_NODES);
                    List<AmlComputeNode> nodes = connection.computes().listNodes(workspace, DemoSeed.CLUSTER_WITH_NODES);
                    node = nodes.get(0);
                    break;
                case "stopped":
                    compute = connection.computes().stop(workspace, DemoSeed.CI_RUNNING_SSH).waitForCompletion();
                    break;
                case "nossh":
                    compute = connection.computes().get(workspace, DemoSeed.CI_NO_PUBLIC_IP);
                    break;
                default:
                    compute = connection.computes().get(workspace, DemoSeed.CI_RUNNING_SSH);
                    break;
            }
            Stage stage = SshHelperWindow.open(ui, compute, node, services);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            if (getParameters().getRaw().contains("act")) {
                // Acts as a user would: a key with spaces, PowerShell, Test connection, Write to ~/.ssh/config.
                ((javafx.scene.control.TextField) stage.getScene().lookup("#privateKeyPathField"))
                        .setText("C:\\Users\\Dana Demo\\.ssh\\ci key.pem");
                @SuppressWarnings("unchecked")
                javafx.scene.control.ComboBox<Shell> shells =
                        (javafx.scene.control.ComboBox<Shell>) stage.getScene().lookup("#shellCombo");
                shells.setValue(Shell.POWERSHELL);
                ((javafx.scene.control.Button) stage.getScene().lookup("#testConnectionButton")).fire();
                javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(
                        javafx.util.Duration.seconds(2));
                later.setOnFinished(event -> ((javafx.scene.control.Button) stage.getScene()
                        .lookup("#writeSshConfigButton")).fire());
                later.play();
            }
        }
    }
}
