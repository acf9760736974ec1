package dev.computedesk.ui.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.computedesk.domain.ssh.SshConfigEntry;
import dev.computedesk.domain.ssh.SshConfigWriter;
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

/**
 * Writing {@code ~/.ssh/config} (docs/ssh.md, "Writing"): the folder and file created owner-only, every byte outside
 * the block kept, a backup first, nothing written when nothing changes, the file's mode kept, a symbolic link
 * followed, a damaged or read-only file left exactly as it was.
 */
class SshConfigFileTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T05:30:15Z"), ZoneOffset.UTC);
    private static final SshConfigEntry CI_A = new SshConfigEntry("ws-ci-a", "20.81.10.5", 50000, "azureuser", null);
    private static final SshConfigEntry CI_B =
            new SshConfigEntry("ws-ci-b", "10.0.0.4", 22, "azureuser", "/home/me/My Keys/ci-b.pem");
    private static final SshConfigEntry CI = new SshConfigEntry("ws-ci-a", "20.81.10.5", 50000, "azureuser",
            "/keys/ci-a.pem");
    private static final String USER_DEFAULTS = "Host *\n  User root\n  Port 2222\n  HostName wrong.example\n"
            + "  IdentityFile /keys/default\n";

    @TempDir
    Path home;

    private SshConfigFile file;

    @org.junit.jupiter.api.BeforeEach
    void file() {
        file = new SshConfigFile(home, CLOCK);
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static long backups(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("config.bak-")).count();
        }
    }

    private static byte[] concat(byte[]... parts) {
        int n = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    @Test
    void createsTheDirectoryAndFileOwnerOnly() throws IOException {
        Path sshDir = home.resolve(".ssh");
        SshConfigFile.WriteResult result = file.write(List.of(CI_A));
        assertThat(result.changed()).isTrue();
        assertThat(result.backup()).isEmpty();
        assertThat(Files.readString(sshDir.resolve("config"))).isEqualTo(
                "# BEGIN Compute Desk managed hosts\n"
                        + "# Compute Desk rewrites the hosts in this block; edit elsewhere in the file.\n"
                        + "Host ws-ci-a\n  HostName 20.81.10.5\n  Port 50000\n  User azureuser\n"
                        + "# END Compute Desk managed hosts\n");
        if (posix()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(sshDir))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(sshDir.resolve("config"))))
                    .isEqualTo("rw-------");
        }
        try (Stream<Path> files = Files.list(sshDir)) {
            assertThat(files).containsExactly(sshDir.resolve("config"));
        }
    }

    @Test
    void keepsEveryByteOutsideTheBlockAndBacksUpFirst() throws IOException {
        Path sshDir = Files.createDirectory(home.resolve(".ssh"));
        // CRLF line endings, a byte that is not UTF-8, trailing spaces and no final newline.
        byte[] original = concat("Host github.com\r\n  User git  \r\n  # caf".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0xE9}, "\r\nHost *\r\n  ServerAliveInterval 60".getBytes(StandardCharsets.US_ASCII));
        Files.write(sshDir.resolve("config"), original);

        SshConfigFile.WriteResult result = file.write(List.of(CI_A, CI_B));

        byte[] written = Files.readAllBytes(sshDir.resolve("config"));
        // The block goes above the first Host line, then one blank line, then the user's bytes unchanged.
        assertThat(Arrays.copyOfRange(written, written.length - original.length, written.length)).isEqualTo(original);
        String inserted = new String(written, 0, written.length - original.length, StandardCharsets.UTF_8);
        assertThat(inserted).isEqualTo("# BEGIN Compute Desk managed hosts\r\n"
                + "# Compute Desk rewrites the hosts in this block; edit elsewhere in the file.\r\n"
                + "Host ws-ci-a\r\n  HostName 20.81.10.5\r\n  Port 50000\r\n  User azureuser\r\n"
                + "\r\n"
                + "Host ws-ci-b\r\n  HostName 10.0.0.4\r\n  Port 22\r\n  User azureuser\r\n"
                + "  IdentityFile \"/home/me/My Keys/ci-b.pem\"\r\n"
                + "# END Compute Desk managed hosts\r\n"
                + "\r\n");
        assertThat(result.backup()).contains(sshDir.resolve("config.bak-20261124-053015"));
        assertThat(Files.readAllBytes(result.backup().orElseThrow())).isEqualTo(original);
    }

    @Test
    void secondWriteOfTheSameHostsChangesNothing() throws IOException {
        Path sshDir = Files.createDirectory(home.resolve(".ssh"));
        Files.writeString(sshDir.resolve("config"), "Host old\n  HostName 1.1.1.1\n");
        file.write(List.of(CI_A, CI_B));
        byte[] afterFirst = Files.readAllBytes(sshDir.resolve("config"));
        assertThat(backups(sshDir)).isEqualTo(1);

        SshConfigFile.WriteResult second = file.write(List.of(CI_B, CI_A));

        assertThat(second.changed()).isFalse();
        assertThat(second.backup()).isEmpty();
        assertThat(Files.readAllBytes(sshDir.resolve("config"))).isEqualTo(afterFirst);
        assertThat(backups(sshDir)).isEqualTo(1);
    }

    @Test
    void replacesAHostWithTheSameAliasInPlace() throws IOException {
        Path sshDir = Files.createDirectory(home.resolve(".ssh"));
        String before = "Host first\n  HostName a\n\n";
        String after = "\nHost last\n  HostName z\n";
        String text = SshConfigWriter.preview(before + after, List.of(CI_A, CI_B));
        Files.writeString(sshDir.resolve("config"), text);
        // The block is ahead of every Host line; updating one host keeps its place and its order.
        SshConfigEntry movedA = new SshConfigEntry("WS-CI-A", "20.81.10.99", 50001, "azureuser", null);

        file.write(List.of(movedA));

        String written = Files.readString(sshDir.resolve("config"));
        assertThat(written).endsWith("\n" + before + after);
        assertThat(SshConfigWriter.managedHosts(written)).containsExactly(movedA, CI_B);
        // The second write's backup is named like the first, so it gets a suffix.
        file.write(List.of(CI_A));
        assertThat(backups(sshDir)).isEqualTo(2);
        assertThat(Files.exists(sshDir.resolve("config.bak-20261124-053015-2"))).isTrue();
    }

    @Test
    void previewOfTheFileOnDiskMatchesWhatIsWritten() throws IOException {
        Path sshDir = Files.createDirectory(home.resolve(".ssh"));
        Files.writeString(sshDir.resolve("config"), "Host x\r\n  User me\r\n");
        String preview = SshConfigWriter.preview(file.read(), List.of(CI_A));
        assertThat(Files.readString(sshDir.resolve("config"))).isEqualTo("Host x\r\n  User me\r\n");
        file.write(List.of(CI_A));
        assertThat(Files.readString(sshDir.resolve("config"))).isEqualTo(preview);
        assertThat(SshConfigWriter.preview(new SshConfigFile(home.resolve("nowhere"), CLOCK).read(), List.of(CI_A)))
                .startsWith(SshConfigWriter.BEGIN_MARKER);
    }

    @Test
    void keepsTheExistingFilesPermissions() throws IOException {
        assumeTrue(posix());
        Path sshDir = Files.createDirectory(home.resolve(".ssh"));
        Path config = Files.writeString(sshDir.resolve("config"), "Host x\n");
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-r-----"));
        file.write(List.of(CI_A));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config))).isEqualTo("rw-r-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(sshDir.resolve("config.bak-20261124-053015"))))
                .isEqualTo("rw-r-----");
    }

    @Test
    void writesThroughASymbolicLink() throws IOException {
        assumeTrue(posix());
        Path sshDir = Files.createDirectory(home.resolve(".ssh"));
        Path real = Files.writeString(Files.createDirectory(home.resolve("dotfiles")).resolve("ssh_config"), "Host x\n");
        Files.createSymbolicLink(sshDir.resolve("config"), real);
        SshConfigFile.WriteResult result = file.write(List.of(CI_A));
        assertThat(Files.isSymbolicLink(sshDir.resolve("config"))).isTrue();
        assertThat(result.configFile()).isEqualTo(real.toRealPath());
        assertThat(Files.readString(real)).contains("Host ws-ci-a");
    }

    @Test
    void refusesABlockWithoutEnd() throws IOException {
        Path sshDir = Files.createDirectory(home.resolve(".ssh"));
        String broken = "Host x\n" + SshConfigWriter.BEGIN_MARKER + "\nHost ws-ci-a\n";
        Files.writeString(sshDir.resolve("config"), broken);
        assertThatThrownBy(() -> file.write(List.of(CI_A)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The SSH config file has the line '# BEGIN Compute Desk managed hosts' without a matching "
                        + "'# END Compute Desk managed hosts' line. Fix the file, then try again");
        assertThat(Files.readString(sshDir.resolve("config"))).isEqualTo(broken);
        assertThat(backups(sshDir)).isZero();
    }

    // ---- a read-only file (moved from SshConfigPlacementTest with the writing) --------------------------------------

    @Test
    void aReadOnlyConfigIsNeverReplacedEvenByAnAdministrator() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path sshDir = Files.createDirectory(home.resolve(".ssh"));
        Path config = Files.writeString(sshDir.resolve("config"), USER_DEFAULTS);
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("r--------"));
        byte[] before = Files.readAllBytes(config);
        long modified = Files.getLastModifiedTime(config).toMillis();

        // Root may write a 0400 file (Files.isWritable says yes); the owner's bits still say no.
        assertThat(SshConfigFile.isReadOnly(config)).isTrue();
        assertThatThrownBy(() -> file.write(List.of(CI)))
                .isInstanceOf(SshConfigFile.ReadOnlyConfigException.class)
                .hasMessageContaining("is read-only");

        assertThat(Files.readAllBytes(config)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(config).toMillis()).isEqualTo(modified);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config))).isEqualTo("r--------");
        try (Stream<Path> files = Files.list(sshDir)) {
            assertThat(files).containsExactly(config);
        }
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));
        assertThat(SshConfigFile.isReadOnly(config)).isFalse();
        assertThat(SshConfigFile.isReadOnly(sshDir.resolve("missing"))).isFalse();
    }
}
