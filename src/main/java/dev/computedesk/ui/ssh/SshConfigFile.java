package dev.computedesk.ui.ssh;

import dev.computedesk.domain.ssh.SshConfigEntry;
import dev.computedesk.domain.ssh.SshConfigWriter;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.files.AtomicWrite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The user's {@code ~/.ssh/config}, under a home folder given here so tests use a temporary one: read, and replaced
 * with the managed block merged in (docs/ssh.md, "Writing" and "Read-only files are never replaced"). The text
 * comes from the domain's {@link SshConfigWriter}; the replacement goes through {@link AtomicWrite}.
 *
 * <p>{@link #write} refuses a read-only file ({@link ReadOnlyConfigException}, nothing changed), backs the file up
 * first ({@code config.bak-<yyyyMMdd-HHmmss>}, then {@code -2}, {@code -3}…, with the file's permissions), writes a
 * temporary file in the same folder and moves it into place atomically, creates {@code ~/.ssh} (700) and the file
 * (600) when missing, keeps an existing file's permissions, follows a symbolic link to its target, and does nothing
 * at all (no backup either) when the text would not change. A write that fails leaves the file as it was.
 *
 * <p>Touches the disk: call from background work only.
 */
public final class SshConfigFile {
    private static final DateTimeFormatter BACKUP_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    private final Path home;
    private final Clock clock;

    /**
     * @param home  the user's home folder ({@code user.home} in the app)
     * @param clock names backups
     */
    public SshConfigFile(Path home, Clock clock) {
        this.home = home;
        this.clock = clock;
    }

    /** The app's choice: the {@code user.home} folder and the system clock. */
    public static SshConfigFile forCurrentUser() {
        return new SshConfigFile(Path.of(System.getProperty("user.home")), Clock.systemDefaultZone());
    }

    /**
     * What the outcome of a write was.
     *
     * @param configFile the file written (the target of a symbolic link, when it is one)
     * @param changed    false when the file already said the same (nothing written, no backup)
     * @param backup     the backup made, if any
     */
    public record WriteResult(Path configFile, boolean changed, Optional<Path> backup) {
    }

    /** The config file is read-only: nothing was written, and the user may paste the block in by hand. */
    public static final class ReadOnlyConfigException extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Path file;

        /** @param file the read-only file */
        public ReadOnlyConfigException(Path file) {
            super(Messages.get("ssh.code.config.readOnlyFile", String.valueOf(file)));
            this.file = file;
        }

        /** The read-only file (a symbolic link's target). */
        public Path file() {
            return file;
        }
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

    /** True when the file exists and is read-only (see {@link #isReadOnly}): it is never replaced. */
    public boolean readOnly() throws IOException {
        return isReadOnly(configFile());
    }

    /**
     * True when {@code config} exists and its owner has made it read-only. The permission bits decide, not only
     * {@link Files#isWritable}: an administrator (root) may write any file, yet a {@code 0400} file says its owner
     * does not want it changed, and replacing it atomically would also drop that mode. A symbolic link is judged
     * by its target. Reads attributes only.
     */
    public static boolean isReadOnly(Path config) throws IOException {
        Path file = Files.isSymbolicLink(config) && Files.exists(config) ? config.toRealPath() : config;
        if (!Files.exists(file)) {
            return false;
        }
        if (!Files.isWritable(file)) {
            return true;
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix != null) {
            PosixFileAttributes attributes = posix.readAttributes();
            Set<PosixFilePermission> mode = attributes.permissions();
            boolean mine = attributes.owner().getName().equals(System.getProperty("user.name"));
            // Our own file: the owner's write bit. Another user's file that we may write anyway (root, or a
            // group member): read-only only when its mode lets nobody write it.
            return mine ? !mode.contains(PosixFilePermission.OWNER_WRITE)
                    : !mode.contains(PosixFilePermission.GROUP_WRITE) && !mode.contains(PosixFilePermission.OTHERS_WRITE)
                    && !mode.contains(PosixFilePermission.OWNER_WRITE);
        }
        DosFileAttributeView dos = Files.getFileAttributeView(file, DosFileAttributeView.class);
        return dos != null && dos.readAttributes().isReadOnly();
    }

    /** Merges {@code entry} into the managed block (see {@link #write(Collection)}). */
    public WriteResult write(SshConfigEntry entry) throws IOException {
        return write(List.of(entry));
    }

    /**
     * Merges {@code hosts} into the managed block.
     *
     * @throws ReadOnlyConfigException when the file is read-only (nothing changed)
     * @throws IOException             when reading, backing up or writing fails (the file is then unchanged)
     * @throws IllegalStateException   when the file has a BEGIN marker without an END marker
     */
    public WriteResult write(Collection<SshConfigEntry> hosts) throws IOException {
        return update(hosts, List.of());
    }

    /** Removes the hosts with these aliases from the managed block. */
    public WriteResult remove(Collection<String> aliases) throws IOException {
        return update(List.of(), aliases);
    }

    private WriteResult update(Collection<SshConfigEntry> hosts, Collection<String> removals) throws IOException {
        Path sshDir = sshDir();
        boolean posix = sshDir.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(sshDir)) {
            if (posix) {
                Files.createDirectories(sshDir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
                // createDirectories applies the umask; set the mode explicitly.
                Files.setPosixFilePermissions(sshDir, OWNER_ONLY_DIR);
            } else {
                Files.createDirectories(sshDir);
            }
        }
        Path config = sshDir.resolve("config");
        // Many people keep ~/.ssh/config as a link into a dotfiles repository: update the target.
        if (Files.isSymbolicLink(config) && Files.exists(config)) {
            config = config.toRealPath();
        }
        boolean exists = Files.exists(config, LinkOption.NOFOLLOW_LINKS);
        byte[] existing = exists ? Files.readAllBytes(config) : new byte[0];
        byte[] updated = SshConfigWriter.merge(existing, hosts, removals);
        if (Arrays.equals(existing, updated)) {
            return new WriteResult(config, false, Optional.empty());
        }
        if (exists && isReadOnly(config)) {
            throw new ReadOnlyConfigException(config);
        }
        Optional<Path> backup = exists ? Optional.of(backUp(config)) : Optional.empty();
        Set<PosixFilePermission> mode = posix && exists ? Files.getPosixFilePermissions(config) : OWNER_ONLY_FILE;
        AtomicWrite.replace(config, updated, AtomicWrite.Protection.mode(mode));
        return new WriteResult(config, true, backup);
    }

    private Path backUp(Path config) throws IOException {
        String stamp = LocalDateTime.now(clock).format(BACKUP_STAMP);
        Path dir = config.getParent();
        String base = config.getFileName() + ".bak-" + stamp;
        for (int attempt = 1; ; attempt++) {
            Path backup = dir.resolve(attempt == 1 ? base : base + "-" + attempt);
            try {
                // COPY_ATTRIBUTES keeps the original's permissions: a backup is as private as the file.
                return Files.copy(config, backup, StandardCopyOption.COPY_ATTRIBUTES);
            } catch (FileAlreadyExistsException taken) {
                if (attempt >= 100) {
                    throw taken;
                }
            }
        }
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
