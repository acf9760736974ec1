package dev.computedesk.ui.ssh;

import dev.computedesk.domain.text.Messages;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** The system file dialogs, owned by a window; call on the FX thread. */
public final class FxKeyFileChooser implements KeyFileChooser {
    private final Supplier<Window> owner;

    /** @param owner the window the dialogs belong to (may supply null) */
    public FxKeyFileChooser(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> choosePrivateKey(Path initialDirectory) {
        FileChooser chooser = chooser(Messages.get("ssh.code.chooser.open"), initialDirectory);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("ssh.code.chooser.allFiles"), "*"),
                new FileChooser.ExtensionFilter(Messages.get("ssh.code.chooser.pemKeys"), "*.pem", "*.key"));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseNewKeyLocation(Path initialDirectory, String suggestedFileName) {
        FileChooser chooser = chooser(Messages.get("ssh.code.chooser.save"), initialDirectory);
        chooser.setInitialFileName(suggestedFileName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("ssh.code.chooser.pemKey"), "*.pem"));
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    private static FileChooser chooser(String title, Path initialDirectory) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        // A cheap metadata check of one folder the user is about to browse anyway.
        if (initialDirectory != null && Files.isDirectory(initialDirectory)) {
            chooser.setInitialDirectory(initialDirectory.toFile());
        }
        return chooser;
    }
}
