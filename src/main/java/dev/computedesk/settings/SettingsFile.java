package dev.computedesk.settings;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.computedesk.files.FileProblem;
import dev.computedesk.files.OwnedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * {@code settings.json} in the settings folder: one JSON object whose sections belong to different parts of the
 * app ({@link #CONNECTION}, {@link #ACCOUNT}, {@link #SSH_KEY_PATHS}, {@link #PREFERENCES}, {@link #LAYOUT}).
 * Sections this version does not know are kept on every write. Never holds a secret.
 *
 * <p>Read once, on first use, through {@link OwnedFile}: a file that is not a JSON object is moved aside and
 * reported, and the app goes on with defaults. When {@code settings.json} does not exist yet, the separate files of
 * earlier versions ({@code connection.json}, {@code account.json}, {@code ssh-key-paths.json}) are read into it
 * (each defensively, as before), it is written, and each old file is then renamed {@code <name>.migrated}: migrated
 * once, nothing deleted. Every change writes the whole file atomically; a folder that cannot be written is reported
 * once and the values live on in memory.
 *
 * <p>Reads and writes the disk on first use and on every change: call from background work only. Thread-safe.
 */
public final class SettingsFile {
    /** The file's name in the settings folder. */
    public static final String FILE_NAME = "settings.json";
    /** The suffix an old file gets once its content is in {@code settings.json}. */
    public static final String MIGRATED_SUFFIX = ".migrated";

    public static final String CONNECTION = "connection";
    public static final String ACCOUNT = "account";
    public static final String SSH_KEY_PATHS = "sshKeyPaths";
    public static final String PREFERENCES = "preferences";
    public static final String LAYOUT = "layout";

    /** The files earlier versions kept, the section each becomes, and how they were described to the user. */
    private static final List<Legacy> LEGACY = List.of(
            new Legacy("connection.json", CONNECTION, "The connection settings",
                    "the app starts as on a first run, with the local emulator"),
            new Legacy("account.json", ACCOUNT, "The remembered Azure account", "sign in again to remember it"),
            new Legacy("ssh-key-paths.json", SSH_KEY_PATHS, "The remembered SSH key paths",
                    "the SSH helper asks for the key again"));

    private static final Logger LOG = LoggerFactory.getLogger(SettingsFile.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL);

    private record Legacy(String fileName, String section, String what, String fallback) {
    }

    private final Path directory;
    private final Consumer<FileProblem> problems;
    private final OwnedFile file;
    private ObjectNode document;

    /**
     * @param directory the settings folder ({@code --settings-dir}); created on the first write
     * @param problems  told when a file was moved aside or the folder cannot be written (any thread; must not block)
     */
    public SettingsFile(Path directory, Consumer<FileProblem> problems) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.problems = Objects.requireNonNull(problems, "problems");
        this.file = new OwnedFile(directory.resolve(FILE_NAME), "The settings",
                "the app starts with its default settings", problems);
    }

    /** The settings file (absolute). */
    public Path path() {
        return file.path();
    }

    /** A section as it is stored, if present. */
    public synchronized Optional<JsonNode> section(String name) {
        JsonNode node = loaded().get(name);
        return node == null || node.isNull() ? Optional.empty() : Optional.of(node.deepCopy());
    }

    /** A section read as {@code type}; empty when absent or (logged) when its shape is not {@code type}'s. */
    public <T> Optional<T> section(String name, Class<T> type) {
        return section(name).flatMap(node -> convert(name, () -> JSON.treeToValue(node, type)));
    }

    /**
     * Replaces a section ({@code value} null removes it) and writes the file; false when it could not be written
     * (reported once per outage; the value is kept in memory and written with the next change that succeeds).
     */
    public synchronized boolean put(String name, Object value) {
        ObjectNode root = loaded();
        JsonNode node = value == null ? null : JSON.valueToTree(value);
        if (Objects.equals(root.get(name), node)) {
            return true;
        }
        if (node == null) {
            root.remove(name);
        } else {
            root.set(name, node);
        }
        return write();
    }

    /** The user's preferences (defaults for a new folder). */
    public Preferences preferences() {
        return section(PREFERENCES, Preferences.class).orElseGet(Preferences::defaults);
    }

    /** The remembered layout (empty for a new folder). */
    public Layout layout() {
        return section(LAYOUT, Layout.class).orElseGet(Layout::empty);
    }

    /** The remembered SSH key path per compute key. */
    public Map<String, String> sshKeyPaths() {
        return section(SSH_KEY_PATHS).flatMap(node -> convert(SSH_KEY_PATHS,
                () -> JSON.convertValue(node, new TypeReference<TreeMap<String, String>>() { })))
                .map(paths -> (Map<String, String>) paths).orElseGet(TreeMap::new);
    }

    private <T> Optional<T> convert(String name, Conversion<T> conversion) {
        try {
            return Optional.ofNullable(conversion.run());
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("The section \"{}\" of {} has a shape this version does not read; its defaults are used",
                    name, file.path());
            return Optional.empty();
        }
    }

    @FunctionalInterface
    private interface Conversion<T> {
        T run() throws IOException;
    }

    private ObjectNode loaded() {
        if (document == null) {
            if (Files.exists(file.path())) {
                document = file.read(SettingsFile::parse).orElseGet(JSON::createObjectNode);
            } else {
                document = migrate();
            }
        }
        return document;
    }

    private static ObjectNode parse(byte[] bytes) throws IOException, OwnedFile.Invalid {
        JsonNode root = JSON.readTree(bytes);
        if (root == null || !root.isObject()) {
            throw new OwnedFile.Invalid("it is not a JSON object");
        }
        return (ObjectNode) root;
    }

    /** Reads the files of earlier versions into a new document, writes it, and renames them once it is written. */
    private ObjectNode migrate() {
        ObjectNode root = JSON.createObjectNode();
        List<Path> read = new ArrayList<>();
        for (Legacy legacy : LEGACY) {
            OwnedFile old = new OwnedFile(directory.resolve(legacy.fileName()), legacy.what(), legacy.fallback(),
                    problems);
            Optional<JsonNode> content = old.read(SettingsFile::parse);
            if (content.isPresent()) {
                JsonNode node = content.get();
                root.set(legacy.section(), SSH_KEY_PATHS.equals(legacy.section()) ? keysOf(node) : node);
                read.add(old.path());
            }
        }
        if (read.isEmpty()) {
            return root;
        }
        document = root;
        if (write()) {
            read.forEach(SettingsFile::markMigrated);
        }
        return root;
    }

    /** {@code ssh-key-paths.json} was {@code {"version":1,"keys":{…}}}: the section is the {@code keys} object. */
    private static JsonNode keysOf(JsonNode old) {
        JsonNode keys = old.path("keys");
        return keys.isObject() ? keys : JSON.createObjectNode();
    }

    private static void markMigrated(Path old) {
        String base = old.getFileName() + MIGRATED_SUFFIX;
        for (int n = 1; n < 100; n++) {
            Path target = old.resolveSibling(n == 1 ? base : base + "-" + n);
            try {
                // No REPLACE_EXISTING: an earlier migrated copy is never overwritten.
                Files.move(old, target);
                return;
            } catch (FileAlreadyExistsException taken) {
                // try the next name
            } catch (IOException e) {
                // settings.json holds the content now; the old file is only not renamed, and is not read again.
                LOG.warn("{} was migrated into {} but could not be renamed: {}", old, FILE_NAME, e.getMessage());
                return;
            }
        }
    }

    private boolean write() {
        ObjectNode root = document;
        root.put("version", 1);
        return file.write(out -> JSON.writeValue(out, root));
    }
}
