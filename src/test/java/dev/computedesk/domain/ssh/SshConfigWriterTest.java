package dev.computedesk.domain.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

}
