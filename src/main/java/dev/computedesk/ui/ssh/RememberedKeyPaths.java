package dev.computedesk.ui.ssh;

import dev.computedesk.azure.model.WorkspaceRef;

import dev.computedesk.domain.text.Messages;
import dev.computedesk.files.FileProblem;
import dev.computedesk.settings.SettingsFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The private-key path the user chose for each compute, in the {@code sshKeyPaths} section of the app's
 * {@code settings.json} ({@link SettingsFile}). A path is not a secret; the key itself is never read or stored here.
 * Reads and writes the disk: call from background work only.
 *
 * <pre>"sshKeyPaths":{"/subscriptions/…/computes/ci-a":"/home/me/.ssh/ci-a.pem"}</pre>
 */
public final class RememberedKeyPaths {

    /** The file the paths are kept in, under the settings folder. */
    public static final String FILE_NAME = SettingsFile.FILE_NAME;

    private final SettingsFile file;

    /**
     * A store with a settings file of its own (tests; the app shares its one {@link SettingsFile}).
     *
     * @param settingsDir the app's settings folder
     * @param problems    told when the file is unreadable (it is then kept aside as a copy) or cannot be written
     */
    public RememberedKeyPaths(Path settingsDir, Consumer<FileProblem> problems) {
        this(new SettingsFile(settingsDir, problems));
    }

    /** The paths kept in the app's settings file. */
    public RememberedKeyPaths(SettingsFile file) {
        this.file = file;
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
        if (changed && !file.put(SettingsFile.SSH_KEY_PATHS, all)) {
            throw new IOException(Messages.get("ssh.code.key.notSaved", file.path().toString()));
        }
    }

    /** Every remembered path, by lower-cased compute key. */
    private Map<String, String> readAll() {
        Map<String, String> all = new TreeMap<>();
        file.sshKeyPaths().forEach((compute, path) -> all.put(normal(compute), path));
        return all;
    }

    private static String normal(String compute) {
        return compute.toLowerCase(Locale.ROOT);
    }
}
