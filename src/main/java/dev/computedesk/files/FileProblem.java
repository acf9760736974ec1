package dev.computedesk.files;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Something went wrong with a file the app owns, said the way the user should hear it: which file, what
 * happened, where the kept copy is, and what the app does instead.
 *
 * @param kind     what happened
 * @param what     the file's role in words ("The connection settings")
 * @param file     the file (or the location that could not be written)
 * @param copy     where the unreadable file was moved, for {@link Kind#MOVED_ASIDE}; else {@code null}
 * @param reason   why, in words that hold no file content (a file may hold secrets)
 * @param fallback what the app does instead ("the app starts as on a first run")
 */
public record FileProblem(Kind kind, String what, Path file, Path copy, String reason, String fallback) {

    /** What happened to the file. */
    public enum Kind {
        /** The file could not be read; it was moved aside to {@link FileProblem#copy()} and defaults are used. */
        MOVED_ASIDE,
        /** The file could not be read nor moved aside; it is left alone and not overwritten. */
        UNREADABLE,
        /** The file cannot be written where it lives; changes are not saved until the location works again. */
        UNWRITABLE
    }

    public FileProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(file, "file");
    }

    /** One sentence or two for a notice or a line on stderr. */
    public String message() {
        switch (kind) {
            case MOVED_ASIDE:
                return what + " could not be read (" + reason + "). The file was kept as " + copy + "; "
                        + fallback + ".";
            case UNREADABLE:
                return what + " at " + file + " could not be read (" + reason + ") and was left as it is; "
                        + fallback + ".";
            default:
                return what + " cannot be saved to " + file + " (" + reason + "). Changes are kept only while the app"
                        + " runs; saving starts again when the location can be written.";
        }
    }
}
