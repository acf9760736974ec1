package dev.computedesk.azure.connection;

import com.azure.identity.AuthenticationRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.computedesk.files.FileProblem;
import dev.computedesk.settings.SettingsFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection's sections of {@code settings.json} ({@link SettingsFile}): the connection kind, cloud, tenant and
 * last workspace, and the remembered Azure account (azure-identity's authentication record: ids and user name, no
 * token). Neither holds a token, password or key. A missing or unusable section reads as first run.
 */
public final class SettingsStore {
    /** The file the connection is kept in, inside the settings directory. */
    public static final String FILE_NAME = SettingsFile.FILE_NAME;

    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final SettingsFile file;

    /** A store in {@code directory} (created on first save) whose file problems are only logged. */
    public SettingsStore(Path directory) {
        this(directory, problem -> LOG.warn(problem.message()));
    }

    /**
     * A store with a settings file of its own in {@code directory}.
     *
     * @param problems told when a file was moved aside or the folder cannot be written (any thread; must not block)
     */
    public SettingsStore(Path directory, Consumer<FileProblem> problems) {
        this(new SettingsFile(directory, problems));
    }

    /** The connection's sections of the app's one settings file. */
    public SettingsStore(SettingsFile file) {
        this.file = file;
    }

    /** The settings file. */
    public Path file() {
        return file.path();
    }

    /** The saved settings, or {@link ConnectionSettings#firstRun()} when none (or of a kind this version lacks). */
    public ConnectionSettings load() {
        return file.section(SettingsFile.CONNECTION, ConnectionSettings.class)
                .filter(saved -> saved.kind() != null)
                .orElseGet(ConnectionSettings::firstRun);
    }

    /** Saves atomically (a temp file beside it, then a move over it); false when the folder cannot be written. */
    public boolean save(ConnectionSettings settings) {
        return file.put(SettingsFile.CONNECTION, settings);
    }

    /** The remembered Azure account (for silent sign-in from the keychain cache), if any and readable. */
    public Optional<AuthenticationRecord> loadAccount() {
        return file.section(SettingsFile.ACCOUNT).flatMap(node -> {
            try {
                return Optional.ofNullable(AuthenticationRecord.deserialize(
                        new ByteArrayInputStream(MAPPER.writeValueAsBytes(node))));
            } catch (IOException | RuntimeException e) {
                LOG.warn("The remembered Azure account in {} could not be read; sign in again to remember it",
                        file.path());
                return Optional.empty();
            }
        });
    }

    /** Remembers the signed-in account (atomically); false when the folder cannot be written. */
    public boolean saveAccount(AuthenticationRecord record) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        record.serialize(bytes);
        try {
            JsonNode node = MAPPER.readTree(bytes.toByteArray());
            return file.put(SettingsFile.ACCOUNT, node);
        } catch (IOException e) {
            throw new UncheckedIOException("The account could not be remembered", e);
        }
    }

    /** Forgets the remembered account (sign out). */
    public void forgetAccount() {
        file.put(SettingsFile.ACCOUNT, null);
    }
}
