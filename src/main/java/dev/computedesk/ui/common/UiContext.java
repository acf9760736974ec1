package dev.computedesk.ui.common;

import dev.computedesk.files.FileProblem;
import dev.computedesk.settings.SettingsFile;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What every feature's factory receives from the composition root. Views and factories take it;
 * view-models take only the pieces they use, through their constructors.
 *
 * @param executor      the background seam
 * @param operations    running and finished operations (status bar, activity log)
 * @param dialogs       confirmations and notices
 * @param clipboard     the system clipboard
 * @param workspace     the current connection and workspace
 * @param navigator     opens other features' windows and pages
 * @param computeEvents compute changes made outside the Compute page
 * @param links         the system browser
 * @param settingsDir   the app's settings folder (remembered key paths and the like; never secrets)
 * @param owner         the main window, owner of dialogs (null before it is shown)
 * @param stylesheets   the theme's stylesheets, for new windows
 * @param ready         the {@code --exit-when-ready} signal
 * @param follower      the one follower of operations on computes (it publishes to {@code computeEvents})
 * @param fileProblems  told when a file a feature owns (remembered key paths) is unreadable or cannot be written;
 *                      the app shows a notice in the shell
 * @param settings      the app's one settings file (remembered key paths, preferences); read and written off the
 *                      FX thread
 * @param keyFolder     where the key file dialogs open (the settings' SSH key folder or {@code ~/.ssh}, then the
 *                      last folder used)
 */
public record UiContext(TaskExecutor executor, OperationLog operations, DialogService dialogs,
                        ClipboardService clipboard, WorkspaceContext workspace, Navigator navigator,
                        ComputeEvents computeEvents, LinkOpener links, Path settingsDir, Supplier<Window> owner,
                        List<String> stylesheets, ReadySignal ready, OperationFollower follower,
                        Consumer<FileProblem> fileProblems, SettingsFile settings, KeyFolder keyFolder) {

    public UiContext {
        if (follower.events() != computeEvents) {
            throw new IllegalArgumentException("The follower must publish to the context's compute events");
        }
    }

    /**
     * A context whose key dialogs open in the settings' default SSH key folder, else the user's {@code ~/.ssh}, until
     * a key is saved elsewhere.
     */
    public UiContext(TaskExecutor executor, OperationLog operations, DialogService dialogs,
                     ClipboardService clipboard, WorkspaceContext workspace, Navigator navigator,
                     ComputeEvents computeEvents, LinkOpener links, Path settingsDir, Supplier<Window> owner,
                     List<String> stylesheets, ReadySignal ready, OperationFollower follower,
                     Consumer<FileProblem> fileProblems, SettingsFile settings) {
        this(executor, operations, dialogs, clipboard, workspace, navigator, computeEvents, links, settingsDir, owner,
                stylesheets, ready, follower, fileProblems, settings, keyFolderOf(settings));
    }

    private static KeyFolder keyFolderOf(SettingsFile settings) {
        Path sshDir = KeyFolder.sshFolderOfCurrentUser().start();
        return new KeyFolder(() -> {
            String chosen = settings.preferences().sshKeyFolder();
            return chosen == null || chosen.isBlank() ? sshDir : Path.of(chosen);
        });
    }

    /** A context whose follower is made here, on {@code executor} and {@code computeEvents} (tests, previews). */
    public UiContext(TaskExecutor executor, OperationLog operations, DialogService dialogs,
                     ClipboardService clipboard, WorkspaceContext workspace, Navigator navigator,
                     ComputeEvents computeEvents, LinkOpener links, Path settingsDir, Supplier<Window> owner,
                     List<String> stylesheets, ReadySignal ready) {
        this(executor, operations, dialogs, clipboard, workspace, navigator, computeEvents, links, settingsDir, owner,
                stylesheets, ready, new OperationFollower(executor, computeEvents), problem -> { },
                new SettingsFile(settingsDir, problem -> { }));
    }
}
