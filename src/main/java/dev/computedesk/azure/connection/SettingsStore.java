package dev.computedesk.azure.connection;

import com.azure.identity.AuthenticationRecord;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.computedesk.files.FileProblem;
import dev.computedesk.files.OwnedFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes {@code connection.json} (and {@code account.json}, the remembered Azure account) in the settings
 * directory ({@code --settings-dir}). Neither holds a token, password or key. Both go through {@link OwnedFile}:
 * writes are atomic and owner-only; a missing file reads as first run; an unreadable one is moved aside (its
 * remembered fields stay in the copy), reported as a {@link FileProblem}, and reads as first run; a settings folder
 * that cannot be written is reported once, and the app goes on with what it holds in memory.
 */
public final class SettingsStore {
    /** The file name inside the settings directory. */
    public static final String FILE_NAME = "connection.json";
    /** The remembered account's file name inside the settings directory. */
    public static final String ACCOUNT_FILE_NAME = "account.json";

    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL);

    private final OwnedFile settings;
    private final OwnedFile account;

    /** A store in {@code directory} (created on first save) whose file problems are only logged. */
    public SettingsStore(Path directory) {
        this(directory, problem -> LOG.warn(problem.message()));
    }

    /**
     * A store in {@code directory} (created on first save).
     *
     * @param problems told when a file was moved aside or the folder cannot be written (any thread; must not block)
     */
    public SettingsStore(Path directory, Consumer<FileProblem> problems) {
        this.settings = new OwnedFile(directory.resolve(FILE_NAME), "The connection settings",
                "the app starts as on a first run, with the local emulator", problems);
        this.account = new OwnedFile(directory.resolve(ACCOUNT_FILE_NAME), "The remembered Azure account",
                "sign in again to remember it", problems);
    }

    /** The settings file. */
    public Path file() {
        return settings.path();
    }

    /** The saved settings, or {@link ConnectionSettings#firstRun()} when none (or unreadable: moved aside). */
    public ConnectionSettings load() {
        return settings.read(SettingsStore::parseSettings).orElseGet(ConnectionSettings::firstRun);
    }

    private static ConnectionSettings parseSettings(byte[] bytes) throws Exception {
        ConnectionSettings s = MAPPER.readValue(bytes, ConnectionSettings.class);
        if (s == null) {
            return null;
        }
        if (s.kind() == null) {
            // A kind from a newer version, or none: reading it as first run would silently drop the rest.
            throw new OwnedFile.Invalid("it names no connection kind this version knows");
        }
        return s;
    }

    /** Saves atomically (a temp file beside it, then a move over it); false when the folder cannot be written. */
    public boolean save(ConnectionSettings settings) {
        return this.settings.write(out -> MAPPER.writeValue(out, settings));
    }

    /** The account file: azure-identity's authentication record (ids and user name, no token). */
    public Path accountFile() {
        return account.path();
    }

    /** The remembered Azure account (for silent sign-in from the keychain cache), if any and readable. */
    public Optional<AuthenticationRecord> loadAccount() {
        return account.read(bytes -> AuthenticationRecord.deserialize(new ByteArrayInputStream(bytes)));
    }

    /** Remembers the signed-in account (atomically); false when the folder cannot be written. */
    public boolean saveAccount(AuthenticationRecord record) {
        return account.write(record::serialize);
    }

    /** Forgets the remembered account (sign out). */
    public void forgetAccount() {
        try {
            Files.deleteIfExists(accountFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + accountFile(), e);
        }
    }
}
