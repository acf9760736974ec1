package dev.computedesk.ui.common;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The folder the key file dialogs open in: the settings' default SSH key folder (else {@code ~/.ssh}) at first, then
 * the folder the user last saved a key to. One per session, shared by the create forms and the SSH helper so both remember the same folder; the last
 * folder is kept here only, so persisting it later is a change to this class and its creator.
 *
 * <p>Used on the FX thread; it never touches the disk (the file dialog checks that the folder still exists).
 */
public final class KeyFolder {
    private final Supplier<Path> defaultFolder;
    private Path last;

    /** @param defaultFolder where the dialogs open before any key was saved ({@code ~/.ssh}) */
    public KeyFolder(Path defaultFolder) {
        this(constant(Objects.requireNonNull(defaultFolder)));
    }

    /**
     * @param defaultFolder asked each time no key was saved yet, so a folder chosen in the settings window applies at
     *                      once
     */
    public KeyFolder(Supplier<Path> defaultFolder) {
        this.defaultFolder = Objects.requireNonNull(defaultFolder);
    }

    private static Supplier<Path> constant(Path folder) {
        return () -> folder;
    }

    /** {@code ~/.ssh} of the user running the app. */
    public static KeyFolder sshFolderOfCurrentUser() {
        return new KeyFolder(Path.of(System.getProperty("user.home"), ".ssh"));
    }

    /** Where the next dialog opens: the last folder used, else the default folder. */
    public Path start() {
        return last != null ? last : defaultFolder.get();
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
