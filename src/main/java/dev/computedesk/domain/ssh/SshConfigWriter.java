package dev.computedesk.domain.ssh;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The text of the app's hosts in {@code ~/.ssh/config}, inside one managed block:
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
 * <p>Text only: reading and replacing the file (backup, read-only files, permissions, atomic move) is
 * {@code ui/ssh/SshConfigFile}'s, through {@code files/AtomicWrite}; see docs/ssh.md.
 */
public final class SshConfigWriter {

    /** First line of the managed block. */
    public static final String BEGIN_MARKER = "# BEGIN Compute Desk managed hosts";
    /** Last line of the managed block. */
    public static final String END_MARKER = "# END Compute Desk managed hosts";
    /** Second line of the managed block, for people reading the file. */
    static final String NOTE = "# Compute Desk rewrites the hosts in this block; edit elsewhere in the file.";

    private SshConfigWriter() {
    }

    /** The file's text after merging {@code hosts} into it, for a preview before writing. */
    public static String preview(String existingText, Collection<SshConfigEntry> hosts) {
        return new String(merge(existingText.getBytes(StandardCharsets.UTF_8), hosts, List.of()), StandardCharsets.UTF_8);
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

    // ---- merging ----------------------------------------------------------------------------

    /**
     * The file's bytes after merging {@code hosts} into its managed block and removing the hosts with the aliases
     * {@code removals}; every byte outside the block is kept.
     *
     * @throws IllegalStateException when the file has a BEGIN marker without an END marker
     */
    public static byte[] merge(byte[] existing, Collection<SshConfigEntry> hosts, Collection<String> removals) {
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
