package dev.computedesk.ui.settings;

import dev.computedesk.ui.common.Fxml;
import dev.computedesk.domain.text.Messages;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The settings window ({@code #settingsButton}), modal over the main window. Esc and the close box cancel. */
public final class SettingsWindow {
    private SettingsWindow() {
    }

    /** Builds the window for {@code viewModel}; the caller shows it. */
    public static Stage create(Window owner, List<String> stylesheets, SettingsViewModel viewModel) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        SettingsView view = new SettingsView(viewModel, start -> chooseFolder(stage, start),
                start -> choosePem(stage, start), stage::hide);
        Parent root = Fxml.load("settings/Settings.fxml", view);
        Scene scene = new Scene(root);
        scene.getStylesheets().setAll(stylesheets);
        stage.setScene(scene);
        stage.setTitle(Messages.get("settings.window.title"));
        stage.setOnCloseRequest(event -> view.cancelled());
        // The note on the proxy password comes from a background probe of the keychain: the window grows to show it.
        viewModel.proxyPasswordNoteProperty().addListener((obs, old, note) -> stage.sizeToScene());
        return stage;
    }

    private static Optional<Path> chooseFolder(Window owner, Path start) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("settings.window.keyFolderTitle"));
        // A cheap metadata check of one folder the user is about to browse anyway.
        if (start != null && Files.isDirectory(start)) {
            chooser.setInitialDirectory(start.toFile());
        }
        File chosen = chooser.showDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    private static Optional<Path> choosePem(Window owner, Path start) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Company CA certificate (PEM)");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("PEM certificates", "*.pem", "*.crt", "*.cer"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (start != null && Files.isDirectory(start)) {
            chooser.setInitialDirectory(start.toFile());
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }
}
