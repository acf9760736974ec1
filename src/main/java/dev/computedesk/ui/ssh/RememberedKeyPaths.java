package dev.computedesk.ui.ssh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.computedesk.azure.model.WorkspaceRef;

import dev.computedesk.files.FileProblem;
import dev.computedesk.files.OwnedFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

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

    private final OwnedFile file;

    /**
     * @param settingsDir the app's settings folder ({@code UiContext.settingsDir()})
     * @param problems    told when the file is unreadable (it is then kept aside as a copy) or cannot be written
     */
    public RememberedKeyPaths(Path settingsDir, Consumer<FileProblem> problems) {
        this.file = new OwnedFile(settingsDir.resolve(FILE_NAME), "The remembered SSH key paths",
                "the SSH helper asks for the key again", problems);
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
        return file.path();
    }

    /** The path remembered for {@code compute} (a compute's ARM id, any case), if any. */
    public synchronized Optional<String> find(String compute) {
        return Optional.ofNullable(readAll().get(normal(compute)));
    }

    /**
     * Remembers {@code keyPath} for {@code compute}; a blank path forgets it.
     *
     * @throws IOException when the file cannot be written (also reported, once, to the problem listener)
     */
    public synchronized void remember(String compute, String keyPath) throws IOException {
        Map<String, String> all = readAll();
        boolean changed;
        if (keyPath == null || keyPath.isBlank()) {
            changed = all.remove(normal(compute)) != null;
        } else {
            changed = !keyPath.equals(all.put(normal(compute), keyPath));
        }
        if (changed && !file.write(JSON.writeValueAsBytes(document(all)))) {
            throw new IOException("The SSH key path could not be saved in " + file.path());
        }
    }

    /** Every remembered path; an unreadable file is moved aside (and reported) by {@link OwnedFile}. */
    private Map<String, String> readAll() {
        return file.read(RememberedKeyPaths::parse).orElseGet(TreeMap::new);
    }

    private static Map<String, String> parse(byte[] bytes) throws IOException, OwnedFile.Invalid {
        JsonNode root = JSON.readTree(bytes);
        if (root == null || !root.path("keys").isObject()) {
            throw new OwnedFile.Invalid("it has no \"keys\" object");
        }
        Map<String, String> all = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("keys").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getValue().isTextual()) {
                all.put(normal(entry.getKey()), entry.getValue().asText());
            }
        }
        return all;
    }

    private static ObjectNode document(Map<String, String> all) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        ObjectNode keys = root.putObject("keys");
        all.forEach(keys::put);
        return root;
    }

    private static String normal(String compute) {
        return compute.toLowerCase(Locale.ROOT);
    }
}
