package dev.computedesk.ui.ssh;

import dev.computedesk.domain.text.Messages;
import dev.computedesk.ui.common.BackgroundTask;
import dev.computedesk.ui.common.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The SSH helper's private key: Browse and Clear, the path remembered per compute (only the path, never the key:
 * {@link RememberedKeyPaths}), and the hints about a path that will not work as typed.
 */
public final class SshKeySection {
    /** Said when the path cannot be an {@code IdentityFile} value of {@code ~/.ssh/config}. */
    static String leftOutWarning() {
        return Messages.get("ssh.code.key.leftOut");
    }

    private final SshSubjectSection subject;
    private final StringProperty privateKeyPath;
    private final KeyFileChooser keyFiles;
    private final RememberedKeyPaths keyPaths;
    private final Path sshDir;
    private final TaskExecutor executor;
    private final SshFeedback feedback;
    private final StringBinding keyPathWarning;
    /** The path last remembered (or found remembered), so committing the same path again writes nothing. */
    private String rememberedPath = "";

    /**
     * @param subject         whose key this is (the compute's id keys the memory)
     * @param privateKeyPath  the key path the commands use
     * @param identityLeftOut true when the Host block had to leave the path out
     * @param keyFiles        the file dialog
     * @param keyPaths        the key paths remembered per compute
     * @param sshDir          where Browse opens when no path is set ({@code ~/.ssh})
     * @param executor        remembers in the background
     * @param feedback        the footer line, for a path that could not be remembered
     */
    public SshKeySection(SshSubjectSection subject, StringProperty privateKeyPath,
                         ObservableBooleanValue identityLeftOut, KeyFileChooser keyFiles, RememberedKeyPaths keyPaths,
                         Path sshDir, TaskExecutor executor, SshFeedback feedback) {
        this.subject = Objects.requireNonNull(subject);
        this.privateKeyPath = Objects.requireNonNull(privateKeyPath);
        this.keyFiles = Objects.requireNonNull(keyFiles);
        this.keyPaths = Objects.requireNonNull(keyPaths);
        this.sshDir = sshDir;
        this.executor = Objects.requireNonNull(executor);
        this.feedback = Objects.requireNonNull(feedback);
        keyPathWarning = Bindings.createStringBinding(() -> identityLeftOut.get() ? leftOutWarning()
                : keyWarning(privateKeyPath.get().strip()), privateKeyPath, identityLeftOut);
    }

    static String keyWarning(String key) {
        if (key.toLowerCase(Locale.ROOT).endsWith(".pub")) {
            return Messages.get("ssh.code.key.public");
        }
        if (key.startsWith("~")) {
            return Messages.get("ssh.code.key.tilde");
        }
        return "";
    }

    /** Takes the path found remembered for this compute (on the FX thread); a path already typed is kept. */
    void remembered(Optional<String> path) {
        path.ifPresent(found -> {
            rememberedPath = found;
            if (privateKeyPath.get().isBlank()) {
                privateKeyPath.set(found);
            }
        });
    }

    /** Lets the user pick the private key file; the choice is remembered for this compute. */
    public void browseKey() {
        String current = privateKeyPath.get().strip();
        Path start = current.isEmpty() ? sshDir : parentOf(current);
        keyFiles.choosePrivateKey(start).ifPresent(chosen -> {
            privateKeyPath.set(chosen.toAbsolutePath().toString());
            rememberKeyPath();
        });
    }

    /** Forgets the private key: the commands go without {@code -i}. */
    public void clearKey() {
        privateKeyPath.set("");
        rememberKeyPath();
    }

    /** Remembers the key path typed into the field (the view calls this when the field is left or Enter pressed). */
    public void rememberKeyPath() {
        String path = privateKeyPath.get().strip();
        if (path.equals(rememberedPath)) {
            return;
        }
        SshSubject now = subject.get();
        String key = now.rememberKey();
        rememberedPath = path;
        executor.submit(BackgroundTask.titled(path.isEmpty()
                        ? Messages.get("ssh.code.task.forgetKey", now.computeName())
                        : Messages.get("ssh.code.task.rememberKey", now.computeName()), now.computeName(), token -> {
                    keyPaths.remember(key, path);
                    return null;
                })
                .onFailure(failure -> feedback.say(Messages.get("ssh.code.key.rememberFailed",
                        SshFeedback.messageOf(failure)))));
    }

    private static Path parentOf(String path) {
        try {
            return Path.of(path).toAbsolutePath().getParent();
        } catch (RuntimeException notAPath) {
            return null;
        }
    }

    /** The private key file, or "" for none (the same property the commands use). */
    public StringProperty privateKeyPathProperty() {
        return privateKeyPath;
    }

    /** A hint about the key path ("this looks like the public key"); "" when none. */
    public StringBinding keyPathWarningProperty() {
        return keyPathWarning;
    }
}
