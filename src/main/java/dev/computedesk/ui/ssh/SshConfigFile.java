package dev.computedesk.ui.ssh;

import dev.computedesk.domain.ssh.SshConfigEntry;
import dev.computedesk.domain.ssh.SshConfigWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The user's {@code ~/.ssh/config}, under a home folder given here so tests use a temporary one. Reads and writes
 * through the domain's {@link SshConfigWriter} (managed block, backup, atomic write, safe permissions). Touches the
 * disk: call from background work only.
 */
public final class SshConfigFile {
    private final Path home;
    private final SshConfigWriter writer;

    /**
     * @param home  the user's home folder ({@code user.home} in the app)
     * @param clock names backups
     */
    public SshConfigFile(Path home, Clock clock) {
        this.home = home;
        this.writer = new SshConfigWriter(clock);
    }

    /** The app's choice: the {@code user.home} folder and the system clock. */
    public static SshConfigFile forCurrentUser() {
        return new SshConfigFile(Path.of(System.getProperty("user.home")), Clock.systemDefaultZone());
    }

    /** {@code <home>/.ssh}. */
    public Path sshDir() {
        return home.resolve(".ssh");
    }

    /** {@code <home>/.ssh/config}. */
    public Path configFile() {
        return sshDir().resolve("config");
    }

    /** The file's text now ("" when it does not exist). */
    public String read() throws IOException {
        Path config = configFile();
        return Files.isRegularFile(config) ? new String(Files.readAllBytes(config), StandardCharsets.UTF_8) : "";
    }

    /** True when the file exists and is read-only (see {@link SshConfigWriter#isReadOnly}): it is never replaced. */
    public boolean readOnly() throws IOException {
        return SshConfigWriter.isReadOnly(configFile());
    }

    /** Merges {@code entry} into the managed block (see {@link SshConfigWriter#write}). */
    public SshConfigWriter.WriteResult write(SshConfigEntry entry) throws IOException {
        return writer.write(sshDir(), List.of(entry));
    }

    /** How a path under the home folder is shown: {@code ~/.ssh/config}. */
    public String display(Path path) {
        Path absolute = path.toAbsolutePath();
        Path absoluteHome = home.toAbsolutePath();
        if (absolute.startsWith(absoluteHome)) {
            return "~/" + absoluteHome.relativize(absolute).toString().replace('\\', '/');
        }
        return absolute.toString();
    }
}
