package dev.computedesk.azure.connection;

import com.azure.identity.AuthenticationRecord;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes {@code connection.json} (and {@code account.json}, the remembered Azure account) in the settings
 * directory ({@code --settings-dir}). Neither holds a token, password or key. Writes go to a temporary file first
 * and are moved into place atomically. A missing or unreadable file reads as first run.
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

    private final Path directory;

    /** A store in {@code directory} (created on first save). */
    public SettingsStore(Path directory) {
        this.directory = directory;
    }

    /** The settings file. */
    public Path file() {
        return directory.resolve(FILE_NAME);
    }

    /** The saved settings, or {@link ConnectionSettings#firstRun()} when none (or unreadable). */
    public ConnectionSettings load() {
        Path file = file();
        if (!Files.isRegularFile(file)) {
            return ConnectionSettings.firstRun();
        }
        try {
            ConnectionSettings s = MAPPER.readValue(file.toFile(), ConnectionSettings.class);
            return s == null || s.kind() == null ? ConnectionSettings.firstRun() : s;
        } catch (IOException e) {
            LOG.warn("Ignoring unreadable settings file {}: {}", file, e.getClass().getSimpleName());
            return ConnectionSettings.firstRun();
        }
    }

    /** Saves atomically (write a temp file beside it, then move over). */
    public void save(ConnectionSettings settings) {
        writeAtomically(file(), out -> MAPPER.writeValue(out, settings));
    }

    /** The account file: azure-identity's authentication record (ids and user name, no token). */
    public Path accountFile() {
        return directory.resolve(ACCOUNT_FILE_NAME);
    }

    /** The remembered Azure account (for silent sign-in from the keychain cache), if any and readable. */
    public Optional<AuthenticationRecord> loadAccount() {
        Path file = accountFile();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.ofNullable(AuthenticationRecord.deserialize(in));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring unreadable account file {}: {}", file, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** Remembers the signed-in account (atomically). It holds no token or secret. */
    public void saveAccount(AuthenticationRecord account) {
        writeAtomically(accountFile(), account::serialize);
    }

    /** Forgets the remembered account (sign out). */
    public void forgetAccount() {
        try {
            Files.deleteIfExists(accountFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + accountFile(), e);
        }
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private void writeAtomically(Path target, Writer writer) {
        try {
            Files.createDirectories(directory);
            Path tmp = Files.createTempFile(directory, target.getFileName().toString(), ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    writer.write(out);
                }
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save " + target, e);
        }
    }
}
