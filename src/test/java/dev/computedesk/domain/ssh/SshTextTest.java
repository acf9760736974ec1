package dev.computedesk.domain.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SshTextTest {

    private static final SshTarget CI = SshTarget.of("azureuser", "20.81.10.5", 50000);

    @Test
    void sshWithAndWithoutKey() {
        assertThat(SshCommands.ssh(CI, "/home/me/.ssh/ci.pem", Shell.POSIX))
                .isEqualTo("ssh -i /home/me/.ssh/ci.pem -p 50000 azureuser@20.81.10.5");
        assertThat(SshCommands.ssh(CI, null, Shell.POSIX)).isEqualTo("ssh -p 50000 azureuser@20.81.10.5");
        assertThat(SshCommands.ssh(CI, "  ", Shell.POWERSHELL)).isEqualTo("ssh -p 50000 azureuser@20.81.10.5");
        assertThat(SshCommands.ssh(SshTarget.of("azureuser", "10.0.0.4", 22), null, Shell.POSIX))
                .isEqualTo("ssh -p 22 azureuser@10.0.0.4");
    }

    @Test
    void scpUploadAndDownload() {
        assertThat(SshCommands.scpUpload(CI, "key.pem", "data.csv", Shell.POSIX))
                .isEqualTo("scp -i key.pem -P 50000 data.csv azureuser@20.81.10.5:~/");
        assertThat(SshCommands.scpDownload(CI, "key.pem", "outputs/model.pkl", Shell.POSIX))
                .isEqualTo("scp -i key.pem -P 50000 azureuser@20.81.10.5:outputs/model.pkl .");
        assertThat(SshCommands.scpDownload(CI, null, "my results.txt", Shell.POSIX))
                .isEqualTo("scp -P 50000 azureuser@20.81.10.5:'my results.txt' .");
    }

    @Test
    void keyPathWithSpacesIsQuotedPerShell() {
        assertThat(SshCommands.ssh(CI, "C:\\Users\\Ana Maria\\.ssh\\ci.pem", Shell.POWERSHELL))
                .isEqualTo("ssh -i 'C:\\Users\\Ana Maria\\.ssh\\ci.pem' -p 50000 azureuser@20.81.10.5");
        assertThat(SshCommands.ssh(CI, "/Users/ana/My Keys/ci.pem", Shell.POSIX))
                .isEqualTo("ssh -i '/Users/ana/My Keys/ci.pem' -p 50000 azureuser@20.81.10.5");
        assertThat(SshCommands.scpUpload(CI, "/Users/ana/My Keys/ci.pem", "/tmp/a b.txt", Shell.POSIX))
                .isEqualTo("scp -i '/Users/ana/My Keys/ci.pem' -P 50000 '/tmp/a b.txt' azureuser@20.81.10.5:~/");
    }

    @Test
    void posixQuoting() {
        assertThat(Shell.POSIX.quote("plain-Value_1.2/x:y@z=+")).isEqualTo("plain-Value_1.2/x:y@z=+");
        assertThat(Shell.POSIX.quote("a b")).isEqualTo("'a b'");
        assertThat(Shell.POSIX.quote("O'Brien's key")).isEqualTo("'O'\\''Brien'\\''s key'");
        assertThat(Shell.POSIX.quote("$HOME")).isEqualTo("'$HOME'");
        assertThat(Shell.POSIX.quote("~/key")).isEqualTo("'~/key'");
        assertThat(Shell.POSIX.quote("")).isEqualTo("''");
    }

    @Test
    void powerShellQuoting() {
        assertThat(Shell.POWERSHELL.quote("C:/keys/ci.pem")).isEqualTo("C:/keys/ci.pem");
        assertThat(Shell.POWERSHELL.quote("O'Brien's key")).isEqualTo("'O''Brien''s key'");
        assertThat(Shell.POWERSHELL.quote("O\u2019Brien")).isEqualTo("'O\u2019\u2019Brien'");
        assertThat(Shell.POWERSHELL.quote("$env:USERPROFILE")).isEqualTo("'$env:USERPROFILE'");
        assertThat(Shell.POWERSHELL.quote("")).isEqualTo("''");
    }

    @Test
    void shellDefaultsToTheOperatingSystems() {
        assertThat(Shell.defaultForOs("Windows 11")).isEqualTo(Shell.POWERSHELL);
        assertThat(Shell.defaultForOs("Linux")).isEqualTo(Shell.POSIX);
        assertThat(Shell.defaultForOs("Mac OS X")).isEqualTo(Shell.POSIX);
        assertThat(Shell.defaultForOs(null)).isEqualTo(Shell.POSIX);
    }

    @Test
    void hostAliases() {
        assertThat(SshHostAlias.forCompute("ML-Workspace_01", "ci-Ana")).isEqualTo("ml-workspace-01-ci-ana");
        assertThat(SshHostAlias.forNode("ws", "cpu-cluster", "tvm-3601533753_1-20170719t162906z"))
                .isEqualTo("ws-cpu-cluster-tvm-3601533753-1-20170719t162906z");
        assertThat(SshHostAlias.forCompute("wörk space", "ci")).isEqualTo("w-rk-space-ci");
    }

    @Test
    void sshConfigBlock() {
        SshConfigEntry entry = SshConfigEntry.of("ws-ci-a", CI, null);
        assertThat(entry.render()).isEqualTo("Host ws-ci-a\n  HostName 20.81.10.5\n  Port 50000\n  User azureuser\n");
        SshConfigEntry withKey = SshConfigEntry.of("ws-ci-a", CI, "/home/me/.ssh/ci.pem");
        assertThat(withKey.lines()).last().isEqualTo("  IdentityFile /home/me/.ssh/ci.pem");
        SshConfigEntry withSpaces = SshConfigEntry.of("ws-ci-a", CI, "C:\\Users\\Ana Maria\\.ssh\\ci.pem");
        assertThat(withSpaces.lines()).last().isEqualTo("  IdentityFile \"C:\\Users\\Ana Maria\\.ssh\\ci.pem\"");
        assertThatThrownBy(() -> new SshConfigEntry("two words", "h", 22, "u", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SshConfigEntry("a", "h\nProxyCommand evil", 22, "u", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void vsCodeLink() {
        assertThat(VsCodeRemote.link("ws-ci-a", "azureuser")).isEqualTo("vscode://vscode-remote/ssh-remote+ws-ci-a/home/azureuser");
    }

    @Test
    void instanceWithPublicIp() {
        SshAvailability ready = SshReadiness.forInstance("Enabled", "Running", "azureuser", "20.81.10.5", "10.0.0.4", 50000);
        assertThat(ready.target()).contains(CI);
        assertThat(ready.notices()).isEmpty();
        assertThat(ready.label()).isEmpty();
    }

    @Test
    void missingPublicIpUsesThePrivateIpWithANotice() {
        SshAvailability ready = SshReadiness.forInstance("Enabled", "JobRunning", null, null, "10.0.0.4", 22);
        assertThat(ready.canConnect()).isTrue();
        SshTarget target = ready.target().orElseThrow();
        assertThat(target).isEqualTo(new SshTarget("azureuser", "10.0.0.4", 22, true, true));
        assertThat(SshCommands.ssh(target, null, Shell.POSIX)).isEqualTo("ssh -p 22 azureuser@10.0.0.4");
        assertThat(ready.label()).contains("This compute has no public IP address: the command uses the private IP "
                + "10.0.0.4 and port 22, reachable only from inside the virtual network");
        assertThat(ready.notices().get(0).problem().blocking()).isFalse();
    }

    @Test
    void withoutAPublicIpTheNatPortIsNotUsedOnThePrivateIp() {
        SshAvailability instance = SshReadiness.forInstance("Enabled", "Running", "azureuser", null, "10.0.0.4", 50000);
        assertThat(instance.target()).contains(new SshTarget("azureuser", "10.0.0.4", 22, false, true));
        assertThat(instance.label()).contains("This compute has no public IP address: the command uses the private IP "
                + "10.0.0.4 and port 22 (the reported port 50000 belongs to the public load balancer), reachable only "
                + "from inside the virtual network");
        SshAvailability node = SshReadiness.forNode("Enabled", "idle", "admin", "", "10.0.0.7", 50001);
        assertThat(node.target()).contains(new SshTarget("admin", "10.0.0.7", 22, false, true));
        assertThat(SshCommands.ssh(node.target().orElseThrow(), null, Shell.POSIX)).isEqualTo("ssh -p 22 admin@10.0.0.7");
        // With a public IP the reported port is the one to use.
        assertThat(SshReadiness.forNode("Enabled", "idle", "admin", "20.1.2.3", "10.0.0.7", 50001).target())
                .contains(SshTarget.of("admin", "20.1.2.3", 50001));
    }

    @Test
    void instanceProblems() {
        assertThat(SshReadiness.forInstance("Disabled", "Running", "azureuser", "1.2.3.4", null, 22).label())
                .contains("SSH access was not enabled when this compute was created, and it cannot be turned on later. "
                        + "To connect over SSH, create a new compute with SSH access enabled");
        SshAvailability stopped = SshReadiness.forInstance("Enabled", "Stopped", "azureuser", null, null, 22);
        assertThat(stopped.canConnect()).isFalse();
        assertThat(stopped.label()).contains("The compute instance is Stopped. Start it first, then connect");
        assertThat(SshReadiness.forInstance("Enabled", "Starting", "azureuser", null, null, 22).label())
                .contains("The compute instance is Starting. SSH works once it is Running");
        assertThat(SshReadiness.forInstance("Enabled", "Running", "azureuser", null, null, 22).label())
                .contains("This compute has no IP address yet. Refresh in a moment");
    }

    @Test
    void nodeProblems() {
        assertThat(SshReadiness.forNode("Enabled", "leaving", "admin", "1.2.3.4", null, 50001).label())
                .contains("This node is leaving the cluster. Connect to another node");
        assertThat(SshReadiness.forNode("Enabled", "preempted", "admin", "1.2.3.4", null, 50001).label())
                .contains("This low-priority node was preempted. Connect to another node");
        assertThat(SshReadiness.forNode("Enabled", "unusable", "admin", "1.2.3.4", null, 50001).label())
                .contains("This node is unusable. Connect to another node");
        assertThat(SshReadiness.forNode("Disabled", "idle", "admin", "1.2.3.4", null, 50001).target()).isEmpty();
        assertThat(SshReadiness.forNode("Enabled", "idle", "admin", "1.2.3.4", "10.0.0.5", 50001).target())
                .contains(SshTarget.of("admin", "1.2.3.4", 50001));
    }
}
