package dev.computedesk.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.computedesk.domain.ssh.SshKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one atomic replacement of a file: its protections, and a failure that changes nothing. */
class AtomicWriteTest {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static RSAPrivateCrtKey privateKey;

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() throws Exception {
        // Any RSA key takes the same path to the disk; 2048 bits spare the shared machine a 4096-bit generation.
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        privateKey = (RSAPrivateCrtKey) generator.generateKeyPair().getPrivate();
    }

    private String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    private void assertOnly(Path... files) throws IOException {
        try (Stream<Path> listed = Files.list(dir)) {
            assertThat(listed).containsExactlyInAnyOrder(files);
        }
    }

    // ---- a private key (moved from SshKeysTest with the saving) --------------------------------------------------

    @Test
    void savesThePrivateKeyOwnerOnlyAndAtomically() throws IOException {
        Path file = dir.resolve("my key.pem");
        AtomicWrite.replace(file, SshKeys.privateKeyFile(privateKey), AtomicWrite.Protection.secret());
        assertThat(Files.readString(file)).isEqualTo(SshKeys.toPkcs1Pem(privateKey));
        if (POSIX) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void replacingAReadableFileMakesItOwnerOnly() throws IOException {
        assumeTrue(POSIX);
        Path file = Files.writeString(dir.resolve("old.pem"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        AtomicWrite.replace(file, SshKeys.privateKeyFile(privateKey), AtomicWrite.Protection.secret());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).startsWith("-----BEGIN RSA PRIVATE KEY-----");
    }

    // ---- the other protections -------------------------------------------------------------------------------------

    @Test
    void aChosenModeIsTheNewFilesModeExactly() throws IOException {
        assumeTrue(POSIX);
        Path file = dir.resolve("config");

        AtomicWrite.replace(file, "Host x\n".getBytes(StandardCharsets.UTF_8),
                AtomicWrite.Protection.mode(PosixFilePermissions.fromString("rw-r-----")));

        assertThat(mode(file)).isEqualTo("rw-r-----");
        assertThat(Files.readString(file)).isEqualTo("Host x\n");
        assertOnly(file);
    }

    @Test
    void anAppFileIsOwnerOnlyAndAWriterThatClosesItsStreamStillReachesTheDisk() throws IOException {
        Path file = dir.resolve("settings.json");

        // Jackson closes the stream it writes to; the content must still be complete and forced to disk.
        AtomicWrite.replace(file, AtomicWrite.Protection.ownerOnly(), out -> {
            out.write("{\"a\":".getBytes(StandardCharsets.UTF_8));
            out.write('1');
            out.write("}".getBytes(StandardCharsets.UTF_8));
            out.close();
        });

        assertThat(Files.readString(file)).isEqualTo("{\"a\":1}");
        if (POSIX) {
            assertThat(mode(file)).isEqualTo("rw-------");
        }
        assertOnly(file);
    }

    @Test
    void anInterruptedThreadStillWritesTheWholeFile() throws IOException {
        // The emulator's saver is interrupted when it shuts down; a save under way must not end half-way.
        Path file = dir.resolve("emulator-state.json");
        Thread.currentThread().interrupt();
        try {
            AtomicWrite.replace(file, "{\"computes\":[]}".getBytes(StandardCharsets.UTF_8),
                    AtomicWrite.Protection.ownerOnly());
        } finally {
            assertThat(Thread.interrupted()).as("the interrupt is left for the caller").isTrue();
        }
        assertThat(Files.readString(file)).isEqualTo("{\"computes\":[]}");
        assertOnly(file);
    }

    // ---- a failure ---------------------------------------------------------------------------------------------

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = Files.writeString(dir.resolve("config"), "the user's text\n");
        if (POSIX) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        }

        assertThatThrownBy(() -> AtomicWrite.replace(file, AtomicWrite.Protection.ownerOnly(), out -> {
            out.write("half of the new te".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(Files.readString(file)).isEqualTo("the user's text\n");
        if (POSIX) {
            assertThat(mode(file)).isEqualTo("rw-rw-r--");
        }
        assertOnly(file);
    }

    @Test
    void aMissingFolderIsAnErrorAndNothingIsCreated() {
        Path file = dir.resolve("no such folder").resolve("k.pem");

        assertThatThrownBy(() -> AtomicWrite.replace(file, new byte[] {1}, AtomicWrite.Protection.secret()))
                .isInstanceOf(IOException.class);

        assertThat(Files.exists(file.getParent())).isFalse();
    }
}
