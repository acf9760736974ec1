package dev.computedesk.ui.settings;

import dev.computedesk.settings.ProxyMode;
import dev.computedesk.ui.common.form.Labels;
import dev.computedesk.domain.text.Messages;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** Controller of {@code settings/Settings.fxml}: binds the fields to the {@link SettingsViewModel}. */
public final class SettingsView {
    private final SettingsViewModel viewModel;
    private final Function<Path, Optional<Path>> folderChooser;
    private final Runnable close;

    @FXML private ComboBox<String> languageCombo;
    @FXML private ComboBox<String> themeCombo;
    @FXML private ComboBox<ProxyMode> proxyModeCombo;
    @FXML private TextField proxyUrlField;
    @FXML private Label proxyUrlError;
    @FXML private TextField sshKeyFolderField;
    @FXML private Button saveButton;

    /**
     * @param folderChooser asks for a folder, starting in the given one (may be null)
     * @param close         closes the window
     */
    public SettingsView(SettingsViewModel viewModel, Function<Path, Optional<Path>> folderChooser, Runnable close) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.folderChooser = Objects.requireNonNull(folderChooser);
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
        String now = viewModel.sshKeyFolderProperty().get().strip();
        Path start = null;
        try {
            start = now.isEmpty() ? null : Path.of(now);
        } catch (RuntimeException notAPath) {
            // the chooser opens where the system wants
        }
        folderChooser.apply(start).ifPresent(folder -> viewModel.sshKeyFolderProperty().set(folder.toString()));
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
