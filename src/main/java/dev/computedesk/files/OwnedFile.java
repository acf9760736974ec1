package dev.computedesk.files;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One file the app owns (settings, the emulator's state, the activity log), read defensively and written
 * atomically and owner-only.
 *
 * <p>Reading: a missing file reads as empty. A file that cannot be read or parsed is moved aside to
 * {@code <name>.corrupt-<yyyyMMdd'T'HHmmss'Z'>} (then {@code -2}, {@code -3}, … when that name is taken, so no
 * earlier copy is ever overwritten), the problem is reported, and the read answers empty so the caller goes on
 * with its defaults. A file that can be neither read nor moved is left alone, reported, and never overwritten.
 *
 * <p>Writing: through {@link AtomicWrite} (a temporary file beside the target, owner-only from its creation where
 * the file system has POSIX permissions, forced to disk, then moved over it). A location that cannot be written is
 * reported once per outage (not on every retry); the next successful write ends the outage.
 *
 * <p>Problems go to the {@code problems} consumer, on the calling thread; it must not block. Thread-safe.
 */
public final class OwnedFile {
    /** Serialises moves aside in this JVM, so two corruptions at the same instant pick different names. */
    private static final Object MOVE_ASIDE = new Object();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** Parses a file's bytes; a thrown exception or a {@code null} result means the file is unreadable. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(byte[] bytes) throws Exception;
    }

    /** Writes the file's content to {@code out}. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /**
     * A parser's refusal of content that is well-formed but not what the file should hold; its message is
     * shown to the user, so it must not quote the file's content.
     */
    public static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        public Invalid(String message) {
            super(message, null, false, false);
        }
    }

    private final Path file;
    private final String what;
    private final String fallback;
    private final Consumer<FileProblem> problems;
    private final Clock clock;
    private boolean unwritableReported;
    /** Set when the file could not be read nor moved aside: it is the user's to rescue, so it is never replaced. */
    private boolean held;

    /**
     * @param file     the file
     * @param what     its role in words, for the user ("The connection settings")
     * @param fallback what the app does when the file is unreadable ("the app starts as on a first run")
     * @param problems told about every problem (a notice on screen, a line on stderr)
     */
    public OwnedFile(Path file, String what, String fallback, Consumer<FileProblem> problems) {
        this(file, what, fallback, problems, Clock.systemUTC());
    }

    /** As above, with the clock that stamps the names of moved-aside copies (tests). */
    public OwnedFile(Path file, String what, String fallback, Consumer<FileProblem> problems, Clock clock) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
        this.what = Objects.requireNonNull(what, "what");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.problems = Objects.requireNonNull(problems, "problems");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The file (absolute). */
    public Path path() {
        return file;
    }

    /**
     * The file's content as {@code parser} reads it; empty when the file does not exist, and empty after moving
     * an unreadable file aside (reported).
     */
    public synchronized <T> Optional<T> read(Parser<T> parser) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String reason;
        try {
            T value = parser.parse(Files.readAllBytes(file));
            if (value != null) {
                return Optional.of(value);
            }
            reason = "it holds nothing usable";
        } catch (Exception e) {
            reason = describe(e);
        }
        try {
            Path copy = moveAside();
            report(new FileProblem(FileProblem.Kind.MOVED_ASIDE, what, file, copy, reason, fallback));
        } catch (IOException e) {
            held = true;
            report(new FileProblem(FileProblem.Kind.UNREADABLE, what, file, null,
                    reason + "; moving it aside failed: " + describe(e), fallback + "; it will not be overwritten"));
        }
        return Optional.empty();
    }

    /** Writes {@code bytes} atomically; false (reported once per outage) when it cannot be written. */
    public boolean write(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return write(out -> out.write(bytes));
    }

    /** Writes what {@code writer} produces atomically; false (reported once per outage) when it cannot be written. */
    public synchronized boolean write(Writer writer) {
        if (held) {
            return false;
        }
        try {
            writeAtomically(writer);
            unwritableReported = false;
            return true;
        } catch (IOException | RuntimeException e) {
            if (!unwritableReported) {
                unwritableReported = true;
                report(new FileProblem(FileProblem.Kind.UNWRITABLE, what, file, null, describe(e), fallback));
            }
            return false;
        }
    }

    /** Deletes the file if it exists; false (not reported: nothing is lost) when it cannot be deleted. */
    public synchronized boolean delete() {
        try {
            Files.deleteIfExists(file);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void report(FileProblem problem) {
        try {
            problems.accept(problem);
        } catch (RuntimeException ignored) {
            // A failing notice must not turn a recoverable file problem into a crash of the caller.
        }
    }

    private Path moveAside() throws IOException {
        synchronized (MOVE_ASIDE) {
            String base = file.getFileName() + ".corrupt-" + STAMP.format(clock.instant());
            for (int n = 1; ; n++) {
                Path copy = file.resolveSibling(n == 1 ? base : base + "-" + n);
                if (Files.exists(copy)) {
                    continue;
                }
                try {
                    // No REPLACE_EXISTING: an earlier copy is never overwritten, even by another process.
                    Files.move(file, copy);
                    return copy;
                } catch (FileAlreadyExistsException taken) {
                    // someone took the name between the check and the move: try the next one
                }
            }
        }
    }

    private void writeAtomically(Writer writer) throws IOException {
        Files.createDirectories(file.getParent());
        AtomicWrite.replace(file, AtomicWrite.Protection.ownerOnly(), writer::write);
    }

    /** Why, in words that never quote the file's content (a parser's message may, and the file may hold secrets). */
    static String describe(Throwable e) {
        if (e instanceof Invalid) {
            return e.getMessage();
        }
        if (e instanceof JsonProcessingException) {
            JsonLocation at = ((JsonProcessingException) e).getLocation();
            return at == null || at.getLineNr() < 0 ? "not valid JSON"
                    : "not valid JSON at line " + at.getLineNr() + ", column " + at.getColumnNr();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "a folder on the way does not exist";
        }
        if (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException) {
            return "a file is in the way of the folder " + ((FileSystemException) e).getFile();
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getClass().getSimpleName();
    }
}
