package dev.computedesk.app;

import dev.computedesk.azure.connect.ConnectionFactory;
import dev.computedesk.azure.connection.ConnectionKind;
import dev.computedesk.azure.connection.ConnectionSettings;
import dev.computedesk.azure.connection.SettingsStore;
import dev.computedesk.files.FileProblem;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import dev.computedesk.ui.common.WorkspaceContext;
import dev.computedesk.ui.shell.ShellViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Problems with the app's own files reach the main window as notices, with the path of what was kept. */
class FileNoticesTest {
    private static final String REMEMBERED = "{\n  \"kind\" : \"BROWSER\",\n  \"cloud\" : \"AZURE_CHINA\",\n"
            + "  \"tenantId\" : \"72f988bf-tenant\",\n  \"lastWorkspaceId\" : \"/subscriptions/s-1/resourceGroups/rg/"
            + "providers/Microsoft.MachineLearningServices/workspaces/ws-kept\"\n";

    @TempDir
    Path home;

    private final OperationLog log = new OperationLog();
    private final TrackingTaskExecutor executor = TrackingTaskExecutor.synchronous(log);
    private final List<String> clipboard = new ArrayList<>();
    private final ShellViewModel shell = new ShellViewModel(log, clipboard::add, executor, new WorkspaceContext(),
            () -> { }, id -> { });

    @AfterEach
    void close() {
        executor.close();
    }

    @Test
    void aCorruptConnectionFileIsKeptAsACopyAndTheShellSaysWhere() throws Exception {
        AppDirectories dirs = new AppDirectories(home.resolve("settings"), home.resolve("data"));
        Files.createDirectories(dirs.settingsDir());
        // The connection file of an earlier version, cut off mid-write (no closing brace): the remembered Azure connection must survive in the copy.
        Files.writeString(dirs.settingsDir().resolve("connection.json"), REMEMBERED);

        FileNotices notices = new FileNotices();
        SettingsStore store = new SettingsStore(dirs.settingsDir(), notices);
        // The start-up connection reads the settings before the window exists: the notice waits for it.
        assertThat(store.load()).isEqualTo(ConnectionSettings.firstRun());
        notices.deliverTo(shell::fileProblem);

        assertThat(shell.fileNotices()).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(FileProblem.Kind.MOVED_ASIDE);
            assertThat(notice.message()).startsWith("The connection settings could not be read")
                    .contains(notice.copy().toString()).contains("first run");
            assertThat(notice.copy().getFileName().toString()).startsWith("connection.json.corrupt-");
            try {
                assertThat(Files.readString(notice.copy())).isEqualTo(REMEMBERED);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
        Path copy = shell.fileNotices().get(0).copy();

        // The app goes on: the embedded emulator starts and its settings are saved; the copy stays untouched.
        try (Connections connections = new Connections(LaunchOptions.parse(List.of("--emulator-clock", "manual")),
                dirs, store, new ConnectionFactory(), notices)) {
            assertThat(connections.connectAtStartup(info -> { }).connection().kind())
                    .isEqualTo(ConnectionKind.EMULATOR);
        }
        assertThat(Files.readString(dirs.settingsDir().resolve(SettingsStore.FILE_NAME))).contains("EMULATOR");
        assertThat(Files.readString(copy)).isEqualTo(REMEMBERED);

        shell.copyFileNoticePath(shell.fileNotices().get(0));
        assertThat(clipboard).containsExactly(copy.toString());
        shell.dismissFileNotice(shell.fileNotices().get(0));
        assertThat(shell.fileNotices()).isEmpty();
    }

    @Test
    void anUnwritableSettingsFolderIsOneNoticeAndTheConnectionStillWorks() throws Exception {
        Path blocker = Files.writeString(home.resolve("settings"), "a file where the folder should be");
        AppDirectories dirs = new AppDirectories(blocker, home.resolve("data"));
        FileNotices notices = new FileNotices();
        notices.deliverTo(shell::fileProblem);
        SettingsStore store = new SettingsStore(dirs.settingsDir(), notices);
        try (Connections connections = new Connections(LaunchOptions.parse(List.of("--emulator-clock", "manual")),
                dirs, store, new ConnectionFactory(), notices)) {
            assertThat(connections.connectAtStartup(info -> { }).connection().kind())
                    .isEqualTo(ConnectionKind.EMULATOR);
            connections.rememberWorkspace("/subscriptions/s/resourceGroups/rg/providers/"
                    + "Microsoft.MachineLearningServices/workspaces/a");
            connections.rememberWorkspace("/subscriptions/s/resourceGroups/rg/providers/"
                    + "Microsoft.MachineLearningServices/workspaces/b");
        }
        assertThat(shell.fileNotices()).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(FileProblem.Kind.UNWRITABLE);
            assertThat(notice.message()).contains(blocker.resolve(SettingsStore.FILE_NAME).toString());
        });
    }
}
