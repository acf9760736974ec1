package dev.computedesk.ui.common;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The folder the private-key save dialogs open in: {@code ~/.ssh} at first, then the folder the user last saved a
 * key to. One per session, shared by the create forms and the SSH helper so both remember the same folder; the last
 * folder is kept here only, so persisting it later is a change to this class and its creator.
 *
 * <p>Used on the FX thread; it never touches the disk (the file dialog checks that the folder still exists).
 */
public final class KeyFolder {
    private final Path defaultFolder;
    private Path last;

    /** @param defaultFolder where the dialogs open before any key was saved ({@code ~/.ssh}) */
    public KeyFolder(Path defaultFolder) {
        this.defaultFolder = Objects.requireNonNull(defaultFolder);
    }

    /** {@code ~/.ssh} of the user running the app. */
    public static KeyFolder sshFolderOfCurrentUser() {
        return new KeyFolder(Path.of(System.getProperty("user.home"), ".ssh"));
    }

    /** Where the next save dialog opens: the last folder used, else {@code ~/.ssh}. */
    public Path start() {
        return last != null ? last : defaultFolder;
    }

    /** Notes that a key was saved as {@code file}: the next dialog opens in its folder. */
    public void used(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            last = parent;
        }
    }

    /** The folder of the last key saved this session, if any (what a settings file would keep). */
    public Optional<Path> last() {
        return Optional.ofNullable(last);
    }
}
