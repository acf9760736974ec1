package dev.computedesk.domain.ssh;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the app's hosts into {@code ~/.ssh/config}, inside one managed block:
 * <pre>
 * # BEGIN Compute Desk managed hosts
 * # Compute Desk rewrites the hosts in this block; edit elsewhere in the file.
 * Host ws-ci-a
 *   ...
 * # END Compute Desk managed hosts
 * </pre>
 *
 * <p>OpenSSH takes the first value it finds for each option, so the block goes <em>before</em> the first
 * {@code Host} or {@code Match} line outside it: a user's {@code Host *} defaults stay after it, where they
 * cannot override the alias's {@code HostName}, {@code Port}, {@code User} or {@code IdentityFile}. A block
 * found after such a line is moved there (the comment lines directly above that line stay with it); a block
 * already in place is updated in place. With no {@code Host} or {@code Match} line the block is appended.
 *
 * <p>Every byte outside the block is kept as it was: line endings, a missing final newline, {@code Include}
 * lines, and comments that merely look like our markers (a marker counts only as a whole line starting in the
 * first column). The block uses the file's line ending. Hosts merge by alias: adding a host replaces the one
 * with the same alias, other hosts in the block stay.
 *
 * <p>{@link #write} refuses a read-only file ({@link ReadOnlyConfigException}, nothing changed), backs the file
 * up first ({@code config.bak-<yyyyMMdd-HHmmss>}), writes a temporary file in the same directory and moves it into
 * place atomically, creates {@code ~/.ssh} (700) and the file (600) when missing, keeps an existing file's
 * permissions, and does nothing at all (no backup either) when the text would not change.
 */
public final class SshConfigWriter {

    /** First line of the managed block. */
    public static final String BEGIN_MARKER = "# BEGIN Compute Desk managed hosts";
    /** Last line of the managed block. */
    public static final String END_MARKER = "# END Compute Desk managed hosts";
    /** Second line of the managed block, for people reading the file. */
    static final String NOTE = "# Compute Desk rewrites the hosts in this block; edit elsewhere in the file.";

    private static final DateTimeFormatter BACKUP_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    private final Clock clock;

    /**
     * @param clock names backups; tests pass a fixed clock
     */
    public SshConfigWriter(Clock clock) {
        this.clock = clock;
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

    /** The file's text after merging {@code hosts} into it, for a preview before writing. */
    public static String preview(String existingText, Collection<SshConfigEntry> hosts) {
        return new String(merge(existingText.getBytes(StandardCharsets.UTF_8), hosts, List.of()), StandardCharsets.UTF_8);
    }

    /**
     * The text {@link #write} would leave in {@code sshDir/config}, read from disk, for a preview
     * dialog. Bytes that are not UTF-8 show as U+FFFD here; {@link #write} keeps them as they are.
     *
     * @throws IllegalStateException when the file has a BEGIN marker without an END marker
     */
    public static String previewFile(Path sshDir, Collection<SshConfigEntry> hosts) throws IOException {
        Path config = sshDir.resolve("config");
        byte[] existing = Files.exists(config) ? Files.readAllBytes(config) : new byte[0];
        return new String(merge(existing, hosts, List.of()), StandardCharsets.UTF_8);
    }

    /** {@code ~/.ssh} of the user running the app. */
    public static Path userSshDirectory() {
        return Path.of(System.getProperty("user.home"), ".ssh");
    }

    /**
     * True when {@code config} exists and its owner has made it read-only. The permission bits decide, not only
     * {@link Files#isWritable}: an administrator (root) may write any file, yet a {@code 0400} file says its owner
     * does not want it changed, and replacing it atomically would also drop that mode. A symbolic link is judged
     * by its target. Reads attributes only; call off the FX thread.
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

    /** The config file is read-only: nothing was written, and the user may paste the block in by hand. */
    public static final class ReadOnlyConfigException extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Path file;

        /** @param file the read-only file */
        public ReadOnlyConfigException(Path file) {
            super(file + " is read-only; Compute Desk does not change it");
            this.file = file;
        }

        /** The read-only file (a symbolic link's target). */
        public Path file() {
            return file;
        }
    }

    /** The file's text after removing the hosts with these aliases from the managed block. */
    public static String previewRemoval(String existingText, Collection<String> aliases) {
        return new String(merge(existingText.getBytes(StandardCharsets.UTF_8), List.of(), aliases),
                StandardCharsets.UTF_8);
    }

    /** The hosts now in the managed block of {@code existingText}, in file order. */
    public static List<SshConfigEntry> managedHosts(String existingText) {
        byte[] bytes = existingText.getBytes(StandardCharsets.UTF_8);
        Optional<Block> block = Block.find(bytes);
        List<SshConfigEntry> hosts = new ArrayList<>();
        if (block.isPresent()) {
            for (List<String> chunk : chunks(block.get().inner(bytes)).values()) {
                parseEntry(chunk).ifPresent(hosts::add);
            }
        }
        return hosts;
    }

    /**
     * Merges {@code hosts} into {@code sshDir/config}.
     *
     * @throws IOException             when reading, backing up or writing fails (the file is then unchanged)
     * @throws IllegalStateException   when the file has a BEGIN marker without an END marker
     */
    public WriteResult write(Path sshDir, Collection<SshConfigEntry> hosts) throws IOException {
        return update(sshDir, hosts, List.of());
    }

    /** Removes the hosts with these aliases from the managed block of {@code sshDir/config}. */
    public WriteResult remove(Path sshDir, Collection<String> aliases) throws IOException {
        return update(sshDir, List.of(), aliases);
    }

    private WriteResult update(Path sshDir, Collection<SshConfigEntry> hosts, Collection<String> removals)
            throws IOException {
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
        byte[] updated = merge(existing, hosts, removals);
        if (Arrays.equals(existing, updated)) {
            return new WriteResult(config, false, Optional.empty());
        }
        if (exists && isReadOnly(config)) {
            throw new ReadOnlyConfigException(config);
        }
        Optional<Path> backup = exists ? Optional.of(backUp(config)) : Optional.empty();
        Set<PosixFilePermission> permissions = null;
        if (posix) {
            permissions = exists ? Files.getPosixFilePermissions(config) : OWNER_ONLY_FILE;
        }
        AtomicFiles.write(config, updated, permissions);
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

    // ---- merging ----------------------------------------------------------------------------

    static byte[] merge(byte[] existing, Collection<SshConfigEntry> hosts, Collection<String> removals) {
        Optional<Block> found = Block.find(existing);
        String eol = lineEnding(existing);
        LinkedHashMap<String, List<String>> chunks = found.isPresent()
                ? chunks(found.get().inner(existing)) : new LinkedHashMap<>();
        for (String alias : removals) {
            chunks.remove(alias.toLowerCase(Locale.ROOT));
        }
        for (SshConfigEntry host : hosts) {
            // Replaces in place (keeps the order) or appends.
            chunks.put(host.alias().toLowerCase(Locale.ROOT), host.lines());
        }
        byte[] block = chunks.isEmpty() ? new byte[0] : renderBlock(chunks.values(), eol).getBytes(StandardCharsets.UTF_8);
        byte[] outside = existing;
        if (found.isPresent()) {
            Block b = found.get();
            int firstSection = firstSectionLine(existing, 0, b.start);
            if (firstSection < 0 || block.length == 0) {
                // Already ahead of every Host and Match line (or going away): update where it is.
                return concat(Arrays.copyOfRange(existing, 0, b.start), block,
                        Arrays.copyOfRange(existing, b.end, existing.length));
            }
            // A Host or Match line above it would win over it: take it out, and place it as for a new block.
            outside = concat(Arrays.copyOfRange(existing, 0, b.start), Arrays.copyOfRange(existing, b.end, existing.length));
        }
        if (block.length == 0) {
            return outside;
        }
        int firstSection = firstSectionLine(outside, 0, outside.length);
        if (firstSection >= 0) {
            int at = headingStart(outside, firstSection);
            return concat(Arrays.copyOfRange(outside, 0, at), block, eol.getBytes(StandardCharsets.UTF_8),
                    Arrays.copyOfRange(outside, at, outside.length));
        }
        String separator = "";
        if (outside.length > 0) {
            // Append only: end the last line if it is open, then leave one blank line.
            boolean endsWithNewline = outside[outside.length - 1] == '\n';
            separator = (endsWithNewline ? "" : eol) + eol;
        }
        return concat(outside, separator.getBytes(StandardCharsets.UTF_8), block);
    }

    /**
     * The offset of the first line in {@code [from, to)} whose keyword is {@code Host} or {@code Match} (ignoring
     * case and leading white space; ssh_config separates a keyword from its value by white space or {@code =}), or
     * -1. Bytes are read as ISO-8859-1, so offsets stay byte offsets whatever the file's encoding.
     */
    static int firstSectionLine(byte[] bytes, int from, int to) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int lineStart = from;
        while (lineStart < to) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 || newline >= to ? to : newline + 1;
            String keyword = text.substring(lineStart, lineEnd).strip().split("[\\s=]", 2)[0];
            if (keyword.equalsIgnoreCase("Host") || keyword.equalsIgnoreCase("Match")) {
                return lineStart;
            }
            lineStart = lineEnd;
        }
        return -1;
    }

    /** Where the comment lines directly above the line at {@code lineStart} begin: they are that section's heading. */
    private static int headingStart(byte[] bytes, int lineStart) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = lineStart;
        while (at > 0) {
            int previousStart = text.lastIndexOf('\n', at - 2) + 1;
            if (!text.substring(previousStart, at).strip().startsWith("#")) {
                break;
            }
            at = previousStart;
        }
        return at;
    }

    private static String renderBlock(Collection<List<String>> chunks, String eol) {
        StringBuilder text = new StringBuilder();
        text.append(BEGIN_MARKER).append(eol).append(NOTE).append(eol);
        boolean first = true;
        for (List<String> chunk : chunks) {
            if (!first) {
                text.append(eol);
            }
            first = false;
            for (String line : chunk) {
                text.append(line).append(eol);
            }
        }
        return text.append(END_MARKER).append(eol).toString();
    }

    /** The block's host sections keyed by lower-cased alias, each without trailing blank lines. */
    private static LinkedHashMap<String, List<String>> chunks(String inner) {
        LinkedHashMap<String, List<String>> chunks = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : inner.split("\r?\n", -1)) {
            String trimmed = line.strip();
            String[] words = trimmed.split("\\s+", 2);
            if (words.length == 2 && words[0].equalsIgnoreCase("Host")) {
                current = new ArrayList<>();
                chunks.put(words[1].toLowerCase(Locale.ROOT), current);
            }
            if (current != null) {
                current.add(line);
            }
        }
        for (List<String> chunk : chunks.values()) {
            while (!chunk.isEmpty() && chunk.get(chunk.size() - 1).isBlank()) {
                chunk.remove(chunk.size() - 1);
            }
        }
        return chunks;
    }

    private static Optional<SshConfigEntry> parseEntry(List<String> chunk) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : chunk) {
            String[] words = line.strip().split("\\s+", 2);
            if (words.length == 2) {
                String value = words[1];
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                values.putIfAbsent(words[0].toLowerCase(Locale.ROOT), value);
            }
        }
        try {
            return Optional.of(new SshConfigEntry(values.get("host"), values.get("hostname"),
                    Integer.parseInt(values.getOrDefault("port", "22")), values.getOrDefault("user", SshTarget.DEFAULT_USER),
                    values.get("identityfile")));
        } catch (RuntimeException handEdited) {
            return Optional.empty();
        }
    }

    /** The file's line ending: CRLF when its first line ends so, else LF (also for a new file). */
    private static String lineEnding(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i > 0 && bytes[i - 1] == '\r' ? "\r\n" : "\n";
            }
        }
        return "\n";
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    /** Byte range of the managed block: from its BEGIN line to the end of its END line. */
    private static final class Block {
        final int start;
        final int end;
        final int innerStart;
        final int innerEnd;

        private Block(int start, int end, int innerStart, int innerEnd) {
            this.start = start;
            this.end = end;
            this.innerStart = innerStart;
            this.innerEnd = innerEnd;
        }

        String inner(byte[] bytes) {
            return new String(bytes, innerStart, innerEnd - innerStart, StandardCharsets.UTF_8);
        }

        /**
         * Finds the block by whole lines. ISO-8859-1 maps each byte to one char, so offsets are
         * byte offsets even when the rest of the file is not valid UTF-8.
         */
        static Optional<Block> find(byte[] bytes) {
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            int begin = -1;
            int innerStart = -1;
            int lineStart = 0;
            while (lineStart < text.length()) {
                int newline = text.indexOf('\n', lineStart);
                int lineEnd = newline < 0 ? text.length() : newline + 1;
                // Our markers start in the first column; an indented look-alike is the user's comment.
                String line = text.substring(lineStart, lineEnd).stripTrailing();
                if (begin < 0 && line.equals(BEGIN_MARKER)) {
                    begin = lineStart;
                    innerStart = lineEnd;
                } else if (begin >= 0 && line.equals(END_MARKER)) {
                    return Optional.of(new Block(begin, lineEnd, innerStart, lineStart));
                }
                lineStart = lineEnd;
            }
            if (begin >= 0) {
                throw new IllegalStateException("The SSH config file has the line '" + BEGIN_MARKER
                        + "' without a matching '" + END_MARKER + "' line. Fix the file, then try again");
            }
            return Optional.empty();
        }
    }
}
