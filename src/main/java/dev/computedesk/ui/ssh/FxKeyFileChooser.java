package dev.computedesk.ui.ssh;

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
        FileChooser chooser = chooser("Choose your private key", initialDirectory);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("All files", "*"),
                new FileChooser.ExtensionFilter("PEM keys", "*.pem", "*.key"));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseNewKeyLocation(Path initialDirectory, String suggestedFileName) {
        FileChooser chooser = chooser("Save the private key", initialDirectory);
        chooser.setInitialFileName(suggestedFileName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PEM key", "*.pem"));
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
