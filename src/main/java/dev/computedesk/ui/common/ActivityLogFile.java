package dev.computedesk.ui.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.computedesk.azure.http.CallRecord;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.files.AtomicWrite;
import dev.computedesk.files.FileProblem;
import dev.computedesk.files.OwnedFile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The activity log kept across restarts: the newest {@link #KEPT} entries with their HTTP calls, in
 * {@code activity-log.json} in the settings folder, written atomically and read defensively ({@link OwnedFile}: a
 * file that cannot be read is moved aside and reported, and the log starts empty). The same JSON, with every entry,
 * is what "Export" writes. Entries hold what the activity log shows, nothing more: titles, targets, results, HTTP
 * methods, paths (only their api-version query), statuses, request ids and durations; never a header or a body.
 * Disk work: call it off the FX thread.
 */
public final class ActivityLogFile {
    public static final String FILE_NAME = "activity-log.json";
    /** How many entries survive a restart. */
    public static final int KEPT = 200;
    private static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** The file's shape; {@code exportedAt} only in an export. */
    record Content(int version, Instant exportedAt, List<ActivityEntry> entries) {
    }

    private final OwnedFile file;

    public ActivityLogFile(Path settingsDir, Consumer<FileProblem> problems) {
        this.file = new OwnedFile(settingsDir.resolve(FILE_NAME), Messages.get("common.code.activityLog.what"),
                Messages.get("common.code.activityLog.fallback"), problems);
    }

    /** The entries of earlier runs, newest first; empty on a first run or after moving an unreadable file aside. */
    public List<ActivityEntry> load() {
        return file.read(ActivityLogFile::parse).orElse(List.of());
    }

    /** Keeps the newest {@link #KEPT} of {@code entries} (newest first); false (reported) when it cannot. */
    public boolean save(List<ActivityEntry> entries) {
        List<ActivityEntry> kept = List.copyOf(entries.subList(0, Math.min(KEPT, entries.size())));
        return file.write(out -> JSON.writeValue(out, new Content(VERSION, null, kept)));
    }

    /** Writes every entry with its HTTP calls to {@code target}, a file the user chose, atomically. */
    public static void export(List<ActivityEntry> entries, Path target, Instant now) throws IOException {
        Content content = new Content(VERSION, now, List.copyOf(entries));
        AtomicWrite.replace(target, AtomicWrite.Protection.ownerOnly(), out -> JSON.writeValue(out, content));
    }

    private static List<ActivityEntry> parse(byte[] bytes) throws IOException, OwnedFile.Invalid {
        Content content = JSON.readValue(bytes, Content.class);
        if (content == null || content.entries() == null) {
            throw new OwnedFile.Invalid("it has no \"entries\" list");
        }
        for (ActivityEntry entry : content.entries()) {
            if (entry == null || entry.startedAt() == null || entry.title() == null || entry.target() == null
                    || entry.outcome() == null || entry.message() == null || entry.firstRequestId() == null
                    || entry.duration() == null || entry.calls().stream().anyMatch(ActivityLogFile::incomplete)) {
                throw new OwnedFile.Invalid("an entry lacks a field every entry has");
            }
        }
        return content.entries();
    }

    private static boolean incomplete(CallRecord call) {
        return call == null || call.startedAt() == null || call.method() == null || call.path() == null
                || call.duration() == null;
    }
}
