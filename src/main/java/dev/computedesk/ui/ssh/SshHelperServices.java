package dev.computedesk.ui.ssh;

import dev.computedesk.azure.ComputeClient;
import dev.computedesk.domain.ssh.Shell;
import dev.computedesk.ui.common.ClipboardService;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.KeyFolder;
import dev.computedesk.ui.common.LinkOpener;
import dev.computedesk.ui.common.OperationFollower;
import dev.computedesk.ui.common.TaskExecutor;

import java.time.Duration;
import java.util.Objects;

/**
 * What the SSH helper's view-model works with, passed in one piece so tests swap any part: the background seam, the
 * compute client (Start first, Refresh), the clipboard, the browser, compute events, the key file dialogs, the
 * remembered key paths, {@code ~/.ssh/config} (under an injectable home folder), the reachability check and its
 * timeout, the shell the commands are first shown for, the app's one follower of operations ("Start it first"), and
 * the folder the key file dialogs open in when no key is chosen (the settings' default SSH key folder, else
 * {@code ~/.ssh}).
 */
public record SshHelperServices(TaskExecutor executor, ComputeClient computes, ClipboardService clipboard,
                                LinkOpener links, ComputeEvents computeEvents, KeyFileChooser keyFiles,
                                RememberedKeyPaths keyPaths, SshConfigFile sshConfig, ReachabilityProbe probe,
                                Duration probeTimeout, Shell defaultShell, OperationFollower follower,
                                KeyFolder keyFolder) {

    /** The time "Test connection" waits for an answer in the app. */
    public static final Duration DEFAULT_PROBE_TIMEOUT = Duration.ofSeconds(5);

    /** With a follower of its own on {@code executor} and {@code computeEvents} (tests and previews). */
    public SshHelperServices(TaskExecutor executor, ComputeClient computes, ClipboardService clipboard,
                             LinkOpener links, ComputeEvents computeEvents, KeyFileChooser keyFiles,
                             RememberedKeyPaths keyPaths, SshConfigFile sshConfig, ReachabilityProbe probe,
                             Duration probeTimeout, Shell defaultShell) {
        this(executor, computes, clipboard, links, computeEvents, keyFiles, keyPaths, sshConfig, probe, probeTimeout,
                defaultShell, new OperationFollower(executor, computeEvents), new KeyFolder(sshConfig.sshDir()));
    }

    /** With the key dialogs opening in {@code ~/.ssh}. */
    public SshHelperServices(TaskExecutor executor, ComputeClient computes, ClipboardService clipboard,
                             LinkOpener links, ComputeEvents computeEvents, KeyFileChooser keyFiles,
                             RememberedKeyPaths keyPaths, SshConfigFile sshConfig, ReachabilityProbe probe,
                             Duration probeTimeout, Shell defaultShell, OperationFollower follower) {
        this(executor, computes, clipboard, links, computeEvents, keyFiles, keyPaths, sshConfig, probe, probeTimeout,
                defaultShell, follower, new KeyFolder(sshConfig.sshDir()));
    }

    /** Checks every part is there. */
    public SshHelperServices {
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(computes, "computes");
        Objects.requireNonNull(clipboard, "clipboard");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(computeEvents, "computeEvents");
        Objects.requireNonNull(keyFiles, "keyFiles");
        Objects.requireNonNull(keyPaths, "keyPaths");
        Objects.requireNonNull(sshConfig, "sshConfig");
        Objects.requireNonNull(probe, "probe");
        Objects.requireNonNull(probeTimeout, "probeTimeout");
        Objects.requireNonNull(defaultShell, "defaultShell");
        Objects.requireNonNull(follower, "follower");
        Objects.requireNonNull(keyFolder, "keyFolder");
    }
}
