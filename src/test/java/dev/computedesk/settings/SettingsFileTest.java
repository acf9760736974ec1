package dev.computedesk.settings;

import dev.computedesk.files.FileProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** {@code settings.json}: one file, read defensively, migrated once from the separate files, written atomically. */
class SettingsFileTest {
    private static final String CONNECTION = "{\n  \"kind\" : \"BROWSER\",\n  \"cloud\" : \"AZURE\",\n"
            + "  \"lastWorkspaceId\" : \"/subscriptions/s/resourceGroups/rg/providers/"
            + "Microsoft.MachineLearningServices/workspaces/ws\"\n}";
    private static final String ACCOUNT = "{\"authority\":\"login.microsoftonline.com\",\"homeAccountId\":\"oid.tid\","
            + "\"tenantId\":\"tid\",\"clientId\":\"c\",\"username\":\"dana@example.com\"}";
    private static final String KEY_PATHS = "{\"version\":1,\"keys\":{\"/subscriptions/s/computes/ci-a\":"
            + "\"/home/me/.ssh/ci-a.pem\"}}";

    @TempDir
    Path dir;
    private final List<FileProblem> problems = new ArrayList<>();

    private SettingsFile open() {
        return new SettingsFile(dir, problems::add);
    }

    @Test
    void everySectionComesBackInANewRun() throws Exception {
        Preferences chosen = new Preferences("ko", "dark", ProxyMode.MANUAL, "http://proxy.corp:8080", "/keys");
        Layout layout = new Layout(new Layout.WindowBounds(10, 20, 1100, 700, true), "LINKED_SERVICES",
                Map.of("computePage/splitPane", List.of(0.4)), Map.of("computePage/computeTabs", "clustersTab"),
                Map.of("computePage/instancesTab/table", new Layout.TableLayout(
                        List.of(new Layout.Column("state", 140, false), new Layout.Column("name", 220, true)),
                        List.of(new Layout.SortKey("name", false)))));
        SettingsFile first = open();
        assertThat(first.preferences()).isEqualTo(Preferences.defaults());
        assertThat(first.layout()).isEqualTo(Layout.empty());
        assertThat(first.put(SettingsFile.PREFERENCES, chosen)).isTrue();
        assertThat(first.put(SettingsFile.LAYOUT, layout)).isTrue();
        assertThat(first.put(SettingsFile.SSH_KEY_PATHS, Map.of("/c", "/k.pem"))).isTrue();

        SettingsFile next = open();
        assertThat(next.preferences()).isEqualTo(chosen);
        assertThat(next.layout()).isEqualTo(layout);
        assertThat(next.sshKeyPaths()).containsExactly(Map.entry("/c", "/k.pem"));
        assertThat(problems).isEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(SettingsFile.FILE_NAME);
        }
    }

    @Test
    void sectionsOfANewerVersionAreKeptOnEveryWrite() throws Exception {
        Files.writeString(dir.resolve(SettingsFile.FILE_NAME), "{\"version\":1,\"future\":{\"x\":[1,2]}}");
        open().put(SettingsFile.PREFERENCES, Preferences.defaults().withTheme("dark"));
        String json = Files.readString(dir.resolve(SettingsFile.FILE_NAME));
        assertThat(json).contains("\"future\"").contains("\"dark\"");
    }

    @Test
    void theOldFilesAreMigratedOnceAndKeptAsMigrated() throws Exception {
        Files.writeString(dir.resolve("connection.json"), CONNECTION);
        Files.writeString(dir.resolve("account.json"), ACCOUNT);
        Files.writeString(dir.resolve("ssh-key-paths.json"), KEY_PATHS);

        SettingsFile file = open();
        assertThat(file.section(SettingsFile.CONNECTION).orElseThrow().path("kind").asText()).isEqualTo("BROWSER");
        assertThat(file.section(SettingsFile.ACCOUNT).orElseThrow().path("username").asText())
                .isEqualTo("dana@example.com");
        assertThat(file.sshKeyPaths()).containsEntry("/subscriptions/s/computes/ci-a", "/home/me/.ssh/ci-a.pem");
        assertThat(problems).isEmpty();

        assertThat(dir.resolve("connection.json")).doesNotExist();
        assertThat(dir.resolve("connection.json.migrated")).hasContent(CONNECTION);
        assertThat(dir.resolve("account.json.migrated")).hasContent(ACCOUNT);
        assertThat(dir.resolve("ssh-key-paths.json.migrated")).hasContent(KEY_PATHS);
        assertThat(Files.readString(dir.resolve(SettingsFile.FILE_NAME))).contains("BROWSER")
                .contains("dana@example.com").contains("ci-a.pem");

        // Once: an old file that turns up again (an older version ran meanwhile) does not replace what is there.
        Files.writeString(dir.resolve("connection.json"), "{\"kind\":\"EMULATOR\"}");
        SettingsFile again = open();
        assertThat(again.section(SettingsFile.CONNECTION).orElseThrow().path("kind").asText()).isEqualTo("BROWSER");
        assertThat(dir.resolve("connection.json")).exists();
        assertThat(dir.resolve("connection.json.migrated")).hasContent(CONNECTION);
    }

    @Test
    void aCorruptOldFileIsSetAsideAndReportedWhileTheOthersMigrate() throws Exception {
        Files.writeString(dir.resolve("connection.json"), "{\"kind\":\"BROW");
        Files.writeString(dir.resolve("ssh-key-paths.json"), KEY_PATHS);

        SettingsFile file = open();
        assertThat(file.section(SettingsFile.CONNECTION)).isEmpty();
        assertThat(file.sshKeyPaths()).hasSize(1);
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(FileProblem.Kind.MOVED_ASIDE);
            assertThat(problem.copy().getFileName().toString()).startsWith("connection.json.corrupt-");
            assertThat(problem.copy()).hasContent("{\"kind\":\"BROW");
        });
        assertThat(dir.resolve("ssh-key-paths.json.migrated")).exists();
    }

    @Test
    void aCorruptSettingsFileIsSetAsideReportedAndNeverOverwritten() throws Exception {
        byte[] damaged = "{\"preferences\":{\"theme\":\"da".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve(SettingsFile.FILE_NAME), damaged);

        SettingsFile file = open();
        assertThat(file.preferences()).isEqualTo(Preferences.defaults());
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(FileProblem.Kind.MOVED_ASIDE);
            assertThat(problem.message()).startsWith("The settings could not be read (not valid JSON")
                    .contains(problem.copy().toString()).contains("default settings");
            assertThat(Files.readAllBytes(problem.copy())).isEqualTo(damaged);
        });
        Path copy = problems.get(0).copy();

        file.put(SettingsFile.PREFERENCES, Preferences.defaults().withTheme("dark"));
        assertThat(Files.readAllBytes(copy)).isEqualTo(damaged);
        assertThat(open().preferences().theme()).isEqualTo("dark");
    }

    @Test
    void writesAreAtomicAndOwnerOnly() throws Exception {
        assumeThat(dir.getFileSystem().supportedFileAttributeViews()).contains("posix");
        SettingsFile file = open();
        file.put(SettingsFile.PREFERENCES, Preferences.defaults());
        Path settings = dir.resolve(SettingsFile.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(settings))).isEqualTo("rw-------");

        file.put(SettingsFile.PREFERENCES, Preferences.defaults().withTheme("dark"));
        assertThat(open().preferences().theme()).isEqualTo("dark");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(SettingsFile.FILE_NAME);
        }
    }

    @Test
    void aWriteThatCannotCompleteLeavesTheFileAsItWas() throws Exception {
        assumeThat(dir.getFileSystem().supportedFileAttributeViews()).contains("posix");
        SettingsFile file = open();
        file.put(SettingsFile.PREFERENCES, Preferences.defaults().withTheme("dark"));
        Path settings = dir.resolve(SettingsFile.FILE_NAME);
        // The new content goes to a temporary file beside it, moved over it at the end; here the folder turned
        // read-only, so that temporary file cannot be made.
        byte[] before = Files.readAllBytes(settings);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-x------"));
        try {
            assumeThat(Files.isWritable(dir)).as("not running as root").isFalse();
            assertThat(file.put(SettingsFile.PREFERENCES, Preferences.defaults().withTheme("high-contrast"))).isFalse();
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
        assertThat(Files.readAllBytes(settings)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(SettingsFile.FILE_NAME);
        }
    }

    @Test
    void anUnwritableFolderIsReportedOnceAndTheValuesLiveOnInMemory() throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        SettingsFile file = new SettingsFile(blocker.resolve("settings"), problems::add);
        assertThat(file.put(SettingsFile.PREFERENCES, Preferences.defaults().withTheme("dark"))).isFalse();
        assertThat(file.put(SettingsFile.PREFERENCES, Preferences.defaults().withTheme("high-contrast"))).isFalse();
        assertThat(file.preferences().theme()).isEqualTo("high-contrast");
        assertThat(problems).singleElement()
                .satisfies(problem -> assertThat(problem.kind()).isEqualTo(FileProblem.Kind.UNWRITABLE));
    }
}
