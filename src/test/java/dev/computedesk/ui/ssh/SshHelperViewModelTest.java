package dev.computedesk.ui.ssh;

import dev.computedesk.azure.ComputeClient;
import dev.computedesk.azure.model.AmlComputeNode;
import dev.computedesk.azure.model.ComputeInstanceProperties;
import dev.computedesk.domain.compute.ComputeInstanceState;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.domain.ssh.Shell;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.ui.common.ActivityEntry;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import dev.computedesk.ui.ssh.ReachabilityProbe.Outcome;
import dev.computedesk.ui.ssh.SshTestSupport.ScriptedChooser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SSH helper as a whole, its sections wired by {@link SshHelperViewModel}, against the emulator's seeded computes
 * with a synchronous executor. Each section also has its own test ({@code Ssh*SectionTest}).
 */
class SshHelperViewModelTest {
    /** Owner-only permissions are checked where the file system has POSIX permissions. */
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static EmulatorFixture fixture;
    private static WorkspaceRef workspace;
    private static ComputeClient computes;

    @TempDir Path settingsDir;
    @TempDir Path home;

    private final OperationLog operations = new OperationLog();
    private final List<String> clipboard = new ArrayList<>();
    private final List<String> links = new ArrayList<>();
    private final List<ComputeEvents.Change> changes = new ArrayList<>();
    private final ComputeEvents events = new ComputeEvents();
    private final ScriptedChooser chooser = new ScriptedChooser();

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

    @BeforeEach
    void listen() {
        events.addListener(changes::add);
    }

    private SshHelperViewModel open(ComputeResource compute, AmlComputeNode node, Shell shell) {
        SshHelperServices services = SshTestSupport.services(TrackingTaskExecutor.synchronous(operations), computes,
                clipboard, links, events, chooser, settingsDir, home, shell);
        SshHelperViewModel viewModel = new SshHelperViewModel(SshSubject.of(workspace, compute, node), services);
        viewModel.load();
        return viewModel;
    }

    private static String publicIp(ComputeResource instance) {
        return ((ComputeInstanceProperties) instance.properties()).properties().connectivityEndpoints()
                .publicIpAddress();
    }

    @Test
    void fillsEveryFieldFromASeededInstanceWithItsOwnPort() {
        ComputeResource instance = computes.get(workspace, DemoSeed.CI_RUNNING_SSH);
        String ip = publicIp(instance);
        assertThat(ip).matches("20\\.\\d+\\.\\d+\\.\\d+");

        SshHelperViewModel vm = open(instance, null, Shell.POSIX);

        assertThat(vm.subject().availableProperty().get()).isTrue();
        assertThat(vm.subject().unavailableMessageProperty().get()).isEmpty();
        assertThat(vm.subject().userNoteProperty().get()).isEmpty();
        assertThat(vm.subject().titleProperty().get()).isEqualTo("Connect to ci-dana-ssh");
        assertThat(vm.subject().subjectTextProperty().get())
                .isEqualTo("Compute instance ci-dana-ssh \u00b7 workspace ws-demo \u00b7 Running");
        assertThat(vm.commands().sshCommandProperty().get()).isEqualTo("ssh -p 50000 azureuser@" + ip);
        assertThat(vm.commands().scpUploadProperty().get()).isEqualTo("scp -P 50000 file.txt azureuser@" + ip + ":~/");
        assertThat(vm.commands().scpDownloadProperty().get()).isEqualTo("scp -P 50000 azureuser@" + ip + ":file.txt .");
        assertThat(vm.commands().sshConfigProperty().get()).isEqualTo("Host ws-demo-ci-dana-ssh\n  HostName " + ip
                + "\n  Port 50000\n  User azureuser\n");
        assertThat(vm.commands().vscodeLinkProperty().get())
                .isEqualTo("vscode://vscode-remote/ssh-remote+ws-demo-ci-dana-ssh/home/azureuser");
    }

    @Test
    void fillsEveryFieldFromANodeOfASeededCluster() {
        ComputeResource cluster = computes.get(workspace, DemoSeed.CLUSTER_WITH_NODES);
        List<AmlComputeNode> nodes = computes.listNodes(workspace, DemoSeed.CLUSTER_WITH_NODES);
        AmlComputeNode second = nodes.get(1);
        assertThat(second.port()).isEqualTo(50001);

        SshHelperViewModel vm = open(cluster, second, Shell.POSIX);

        String ip = second.publicIpAddress();
        String alias = "ws-demo-cpu-cluster-" + second.nodeId().toLowerCase().replace('_', '-');
        assertThat(vm.subject().titleProperty().get()).isEqualTo("Connect to " + second.nodeId());
        assertThat(vm.subject().subjectTextProperty().get()).isEqualTo("Node " + second.nodeId()
                + " of compute cluster cpu-cluster \u00b7 workspace ws-demo \u00b7 " + second.nodeState());
        assertThat(vm.commands().sshCommandProperty().get()).isEqualTo("ssh -p 50001 azureuser@" + ip);
        assertThat(vm.commands().scpUploadProperty().get()).isEqualTo("scp -P 50001 file.txt azureuser@" + ip + ":~/");
        assertThat(vm.commands().sshConfigProperty().get()).isEqualTo("Host " + alias + "\n  HostName " + ip
                + "\n  Port 50001\n  User azureuser\n");
        assertThat(vm.commands().vscodeLinkProperty().get()).isEqualTo("vscode://vscode-remote/ssh-remote+" + alias
                + "/home/azureuser");
        assertThat(vm.subject().userNoteProperty().get()).isEmpty();
    }

    @Test
    void aClusterThatReportsNoAdminUserAssumesAzureuserAndSaysSo() {
        ComputeResource cluster = SshTestSupport.withoutAdminUser(computes.get(workspace, DemoSeed.CLUSTER_WITH_NODES));
        AmlComputeNode first = computes.listNodes(workspace, DemoSeed.CLUSTER_WITH_NODES).get(0);

        SshHelperViewModel vm = open(cluster, first, Shell.POSIX);

        assertThat(vm.commands().sshCommandProperty().get()).isEqualTo("ssh -p 50000 azureuser@" + first.publicIpAddress());
        assertThat(vm.subject().userNoteProperty().get())
                .isEqualTo("The cluster does not report its admin user; azureuser is assumed.");
    }

    @Test
    void aLeavingOrPreemptedNodeSaysToConnectToAnotherNode() {
        ComputeResource cluster = computes.get(workspace, DemoSeed.CLUSTER_WITH_NODES);
        AmlComputeNode node = computes.listNodes(workspace, DemoSeed.CLUSTER_WITH_NODES).get(0);

        SshHelperViewModel leaving = open(cluster, new AmlComputeNode(node.nodeId(), node.privateIpAddress(),
                node.publicIpAddress(), node.port(), "leaving", null), Shell.POSIX);
        SshHelperViewModel preempted = open(cluster, new AmlComputeNode(node.nodeId(), node.privateIpAddress(),
                node.publicIpAddress(), node.port(), "preempted", null), Shell.POSIX);

        assertThat(leaving.subject().availableProperty().get()).isFalse();
        assertThat(leaving.subject().unavailableMessageProperty().get())
                .isEqualTo("This node is leaving the cluster. Connect to another node.");
        assertThat(preempted.subject().unavailableMessageProperty().get())
                .isEqualTo("This low-priority node was preempted. Connect to another node.");
        assertThat(preempted.subject().startFirstVisibleProperty().get()).isFalse();
        assertThat(preempted.subject().refreshOfferedProperty().get()).isTrue();
        assertThat(preempted.commands().sshCommandProperty().get()).isEmpty();
    }

    @Test
    void aNodeThatScaledAwayIsReportedOnRefresh() {
        ComputeResource cluster = computes.get(workspace, DemoSeed.CLUSTER_WITH_NODES);
        SshHelperViewModel vm = open(cluster, new AmlComputeNode("tvm-gone_9-20260101t000000z", "10.0.0.9",
                "20.1.2.3", 50008, "idle", null), Shell.POSIX);
        assertThat(vm.subject().availableProperty().get()).isTrue();

        vm.startRefresh().refresh();

        assertThat(vm.subject().availableProperty().get()).isFalse();
        assertThat(vm.subject().unavailableMessageProperty().get()).isEqualTo("Node tvm-gone_9-20260101t000000z is no longer in "
                + "the cluster (it scaled down). Connect to another node.");
    }

    @Test
    void aPortArmDoesNotReportIsNamedAsAssumed() {
        ComputeResource cluster = computes.get(workspace, DemoSeed.CLUSTER_WITH_NODES);
        SshHelperViewModel vm = open(cluster, new AmlComputeNode("tvm-x_1-20260101t000000z", "10.0.0.9",
                "20.1.2.3", null, "idle", null), Shell.POSIX);

        assertThat(vm.commands().sshCommandProperty().get()).isEqualTo("ssh -p 22 azureuser@20.1.2.3");
        assertThat(vm.subject().userNoteProperty().get()).isEqualTo("The node does not report its SSH port; 22 is assumed. "
                + "Check the port in Studio if the connection fails.");
    }

    @Test
    void aKeyPathWithSpacesIsQuotedForPosixAndPowerShell() {
        ComputeResource instance = computes.get(workspace, DemoSeed.CI_RUNNING_SSH);
        String ip = publicIp(instance);
        SshHelperViewModel vm = open(instance, null, Shell.POSIX);

        vm.keys().privateKeyPathProperty().set("/home/ana/My Keys/O'Brien ci.pem");
        vm.commands().localPathProperty().set("/home/ana/data sets/train.csv");
        vm.commands().remotePathProperty().set("outputs/model v2.pkl");
        assertThat(vm.commands().sshCommandProperty().get())
                .isEqualTo("ssh -i '/home/ana/My Keys/O'\\''Brien ci.pem' -p 50000 azureuser@" + ip);
        assertThat(vm.commands().scpUploadProperty().get()).isEqualTo("scp -i '/home/ana/My Keys/O'\\''Brien ci.pem' -P 50000 "
                + "'/home/ana/data sets/train.csv' azureuser@" + ip + ":~/");
        assertThat(vm.commands().scpDownloadProperty().get()).isEqualTo("scp -i '/home/ana/My Keys/O'\\''Brien ci.pem' -P 50000 "
                + "azureuser@" + ip + ":'outputs/model v2.pkl' .");

        vm.commands().shellProperty().set(Shell.POWERSHELL);
        vm.keys().privateKeyPathProperty().set("C:\\Users\\Ana Maria\\.ssh\\O'Brien.pem");
        vm.commands().localPathProperty().set("C:\\data\\train.csv");
        assertThat(vm.commands().sshCommandProperty().get())
                .isEqualTo("ssh -i 'C:\\Users\\Ana Maria\\.ssh\\O''Brien.pem' -p 50000 azureuser@" + ip);
        assertThat(vm.commands().scpUploadProperty().get()).isEqualTo("scp -i 'C:\\Users\\Ana Maria\\.ssh\\O''Brien.pem' -P 50000 "
                + "'C:\\data\\train.csv' azureuser@" + ip + ":~/");
        assertThat(vm.commands().sshConfigProperty().get()).isEqualTo("Host ws-demo-ci-dana-ssh\n  HostName " + ip
                + "\n  Port 50000\n  User azureuser\n  IdentityFile \"C:\\Users\\Ana Maria\\.ssh\\O'Brien.pem\"\n");
    }

    @Test
    void theShellDefaultsToTheOnePassedIn() {
        ComputeResource instance = computes.get(workspace, DemoSeed.CI_RUNNING_SSH);
        assertThat(open(instance, null, Shell.POWERSHELL).commands().shellProperty().get()).isEqualTo(Shell.POWERSHELL);
        assertThat(open(instance, null, Shell.POSIX).commands().shellProperty().get()).isEqualTo(Shell.POSIX);
    }

    @Test
    void anInstanceWithoutSshSaysItCannotBeTurnedOnLater() {
        SshHelperViewModel vm = open(computes.get(workspace, DemoSeed.CI_OTHER_USER), null, Shell.POSIX);

        assertThat(vm.subject().availableProperty().get()).isFalse();
        assertThat(vm.subject().blockingProperty().get()).isTrue();
        assertThat(vm.subject().unavailableMessageProperty().get()).isEqualTo("SSH access was not enabled when this compute was "
                + "created, and it cannot be turned on later. To connect over SSH, create a new compute with SSH "
                + "access enabled.");
        assertThat(vm.subject().startFirstVisibleProperty().get()).isFalse();
        assertThat(vm.subject().permanentProperty().get()).isTrue();
        assertThat(vm.subject().permanentAdviceProperty().get()).startsWith("You can still work on ci-sam without SSH:");
        assertThat(vm.commands().sshCommandProperty().get()).isEmpty();
        assertThat(vm.config().canWriteConfigProperty().get()).isFalse();
        assertThat(vm.connectionTest().canTestProperty().get()).isFalse();
    }

    @Test
    void aClusterWithoutANodeSendsTheUserToItsNodesTab() {
        SshHelperViewModel vm = open(computes.get(workspace, DemoSeed.CLUSTER_WITH_NODES), null, Shell.POSIX);

        assertThat(vm.subject().availableProperty().get()).isFalse();
        assertThat(vm.subject().unavailableMessageProperty().get()).isEqualTo("A compute cluster is reached node by node: open "
                + "the Nodes tab of cpu-cluster and choose Connect on a node.");
        assertThat(vm.subject().permanentAdviceProperty().get()).isEmpty();
    }

    @Test
    void anInstanceWithoutPublicIpUsesThePrivateIpAndSaysWhereItWorks() {
        ComputeResource noPublicIp = SshTestSupport.instanceAt("ci-vnet", null, 50000, ComputeInstanceState.RUNNING);

        SshHelperViewModel vm = open(noPublicIp, null, Shell.POSIX);

        assertThat(vm.subject().availableProperty().get()).isTrue();
        assertThat(vm.subject().blockingProperty().get()).isFalse();
        // sshPort 50000 is the public load balancer's NAT port: inside the network sshd answers on 22.
        assertThat(vm.commands().sshCommandProperty().get()).isEqualTo("ssh -p 22 azureuser@10.0.0.4");
        assertThat(vm.commands().scpUploadProperty().get()).isEqualTo("scp -P 22 file.txt azureuser@10.0.0.4:~/");
        assertThat(vm.commands().sshConfigProperty().get()).contains("  HostName 10.0.0.4\n  Port 22\n");
        assertThat(vm.subject().unavailableMessageProperty().get()).isEqualTo("This compute has no public IP address: the command "
                + "uses the private IP 10.0.0.4 and port 22 (the reported port 50000 belongs to the public load "
                + "balancer), reachable only from inside the virtual network.");
        assertThat(vm.subject().userNoteProperty().get()).doesNotContain("port");
    }

    @Test
    void aStoppedInstanceOffersStartFirstAndAFailedStartShowsArmsError() {
        // What the list showed a moment ago: stopped. ARM knows it is running, so Start answers 409 Conflict.
        ComputeResource stale = SshTestSupport.instanceAt(DemoSeed.CI_RUNNING_SSH, "20.1.2.3", 50000,
                ComputeInstanceState.STOPPED);
        SshHelperViewModel vm = open(stale, null, Shell.POSIX);
        assertThat(vm.subject().unavailableMessageProperty().get()).isEqualTo("The compute instance is Stopped. Start it first, "
                + "then connect.");
        assertThat(vm.subject().startFirstVisibleProperty().get()).isTrue();
        assertThat(vm.startRefresh().canStartFirstProperty().get()).isTrue();

        vm.startRefresh().startFirst();

        assertThat(vm.startRefresh().errorProperty().get()).isNotNull();
        assertThat(vm.startRefresh().errorProperty().get().what()).isEqualTo("Starting compute instance ci-dana-ssh failed");
        assertThat(vm.startRefresh().errorProperty().get().code()).isEqualTo("Conflict");
        assertThat(vm.startRefresh().errorProperty().get().requestId()).isNotEmpty();
        assertThat(vm.subject().startFirstVisibleProperty().get()).isTrue();
        assertThat(vm.startRefresh().startingProperty().get()).isFalse();
        ActivityEntry entry = operations.finished().get(0);
        assertThat(entry.title()).isEqualTo("Starting compute instance ci-dana-ssh");
        assertThat(entry.outcome()).isEqualTo(ActivityEntry.Outcome.FAILED);
        // The 409 was read back (the instance is Running: a refusal, not a lost reply) before it was reported.
        assertThat(entry.calls()).extracting(call -> call.status()).contains(409);
    }

    @Test
    void copyPutsTheExactTextOnTheClipboard() {
        ComputeResource instance = computes.get(workspace, DemoSeed.CI_RUNNING_SSH);
        String ip = publicIp(instance);
        SshHelperViewModel vm = open(instance, null, Shell.POSIX);

        vm.commands().copySsh();
        vm.commands().copyScpUpload();
        vm.commands().copyScpDownload();
        vm.commands().copySshConfig();
        vm.commands().copyVscodeLink();

        assertThat(clipboard).containsExactly("ssh -p 50000 azureuser@" + ip,
                "scp -P 50000 file.txt azureuser@" + ip + ":~/",
                "scp -P 50000 azureuser@" + ip + ":file.txt .",
                "Host ws-demo-ci-dana-ssh\n  HostName " + ip + "\n  Port 50000\n  User azureuser\n",
                "vscode://vscode-remote/ssh-remote+ws-demo-ci-dana-ssh/home/azureuser");
        assertThat(vm.feedback().feedbackProperty().get()).isEqualTo("Copied the VS Code link.");

        vm.commands().openInVsCode();
        assertThat(links).containsExactly("vscode://vscode-remote/ssh-remote+ws-demo-ci-dana-ssh/home/azureuser");
    }

    @Test
    void theChosenKeyIsRememberedPerComputeAndOnlyItsPathIsStored() throws IOException {
        ComputeResource instance = computes.get(workspace, DemoSeed.CI_RUNNING_SSH);
        Path key = Files.writeString(Files.createDirectories(home.resolve("My Keys")).resolve("ci dana.pem"),
                "-----BEGIN RSA PRIVATE KEY-----\nsecret\n-----END RSA PRIVATE KEY-----\n");
        SshHelperViewModel first = open(instance, null, Shell.POSIX);
        chooser.answer(key);

        first.keys().browseKey();

        assertThat(chooser.openedIn).containsExactly(home.resolve(".ssh"));
        assertThat(first.keys().privateKeyPathProperty().get()).isEqualTo(key.toString());
        assertThat(first.commands().sshCommandProperty().get()).startsWith("ssh -i '" + key + "' -p 50000 ");
        String stored = Files.readString(settingsDir.resolve(RememberedKeyPaths.FILE_NAME));
        assertThat(stored).contains(key.toString().replace("\\", "\\\\")).doesNotContain("secret");
        assertThat(operations.finished().get(0).title()).isEqualTo("Remembering the private key of ci-dana-ssh");

        SshHelperViewModel again = open(instance, null, Shell.POSIX);
        assertThat(again.keys().privateKeyPathProperty().get()).isEqualTo(key.toString());
        assertThat(again.commands().sshConfigProperty().get()).endsWith("  IdentityFile \"" + key + "\"\n");

        SshHelperViewModel other = open(computes.get(workspace, DemoSeed.CLUSTER_WITH_NODES),
                computes.listNodes(workspace, DemoSeed.CLUSTER_WITH_NODES).get(0), Shell.POSIX);
        assertThat(other.keys().privateKeyPathProperty().get()).isEmpty();

        again.keys().clearKey();
        assertThat(again.commands().sshCommandProperty().get()).startsWith("ssh -p 50000 ");
        assertThat(open(instance, null, Shell.POSIX).keys().privateKeyPathProperty().get()).isEmpty();
    }

    @Test
    void aTypedKeyPathIsRememberedWhenCommitted() {
        ComputeResource instance = computes.get(workspace, DemoSeed.CI_RUNNING_SSH);
        SshHelperViewModel vm = open(instance, null, Shell.POSIX);
        vm.keys().privateKeyPathProperty().set("/keys/ci.pub");
        assertThat(vm.keys().keyPathWarningProperty().get()).startsWith("This looks like the public key.");

        vm.keys().privateKeyPathProperty().set("/keys/ci.pem");
        vm.keys().rememberKeyPath();

        assertThat(vm.keys().keyPathWarningProperty().get()).isEmpty();
        assertThat(open(instance, null, Shell.POSIX).keys().privateKeyPathProperty().get()).isEqualTo("/keys/ci.pem");
    }

    @Test
    void previewsThenWritesANewConfigWithSafePermissionsAndIsIdempotent() throws IOException {
        ComputeResource instance = computes.get(workspace, DemoSeed.CI_RUNNING_SSH);
        String ip = publicIp(instance);
        SshHelperViewModel vm = open(instance, null, Shell.POSIX);
        Path config = home.resolve(".ssh").resolve("config");

        String block = "# BEGIN Compute Desk managed hosts\n"
                + "# Compute Desk rewrites the hosts in this block; edit elsewhere in the file.\n"
                + "Host ws-demo-ci-dana-ssh\n  HostName " + ip + "\n  Port 50000\n  User azureuser\n"
                + "# END Compute Desk managed hosts\n";
        assertThat(vm.config().configPreviewProperty().get()).isEqualTo(block);
        assertThat(vm.config().configStatusProperty().get())
                .isEqualTo("Writing creates ~/.ssh/config with this block (readable only by you).");
        assertThat(Files.exists(config)).isFalse();
        assertThat(vm.config().canWriteConfigProperty().get()).isTrue();

        vm.config().writeSshConfig();

        assertThat(Files.readString(config)).isEqualTo(block);
        if (POSIX) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config.getParent())))
                    .isEqualTo("rwx------");
        }
        assertThat(vm.config().configStatusProperty().get()).isEqualTo("Wrote Host ws-demo-ci-dana-ssh to ~/.ssh/config. "
                + "Connect with: ssh ws-demo-ci-dana-ssh");
        assertThat(vm.config().configUpToDateProperty().get()).isTrue();
        assertThat(operations.finished().get(0).title()).isEqualTo("Writing Host ws-demo-ci-dana-ssh to ~/.ssh/config");

        vm.config().writeSshConfig();

        assertThat(Files.readString(config)).isEqualTo(block);
        assertThat(vm.config().configStatusProperty().get())
                .isEqualTo("~/.ssh/config already had Host ws-demo-ci-dana-ssh as shown: nothing was written.");
        try (Stream<Path> files = Files.list(config.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("config");
        }
    }

    @Test
    void writingKeepsEveryOtherByteOfAnExistingConfigAndBacksItUpFirst() throws IOException {
        Path sshDir = Files.createDirectories(home.resolve(".ssh"));
        Path config = sshDir.resolve("config");
        String mine = "Host github.com\r\n  User git\r\n  IdentityFile ~/.ssh/github\r\n# my notes \u00e9\r\n";
        Files.write(config, mine.getBytes(StandardCharsets.UTF_8));
        ComputeResource cluster = computes.get(workspace, DemoSeed.CLUSTER_WITH_NODES);
        AmlComputeNode node = computes.listNodes(workspace, DemoSeed.CLUSTER_WITH_NODES).get(0);
        SshHelperViewModel vm = open(cluster, node, Shell.POSIX);
        vm.keys().privateKeyPathProperty().set("/home/me/.ssh/cluster.pem");
        String alias = "ws-demo-cpu-cluster-" + node.nodeId().toLowerCase().replace('_', '-');

        assertThat(vm.config().configStatusProperty().get()).isEqualTo("Writing adds Host " + alias + " to the Compute Desk "
                + "block of ~/.ssh/config, placed above the file's first Host or Match line so your own defaults "
                + "(Host *) cannot override it. The rest of the file stays as it is; a backup is made first.");
        assertThat(vm.config().configPreviewProperty().get()).contains("Host " + alias + "\n  HostName "
                + node.publicIpAddress() + "\n  Port 50000\n  User azureuser\n  IdentityFile /home/me/.ssh/cluster.pem\n");

        vm.config().writeSshConfig();

        String after = Files.readString(config);
        // ssh takes the first value it finds: the block goes above the user's first Host line, with CRLF like the file.
        assertThat(after).startsWith("# BEGIN Compute Desk managed hosts\r\n");
        assertThat(after).contains("Host " + alias + "\r\n").endsWith("# END Compute Desk managed hosts\r\n\r\n" + mine);
        Path backup = sshDir.resolve("config.bak-20261124-060000");
        assertThat(Files.readString(backup)).isEqualTo(mine);
        assertThat(vm.config().configStatusProperty().get()).isEqualTo("Wrote Host " + alias + " to ~/.ssh/config; the "
                + "previous file is saved as ~/.ssh/config.bak-20261124-060000. Connect with: ssh " + alias);

        vm.keys().privateKeyPathProperty().set("/home/me/.ssh/other.pem");
        assertThat(vm.config().configStatusProperty().get()).startsWith("Writing replaces Host " + alias);
    }

    @Test
    void aReadOnlyConfigIsNotReplacedAndTheBlockIsOfferedToCopy() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(POSIX, "POSIX permissions");
        Path config = Files.createDirectories(home.resolve(".ssh")).resolve("config");
        String mine = "Host *\n  User root\n";
        Files.writeString(config, mine);
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("r--------"));

        SshHelperViewModel vm = open(computes.get(workspace, DemoSeed.CI_RUNNING_SSH), null, Shell.POSIX);

        assertThat(vm.config().configReadOnlyProperty().get()).isTrue();
        assertThat(vm.config().canWriteConfigProperty().get()).isFalse();
        assertThat(vm.config().configStatusProperty().get()).isEqualTo("~/.ssh/config is read-only, so Compute Desk does not "
                + "change it. To add Host ws-demo-ci-dana-ssh, copy the block below and paste it into the file "
                + "yourself, above its first Host or Match line (ssh uses the first value it finds).");
        String block = vm.config().configPreviewProperty().get();
        assertThat(block).startsWith("# BEGIN Compute Desk managed hosts\n").contains("Host ws-demo-ci-dana-ssh\n")
                .endsWith("# END Compute Desk managed hosts\n");
        vm.config().writeSshConfig();
        assertThat(clipboard).as("nothing is copied until the user asks").isEmpty();

        vm.config().copySshConfigBlock();

        assertThat(clipboard).containsExactly(block);
        assertThat(Files.readString(config)).isEqualTo(mine);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config))).isEqualTo("r--------");
        try (Stream<Path> files = Files.list(config.getParent())) {
            assertThat(files).containsExactly(config);
        }
    }

    @Test
    void aConfigMadeReadOnlyAfterItWasReadIsStillNotReplaced() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(POSIX, "POSIX permissions");
        Path config = Files.createDirectories(home.resolve(".ssh")).resolve("config");
        Files.writeString(config, "Host *\n  User root\n");
        SshHelperViewModel vm = open(computes.get(workspace, DemoSeed.CI_RUNNING_SSH), null, Shell.POSIX);
        assertThat(vm.config().canWriteConfigProperty().get()).isTrue();
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("r--r--r--"));

        vm.config().writeSshConfig();

        assertThat(Files.readString(config)).isEqualTo("Host *\n  User root\n");
        assertThat(vm.config().configReadOnlyProperty().get()).isTrue();
        assertThat(vm.config().configStatusProperty().get()).startsWith("~/.ssh/config is read-only, so Compute Desk does not "
                + "change it.");
        assertThat(vm.config().canWriteConfigProperty().get()).isFalse();
    }

    @Test
    void aDamagedManagedBlockIsReportedAndNotWritten() throws IOException {
        Path config = Files.createDirectories(home.resolve(".ssh")).resolve("config");
        Files.writeString(config, "# BEGIN Compute Desk managed hosts\nHost x\n");
        SshHelperViewModel vm = open(computes.get(workspace, DemoSeed.CI_RUNNING_SSH), null, Shell.POSIX);

        assertThat(vm.config().configProblemProperty().get()).isTrue();
        assertThat(vm.config().configStatusProperty().get()).contains("without a matching '# END Compute Desk managed hosts'");
        assertThat(vm.config().canWriteConfigProperty().get()).isFalse();
        assertThat(Files.readString(config)).isEqualTo("# BEGIN Compute Desk managed hosts\nHost x\n");
    }

    @Test
    void testConnectionReportsReachableForAListeningPortAndRefusedForAClosedOne() throws IOException {
        try (ServerSocket listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            SshHelperViewModel vm = open(SshTestSupport.instanceAt("ci-local", "127.0.0.1", listening.getLocalPort(),
                    ComputeInstanceState.RUNNING), null, Shell.POSIX);

            vm.connectionTest().testConnection();

            assertThat(vm.connectionTest().testOutcomeProperty().get()).isEqualTo(Outcome.REACHABLE);
            assertThat(vm.connectionTest().testResultProperty().get())
                    .startsWith("Reachable: 127.0.0.1:" + listening.getLocalPort() + " accepted a connection (");
            assertThat(operations.finished().get(0).title()).isEqualTo("Testing the SSH connection to ci-local");
        }
        int closedPort;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = closed.getLocalPort();
        }
        SshHelperViewModel vm = open(SshTestSupport.instanceAt("ci-local", "127.0.0.1", closedPort,
                ComputeInstanceState.RUNNING), null, Shell.POSIX);

        vm.connectionTest().testConnection();

        assertThat(vm.connectionTest().testOutcomeProperty().get()).isEqualTo(Outcome.REFUSED);
        assertThat(vm.connectionTest().testResultProperty().get()).isEqualTo("Refused: the connection to 127.0.0.1:" + closedPort
                + " was refused (nothing listens on that port, or a firewall rejected it). Check the compute is "
                + "running and SSH is enabled.");
        assertThat(vm.connectionTest().testingProperty().get()).isFalse();
    }

    @Test
    void refreshReadsTheComputeAgain() {
        ComputeResource stale = SshTestSupport.instanceAt(DemoSeed.CI_RUNNING_SSH, null, 50000,
                ComputeInstanceState.STOPPED);
        SshHelperViewModel vm = open(stale, null, Shell.POSIX);
        assertThat(vm.subject().availableProperty().get()).isFalse();

        vm.startRefresh().refresh();

        assertThat(vm.subject().availableProperty().get()).isTrue();
        assertThat(vm.commands().sshCommandProperty().get())
                .isEqualTo("ssh -p 50000 azureuser@" + publicIp(computes.get(workspace, DemoSeed.CI_RUNNING_SSH)));
        assertThat(changes).isEmpty();
    }
}
