package dev.computedesk.ui.ssh;

import dev.computedesk.azure.model.AmlComputeNode;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.domain.ssh.Shell;
import dev.computedesk.domain.ssh.SshCommands;
import dev.computedesk.domain.ssh.SshConfigEntry;
import dev.computedesk.domain.ssh.SshConfigWriter;
import dev.computedesk.domain.ssh.SshProblem;
import dev.computedesk.domain.ssh.SshTarget;
import dev.computedesk.domain.ssh.VsCodeRemote;
import dev.computedesk.ui.common.BackgroundTask;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.ErrorInfo;
import dev.computedesk.ui.common.ErrorInfos;
import dev.computedesk.ui.common.OperationFollower;
import dev.computedesk.ui.common.TaskHandle;
import dev.computedesk.ui.ssh.ReachabilityProbe.Outcome;
import dev.computedesk.ui.ssh.ReachabilityProbe.Reachability;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * State and commands of the SSH connection helper for one compute instance or cluster node: the ssh and scp commands,
 * the {@code ~/.ssh/config} block and its preview, the VS Code link, the reasons SSH cannot work, Start first,
 * Test connection, and the private key remembered per compute.
 *
 * <p>Every command runs on the FX thread; disk and network work goes through the {@code TaskExecutor} as titled
 * tasks and publishes in their callbacks.
 */
public final class SshHelperViewModel {

    /** The file {@code scp} uploads until the user types another. */
    public static final String DEFAULT_LOCAL_PATH = "file.txt";
    /** The file {@code scp} downloads (relative to the remote home folder) until the user types another. */
    public static final String DEFAULT_REMOTE_PATH = "file.txt";

    private final SshHelperServices services;

    private final ObjectProperty<SshSubject> subject = new SimpleObjectProperty<>(this, "subject");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty subjectText = new SimpleStringProperty(this, "subjectText", "");
    private final BooleanProperty available = new SimpleBooleanProperty(this, "available");
    private final StringProperty unavailableMessage = new SimpleStringProperty(this, "unavailableMessage", "");
    private final BooleanProperty blocking = new SimpleBooleanProperty(this, "blocking");
    private final StringProperty userNote = new SimpleStringProperty(this, "userNote", "");
    private final BooleanProperty permanent = new SimpleBooleanProperty(this, "permanent");
    private final StringProperty permanentAdvice = new SimpleStringProperty(this, "permanentAdvice", "");
    private final BooleanProperty refreshOffered = new SimpleBooleanProperty(this, "refreshOffered");
    private final BooleanProperty startFirstVisible = new SimpleBooleanProperty(this, "startFirstVisible");
    private final BooleanProperty starting = new SimpleBooleanProperty(this, "starting");
    private final BooleanProperty refreshing = new SimpleBooleanProperty(this, "refreshing");
    private final ObjectProperty<ErrorInfo> error = new SimpleObjectProperty<>(this, "error");
    private Runnable retryAction = () -> { };

    private final ObservableList<Shell> shells = FXCollections.observableArrayList(Shell.values());
    private final ObjectProperty<Shell> shell = new SimpleObjectProperty<>(this, "shell");
    private final StringProperty privateKeyPath = new SimpleStringProperty(this, "privateKeyPath", "");
    private final StringProperty keyPathWarning = new SimpleStringProperty(this, "keyPathWarning", "");
    private final StringProperty localPath = new SimpleStringProperty(this, "localPath", DEFAULT_LOCAL_PATH);
    private final StringProperty remotePath = new SimpleStringProperty(this, "remotePath", DEFAULT_REMOTE_PATH);

    private final StringProperty sshCommand = new SimpleStringProperty(this, "sshCommand", "");
    private final StringProperty scpUpload = new SimpleStringProperty(this, "scpUpload", "");
    private final StringProperty scpDownload = new SimpleStringProperty(this, "scpDownload", "");
    private final StringProperty sshConfig = new SimpleStringProperty(this, "sshConfig", "");
    private final StringProperty vscodeLink = new SimpleStringProperty(this, "vscodeLink", "");
    private final StringProperty feedback = new SimpleStringProperty(this, "feedback", "");

    private final BooleanProperty configLoaded = new SimpleBooleanProperty(this, "configLoaded");
    private final BooleanProperty writingConfig = new SimpleBooleanProperty(this, "writingConfig");
    private final StringProperty configPreview = new SimpleStringProperty(this, "configPreview", "");
    private final StringProperty configStatus = new SimpleStringProperty(this, "configStatus", "");
    private final BooleanProperty configProblem = new SimpleBooleanProperty(this, "configProblem");
    private final BooleanProperty configReadOnly = new SimpleBooleanProperty(this, "configReadOnly");
    private final BooleanProperty configUpToDate = new SimpleBooleanProperty(this, "configUpToDate");
    /** The config file's text as last read ({@code null} until read); the preview merges into it. */
    private String configText;
    private SshConfigEntry configEntry;

    private final BooleanProperty testing = new SimpleBooleanProperty(this, "testing");
    private final StringProperty testResult = new SimpleStringProperty(this, "testResult", "");
    private final ObjectProperty<Outcome> testOutcome = new SimpleObjectProperty<>(this, "testOutcome");

    private final BooleanBinding canStartFirst;
    private final BooleanBinding canWriteConfig;
    private final BooleanBinding canTest;

    private String rememberedPath = "";
    private TaskHandle testHandle;

    /**
     * @param initial  the compute (and node) to connect to, as last read
     * @param services what the helper works with
     */
    public SshHelperViewModel(SshSubject initial, SshHelperServices services) {
        this.services = Objects.requireNonNull(services);
        shell.set(services.defaultShell());
        canStartFirst = startFirstVisible.and(starting.not());
        canWriteConfig = available.and(configLoaded).and(writingConfig.not()).and(configProblem.not())
                .and(configReadOnly.not());
        canTest = available.and(testing.not());
        subject.addListener((obs, old, now) -> subjectChanged(now));
        shell.addListener((obs, old, now) -> rebuild());
        privateKeyPath.addListener((obs, old, now) -> rebuild());
        localPath.addListener((obs, old, now) -> rebuild());
        remotePath.addListener((obs, old, now) -> rebuild());
        subject.set(Objects.requireNonNull(initial));
    }

    // ---- loading ------------------------------------------------------------------------------------------------

    /** Reads the key path remembered for this compute and the current {@code ~/.ssh/config}, off the FX thread. */
    public void load() {
        SshSubject now = subject.get();
        String key = now.rememberKey();
        SshConfigFile file = services.sshConfig();
        RememberedKeyPaths keyPaths = services.keyPaths();
        services.executor().submit(BackgroundTask.titled("Reading SSH settings for " + now.targetName(),
                now.targetName(), token -> new Loaded(keyPaths.find(key), readConfig(file)))
                .onSuccess(loaded -> {
                    loaded.keyPath().ifPresent(path -> {
                        rememberedPath = path;
                        if (privateKeyPath.get().isBlank()) {
                            privateKeyPath.set(path);
                        }
                    });
                    configRead(loaded.config());
                })
                .onFailure(failure -> feedback.set("Could not read the SSH settings: " + messageOf(failure))));
    }

    private record Loaded(Optional<String> keyPath, ConfigRead config) {
    }

    /** The config text and whether the file is read-only, or the reason it could not be read. */
    private record ConfigRead(String text, boolean readOnly, String problem) {
    }

    private static ConfigRead readConfig(SshConfigFile file) {
        try {
            return new ConfigRead(file.read(), file.readOnly(), null);
        } catch (IOException | RuntimeException unreadable) {
            return new ConfigRead(null, false, "Cannot read " + file.display(file.configFile()) + ": "
                    + messageOf(unreadable));
        }
    }

    private void configRead(ConfigRead read) {
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

    // ---- the subject --------------------------------------------------------------------------------------------

    private void subjectChanged(SshSubject now) {
        boolean node = now.isNode();
        title.set("Connect to " + (node ? now.node().nodeId() : now.computeName()));
        String kind = node ? "Node " + now.node().nodeId() + " of compute cluster " + now.computeName()
                : "Compute instance " + now.computeName();
        subjectText.set(kind + " \u00b7 workspace " + now.workspace().name()
                + (now.stateText().isEmpty() ? "" : " \u00b7 " + now.stateText()));
        Optional<SshTarget> target = now.target();
        available.set(target.isPresent());
        blocking.set(target.isEmpty());
        unavailableMessage.set(now.availability().label().map(text -> text + ".").orElse(""));
        startFirstVisible.set(now.startable());
        boolean notEnabled = now.availability().notices().stream()
                .anyMatch(notice -> notice.problem() == SshProblem.SSH_NOT_ENABLED);
        permanent.set(notEnabled);
        String advice = "";
        if (notEnabled && now.isNode()) {
            advice = "Jobs still run on this cluster; only SSH to its nodes is closed.";
        } else if (notEnabled && now.isInstance()) {
            advice = "You can still work on " + now.computeName() + " without SSH: its applications (JupyterLab, "
                    + "VS Code (Web), Terminal) open from the compute's page in Azure Machine Learning studio.";
        }
        permanentAdvice.set(advice);
        refreshOffered.set(target.isEmpty() && !notEnabled);
        String reporter = node ? "The cluster" : "The compute instance";
        List<String> assumptions = new ArrayList<>();
        target.filter(SshTarget::userAssumed).ifPresent(t -> assumptions.add(reporter
                + " does not report its admin user; " + t.user() + " is assumed."));
        // With the private IP the port is sshd's own 22 by rule, not an assumption.
        target.filter(t -> !now.portReported() && !t.privateIpOnly()).ifPresent(t -> assumptions.add((node ? "The node" : reporter)
                + " does not report its SSH port; " + t.port() + " is assumed. Check the port in Studio if the "
                + "connection fails."));
        userNote.set(String.join(" ", assumptions));
        rebuild();
    }

    /** Recomputes every text from the subject, the shell, the key path and the file paths. */
    private void rebuild() {
        SshSubject now = subject.get();
        Optional<SshTarget> target = now.target();
        String key = privateKeyPath.get().strip();
        keyPathWarning.set(keyWarning(key));
        if (target.isEmpty()) {
            sshCommand.set("");
            scpUpload.set("");
            scpDownload.set("");
            sshConfig.set("");
            vscodeLink.set("");
            configEntry = null;
            refreshPreview();
            return;
        }
        SshTarget t = target.get();
        Shell s = shell.get() == null ? services.defaultShell() : shell.get();
        sshCommand.set(SshCommands.ssh(t, key, s));
        scpUpload.set(SshCommands.scpUpload(t, key, orDefault(localPath.get(), DEFAULT_LOCAL_PATH), s));
        scpDownload.set(SshCommands.scpDownload(t, key, orDefault(remotePath.get(), DEFAULT_REMOTE_PATH), s));
        try {
            configEntry = SshConfigEntry.of(now.alias(), t, key);
        } catch (IllegalArgumentException notForConfig) {
            // A path with a line break or '"' cannot be written as an IdentityFile value: leave it out and say so.
            configEntry = SshConfigEntry.of(now.alias(), t, null);
            keyPathWarning.set("This path cannot go into ~/.ssh/config (it contains a line break or '\"'); "
                    + "the Host block leaves IdentityFile out.");
        }
        sshConfig.set(configEntry.render());
        vscodeLink.set(VsCodeRemote.link(now.alias(), t.user()));
        refreshPreview();
    }

    private static String keyWarning(String key) {
        if (key.toLowerCase(Locale.ROOT).endsWith(".pub")) {
            return "This looks like the public key. ssh -i needs the private key: the same file name without .pub.";
        }
        if (key.startsWith("~")) {
            return "A path starting with ~ is not expanded inside quotes; choose the file to use its full path.";
        }
        return "";
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
        String where = services.sshConfig().display(services.sshConfig().configFile());
        try {
            String after = SshConfigWriter.preview(configText, List.of(configEntry));
            configPreview.set(managedBlock(after));
            configProblem.set(false);
            Optional<SshConfigEntry> existing = SshConfigWriter.managedHosts(configText).stream()
                    .filter(host -> host.alias().equalsIgnoreCase(configEntry.alias())).findFirst();
            configUpToDate.set(after.equals(configText));
            if (after.equals(configText)) {
                configStatus.set(where + " already has Host " + configEntry.alias() + " as shown: nothing to write.");
            } else if (configReadOnly.get()) {
                configStatus.set(readOnlyAdvice(where));
            } else if (existing.isPresent()) {
                configStatus.set("Writing replaces Host " + configEntry.alias() + " in the Compute Desk block of " + where
                        + ". The rest of the file stays as it is; a backup is made first.");
            } else if (configText.isEmpty()) {
                configStatus.set("Writing creates " + where + " with this block (readable only by you).");
            } else {
                configStatus.set("Writing adds Host " + configEntry.alias() + " to the Compute Desk block of " + where
                        + ", placed above the file's first Host or Match line so your own defaults (Host *) cannot "
                        + "override it. The rest of the file stays as it is; a backup is made first.");
            }
        } catch (IllegalStateException damaged) {
            configPreview.set("");
            configProblem.set(true);
            configUpToDate.set(false);
            configStatus.set(damaged.getMessage());
        }
    }

    private String readOnlyAdvice(String where) {
        return where + " is read-only, so Compute Desk does not change it. To add Host " + configEntry.alias()
                + ", copy the block below and paste it into the file yourself, above its first Host or Match line"
                + " (ssh uses the first value it finds).";
    }

    /** The managed block of a config text: what the preview shows. */
    private static String managedBlock(String text) {
        int begin = text.indexOf(SshConfigWriter.BEGIN_MARKER);
        int end = text.indexOf(SshConfigWriter.END_MARKER, Math.max(begin, 0));
        if (begin < 0 || end < 0) {
            return "";
        }
        return text.substring(begin, end + SshConfigWriter.END_MARKER.length()).replace("\r\n", "\n") + "\n";
    }

    // ---- copying and links ----------------------------------------------------------------------------------------

    /** Copies the ssh command. */
    public void copySsh() {
        copy(sshCommand.get(), "ssh command");
    }

    /** Copies the scp upload command. */
    public void copyScpUpload() {
        copy(scpUpload.get(), "scp upload command");
    }

    /** Copies the scp download command. */
    public void copyScpDownload() {
        copy(scpDownload.get(), "scp download command");
    }

    /** Copies the {@code Host} block. */
    public void copySshConfig() {
        copy(sshConfig.get(), "Host block");
    }

    /**
     * Copies the whole Compute Desk block as the preview shows it (markers included, so a later write finds it):
     * the way to add the host when the file is read-only.
     */
    public void copySshConfigBlock() {
        copy(configPreview.get(), "Compute Desk block for ~/.ssh/config");
    }

    /** Copies the VS Code link. */
    public void copyVscodeLink() {
        copy(vscodeLink.get(), "VS Code link");
    }

    private void copy(String text, String what) {
        if (text == null || text.isEmpty()) {
            return;
        }
        services.clipboard().putText(text);
        feedback.set("Copied the " + what + ".");
    }

    /** Opens the host in VS Code Remote-SSH (which reads the Host block from {@code ~/.ssh/config}). */
    public void openInVsCode() {
        if (!vscodeLink.get().isEmpty()) {
            services.links().open(vscodeLink.get());
            feedback.set(configUpToDate.get() ? "Opening " + subject.get().alias() + " in VS Code."
                    : "Opening " + subject.get().alias() + " in VS Code. It finds the host only once the Host block "
                    + "is in ~/.ssh/config: write it first.");
        }
    }

    // ---- the private key ------------------------------------------------------------------------------------------

    /** Lets the user pick the private key file; the choice is remembered for this compute. */
    public void browseKey() {
        String current = privateKeyPath.get().strip();
        Path start = current.isEmpty() ? services.sshConfig().sshDir() : parentOf(current);
        services.keyFiles().choosePrivateKey(start).ifPresent(chosen -> {
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
        RememberedKeyPaths keyPaths = services.keyPaths();
        rememberedPath = path;
        services.executor().submit(BackgroundTask.titled(path.isEmpty()
                        ? "Forgetting the private key of " + now.computeName()
                        : "Remembering the private key of " + now.computeName(), now.computeName(), token -> {
                    keyPaths.remember(key, path);
                    return null;
                })
                .onFailure(failure -> feedback.set("Could not remember the key path: " + messageOf(failure))));
    }

    private static Path parentOf(String path) {
        try {
            return Path.of(path).toAbsolutePath().getParent();
        } catch (RuntimeException notAPath) {
            return null;
        }
    }

    // ---- ~/.ssh/config --------------------------------------------------------------------------------------------

    /** Writes the Host block into the managed block of {@code ~/.ssh/config} (backup first, atomic, idempotent). */
    public void writeSshConfig() {
        if (!canWriteConfig.get() || configEntry == null) {
            return;
        }
        SshConfigEntry entry = configEntry;
        SshConfigFile file = services.sshConfig();
        writingConfig.set(true);
        String title = "Writing Host " + entry.alias() + " to " + file.display(file.configFile());
        services.executor().submit(BackgroundTask.titled(title, subject.get().targetName(),
                        token -> new Written(file.write(entry), readConfig(file)))
                .onSuccess(written -> {
                    SshConfigWriter.WriteResult result = written.result();
                    configRead(written.after());
                    if (!result.changed()) {
                        configStatus.set(file.display(result.configFile()) + " already had Host " + entry.alias()
                                + " as shown: nothing was written.");
                    } else {
                        configStatus.set("Wrote Host " + entry.alias() + " to " + file.display(result.configFile())
                                + result.backup().map(b -> "; the previous file is saved as " + file.display(b))
                                .orElse("") + ". Connect with: ssh " + entry.alias());
                    }
                    feedback.set("");
                })
                .onFailure(failure -> {
                    configProblem.set(false);
                    if (failure instanceof SshConfigWriter.ReadOnlyConfigException) {
                        // Made read-only since it was read: offer the block to paste instead.
                        configReadOnly.set(true);
                        configStatus.set(readOnlyAdvice(file.display(file.configFile())));
                        return;
                    }
                    configStatus.set("Writing " + file.display(file.configFile()) + " failed, and the file is "
                            + "unchanged: " + messageOf(failure));
                })
                .whenDone(() -> writingConfig.set(false)));
    }

    private record Written(SshConfigWriter.WriteResult result, ConfigRead after) {
    }

    // ---- test connection ------------------------------------------------------------------------------------------

    /** Checks whether the host's SSH port accepts a TCP connection, within the timeout. */
    public void testConnection() {
        Optional<SshTarget> target = subject.get().target();
        if (target.isEmpty() || testing.get()) {
            return;
        }
        SshTarget t = target.get();
        ReachabilityProbe probe = services.probe();
        Duration timeout = services.probeTimeout();
        testing.set(true);
        testOutcome.set(null);
        testResult.set("Connecting to " + t.host() + ":" + t.port() + "\u2026");
        testHandle = services.executor().submit(BackgroundTask.titled("Testing the SSH connection to "
                                + subject.get().targetName(), subject.get().targetName(),
                        token -> probe.probe(t.host(), t.port(), timeout))
                .onSuccess(result -> {
                    testOutcome.set(result.outcome());
                    testResult.set(describe(result, t, timeout));
                })
                .onFailure(failure -> {
                    testOutcome.set(Outcome.UNREACHABLE);
                    testResult.set("The check failed: " + messageOf(failure));
                })
                .onCancelled(() -> testResult.set("Test cancelled."))
                .whenDone(() -> testing.set(false)));
    }

    /** Stops a running connection test (the window closes). */
    public void cancelTest() {
        if (testHandle != null) {
            testHandle.cancel();
        }
    }

    static String describe(Reachability result, SshTarget target, Duration timeout) {
        String address = target.host() + ":" + target.port();
        String inside = target.privateIpOnly()
                ? " This is a private IP, reachable only from inside the virtual network (or over a VPN into it)." : "";
        switch (result.outcome()) {
            case REACHABLE:
                return "Reachable: " + address + " accepted a connection (" + result.elapsed().toMillis() + " ms).";
            case REFUSED:
                return "Refused: the connection to " + address + " was refused (nothing listens on that port, or "
                        + "a firewall rejected it). Check the compute is running and SSH is enabled." + inside;
            case TIMED_OUT:
                return "Timed out: no answer from " + address + " within " + seconds(timeout)
                        + ". A firewall, network security group or proxy may block the port." + inside;
            default:
                return "Unreachable: " + address + " (" + result.detail() + ")." + inside;
        }
    }

    private static String seconds(Duration timeout) {
        long millis = timeout.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
    }

    // ---- start first and refresh ----------------------------------------------------------------------------------

    /**
     * Starts the stopped compute instance through the app's one follower (joining a start or stop another screen
     * already follows, instead of sending another), then shows its commands once it is Running.
     */
    public void startFirst() {
        if (!canStartFirst.get()) {
            return;
        }
        SshSubject now = subject.get();
        WorkspaceRef workspace = now.workspace();
        String name = now.computeName();
        String title = "Starting compute instance " + name;
        starting.set(true);
        error.set(null);
        unavailableMessage.set("Starting " + name + "\u2026 The commands appear once it is Running.");
        services.follower().follow(workspace, name, title, OperationFollower.Action.START, services.computes(),
                () -> services.computes().start(workspace, name)).whenEnded(outcome -> {
                    starting.set(false);
                    if (outcome.compute() != null) {
                        subject.set(SshSubject.of(workspace, outcome.compute(), null));
                    }
                    ErrorInfo problem = outcome.errorInfo(title);
                    if (problem != null) {
                        retryAction = this::startFirst;
                        error.set(problem);
                    }
                    if (!outcome.succeeded() || outcome.compute() == null) {
                        subjectChanged(subject.get());
                    }
                });
    }

    /** Reads the compute (and the node) again, e.g. when it had no address yet. */
    public void refresh() {
        if (refreshing.get()) {
            return;
        }
        SshSubject now = subject.get();
        WorkspaceRef workspace = now.workspace();
        String name = now.computeName();
        String nodeId = now.isNode() ? now.node().nodeId() : null;
        String title = nodeId == null ? "Reading compute " + name : "Reading the nodes of " + name;
        refreshing.set(true);
        error.set(null);
        services.executor().submit(BackgroundTask.titled(title, now.targetName(), token -> {
                    ComputeResource compute = services.computes().get(workspace, name);
                    if (nodeId == null) {
                        return new Refreshed(compute, null, false);
                    }
                    Optional<AmlComputeNode> node = services.computes().listNodes(workspace, name).stream()
                            .filter(n -> nodeId.equals(n.nodeId())).findFirst();
                    return new Refreshed(compute, node.orElse(null), node.isEmpty());
                })
                .onSuccess(refreshed -> {
                    if (refreshed.nodeGone()) {
                        AmlComputeNode gone = new AmlComputeNode(nodeId, null, null, null, "leaving", null);
                        subject.set(SshSubject.of(workspace, refreshed.compute(), gone));
                        unavailableMessage.set("Node " + nodeId + " is no longer in the cluster (it scaled down). "
                                + "Connect to another node.");
                    } else {
                        subject.set(SshSubject.of(workspace, refreshed.compute(), refreshed.node()));
                    }
                })
                .onFailure(failure -> {
                    retryAction = this::refresh;
                    error.set(ErrorInfos.from(title + " failed", failure));
                })
                .whenDone(() -> refreshing.set(false)));
    }

    private record Refreshed(ComputeResource compute, AmlComputeNode node, boolean nodeGone) {
    }

    /** Repeats the operation that failed (the error banner's Retry). */
    public void retry() {
        error.set(null);
        retryAction.run();
    }

    // ---- properties -----------------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<SshSubject> subjectProperty() {
        return subject;
    }

    /** "Connect to ci-a". */
    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    /** "Compute instance ci-a · workspace ws · Running", or the node's equivalent. */
    public ReadOnlyStringProperty subjectTextProperty() {
        return subjectText;
    }

    /** True when commands are offered. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available;
    }

    /** Why SSH cannot work (or works only from inside the virtual network), and what to do; "" when nothing. */
    public ReadOnlyStringProperty unavailableMessageProperty() {
        return unavailableMessage;
    }

    /** True when the message means no command is offered; false when it is a caveat beside the commands. */
    public ReadOnlyBooleanProperty blockingProperty() {
        return blocking;
    }

    /** Says when the user name or the port is assumed rather than reported; "" otherwise. */
    public ReadOnlyStringProperty userNoteProperty() {
        return userNote;
    }

    /** True when SSH can never work for this compute (not enabled at creation): the window shows only why. */
    public ReadOnlyBooleanProperty permanentProperty() {
        return permanent;
    }

    /** What the user can do instead when SSH can never work; "" otherwise. */
    public ReadOnlyStringProperty permanentAdviceProperty() {
        return permanentAdvice;
    }

    /** True when reading the compute again may help (no address yet, not running, node state). */
    public ReadOnlyBooleanProperty refreshOfferedProperty() {
        return refreshOffered;
    }

    /** True when the instance is stopped and Start first is offered. */
    public ReadOnlyBooleanProperty startFirstVisibleProperty() {
        return startFirstVisible;
    }

    public ReadOnlyBooleanProperty startingProperty() {
        return starting;
    }

    public BooleanBinding canStartFirstProperty() {
        return canStartFirst;
    }

    public ReadOnlyBooleanProperty refreshingProperty() {
        return refreshing;
    }

    /** A failed Start or Refresh, for the error banner; null when none. */
    public ObjectProperty<ErrorInfo> errorProperty() {
        return error;
    }

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

    /** A hint about the key path ("this looks like the public key"); "" when none. */
    public ReadOnlyStringProperty keyPathWarningProperty() {
        return keyPathWarning;
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

    /** What the last copy or link did ("Copied the ssh command."). */
    public ReadOnlyStringProperty feedbackProperty() {
        return feedback;
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

    public ReadOnlyBooleanProperty writingConfigProperty() {
        return writingConfig;
    }

    public BooleanBinding canWriteConfigProperty() {
        return canWriteConfig;
    }

    public ReadOnlyBooleanProperty testingProperty() {
        return testing;
    }

    public BooleanBinding canTestProperty() {
        return canTest;
    }

    /** The last connection test's result in words; "" before one ran. */
    public ReadOnlyStringProperty testResultProperty() {
        return testResult;
    }

    /** The last connection test's outcome; null before one ended. */
    public ReadOnlyObjectProperty<Outcome> testOutcomeProperty() {
        return testOutcome;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static String messageOf(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }
}
