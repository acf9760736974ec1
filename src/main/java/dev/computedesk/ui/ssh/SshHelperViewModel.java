package dev.computedesk.ui.ssh;

import dev.computedesk.domain.text.Messages;
import dev.computedesk.ui.common.BackgroundTask;

import java.util.Objects;
import java.util.Optional;

/**
 * The SSH connection helper for one compute instance or cluster node, composed of sections with one job each, which
 * the view binds directly:
 * <ul>
 *   <li>{@link #subject()}: what to connect to and what that means (title, reasons SSH cannot work, caveats);</li>
 *   <li>{@link #startRefresh()}: Start first and Refresh, which replace the subject, with the error banner;</li>
 *   <li>{@link #commands()}: the ssh and scp commands, the Host block and the VS Code link, with Copy;</li>
 *   <li>{@link #keys()}: the private key (Browse, Clear, remembered per compute) and its hints;</li>
 *   <li>{@link #config()}: {@code ~/.ssh/config}: the preview of the managed block, Write, the read-only case;</li>
 *   <li>{@link #connectionTest()}: Test connection;</li>
 *   <li>{@link #feedback()}: the footer line the others report on.</li>
 * </ul>
 * This class only wires them together and reads the remembered key and the config file once at opening
 * ({@link #load()}).
 *
 * <p>Every command runs on the FX thread; disk and network work goes through the {@code TaskExecutor} as titled
 * tasks and publishes in their callbacks.
 */
public final class SshHelperViewModel {
    private final SshHelperServices services;
    private final SshFeedback feedback;
    private final SshSubjectSection subject;
    private final SshStartRefreshSection startRefresh;
    private final SshConfigSection config;
    private final SshCommandsSection commands;
    private final SshKeySection keys;
    private final SshConnectionTestSection connectionTest;

    /**
     * @param initial  the compute (and node) to connect to, as last read
     * @param services what the helper works with
     */
    public SshHelperViewModel(SshSubject initial, SshHelperServices services) {
        this.services = Objects.requireNonNull(services);
        feedback = new SshFeedback(services.clipboard());
        subject = new SshSubjectSection(initial);
        startRefresh = new SshStartRefreshSection(subject, services.executor(), services.computes(),
                services.follower());
        config = new SshConfigSection(subject, services.executor(), services.sshConfig(), feedback);
        commands = new SshCommandsSection(subject, config, feedback, services.links(), services.defaultShell());
        keys = new SshKeySection(subject, commands.privateKeyPathProperty(), commands.identityLeftOutProperty(),
                services.keyFiles(), services.keyPaths(), services.keyFolder().start(), services.executor(),
                feedback);
        connectionTest = new SshConnectionTestSection(subject, services.executor(), services.probe(),
                services.probeTimeout());
    }

    /**
     * Reads the key path remembered for this compute and the current {@code ~/.ssh/config}, off the FX thread, in
     * one titled task.
     */
    public void load() {
        SshSubject now = subject.get();
        String key = now.rememberKey();
        SshConfigFile file = services.sshConfig();
        RememberedKeyPaths keyPaths = services.keyPaths();
        services.executor().submit(BackgroundTask.titled(Messages.get("ssh.code.task.readSettings", now.targetName()),
                        now.targetName(), token -> new Loaded(keyPaths.find(key), SshConfigSection.read(file)))
                .onSuccess(loaded -> {
                    keys.remembered(loaded.keyPath());
                    config.loaded(loaded.config());
                })
                .onFailure(failure -> feedback.say(Messages.get("ssh.code.readSettingsFailed",
                        SshFeedback.messageOf(failure)))));
    }

    private record Loaded(Optional<String> keyPath, SshConfigSection.ConfigRead config) {
    }

    /** What to connect to, and what that means for the window. */
    public SshSubjectSection subject() {
        return subject;
    }

    /** Start first and Refresh. */
    public SshStartRefreshSection startRefresh() {
        return startRefresh;
    }

    /** The connection strings and their Copy buttons. */
    public SshCommandsSection commands() {
        return commands;
    }

    /** The private key and its memory. */
    public SshKeySection keys() {
        return keys;
    }

    /** {@code ~/.ssh/config}. */
    public SshConfigSection config() {
        return config;
    }

    /** Test connection. */
    public SshConnectionTestSection connectionTest() {
        return connectionTest;
    }

    /** The footer line. */
    public SshFeedback feedback() {
        return feedback;
    }
}
