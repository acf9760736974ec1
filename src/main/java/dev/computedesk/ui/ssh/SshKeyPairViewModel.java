package dev.computedesk.ui.ssh;

import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.ui.common.BackgroundTask;
import dev.computedesk.ui.common.ErrorInfo;
import dev.computedesk.ui.common.ErrorInfos;
import dev.computedesk.ui.common.KeyFolder;
import dev.computedesk.ui.common.NewSshKeyPair;
import dev.computedesk.ui.common.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * "Generate new key pair" for the create forms: an RSA 4096 key pair whose private key is saved where the user
 * chooses (unencrypted PEM, owner-only, like Studio's download) and remembered as the compute's key for the SSH
 * helper, and whose OpenSSH public key line the form sends as {@code adminPublicKey}.
 *
 * <p>The private key exists only inside the background work that saves it: it is never in a property, a log or the
 * settings; only its path is remembered.
 */
public final class SshKeyPairViewModel {
    private final TaskExecutor executor;
    private final KeyFileChooser keyFiles;
    private final RememberedKeyPaths keyPaths;
    private final KeyFolder keyFolder;

    private final BooleanProperty generating = new SimpleBooleanProperty(this, "generating");
    private final StringProperty publicKey = new SimpleStringProperty(this, "publicKey", "");
    private final StringProperty privateKeyPath = new SimpleStringProperty(this, "privateKeyPath", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final ObjectProperty<ErrorInfo> error = new SimpleObjectProperty<>(this, "error");

    /**
     * @param keyFolder where the save dialog opens ({@code ~/.ssh}, then the last folder a key was saved to)
     */
    public SshKeyPairViewModel(TaskExecutor executor, KeyFileChooser keyFiles, RememberedKeyPaths keyPaths,
                               KeyFolder keyFolder) {
        this.executor = Objects.requireNonNull(executor);
        this.keyFiles = Objects.requireNonNull(keyFiles);
        this.keyPaths = Objects.requireNonNull(keyPaths);
        this.keyFolder = Objects.requireNonNull(keyFolder);
    }

    /** The suggested private key file name for a compute: {@code <compute>_key.pem}, as Studio names its download. */
    public static String suggestedFileName(String computeName) {
        String name = computeName == null || computeName.isBlank() ? "compute" : computeName.strip();
        return name.replaceAll("[^A-Za-z0-9._-]", "-") + "_key.pem";
    }

    /**
     * Asks where to save the private key, then generates the pair off the FX thread, saves the private key and
     * remembers its path for {@code computeName} in {@code workspace}. Does nothing when the user cancels the dialog.
     */
    public void generate(WorkspaceRef workspace, String computeName) {
        if (generating.get()) {
            return;
        }
        Optional<Path> chosen = keyFiles.chooseNewKeyLocation(keyFolder.start(), suggestedFileName(computeName));
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get().toAbsolutePath();
        keyFolder.used(file);
        String remembered = RememberedKeyPaths.computeKey(workspace, computeName);
        String comment = (computeName == null || computeName.isBlank() ? "compute" : computeName.strip())
                + "@compute-desk";
        String title = Messages.get("ssh.code.task.generate", computeName);
        generating.set(true);
        error.set(null);
        status.set(Messages.get("ssh.code.generating"));
        executor.submit(BackgroundTask.titled(title, computeName, token -> {
                    String line = NewSshKeyPair.generateAndSave(file, comment, token);
                    keyPaths.remember(remembered, file.toString());
                    return line;
                })
                .onSuccess(line -> {
                    publicKey.set(line);
                    privateKeyPath.set(file.toString());
                    status.set(Messages.get("ssh.code.keySaved", file.toString()));
                })
                .onFailure(failure -> {
                    status.set("");
                    error.set(ErrorInfos.from(Messages.get("common.code.failed", title), failure));
                })
                .onCancelled(() -> status.set(""))
                .whenDone(() -> generating.set(false)));
    }

    public ReadOnlyBooleanProperty generatingProperty() {
        return generating;
    }

    /** The new pair's OpenSSH public key line ("" before one is generated): what the form sends. */
    public ReadOnlyStringProperty publicKeyProperty() {
        return publicKey;
    }

    /** Where the private key was saved ("" before). */
    public ReadOnlyStringProperty privateKeyPathProperty() {
        return privateKeyPath;
    }

    /** Where the key went and what to keep in mind; "" before. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** A failed generation or save; null when none. */
    public ObjectProperty<ErrorInfo> errorProperty() {
        return error;
    }
}
