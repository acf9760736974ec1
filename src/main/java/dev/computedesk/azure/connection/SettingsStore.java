package dev.computedesk.azure.connection;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes {@code connection.json} in the settings directory ({@code --settings-dir}). Writes go to a
 * temporary file first and are moved into place atomically. A missing or unreadable file reads as first run.
 */
public final class SettingsStore {
    /** The file name inside the settings directory. */
    public static final String FILE_NAME = "connection.json";

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
        try {
            Files.createDirectories(directory);
            Path tmp = Files.createTempFile(directory, FILE_NAME, ".tmp");
            try {
                MAPPER.writeValue(tmp.toFile(), settings);
                try {
                    Files.move(tmp, file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file(), StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save settings to " + file(), e);
        }
    }
}
