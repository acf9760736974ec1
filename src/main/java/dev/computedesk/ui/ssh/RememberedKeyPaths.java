package dev.computedesk.ui.ssh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.computedesk.azure.model.WorkspaceRef;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The private-key path the user chose for each compute, in {@code ssh-key-paths.json} under the app's settings
 * folder. A path is not a secret; the key itself is never read or stored here. Reads and writes the disk: call from
 * background work only.
 *
 * <pre>{"version":1,"keys":{"/subscriptions/…/computes/ci-a":"/home/me/.ssh/ci-a.pem"}}</pre>
 */
public final class RememberedKeyPaths {

    /** The file's name under the settings folder. */
    public static final String FILE_NAME = "ssh-key-paths.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    /** @param settingsDir the app's settings folder ({@code UiContext.settingsDir()}) */
    public RememberedKeyPaths(Path settingsDir) {
        this.file = settingsDir.resolve(FILE_NAME);
    }

    /**
     * The key a compute is remembered under: its ARM id, lower-cased. Equal to the id ARM reports for the compute,
     * so a key chosen in a create form is found again by the helper once the compute exists.
     */
    public static String computeKey(WorkspaceRef workspace, String computeName) {
        return normal(workspace.id() + "/computes/" + computeName);
    }

    /** The file this store reads and writes. */
    public Path file() {
        return file;
    }

    /** The path remembered for {@code compute} (a compute's ARM id, any case), if any. */
    public synchronized Optional<String> find(String compute) {
        return Optional.ofNullable(readAll().get(normal(compute)));
    }

    /** Remembers {@code keyPath} for {@code compute}; a blank path forgets it. */
    public synchronized void remember(String compute, String keyPath) throws IOException {
        Map<String, String> all = readAll();
        boolean changed;
        if (keyPath == null || keyPath.isBlank()) {
            changed = all.remove(normal(compute)) != null;
        } else {
            changed = !keyPath.equals(all.put(normal(compute), keyPath));
        }
        if (changed) {
            writeAll(all);
        }
    }

    private Map<String, String> readAll() {
        Map<String, String> all = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return all;
        }
        try {
            JsonNode keys = JSON.readTree(file.toFile()).path("keys");
            for (Iterator<Map.Entry<String, JsonNode>> it = keys.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (entry.getValue().isTextual()) {
                    all.put(normal(entry.getKey()), entry.getValue().asText());
                }
            }
        } catch (IOException unreadable) {
            // A damaged file only loses remembered paths (the user picks the key again); the next save rewrites it.
            return all;
        }
        return all;
    }

    private void writeAll(Map<String, String> all) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        ObjectNode keys = root.putObject("keys");
        all.forEach(keys::put);
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), "." + FILE_NAME + "-", ".tmp");
        try {
            JSON.writeValue(temp.toFile(), root);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notAtomicHere) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static String normal(String compute) {
        return compute.toLowerCase(Locale.ROOT);
    }
}
