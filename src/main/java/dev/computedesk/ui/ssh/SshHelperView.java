package dev.computedesk.ui.ssh;

import dev.computedesk.domain.ssh.Shell;
import dev.computedesk.ui.common.ErrorBanner;
import dev.computedesk.ui.ssh.ReachabilityProbe.Outcome;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.util.List;
import java.util.Objects;

/** Controller of {@code ssh/SshHelper.fxml}: binds the helper's controls to the {@link SshHelperViewModel}. */
public final class SshHelperView {
    private static final List<String> TEST_STYLES = List.of("state-badge", "state-ok", "state-warn", "state-error");

    private final SshHelperViewModel viewModel;

    @FXML private Label titleLabel;
    @FXML private Label nodeLabel;
    @FXML private ErrorBanner errorBanner;
    @FXML private HBox noticeBox;
    @FXML private Label sshUnavailableLabel;
    @FXML private ProgressIndicator startingIndicator;
    @FXML private Button startFirstButton;
    @FXML private Button refreshButton;
    @FXML private Label userNoteLabel;
    @FXML private VBox commandSections;
    @FXML private ScrollPane commandsScroll;
    @FXML private VBox sshEmptyState;
    @FXML private Label sshEmptyStateLabel;
    @FXML private TextField privateKeyPathField;
    @FXML private Label keyPathWarningLabel;
    @FXML private ComboBox<Shell> shellCombo;
    @FXML private TextField sshCommandField;
    @FXML private Button copySshButton;
    @FXML private TextField scpLocalPathField;
    @FXML private TextField scpCommandField;
    @FXML private Button copyScpButton;
    @FXML private TextField scpRemotePathField;
    @FXML private TextField scpDownloadField;
    @FXML private Button copyScpDownloadButton;
    @FXML private TextArea sshConfigArea;
    @FXML private Button copySshConfigButton;
    @FXML private Button copySshConfigBlockButton;
    @FXML private TextArea sshConfigPreviewArea;
    @FXML private Label sshConfigStatusLabel;
    @FXML private Button writeSshConfigButton;
    @FXML private TextField vscodeLinkField;
    @FXML private Button copyVscodeLinkButton;
    @FXML private Button openVscodeButton;
    @FXML private Button testConnectionButton;
    @FXML private ProgressIndicator testingIndicator;
    @FXML private Label testConnectionResult;
    @FXML private Label feedbackLabel;

    public SshHelperView(SshHelperViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel);
    }

    @FXML
    private void initialize() {
        titleLabel.textProperty().bind(viewModel.titleProperty());
        nodeLabel.textProperty().bind(viewModel.subjectTextProperty());
        errorBanner.errorProperty().bind(viewModel.errorProperty());
        errorBanner.setOnRetry(viewModel::retry);

        sshUnavailableLabel.textProperty().bind(viewModel.unavailableMessageProperty());
        showWhen(noticeBox, viewModel.unavailableMessageProperty().isNotEmpty());
        viewModel.blockingProperty().addListener((obs, old, now) -> styleNotice(now));
        styleNotice(viewModel.blockingProperty().get());
        startFirstButton.textProperty().bind(Bindings.createStringBinding(
                () -> "Start " + viewModel.subjectProperty().get().computeName(), viewModel.subjectProperty()));
        showWhen(startFirstButton, viewModel.startFirstVisibleProperty());
        startFirstButton.disableProperty().bind(viewModel.canStartFirstProperty().not());
        showWhen(startingIndicator, viewModel.startingProperty().or(viewModel.refreshingProperty()));
        showWhen(refreshButton, viewModel.refreshOfferedProperty().and(viewModel.startingProperty().not()));
        refreshButton.disableProperty().bind(viewModel.refreshingProperty());
        userNoteLabel.textProperty().bind(viewModel.userNoteProperty());
        showWhen(userNoteLabel, viewModel.userNoteProperty().isNotEmpty());

        commandSections.disableProperty().bind(viewModel.availableProperty().not());
        showWhen(commandsScroll, viewModel.permanentProperty().not());
        showWhen(sshEmptyState, viewModel.permanentProperty());
        sshEmptyStateLabel.textProperty().bind(viewModel.permanentAdviceProperty());
        privateKeyPathField.textProperty().bindBidirectional(viewModel.privateKeyPathProperty());
        privateKeyPathField.setOnAction(event -> viewModel.rememberKeyPath());
        privateKeyPathField.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                viewModel.rememberKeyPath();
            }
        });
        keyPathWarningLabel.textProperty().bind(viewModel.keyPathWarningProperty());
        showWhen(keyPathWarningLabel, viewModel.keyPathWarningProperty().isNotEmpty());
        shellCombo.setItems(viewModel.shells());
        shellCombo.setConverter(new ShellNames());
        shellCombo.valueProperty().bindBidirectional(viewModel.shellProperty());

        sshCommandField.textProperty().bind(viewModel.sshCommandProperty());
        scpLocalPathField.textProperty().bindBidirectional(viewModel.localPathProperty());
        scpCommandField.textProperty().bind(viewModel.scpUploadProperty());
        scpRemotePathField.textProperty().bindBidirectional(viewModel.remotePathProperty());
        scpDownloadField.textProperty().bind(viewModel.scpDownloadProperty());
        sshConfigArea.textProperty().bind(viewModel.sshConfigProperty());
        sshConfigPreviewArea.textProperty().bind(viewModel.configPreviewProperty());
        sshConfigStatusLabel.textProperty().bind(viewModel.configStatusProperty());
        writeSshConfigButton.disableProperty().bind(viewModel.canWriteConfigProperty().not());
        copySshConfigBlockButton.disableProperty().bind(viewModel.configPreviewProperty().isEmpty());
        viewModel.configReadOnlyProperty().addListener((obs, old, readOnly) -> styleReadOnly(readOnly));
        styleReadOnly(viewModel.configReadOnlyProperty().get());
        vscodeLinkField.textProperty().bind(viewModel.vscodeLinkProperty());

        testConnectionButton.disableProperty().bind(viewModel.canTestProperty().not());
        showWhen(testingIndicator, viewModel.testingProperty());
        testConnectionResult.textProperty().bind(viewModel.testResultProperty());
        viewModel.testOutcomeProperty().addListener((obs, old, now) -> styleTestResult(now));
        feedbackLabel.textProperty().bind(viewModel.feedbackProperty());
    }

    private static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    private void styleNotice(boolean blocking) {
        noticeBox.getStyleClass().removeAll("blocking", "caveat");
        noticeBox.getStyleClass().add(blocking ? "blocking" : "caveat");
    }

    private void styleReadOnly(boolean readOnly) {
        // The block to paste by hand is the way on: its Copy button becomes the primary action.
        sshConfigStatusLabel.getStyleClass().remove("field-warning");
        copySshConfigBlockButton.getStyleClass().remove("primary");
        if (readOnly) {
            sshConfigStatusLabel.getStyleClass().add("field-warning");
            copySshConfigBlockButton.getStyleClass().add("primary");
        }
    }

    private void styleTestResult(Outcome outcome) {
        testConnectionResult.getStyleClass().removeAll(TEST_STYLES);
        if (outcome != null) {
            testConnectionResult.getStyleClass().addAll("state-badge", switch (outcome) {
                case REACHABLE -> "state-ok";
                case TIMED_OUT -> "state-warn";
                default -> "state-error";
            });
        }
    }

    @FXML
    private void startFirst() {
        viewModel.startFirst();
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }

    @FXML
    private void browseKey() {
        viewModel.browseKey();
    }

    @FXML
    private void clearKey() {
        viewModel.clearKey();
    }

    @FXML
    private void copySsh() {
        viewModel.copySsh();
    }

    @FXML
    private void copyScpUpload() {
        viewModel.copyScpUpload();
    }

    @FXML
    private void copyScpDownload() {
        viewModel.copyScpDownload();
    }

    @FXML
    private void copySshConfig() {
        viewModel.copySshConfig();
    }

    @FXML
    private void copySshConfigBlock() {
        viewModel.copySshConfigBlock();
    }

    @FXML
    private void copyVscodeLink() {
        viewModel.copyVscodeLink();
    }

    @FXML
    private void openInVsCode() {
        viewModel.openInVsCode();
    }

    @FXML
    private void writeSshConfig() {
        viewModel.writeSshConfig();
    }

    @FXML
    private void testConnection() {
        viewModel.testConnection();
    }

    @FXML
    private void close() {
        Window window = titleLabel.getScene().getWindow();
        window.hide();
    }

    /** How the shell selector names the shells. */
    private static final class ShellNames extends StringConverter<Shell> {
        @Override
        public String toString(Shell shell) {
            if (shell == null) {
                return "";
            }
            return shell == Shell.POWERSHELL ? "PowerShell" : "POSIX (bash, zsh, Git Bash)";
        }

        @Override
        public Shell fromString(String text) {
            return "PowerShell".equals(text) ? Shell.POWERSHELL : Shell.POSIX;
        }
    }
}
