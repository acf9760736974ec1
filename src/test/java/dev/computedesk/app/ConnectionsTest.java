package dev.computedesk.app;

import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.connect.ConnectionFactory;
import dev.computedesk.azure.connection.ConnectionKind;
import dev.computedesk.azure.connection.SettingsStore;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.testing.EmulatorFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionsTest {
    @TempDir
    Path home;

    private Connections connections(List<String> args) throws Exception {
        AppDirectories dirs = new AppDirectories(home.resolve("settings"), home.resolve("data"));
        return new Connections(LaunchOptions.parse(args), dirs, new SettingsStore(dirs.settingsDir()),
                new ConnectionFactory());
    }

    @Test
    void theFirstRunStartsTheEmbeddedEmulatorAndTheNextRunReturnsToTheLastWorkspace() throws Exception {
        String workspaceId;
        try (Connections first = connections(List.of("--emulator-clock", "manual"))) {
            Connections.Started started = first.connectAtStartup(info -> { });
            AzureConnection connection = started.connection();
            assertThat(connection.displayName()).isEqualTo("Local emulator");
            assertThat(started.lastWorkspaceId()).isNull();
            workspaceId = connection.workspaces().listAll().stream()
                    .filter(w -> w.name().equals(DemoSeed.WORKSPACE_2)).findFirst().orElseThrow().id();
            first.rememberWorkspace(workspaceId);
        }
        assertThat(home.resolve("data").resolve(Connections.EMULATOR_STATE_FILE)).exists();
        String settings = Files.readString(home.resolve("settings").resolve(SettingsStore.FILE_NAME));
        assertThat(settings).contains("EMULATOR").contains(DemoSeed.WORKSPACE_2).doesNotContainIgnoringCase("token");

        try (Connections second = connections(List.of("--emulator-clock", "manual"))) {
            Connections.Started started = second.connectAtStartup(info -> { });
            assertThat(started.lastWorkspaceId()).isEqualTo(workspaceId);
            assertThat(started.connection().computes().list(
                    dev.computedesk.azure.model.WorkspaceRef.fromId(workspaceId, DemoSeed.LOCATION))).isNotNull();
        }
    }

    @Test
    void anEmulatorUrlConnectsToThatEmulatorWithoutStartingOne() throws Exception {
        try (EmulatorFixture outside = EmulatorFixture.start();
             Connections connections = connections(List.of("--emulator-url", outside.emulator().baseUrl().toString(),
                     "--emulator-token", outside.emulator().token()))) {
            AzureConnection connection = connections.connectAtStartup(info -> { }).connection();
            assertThat(connection.kind()).isEqualTo(ConnectionKind.EMULATOR);
            // #connectionLabel shows this name: the emulator it really talks to, not "Local emulator".
            assertThat(connection.displayName()).isEqualTo("Emulator at http://127.0.0.1:"
                    + outside.emulator().baseUrl().getPort());
            assertThat(connection.workspaces().listAll()).extracting(w -> w.name()).contains(DemoSeed.WORKSPACE);
            assertThat(home.resolve("data").resolve(Connections.EMULATOR_STATE_FILE)).doesNotExist();
        }
    }
}
