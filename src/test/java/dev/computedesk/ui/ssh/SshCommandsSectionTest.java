package dev.computedesk.ui.ssh;

import dev.computedesk.domain.compute.ComputeInstanceState;
import dev.computedesk.domain.ssh.Shell;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The connection strings alone: how they follow the subject and the inputs, and what Copy and Open do. */
class SshCommandsSectionTest {
    @TempDir Path home;

    private final OperationLog operations = new OperationLog();
    private final List<String> clipboard = new ArrayList<>();
    private final List<String> links = new ArrayList<>();
    private final SshFeedback feedback = new SshFeedback(clipboard::add);
    private final SshSubjectSection subject = SshTestSupport.subject(SshTestSupport.instanceAt("ci-a", "20.1.2.3",
            50000, ComputeInstanceState.RUNNING));
    private SshConfigSection config;

    private SshCommandsSection commands(Shell shell) {
        config = new SshConfigSection(subject, TrackingTaskExecutor.synchronous(operations),
                new SshConfigFile(home, SshTestSupport.FIXED_CLOCK), feedback);
        return new SshCommandsSection(subject, config, feedback, links::add, shell);
    }

    @Test
    void aBlankScpPathFallsBackToTheDefaultFile() {
        SshCommandsSection commands = commands(Shell.POSIX);

        commands.localPathProperty().set("  ");
        commands.remotePathProperty().set("");

        assertThat(commands.scpUploadProperty().get()).isEqualTo("scp -P 50000 file.txt azureuser@20.1.2.3:~/");
        assertThat(commands.scpDownloadProperty().get()).isEqualTo("scp -P 50000 azureuser@20.1.2.3:file.txt .");
    }

    @Test
    void aKeyPathTheConfigCannotHoldIsLeftOutOfTheHostBlockOnly() {
        SshCommandsSection commands = commands(Shell.POSIX);

        commands.privateKeyPathProperty().set("/keys/\"odd\".pem");

        assertThat(commands.identityLeftOutProperty().get()).isTrue();
        assertThat(commands.sshConfigProperty().get()).isEqualTo("Host ws-demo-ci-a\n  HostName 20.1.2.3\n"
                + "  Port 50000\n  User azureuser\n");
        assertThat(commands.sshCommandProperty().get()).isEqualTo("ssh -i '/keys/\"odd\".pem' -p 50000 "
                + "azureuser@20.1.2.3");

        commands.privateKeyPathProperty().set("/keys/ci.pem");
        assertThat(commands.identityLeftOutProperty().get()).isFalse();
        assertThat(commands.sshConfigProperty().get()).endsWith("  IdentityFile /keys/ci.pem\n");
    }

    @Test
    void theCommandsFollowTheSubjectAwayAndBack() {
        SshCommandsSection commands = commands(Shell.POWERSHELL);
        commands.privateKeyPathProperty().set("C:\\My Keys\\ci.pem");
        assertThat(commands.sshCommandProperty().get()).isEqualTo("ssh -i 'C:\\My Keys\\ci.pem' -p 50000 "
                + "azureuser@20.1.2.3");

        subject.set(SshSubject.of(SshTestSupport.WORKSPACE, SshTestSupport.instanceAt("ci-a", "20.1.2.3", 50000,
                ComputeInstanceState.STOPPED), null));

        assertThat(commands.sshCommandProperty().get()).isEmpty();
        assertThat(commands.scpUploadProperty().get()).isEmpty();
        assertThat(commands.sshConfigProperty().get()).isEmpty();
        assertThat(commands.vscodeLinkProperty().get()).isEmpty();
        commands.copySsh();
        assertThat(clipboard).as("an empty command is not copied").isEmpty();

        subject.set(SshSubject.of(SshTestSupport.WORKSPACE, SshTestSupport.instanceAt("ci-a", "20.9.9.9", 50002,
                ComputeInstanceState.RUNNING), null));

        assertThat(commands.sshCommandProperty().get()).isEqualTo("ssh -i 'C:\\My Keys\\ci.pem' -p 50002 "
                + "azureuser@20.9.9.9");
    }

    @Test
    void openInVsCodeSaysToWriteTheHostBlockUntilTheFileHoldsIt() {
        SshCommandsSection commands = commands(Shell.POSIX);
        config.loaded(SshConfigSection.read(new SshConfigFile(home, SshTestSupport.FIXED_CLOCK)));

        commands.openInVsCode();
        assertThat(feedback.feedbackProperty().get()).isEqualTo("Opening ws-demo-ci-a in VS Code. It finds the host "
                + "only once the Host block is in ~/.ssh/config: write it first.");

        config.writeSshConfig();
        commands.openInVsCode();

        assertThat(feedback.feedbackProperty().get()).isEqualTo("Opening ws-demo-ci-a in VS Code.");
        assertThat(links).containsExactly("vscode://vscode-remote/ssh-remote+ws-demo-ci-a/home/azureuser",
                "vscode://vscode-remote/ssh-remote+ws-demo-ci-a/home/azureuser");
    }

    @Test
    void everyRebuiltHostBlockReachesTheConfigPreview() {
        SshCommandsSection commands = commands(Shell.POSIX);
        config.loaded(SshConfigSection.read(new SshConfigFile(home, SshTestSupport.FIXED_CLOCK)));
        assertThat(config.configPreviewProperty().get()).contains("Host ws-demo-ci-a\n").doesNotContain("IdentityFile");

        commands.privateKeyPathProperty().set("/keys/ci.pem");

        assertThat(config.configPreviewProperty().get()).contains("  IdentityFile /keys/ci.pem\n");
    }
}
