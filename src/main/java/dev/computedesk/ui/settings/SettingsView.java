package dev.computedesk.ui.settings;

import dev.computedesk.settings.ProxyMode;
import dev.computedesk.ui.common.form.Labels;
import dev.computedesk.domain.text.Messages;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** Controller of {@code settings/Settings.fxml}: binds the fields to the {@link SettingsViewModel}. */
public final class SettingsView {
    private final SettingsViewModel viewModel;
    private final Function<Path, Optional<Path>> folderChooser;
    private final Function<Path, Optional<Path>> pemChooser;
    private final Runnable close;

    @FXML private ComboBox<String> languageCombo;
    @FXML private ComboBox<String> themeCombo;
    @FXML private ComboBox<ProxyMode> proxyModeCombo;
    @FXML private TextField proxyUrlField;
    @FXML private Label proxyUrlError;
    @FXML private TextField proxyUserField;
    @FXML private PasswordField proxyPasswordField;
    @FXML private Label proxyPasswordNote;
    @FXML private TextField caFileField;
    @FXML private TextField sshKeyFolderField;
    @FXML private Button saveButton;

    /**
     * @param folderChooser asks for a folder, starting in the given one (may be null)
     * @param pemChooser    asks for a PEM file, starting in the given folder (may be null)
     * @param close         closes the window
     */
    public SettingsView(SettingsViewModel viewModel, Function<Path, Optional<Path>> folderChooser,
                        Function<Path, Optional<Path>> pemChooser, Runnable close) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.folderChooser = Objects.requireNonNull(folderChooser);
        this.pemChooser = Objects.requireNonNull(pemChooser);
        this.close = Objects.requireNonNull(close);
    }

    @FXML
    private void initialize() {
        languageCombo.getItems().setAll(SettingsViewModel.LANGUAGES);
        languageCombo.setConverter(Labels.converter(SettingsViewModel::languageName));
        languageCombo.valueProperty().bindBidirectional(viewModel.languageProperty());
        themeCombo.getItems().setAll(viewModel.themes());
        themeCombo.setConverter(Labels.converter(SettingsViewModel::themeName));
        themeCombo.valueProperty().bindBidirectional(viewModel.themeProperty());
        proxyModeCombo.getItems().setAll(ProxyMode.values());
        proxyModeCombo.setConverter(Labels.converter(SettingsView::proxyModeName));
        proxyModeCombo.valueProperty().bindBidirectional(viewModel.proxyModeProperty());
        proxyUrlField.textProperty().bindBidirectional(viewModel.proxyUrlProperty());
        proxyUrlField.disableProperty().bind(viewModel.manualProxyProperty().not());
        proxyUrlField.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                viewModel.proxyUrlLeft();
            }
        });
        proxyUrlError.textProperty().bind(viewModel.proxyUrlErrorProperty());
        proxyUrlError.visibleProperty().bind(viewModel.proxyUrlErrorProperty().isNotEmpty());
        proxyUrlError.managedProperty().bind(proxyUrlError.visibleProperty());
        proxyUserField.textProperty().bindBidirectional(viewModel.proxyUserProperty());
        proxyUserField.disableProperty().bind(viewModel.manualProxyProperty().not());
        proxyPasswordField.textProperty().bindBidirectional(viewModel.proxyPasswordProperty());
        proxyPasswordField.disableProperty().bind(viewModel.manualProxyProperty().not());
        proxyPasswordNote.textProperty().bind(viewModel.proxyPasswordNoteProperty());
        caFileField.textProperty().bindBidirectional(viewModel.caFileProperty());
        sshKeyFolderField.textProperty().bindBidirectional(viewModel.sshKeyFolderProperty());
        saveButton.disableProperty().bind(viewModel.canSaveProperty().not());
    }

    private static String proxyModeName(ProxyMode mode) {
        return switch (mode) {
            case SYSTEM -> Messages.get("settings.window.proxySystem");
            case NONE -> Messages.get("settings.window.proxyNone");
            case MANUAL -> Messages.get("settings.window.proxyManual");
        };
    }

    @FXML
    private void onBrowseKeyFolder() {
        folderChooser.apply(pathIn(viewModel.sshKeyFolderProperty().get()))
                .ifPresent(folder -> viewModel.sshKeyFolderProperty().set(folder.toString()));
    }

    @FXML
    private void onBrowseCaFile() {
        Path now = pathIn(viewModel.caFileProperty().get());
        pemChooser.apply(now == null ? null : now.getParent())
                .ifPresent(file -> viewModel.caFileProperty().set(file.toString()));
    }

    /** The path a field holds, or null (empty, or not a path: the chooser opens where the system wants). */
    private static Path pathIn(String text) {
        String now = text.strip();
        try {
            return now.isEmpty() ? null : Path.of(now);
        } catch (RuntimeException notAPath) {
            return null;
        }
    }

    @FXML
    private void onSave() {
        if (viewModel.save()) {
            close.run();
        }
    }

    @FXML
    private void onCancel() {
        viewModel.cancel();
        close.run();
    }

    /** The window's close box and Esc: as Cancel. */
    void cancelled() {
        viewModel.cancel();
    }
}
