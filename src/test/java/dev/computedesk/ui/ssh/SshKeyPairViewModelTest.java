package dev.computedesk.ui.ssh;

import dev.computedesk.domain.compute.ComputeInstanceState;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.domain.ssh.Shell;
import dev.computedesk.domain.ssh.SshKeys;
import dev.computedesk.domain.ssh.SshPublicKeys;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import dev.computedesk.ui.ssh.SshTestSupport.ScriptedChooser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import dev.computedesk.ui.common.KeyFolder;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** "Generate new key pair": the private key saved where chosen, owner-only, and remembered for the helper. */
class SshKeyPairViewModelTest {
    private static final WorkspaceRef WORKSPACE = new WorkspaceRef(DemoSeed.SUBSCRIPTION_ID, DemoSeed.RESOURCE_GROUP,
            DemoSeed.WORKSPACE, DemoSeed.LOCATION);

    @TempDir Path home;
    @TempDir Path settingsDir;

    private final OperationLog operations = new OperationLog();
    private final ScriptedChooser chooser = new ScriptedChooser();

    private KeyFolder keyFolder;

    private SshKeyPairViewModel viewModel() {
        if (keyFolder == null) {
            keyFolder = new KeyFolder(home.resolve(".ssh"));
        }
        return new SshKeyPairViewModel(TrackingTaskExecutor.synchronous(operations), chooser,
                new RememberedKeyPaths(settingsDir, problem -> { }), keyFolder);
    }

    @Test
    void theSaveDialogOpensInDotSshThenInTheLastFolderUsedThisSession() throws IOException {
        Path keys = Files.createDirectories(home.resolve("My Keys"));
        chooser.answer(keys.resolve("ci-a_key.pem"));
        viewModel().generate(WORKSPACE, "ci-a");
        chooser.answer(keys.resolve("ci-b_key.pem"));
        // Another window of the same session (a create form, the SSH helper) shares the folder.
        viewModel().generate(WORKSPACE, "ci-b");

        assertThat(chooser.openedIn).containsExactly(home.resolve(".ssh"), keys);
        assertThat(keyFolder.last()).contains(keys);
    }

    @Test
    void generatesAnRsa4096PairSavesThePrivateKeyOwnerOnlyAndRemembersItsPathForTheHelper() throws IOException {
        Path file = Files.createDirectories(home.resolve("My Keys")).resolve("ci-new_key.pem");
        chooser.answer(file);
        SshKeyPairViewModel vm = viewModel();

        vm.generate(WORKSPACE, "ci-new");

        assertThat(chooser.openedIn).containsExactly(home.resolve(".ssh"));
        String pem = Files.readString(file);
        assertThat(pem).startsWith("-----BEGIN RSA PRIVATE KEY-----\n").endsWith("-----END RSA PRIVATE KEY-----\n");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        String line = vm.publicKeyProperty().get();
        assertThat(line).startsWith("ssh-rsa AAAA").endsWith(" ci-new@compute-desk");
        assertThat(SshPublicKeys.parse(line).key().orElseThrow().bits()).isEqualTo(4096);
        RSAPublicKey fromPrivate = SshKeys.publicKeyOf(SshKeys.fromPkcs1Pem(pem));
        assertThat(SshKeys.openSshPublicKey(fromPrivate, "ci-new@compute-desk")).isEqualTo(line);
        assertThat(vm.privateKeyPathProperty().get()).isEqualTo(file.toString());
        assertThat(vm.statusProperty().get()).startsWith("The private key is saved in " + file);
        assertThat(vm.generatingProperty().get()).isFalse();
        assertThat(operations.finished().get(0).title()).isEqualTo("Generating an SSH key pair for ci-new");

        String settings = Files.readString(settingsDir.resolve(RememberedKeyPaths.FILE_NAME));
        assertThat(settings).contains(file.toString()).doesNotContain("PRIVATE KEY").doesNotContain(pem.substring(40, 80));

        // Once the compute exists, the helper finds the key by the compute's id.
        SshHelperServices services = SshTestSupport.services(TrackingTaskExecutor.synchronous(operations),
                new UnusedComputeClient(), new ArrayList<>(), new ArrayList<>(), new ComputeEvents(), chooser,
                settingsDir, home, Shell.POSIX);
        SshHelperViewModel helper = new SshHelperViewModel(SshSubject.of(WORKSPACE,
                SshTestSupport.instanceAt("ci-new", "20.1.2.3", 50000, ComputeInstanceState.RUNNING), null), services);
        helper.load();
        assertThat(helper.commands().sshCommandProperty().get())
                .isEqualTo("ssh -i '" + file + "' -p 50000 azureuser@20.1.2.3");
    }

    @Test
    void cancellingTheSaveDialogGeneratesNothing() {
        SshKeyPairViewModel vm = viewModel();

        vm.generate(WORKSPACE, "ci-new");

        assertThat(vm.publicKeyProperty().get()).isEmpty();
        assertThat(operations.finished()).isEmpty();
        assertThat(Files.exists(settingsDir.resolve(RememberedKeyPaths.FILE_NAME))).isFalse();
    }

    @Test
    void aFailedSaveIsReportedAndNothingIsRemembered() {
        chooser.answer(home.resolve("no such folder").resolve("k.pem"));
        SshKeyPairViewModel vm = viewModel();

        vm.generate(WORKSPACE, "ci-new");

        assertThat(vm.errorProperty().get()).isNotNull();
        assertThat(vm.errorProperty().get().what()).isEqualTo("Generating an SSH key pair for ci-new failed");
        assertThat(vm.publicKeyProperty().get()).isEmpty();
        assertThat(Files.exists(settingsDir.resolve(RememberedKeyPaths.FILE_NAME))).isFalse();
    }

    @Test
    void suggestsStudiosFileName() {
        assertThat(SshKeyPairViewModel.suggestedFileName("ci-a")).isEqualTo("ci-a_key.pem");
        assertThat(SshKeyPairViewModel.suggestedFileName(" ")).isEqualTo("compute_key.pem");
    }
}
