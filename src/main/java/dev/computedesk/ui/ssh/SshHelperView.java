package dev.computedesk.ui.ssh;

import dev.computedesk.domain.ssh.Shell;
import dev.computedesk.ui.common.ErrorBanner;
import dev.computedesk.ui.ssh.ReachabilityProbe.Outcome;
import dev.computedesk.domain.text.Messages;
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

/**
 * Controller of {@code ssh/SshHelper.fxml}: binds the helper's controls to the sections of the
 * {@link SshHelperViewModel}, each control to the section whose job it shows.
 */
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
        SshSubjectSection subject = viewModel.subject();
        SshStartRefreshSection startRefresh = viewModel.startRefresh();
        SshCommandsSection commands = viewModel.commands();
        SshKeySection keys = viewModel.keys();
        SshConfigSection config = viewModel.config();
        SshConnectionTestSection connectionTest = viewModel.connectionTest();

        titleLabel.textProperty().bind(subject.titleProperty());
        nodeLabel.textProperty().bind(subject.subjectTextProperty());
        errorBanner.errorProperty().bind(startRefresh.errorProperty());
        errorBanner.setOnRetry(startRefresh::retry);

        sshUnavailableLabel.textProperty().bind(subject.unavailableMessageProperty());
        showWhen(noticeBox, subject.unavailableMessageProperty().isNotEmpty());
        subject.blockingProperty().addListener((obs, old, now) -> styleNotice(now));
        styleNotice(subject.blockingProperty().get());
        startFirstButton.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("ssh.sshHelper.startFirst", subject.subjectProperty().get().computeName()),
                subject.subjectProperty()));
        showWhen(startFirstButton, subject.startFirstVisibleProperty());
        startFirstButton.disableProperty().bind(startRefresh.canStartFirstProperty().not());
        showWhen(startingIndicator, startRefresh.startingProperty().or(startRefresh.refreshingProperty()));
        showWhen(refreshButton, subject.refreshOfferedProperty().and(startRefresh.startingProperty().not()));
        refreshButton.disableProperty().bind(startRefresh.refreshingProperty());
        userNoteLabel.textProperty().bind(subject.userNoteProperty());
        showWhen(userNoteLabel, subject.userNoteProperty().isNotEmpty());

        commandSections.disableProperty().bind(subject.availableProperty().not());
        showWhen(commandsScroll, subject.permanentProperty().not());
        showWhen(sshEmptyState, subject.permanentProperty());
        sshEmptyStateLabel.textProperty().bind(subject.permanentAdviceProperty());
        privateKeyPathField.textProperty().bindBidirectional(keys.privateKeyPathProperty());
        privateKeyPathField.setOnAction(event -> keys.rememberKeyPath());
        privateKeyPathField.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                keys.rememberKeyPath();
            }
        });
        keyPathWarningLabel.textProperty().bind(keys.keyPathWarningProperty());
        showWhen(keyPathWarningLabel, keys.keyPathWarningProperty().isNotEmpty());
        shellCombo.setItems(commands.shells());
        shellCombo.setConverter(new ShellNames());
        shellCombo.valueProperty().bindBidirectional(commands.shellProperty());

        sshCommandField.textProperty().bind(commands.sshCommandProperty());
        scpLocalPathField.textProperty().bindBidirectional(commands.localPathProperty());
        scpCommandField.textProperty().bind(commands.scpUploadProperty());
        scpRemotePathField.textProperty().bindBidirectional(commands.remotePathProperty());
        scpDownloadField.textProperty().bind(commands.scpDownloadProperty());
        sshConfigArea.textProperty().bind(commands.sshConfigProperty());
        sshConfigPreviewArea.textProperty().bind(config.configPreviewProperty());
        sshConfigStatusLabel.textProperty().bind(config.configStatusProperty());
        writeSshConfigButton.disableProperty().bind(config.canWriteConfigProperty().not());
        copySshConfigBlockButton.disableProperty().bind(config.configPreviewProperty().isEmpty());
        config.configReadOnlyProperty().addListener((obs, old, readOnly) -> styleReadOnly(readOnly));
        styleReadOnly(config.configReadOnlyProperty().get());
        vscodeLinkField.textProperty().bind(commands.vscodeLinkProperty());

        testConnectionButton.disableProperty().bind(connectionTest.canTestProperty().not());
        showWhen(testingIndicator, connectionTest.testingProperty());
        testConnectionResult.textProperty().bind(connectionTest.testResultProperty());
        connectionTest.testOutcomeProperty().addListener((obs, old, now) -> styleTestResult(now));
        feedbackLabel.textProperty().bind(viewModel.feedback().feedbackProperty());
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
        viewModel.startRefresh().startFirst();
    }

    @FXML
    private void refresh() {
        viewModel.startRefresh().refresh();
    }

    @FXML
    private void browseKey() {
        viewModel.keys().browseKey();
    }

    @FXML
    private void clearKey() {
        viewModel.keys().clearKey();
    }

    @FXML
    private void copySsh() {
        viewModel.commands().copySsh();
    }

    @FXML
    private void copyScpUpload() {
        viewModel.commands().copyScpUpload();
    }

    @FXML
    private void copyScpDownload() {
        viewModel.commands().copyScpDownload();
    }

    @FXML
    private void copySshConfig() {
        viewModel.commands().copySshConfig();
    }

    @FXML
    private void copySshConfigBlock() {
        viewModel.config().copySshConfigBlock();
    }

    @FXML
    private void copyVscodeLink() {
        viewModel.commands().copyVscodeLink();
    }

    @FXML
    private void openInVsCode() {
        viewModel.commands().openInVsCode();
    }

    @FXML
    private void writeSshConfig() {
        viewModel.config().writeSshConfig();
    }

    @FXML
    private void testConnection() {
        viewModel.connectionTest().testConnection();
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
            return shell == Shell.POWERSHELL ? "PowerShell" : Messages.get("ssh.sshHelper.posix");
        }

        @Override
        public Shell fromString(String text) {
            return "PowerShell".equals(text) ? Shell.POWERSHELL : Shell.POSIX;
        }
    }
}
