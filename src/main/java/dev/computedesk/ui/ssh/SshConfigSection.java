package dev.computedesk.ui.ssh;

import dev.computedesk.domain.ssh.SshConfigEntry;
import dev.computedesk.domain.ssh.SshConfigWriter;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.ui.common.BackgroundTask;
import dev.computedesk.ui.common.TaskExecutor;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The SSH helper's {@code ~/.ssh/config} part: the Compute Desk block as it will be after writing, what writing
 * will do (or did, or why it cannot), Write (backup first, atomic, idempotent) and, for a read-only file, the block
 * to copy and paste by hand. The rules of the file are docs/ssh.md's "The managed block"; the text itself comes from
 * {@link SshConfigWriter}, and the disk through {@link SshConfigFile} in background work.
 *
 * <p>The Host block to write is given by the {@link SshCommandsSection} each time it renders one ({@link #show}).
 */
public final class SshConfigSection {
    private final SshSubjectSection subject;
    private final TaskExecutor executor;
    private final SshConfigFile file;
    private final SshFeedback feedback;

    private final BooleanProperty configLoaded = new SimpleBooleanProperty(this, "configLoaded");
    private final BooleanProperty writingConfig = new SimpleBooleanProperty(this, "writingConfig");
    private final StringProperty configPreview = new SimpleStringProperty(this, "configPreview", "");
    private final StringProperty configStatus = new SimpleStringProperty(this, "configStatus", "");
    private final BooleanProperty configProblem = new SimpleBooleanProperty(this, "configProblem");
    private final BooleanProperty configReadOnly = new SimpleBooleanProperty(this, "configReadOnly");
    private final BooleanProperty configUpToDate = new SimpleBooleanProperty(this, "configUpToDate");
    private final BooleanBinding canWriteConfig;
    /** The config file's text as last read ({@code null} until read); the preview merges into it. */
    private String configText;
    /** The Host block to write, or {@code null} when there is nothing to connect to. */
    private SshConfigEntry configEntry;

    /**
     * @param subject  whether commands are offered (nothing is written otherwise), and the operation titles' target
     * @param executor runs reading and writing in the background
     * @param file     the user's {@code ~/.ssh/config}
     * @param feedback the footer line, cleared by a write that went through
     */
    public SshConfigSection(SshSubjectSection subject, TaskExecutor executor, SshConfigFile file,
                            SshFeedback feedback) {
        this.subject = Objects.requireNonNull(subject);
        this.executor = Objects.requireNonNull(executor);
        this.file = Objects.requireNonNull(file);
        this.feedback = Objects.requireNonNull(feedback);
        canWriteConfig = subject.availableProperty().and(configLoaded).and(writingConfig.not())
                .and(configProblem.not()).and(configReadOnly.not());
    }

    /** The config text and whether the file is read-only, or the reason it could not be read. */
    record ConfigRead(String text, boolean readOnly, String problem) {
    }

    /** Reads the file now (background work only). */
    static ConfigRead read(SshConfigFile file) {
        try {
            return new ConfigRead(file.read(), file.readOnly(), null);
        } catch (IOException | RuntimeException unreadable) {
            return new ConfigRead(null, false, Messages.get("ssh.code.config.cannotRead",
                    file.display(file.configFile()), SshFeedback.messageOf(unreadable)));
        }
    }

    /** Takes what {@link #read} found (on the FX thread) and previews the block against it. */
    void loaded(ConfigRead read) {
        configLoaded.set(true);
        configText = read.text();
        configReadOnly.set(read.readOnly());
        if (read.problem() != null) {
            configProblem.set(true);
            configStatus.set(read.problem());
            return;
        }
        refreshPreview();
    }

    /** The Host block to write now ({@code null}: nothing to connect to); the preview and the status follow. */
    void show(SshConfigEntry entry) {
        configEntry = entry;
        refreshPreview();
    }

    private void refreshPreview() {
        if (!configLoaded.get() || configText == null) {
            return;
        }
        if (configEntry == null) {
            configPreview.set("");
            configStatus.set("");
            configUpToDate.set(false);
            return;
        }
        String where = file.display(file.configFile());
        try {
            String after = SshConfigWriter.preview(configText, List.of(configEntry));
            configPreview.set(managedBlock(after));
            configProblem.set(false);
            Optional<SshConfigEntry> existing = SshConfigWriter.managedHosts(configText).stream()
                    .filter(host -> host.alias().equalsIgnoreCase(configEntry.alias())).findFirst();
            configUpToDate.set(after.equals(configText));
            if (after.equals(configText)) {
                configStatus.set(Messages.get("ssh.code.config.upToDate", where, configEntry.alias()));
            } else if (configReadOnly.get()) {
                configStatus.set(readOnlyAdvice(where));
            } else if (existing.isPresent()) {
                configStatus.set(Messages.get("ssh.code.config.replaces", configEntry.alias(), where));
            } else if (configText.isEmpty()) {
                configStatus.set(Messages.get("ssh.code.config.creates", where));
            } else {
                configStatus.set(Messages.get("ssh.code.config.adds", configEntry.alias(), where));
            }
        } catch (IllegalStateException damaged) {
            configPreview.set("");
            configProblem.set(true);
            configUpToDate.set(false);
            configStatus.set(damaged.getMessage());
        }
    }

    private String readOnlyAdvice(String where) {
        return Messages.get("ssh.code.config.readOnly", where, configEntry.alias());
    }

    /** The managed block of a config text: what the preview shows. */
    static String managedBlock(String text) {
        int begin = text.indexOf(SshConfigWriter.BEGIN_MARKER);
        int end = text.indexOf(SshConfigWriter.END_MARKER, Math.max(begin, 0));
        if (begin < 0 || end < 0) {
            return "";
        }
        return text.substring(begin, end + SshConfigWriter.END_MARKER.length()).replace("\r\n", "\n") + "\n";
    }

    /** Writes the Host block into the managed block of {@code ~/.ssh/config} (backup first, atomic, idempotent). */
    public void writeSshConfig() {
        if (!canWriteConfig.get() || configEntry == null) {
            return;
        }
        SshConfigEntry entry = configEntry;
        writingConfig.set(true);
        String title = Messages.get("ssh.code.task.writeConfig", entry.alias(), file.display(file.configFile()));
        executor.submit(BackgroundTask.titled(title, subject.get().targetName(),
                        token -> new Written(file.write(entry), read(file)))
                .onSuccess(written -> {
                    SshConfigFile.WriteResult result = written.result();
                    loaded(written.after());
                    if (!result.changed()) {
                        configStatus.set(Messages.get("ssh.code.config.unchanged", file.display(result.configFile()),
                                entry.alias()));
                    } else {
                        configStatus.set(result.backup().map(b -> Messages.get("ssh.code.config.wroteWithBackup",
                                entry.alias(), file.display(result.configFile()), file.display(b)))
                                .orElse(Messages.get("ssh.code.config.wrote", entry.alias(),
                                        file.display(result.configFile()))));
                    }
                    feedback.say("");
                })
                .onFailure(failure -> {
                    configProblem.set(false);
                    if (failure instanceof SshConfigFile.ReadOnlyConfigException) {
                        // Made read-only since it was read: offer the block to paste instead.
                        configReadOnly.set(true);
                        configStatus.set(readOnlyAdvice(file.display(file.configFile())));
                        return;
                    }
                    configStatus.set(Messages.get("ssh.code.config.writeFailed", file.display(file.configFile()),
                            SshFeedback.messageOf(failure)));
                })
                .whenDone(() -> writingConfig.set(false)));
    }

    private record Written(SshConfigFile.WriteResult result, ConfigRead after) {
    }

    /**
     * Copies the whole Compute Desk block as the preview shows it (markers included, so a later write finds it):
     * the way to add the host when the file is read-only.
     */
    public void copySshConfigBlock() {
        feedback.copy(configPreview.get(), Messages.get("ssh.code.what.configBlock"));
    }

    /** The Compute Desk block of {@code ~/.ssh/config} as it will be after writing. */
    public ReadOnlyStringProperty configPreviewProperty() {
        return configPreview;
    }

    /** What writing will do, or did, or why it cannot. */
    public ReadOnlyStringProperty configStatusProperty() {
        return configStatus;
    }

    /** True when the file cannot be read or merged (the status says why). */
    public ReadOnlyBooleanProperty configProblemProperty() {
        return configProblem;
    }

    /** True when {@code ~/.ssh/config} is read-only: it is never replaced, and the block is offered to copy. */
    public ReadOnlyBooleanProperty configReadOnlyProperty() {
        return configReadOnly;
    }

    /** True when the file already holds the block as shown. */
    public ReadOnlyBooleanProperty configUpToDateProperty() {
        return configUpToDate;
    }

    /** True once the file has been read (or found unreadable). */
    public ReadOnlyBooleanProperty configLoadedProperty() {
        return configLoaded;
    }

    /** True while a write runs. */
    public ReadOnlyBooleanProperty writingConfigProperty() {
        return writingConfig;
    }

    /** True when Write is offered: commands available, the file read, writable, not damaged, no write running. */
    public BooleanBinding canWriteConfigProperty() {
        return canWriteConfig;
    }
}
