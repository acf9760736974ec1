package dev.computedesk.domain.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The managed block's text rules; writing the file is {@code ui/ssh/SshConfigFileTest}'s. */
class SshConfigWriterTest {

    private static final SshConfigEntry CI_A = new SshConfigEntry("ws-ci-a", "20.81.10.5", 50000, "azureuser", null);
    private static final SshConfigEntry CI_B =
            new SshConfigEntry("ws-ci-b", "10.0.0.4", 22, "azureuser", "/home/me/My Keys/ci-b.pem");

    @Test
    void aBlockBelowAHostLineMovesAboveIt() {
        // As the first release wrote it: appended after the user's entries, where their Host * wins.
        String existing = "# my hosts\nHost a\n  HostName 1\n" + SshConfigWriter.BEGIN_MARKER + "\nHost ws-ci-a\n  HostName old\n"
                + SshConfigWriter.END_MARKER + "\nHost b\n  HostName 2\n";
        String updated = SshConfigWriter.preview(existing, List.of(CI_A));
        assertThat(updated).isEqualTo(SshConfigWriter.BEGIN_MARKER + "\n"
                + "# Compute Desk rewrites the hosts in this block; edit elsewhere in the file.\n"
                + "Host ws-ci-a\n  HostName 20.81.10.5\n  Port 50000\n  User azureuser\n"
                + SshConfigWriter.END_MARKER + "\n\n"
                + "# my hosts\nHost a\n  HostName 1\nHost b\n  HostName 2\n");
        // Once in place, the same hosts change nothing.
        assertThat(SshConfigWriter.preview(updated, List.of(CI_A))).isEqualTo(updated);
    }

    @Test
    void removalDropsHostsAndAnEmptyBlock() {
        String both = SshConfigWriter.preview("Host x\n", List.of(CI_A, CI_B));
        String onlyB = SshConfigWriter.previewRemoval(both, List.of("ws-ci-a"));
        assertThat(SshConfigWriter.managedHosts(onlyB)).containsExactly(CI_B);
        assertThat(SshConfigWriter.previewRemoval(onlyB, List.of("ws-ci-b"))).isEqualTo("\nHost x\n");
    }

    @Test
    void mergingWorksOnBytesSoTextThatIsNotUtf8StaysAsItWas() {
        // Latin-1 "café" and no final newline: a String round trip would turn 0xE9 into U+FFFD.
        byte[] mine = {'#', ' ', 'c', 'a', 'f', (byte) 0xE9, '\n', 'H', 'o', 's', 't', ' ', 'x'};

        byte[] merged = SshConfigWriter.merge(mine, List.of(CI_A), List.of());

        byte[] tail = Arrays.copyOfRange(merged, merged.length - mine.length, merged.length);
        assertThat(tail).isEqualTo(mine);
        assertThat(new String(merged, 0, merged.length - mine.length, StandardCharsets.UTF_8))
                .startsWith(SshConfigWriter.BEGIN_MARKER + "\n").endsWith(SshConfigWriter.END_MARKER + "\n\n");
        assertThat(SshConfigWriter.merge(merged, List.of(CI_A), List.of())).isEqualTo(merged);
    }
}
