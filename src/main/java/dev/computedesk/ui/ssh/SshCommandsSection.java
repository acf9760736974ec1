package dev.computedesk.ui.ssh;

import dev.computedesk.domain.ssh.Shell;
import dev.computedesk.domain.ssh.SshCommands;
import dev.computedesk.domain.ssh.SshConfigEntry;
import dev.computedesk.domain.ssh.SshTarget;
import dev.computedesk.domain.ssh.VsCodeRemote;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.ui.common.LinkOpener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Objects;
import java.util.Optional;

/**
 * The SSH helper's connection strings: the ssh and scp commands quoted for the chosen shell, the {@code Host} block
 * for {@code ~/.ssh/config}, and the VS Code link, with their Copy buttons (docs/ssh.md, "Command text"). They are
 * rebuilt from the subject, the shell, the private key path and the scp file paths whenever one changes, and every
 * rebuilt Host block goes to the {@link SshConfigSection}.
 */
public final class SshCommandsSection {
    /** The file {@code scp} uploads until the user types another. */
    public static final String DEFAULT_LOCAL_PATH = "file.txt";
    /** The file {@code scp} downloads (relative to the remote home folder) until the user types another. */
    public static final String DEFAULT_REMOTE_PATH = "file.txt";

    private final SshSubjectSection subject;
    private final SshConfigSection config;
    private final SshFeedback feedback;
    private final LinkOpener links;
    private final Shell defaultShell;

    private final ObservableList<Shell> shells = FXCollections.observableArrayList(Shell.values());
    private final ObjectProperty<Shell> shell = new SimpleObjectProperty<>(this, "shell");
    private final StringProperty privateKeyPath = new SimpleStringProperty(this, "privateKeyPath", "");
    private final StringProperty localPath = new SimpleStringProperty(this, "localPath", DEFAULT_LOCAL_PATH);
    private final StringProperty remotePath = new SimpleStringProperty(this, "remotePath", DEFAULT_REMOTE_PATH);

    private final StringProperty sshCommand = new SimpleStringProperty(this, "sshCommand", "");
    private final StringProperty scpUpload = new SimpleStringProperty(this, "scpUpload", "");
    private final StringProperty scpDownload = new SimpleStringProperty(this, "scpDownload", "");
    private final StringProperty sshConfig = new SimpleStringProperty(this, "sshConfig", "");
    private final StringProperty vscodeLink = new SimpleStringProperty(this, "vscodeLink", "");
    private final BooleanProperty identityLeftOut = new SimpleBooleanProperty(this, "identityLeftOut");

    /**
     * @param subject      what to connect to; the commands follow it
     * @param config       told every Host block rendered, and asked whether the file holds it (Open in VS Code)
     * @param feedback     the footer line the Copy buttons report on
     * @param links        opens the VS Code link
     * @param defaultShell the shell the commands are first quoted for
     */
    public SshCommandsSection(SshSubjectSection subject, SshConfigSection config, SshFeedback feedback,
                              LinkOpener links, Shell defaultShell) {
        this.subject = Objects.requireNonNull(subject);
        this.config = Objects.requireNonNull(config);
        this.feedback = Objects.requireNonNull(feedback);
        this.links = Objects.requireNonNull(links);
        this.defaultShell = Objects.requireNonNull(defaultShell);
        shell.set(defaultShell);
        shell.addListener((obs, old, now) -> rebuild());
        privateKeyPath.addListener((obs, old, now) -> rebuild());
        localPath.addListener((obs, old, now) -> rebuild());
        remotePath.addListener((obs, old, now) -> rebuild());
        subject.whenChanged(this::rebuild);
        rebuild();
    }

    /** Recomputes every text from the subject, the shell, the key path and the file paths. */
    private void rebuild() {
        SshSubject now = subject.get();
        Optional<SshTarget> target = now.target();
        String key = privateKeyPath.get().strip();
        if (target.isEmpty()) {
            identityLeftOut.set(false);
            sshCommand.set("");
            scpUpload.set("");
            scpDownload.set("");
            sshConfig.set("");
            vscodeLink.set("");
            config.show(null);
            return;
        }
        SshTarget t = target.get();
        Shell s = shell.get() == null ? defaultShell : shell.get();
        sshCommand.set(SshCommands.ssh(t, key, s));
        scpUpload.set(SshCommands.scpUpload(t, key, orDefault(localPath.get(), DEFAULT_LOCAL_PATH), s));
        scpDownload.set(SshCommands.scpDownload(t, key, orDefault(remotePath.get(), DEFAULT_REMOTE_PATH), s));
        SshConfigEntry entry;
        try {
            entry = SshConfigEntry.of(now.alias(), t, key);
            identityLeftOut.set(false);
        } catch (IllegalArgumentException notForConfig) {
            // A path with a line break or '"' cannot be written as an IdentityFile value: leave it out (the key
            // section says so).
            entry = SshConfigEntry.of(now.alias(), t, null);
            identityLeftOut.set(true);
        }
        sshConfig.set(entry.render());
        vscodeLink.set(VsCodeRemote.link(now.alias(), t.user()));
        config.show(entry);
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    /** Copies the ssh command. */
    public void copySsh() {
        feedback.copy(sshCommand.get(), Messages.get("ssh.code.what.ssh"));
    }

    /** Copies the scp upload command. */
    public void copyScpUpload() {
        feedback.copy(scpUpload.get(), Messages.get("ssh.code.what.scpUpload"));
    }

    /** Copies the scp download command. */
    public void copyScpDownload() {
        feedback.copy(scpDownload.get(), Messages.get("ssh.code.what.scpDownload"));
    }

    /** Copies the {@code Host} block. */
    public void copySshConfig() {
        feedback.copy(sshConfig.get(), Messages.get("ssh.code.what.hostBlock"));
    }

    /** Copies the VS Code link. */
    public void copyVscodeLink() {
        feedback.copy(vscodeLink.get(), Messages.get("ssh.code.what.vscodeLink"));
    }

    /** Opens the host in VS Code Remote-SSH (which reads the Host block from {@code ~/.ssh/config}). */
    public void openInVsCode() {
        if (!vscodeLink.get().isEmpty()) {
            links.open(vscodeLink.get());
            String alias = subject.get().alias();
            feedback.say(Messages.get(config.configUpToDateProperty().get() ? "ssh.code.vscode.opening"
                    : "ssh.code.vscode.openingWriteFirst", alias));
        }
    }

    /** The shells the commands can be quoted for. */
    public ObservableList<Shell> shells() {
        return shells;
    }

    /** The shell the commands are quoted for. */
    public ObjectProperty<Shell> shellProperty() {
        return shell;
    }

    /** The private key file, or "" for none (then the commands have no {@code -i}). */
    public StringProperty privateKeyPathProperty() {
        return privateKeyPath;
    }

    /** The local file the scp upload command copies. */
    public StringProperty localPathProperty() {
        return localPath;
    }

    /** The remote file the scp download command copies. */
    public StringProperty remotePathProperty() {
        return remotePath;
    }

    public ReadOnlyStringProperty sshCommandProperty() {
        return sshCommand;
    }

    public ReadOnlyStringProperty scpUploadProperty() {
        return scpUpload;
    }

    public ReadOnlyStringProperty scpDownloadProperty() {
        return scpDownload;
    }

    /** The {@code Host} block for {@code ~/.ssh/config}. */
    public ReadOnlyStringProperty sshConfigProperty() {
        return sshConfig;
    }

    public ReadOnlyStringProperty vscodeLinkProperty() {
        return vscodeLink;
    }

    /** True when the key path cannot be an {@code IdentityFile} value (a line break or '"'): the Host block omits it. */
    public ReadOnlyBooleanProperty identityLeftOutProperty() {
        return identityLeftOut;
    }
}
