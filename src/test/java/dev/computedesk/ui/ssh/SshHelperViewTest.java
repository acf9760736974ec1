package dev.computedesk.ui.ssh;

import dev.computedesk.azure.ArmOperation;
import dev.computedesk.azure.ComputeClient;
import dev.computedesk.azure.model.AmlComputeNode;
import dev.computedesk.azure.model.ComputeInstanceProperties;
import dev.computedesk.azure.model.ComputeInstanceSettings;
import dev.computedesk.azure.model.ComputeInstanceSshSettings;
import dev.computedesk.domain.compute.ComputeInstanceState;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.domain.ssh.Shell;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.Confirmation;
import dev.computedesk.ui.common.DialogService;
import dev.computedesk.ui.common.Navigator;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.ReadySignal;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import dev.computedesk.ui.common.UiContext;
import dev.computedesk.ui.common.WorkspaceContext;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The SSH helper's window, headless, against the emulator on a manual clock. */
@ExtendWith(ApplicationExtension.class)
class SshHelperViewTest {
    private static final String TEST_PUBLIC_KEY = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDtest test@desk";

    private static EmulatorFixture fixture;
    private static WorkspaceRef workspace;
    private static ComputeClient computes;

    @TempDir Path settingsDir;
    @TempDir Path home;

    private final OperationLog operations = new OperationLog();
    private final List<String> clipboard = Collections.synchronizedList(new ArrayList<>());
    private final List<String> links = Collections.synchronizedList(new ArrayList<>());
    private final List<ComputeEvents.Change> changes = Collections.synchronizedList(new ArrayList<>());
    private final SshTestSupport.ScriptedChooser chooser = new SshTestSupport.ScriptedChooser();
    private TrackingTaskExecutor executor;
    private UiContext context;
    private Stage helper;

    @BeforeAll
    static void startEmulator() {
        fixture = EmulatorFixture.start();
        workspace = fixture.demoWorkspace();
        computes = fixture.connection().computes();
    }

    @AfterAll
    static void stopEmulator() {
        fixture.close();
    }

    @Start
    void start(Stage stage) {
        executor = TrackingTaskExecutor.forFx(operations, TrackingTaskExecutor.defaultWorkers(), Platform::runLater);
        WorkspaceContext workspaceContext = new WorkspaceContext();
        workspaceContext.connect(fixture.connection());
        workspaceContext.selectWorkspace(workspace);
        ComputeEvents events = new ComputeEvents();
        events.addListener(changes::add);
        context = new UiContext(executor, operations, new NoDialogs(), clipboard::add, workspaceContext,
                new NoNavigation(), events, links::add, settingsDir, () -> null, List.of(), ReadySignal.NONE);
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        if (helper != null) {
            robot.interact(helper::hide);
        }
        executor.close();
    }

    private void openHelper(FxRobot robot, ComputeResource compute, AmlComputeNode node) {
        SshHelperServices services = SshTestSupport.services(executor, computes, clipboard, links,
                context.computeEvents(), chooser, settingsDir, home, Shell.POSIX);
        robot.interact(() -> {
            helper = SshHelperWindow.open(context, compute, node, services);
            helper.show();
        });
    }

    private static String text(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        if (node instanceof TextField field) {
            return field.getText();
        }
        if (node instanceof TextArea area) {
            return area.getText();
        }
        return ((Label) node).getText();
    }

    private static boolean shown(FxRobot robot, String id) {
        // Visible on screen: the node and every parent up to the scene's root.
        for (Node node = robot.lookup(id).query(); node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void connectOnASeededInstanceFillsTheFieldsAndCopyPutsTheExactText(FxRobot robot) {
        ComputeResource instance = computes.get(workspace, DemoSeed.CI_RUNNING_SSH);
        String ip = ((ComputeInstanceProperties) instance.properties()).properties().connectivityEndpoints()
                .publicIpAddress();

        openHelper(robot, instance, null);

        assertThat(helper.getTitle()).isEqualTo("Connect to ci-dana-ssh");
        assertThat(text(robot, "#sshCommandField")).isEqualTo("ssh -p 50000 azureuser@" + ip);
        assertThat(text(robot, "#scpCommandField")).isEqualTo("scp -P 50000 file.txt azureuser@" + ip + ":~/");
        assertThat(text(robot, "#scpDownloadField")).isEqualTo("scp -P 50000 azureuser@" + ip + ":file.txt .");
        assertThat(text(robot, "#sshConfigArea")).isEqualTo("Host ws-demo-ci-dana-ssh\n  HostName " + ip
                + "\n  Port 50000\n  User azureuser\n");
        assertThat(text(robot, "#vscodeLinkField"))
                .isEqualTo("vscode://vscode-remote/ssh-remote+ws-demo-ci-dana-ssh/home/azureuser");
        assertThat(shown(robot, "#sshUnavailableLabel")).isFalse();
        assertThat(shown(robot, "#startFirstButton")).isFalse();
        @SuppressWarnings("unchecked")
        ComboBox<Shell> shells = robot.lookup("#shellCombo").queryAs(ComboBox.class);
        assertThat(shells.getValue()).isEqualTo(Shell.POSIX);

        robot.clickOn("#copySshButton");
        robot.clickOn("#copyScpButton");
        robot.clickOn("#copyScpDownloadButton");

        assertThat(clipboard).containsExactly("ssh -p 50000 azureuser@" + ip,
                "scp -P 50000 file.txt azureuser@" + ip + ":~/", "scp -P 50000 azureuser@" + ip + ":file.txt .");
        assertThat(text(robot, "#feedbackLabel")).isEqualTo("Copied the scp download command.");
    }

    @Test
    void connectOnANodeFillsTheFieldsWithTheNodesPort(FxRobot robot) {
        ComputeResource cluster = computes.get(workspace, DemoSeed.CLUSTER_WITH_NODES);
        AmlComputeNode node = computes.listNodes(workspace, DemoSeed.CLUSTER_WITH_NODES).get(1);

        openHelper(robot, cluster, node);

        assertThat(text(robot, "#nodeLabel")).startsWith("Node " + node.nodeId() + " of compute cluster cpu-cluster");
        assertThat(text(robot, "#sshCommandField")).isEqualTo("ssh -p 50001 azureuser@" + node.publicIpAddress());
        robot.clickOn("#copySshConfigButton");
        assertThat(clipboard).singleElement().asString().contains("  Port 50001\n");
    }

    @Test
    void typingAKeyPathWithSpacesAndChoosingPowerShellRequotesTheCommand(FxRobot robot) {
        ComputeResource instance = computes.get(workspace, DemoSeed.CI_RUNNING_SSH);
        openHelper(robot, instance, null);

        robot.clickOn("#privateKeyPathField").write("C:\\Keys\\My Key.pem");
        @SuppressWarnings("unchecked")
        ComboBox<Shell> shells = robot.lookup("#shellCombo").queryAs(ComboBox.class);
        robot.interact(() -> shells.setValue(Shell.POWERSHELL));

        assertThat(text(robot, "#sshCommandField")).startsWith("ssh -i 'C:\\Keys\\My Key.pem' -p 50000 azureuser@");
        robot.clickOn("#copySshButton");
        assertThat(clipboard).singleElement().asString().startsWith("ssh -i 'C:\\Keys\\My Key.pem' -p 50000 ");
    }

    @Test
    void browsingForAKeyAddsItToEveryCommandAndRemembersItForTheNextOpening(FxRobot robot) throws Exception {
        ComputeResource instance = computes.get(workspace, DemoSeed.CI_RUNNING_SSH);
        Path key = Files.writeString(home.resolve("ci dana.pem"), "not read by the app");
        chooser.answer(key);
        openHelper(robot, instance, null);

        robot.clickOn("#browseKeyButton");

        assertThat(text(robot, "#privateKeyPathField")).isEqualTo(key.toString());
        assertThat(text(robot, "#sshCommandField")).startsWith("ssh -i '" + key + "' -p 50000 azureuser@");
        assertThat(text(robot, "#scpCommandField")).startsWith("scp -i '" + key + "' -P 50000 file.txt ");
        assertThat(text(robot, "#sshConfigArea")).endsWith("  IdentityFile \"" + key + "\"\n");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> Files.exists(settingsDir.resolve(RememberedKeyPaths.FILE_NAME)));
        robot.interact(helper::hide);

        openHelper(robot, instance, null);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> text(robot, "#privateKeyPathField").equals(key.toString()));
        assertThat(text(robot, "#sshCommandField")).startsWith("ssh -i '" + key + "' -p 50000 ");
    }

    @Test
    void anInstanceWithoutSshShowsTheReason(FxRobot robot) {
        openHelper(robot, computes.get(workspace, DemoSeed.CI_NO_PUBLIC_IP), null);

        assertThat(shown(robot, "#sshUnavailableLabel")).isTrue();
        assertThat(text(robot, "#sshUnavailableLabel")).startsWith("SSH access was not enabled when this compute was "
                + "created, and it cannot be turned on later.");
        assertThat(shown(robot, "#startFirstButton")).isFalse();
        assertThat(text(robot, "#sshCommandField")).isEmpty();
        assertThat(robot.lookup("#copySshButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#testConnectionButton").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void aStoppedInstanceOffersStartFirstWhichStartsItInTheBackground(FxRobot robot) throws Exception {
        ComputeResource stopped = createStoppedInstanceWithSsh("ci-ssh-stopped");

        openHelper(robot, stopped, null);

        assertThat(text(robot, "#sshUnavailableLabel"))
                .isEqualTo("The compute instance is Stopped. Start it first, then connect.");
        Button start = robot.lookup("#startFirstButton").queryAs(Button.class);
        assertThat(shown(robot, "#startFirstButton")).isTrue();
        assertThat(start.getText()).isEqualTo("Start ci-ssh-stopped");
        assertThat(text(robot, "#sshCommandField")).isEmpty();

        robot.clickOn("#startFirstButton");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> instanceState("ci-ssh-stopped")
                == ComputeInstanceState.STARTING);
        assertThat(operations.running()).extracting(op -> op.title())
                .contains("Starting compute instance ci-ssh-stopped");
        assertThat(start.isDisabled()).isTrue();
        fixture.tick(Duration.ofMinutes(10));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !text(robot, "#sshCommandField").isEmpty());

        assertThat(text(robot, "#sshCommandField")).startsWith("ssh -p 50000 azureuser@20.");
        assertThat(shown(robot, "#startFirstButton")).isFalse();
        assertThat(shown(robot, "#sshUnavailableLabel")).isFalse();
        assertThat(changes).anyMatch(change -> change.computeName().equals("ci-ssh-stopped")
                && change.kind() == ComputeEvents.Kind.CHANGED);
    }

    @Test
    void writeToSshConfigWritesThePreviewedBlockIntoTheHomeFolder(FxRobot robot) throws Exception {
        openHelper(robot, computes.get(workspace, DemoSeed.CI_RUNNING_SSH), null);
        Button write = robot.lookup("#writeSshConfigButton").queryAs(Button.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !write.isDisabled());
        String preview = text(robot, "#sshConfigPreviewArea");
        assertThat(preview).contains("Host ws-demo-ci-dana-ssh\n");

        robot.clickOn("#writeSshConfigButton");

        Path config = home.resolve(".ssh").resolve("config");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#sshConfigStatusLabel").startsWith("Wrote"));
        assertThat(Files.readString(config)).isEqualTo(preview);
    }

    @Test
    void aReadOnlySshConfigOffersTheBlockToCopyInsteadOfWriting(FxRobot robot) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(home.getFileSystem().supportedFileAttributeViews()
                .contains("posix"), "POSIX permissions");
        Path config = Files.createDirectories(home.resolve(".ssh")).resolve("config");
        Files.writeString(config, "Host *\n  User root\n");
        Files.setPosixFilePermissions(config, java.nio.file.attribute.PosixFilePermissions.fromString("r--------"));
        openHelper(robot, computes.get(workspace, DemoSeed.CI_RUNNING_SSH), null);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#sshConfigStatusLabel")
                .startsWith("~/.ssh/config is read-only"));
        assertThat(robot.lookup("#writeSshConfigButton").queryAs(Button.class).isDisabled()).isTrue();
        Button copy = robot.lookup("#copySshConfigBlockButton").queryAs(Button.class);
        assertThat(shown(robot, "#copySshConfigBlockButton")).isTrue();
        assertThat(copy.isDisabled()).isFalse();
        String block = text(robot, "#sshConfigPreviewArea");
        assertThat(block).startsWith("# BEGIN Compute Desk managed hosts\n").contains("Host ws-demo-ci-dana-ssh\n");
        assertThat(clipboard).isEmpty();

        robot.clickOn("#copySshConfigBlockButton");

        assertThat(clipboard).containsExactly(block);
        assertThat(Files.readString(config)).isEqualTo("Host *\n  User root\n");
    }

    @Test
    void testConnectionReportsReachableAndRefused(FxRobot robot) throws Exception {
        int closedPort;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = closed.getLocalPort();
        }
        try (ServerSocket listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            openHelper(robot, SshTestSupport.instanceAt("ci-local", "127.0.0.1", listening.getLocalPort(),
                    ComputeInstanceState.RUNNING), null);

            robot.clickOn("#testConnectionButton");

            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> text(robot, "#testConnectionResult").startsWith("Reachable"));
            assertThat(robot.lookup("#testConnectionResult").query().getStyleClass()).contains("state-ok");
        }
        robot.interact(helper::hide);

        openHelper(robot, SshTestSupport.instanceAt("ci-local", "127.0.0.1", closedPort,
                ComputeInstanceState.RUNNING), null);
        robot.clickOn("#testConnectionButton");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#testConnectionResult").startsWith("Refused"));
        assertThat(robot.lookup("#testConnectionResult").query().getStyleClass()).contains("state-error");
    }

    private ComputeResource createStoppedInstanceWithSsh(String name) {
        ComputeInstanceSettings settings = ComputeInstanceSettings.forCreate("Standard_DS3_v2", null, null,
                new ComputeInstanceSshSettings("Enabled", null, null, TEST_PUBLIC_KEY), null, null, null, null, null);
        ArmOperation<ComputeResource> create = computes.createOrUpdate(workspace, name, ComputeResource.request(
                DemoSeed.LOCATION, null, ComputeInstanceProperties.forRequest(null, null, settings)));
        fixture.tick(Duration.ofMinutes(10));
        create.waitForCompletion();
        ArmOperation<ComputeResource> stop = computes.stop(workspace, name);
        fixture.tick(Duration.ofMinutes(10));
        ComputeResource stopped = stop.waitForCompletion();
        assertThat(instanceState(name)).isEqualTo(ComputeInstanceState.STOPPED);
        return stopped;
    }

    private static ComputeInstanceState instanceState(String name) {
        return ((ComputeInstanceProperties) computes.get(workspace, name).properties()).properties().state();
    }

    /** Tests here never ask the user anything. */
    private static final class NoDialogs implements DialogService {
        @Override
        public boolean confirm(Confirmation confirmation) {
            throw new AssertionError("Unexpected confirmation: " + confirmation);
        }

        @Override
        public void inform(String title, String message) {
            throw new AssertionError("Unexpected notice: " + title + ": " + message);
        }
    }

    /** The helper opens nothing else. */
    private static final class NoNavigation implements Navigator {
        @Override
        public void openCreateForm(dev.computedesk.ui.common.ComputeFormKind kind) {
            throw new AssertionError("Unexpected navigation");
        }

        @Override
        public void openEditAndRetry(dev.computedesk.ui.common.ComputeFormKind kind, String computeName,
                                     ComputeResource sentRequest) {
            throw new AssertionError("Unexpected navigation");
        }

        @Override
        public void openSshHelper(ComputeResource compute, AmlComputeNode node) {
            throw new AssertionError("Unexpected navigation");
        }

        @Override
        public void showPage(dev.computedesk.ui.common.Page page) {
            throw new AssertionError("Unexpected navigation");
        }
    }
}
