package dev.computedesk.emulator;

import static dev.computedesk.emulator.ArmTestClient.compute;
import static dev.computedesk.emulator.ArmTestClient.ml;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import dev.computedesk.files.FileProblem;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state file: written atomically and owner-only, reloaded, and a corrupt one moved aside. */
class PersistenceTest {
    @TempDir
    Path dir;

    private EmulatorConfig config(Path state) {
        return EmulatorConfig.defaults().withClockMode(ClockMode.MANUAL).withThrottling(false).withStateFile(state);
    }

    @Test
    void stateSurvivesARestartAndKeepsSecretsOwnerOnly() throws Exception {
        Path state = dir.resolve("state.json");
        try (Emulator first = Emulator.start(config(state))) {
            ArmTestClient arm = new ArmTestClient(first);
            var body = ComputeApiTest.attachBody("VirtualMachine", DemoSeed.resourceGroupId()
                    + "/providers/Microsoft.Compute/virtualMachines/" + DemoSeed.VM);
            var account = body.withObject("/properties").putObject("properties").putObject("administratorAccount");
            account.put("username", "azureuser");
            account.put("password", "Persisted-Secret-1");
            assertThat(arm.put(ml(compute(DemoSeed.WORKSPACE_2, "kept-vm")), body).status()).isEqualTo(201);
            first.advanceClock(java.time.Duration.ofSeconds(60));
            assertThat(arm.post(ml(compute(DemoSeed.WORKSPACE, DemoSeed.CI_STOPPED) + "/start")).status()).isEqualTo(202);
        }
        assertThat(state).exists();
        if (state.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(state))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
        assertThat(Files.readString(state)).contains("Persisted-Secret-1");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("state.json");
        }
        try (Emulator second = Emulator.start(config(state))) {
            ArmTestClient arm = new ArmTestClient(second);
            var vm = arm.get(ml(compute(DemoSeed.WORKSPACE_2, "kept-vm")));
            assertThat(vm.status()).isEqualTo(200);
            assertThat(vm.raw()).doesNotContain("Persisted-Secret-1");
            assertThat(arm.post(ml(compute(DemoSeed.WORKSPACE_2, "kept-vm") + "/listKeys")).raw())
                    .contains("Persisted-Secret-1");
            // The start begun before the restart is still pending on the restored clock, then completes.
            assertThat(arm.get(ml(compute(DemoSeed.WORKSPACE, DemoSeed.CI_STOPPED))).body()
                    .at("/properties/properties/state").asText()).isEqualTo("Starting");
            second.advanceClock(java.time.Duration.ofSeconds(60));
            assertThat(arm.get(ml(compute(DemoSeed.WORKSPACE, DemoSeed.CI_STOPPED))).body()
                    .at("/properties/properties/state").asText()).isEqualTo("Running");
        }
    }

    @Test
    void aCorruptStateFileIsMovedAsideAndTheSeedRestored() throws Exception {
        Path state = dir.resolve("state.json");
        Files.writeString(state, "{ this is not json");
        PrintStream originalErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try (Emulator emulator = Emulator.start(config(state))) {
            ArmTestClient arm = new ArmTestClient(emulator);
            assertThat(arm.get(ml(ArmTestClient.computes(DemoSeed.WORKSPACE))).body().path("value").size())
                    .isGreaterThan(10);
        } finally {
            System.setErr(originalErr);
        }
        try (Stream<Path> files = Files.list(dir)) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("state.json.corrupt-")).findFirst()
                    .orElseThrow();
            assertThat(Files.readString(aside)).isEqualTo("{ this is not json");
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("could not be read").contains("corrupt-");
        assertThat(Files.readString(state)).contains("\"version\":1");
    }

    @Test
    void anEmptyOrForeignJsonFileIsAlsoMovedAside() throws Exception {
        Path state = dir.resolve("state.json");
        Files.writeString(state, "{\"hello\":\"world\"}");
        PrintStream originalErr = System.err;
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try (Emulator emulator = Emulator.start(config(state))) {
            assertThat(new ArmTestClient(emulator).get("/subscriptions?api-version=2022-12-01").status()).isEqualTo(200);
        } finally {
            System.setErr(originalErr);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("state.json.corrupt-"));
        }
        assertThat(Set.of(Files.readString(state).contains("\"store\""))).containsExactly(true);
    }

    @Test
    void twoCorruptionsInOneSecondKeepTwoDistinctCopiesAndEachIsReported() throws Exception {
        Path state = dir.resolve("state.json");
        List<FileProblem> problems = new CopyOnWriteArrayList<>();
        Files.writeString(state, "first broken state");
        try (Emulator first = Emulator.start(config(state), problems::add)) {
            assertThat(new ArmTestClient(first).get("/subscriptions?api-version=2022-12-01").status()).isEqualTo(200);
        }
        Files.writeString(state, "second broken state");
        try (Emulator second = Emulator.start(config(state), problems::add)) {
            assertThat(new ArmTestClient(second).get("/subscriptions?api-version=2022-12-01").status()).isEqualTo(200);
        }
        assertThat(problems).hasSize(2).allSatisfy(p -> {
            assertThat(p.kind()).isEqualTo(FileProblem.Kind.MOVED_ASIDE);
            assertThat(p.message()).contains(p.copy().toString()).contains("demo seed");
        });
        assertThat(problems.get(0).copy()).isNotEqualTo(problems.get(1).copy());
        assertThat(Files.readString(problems.get(0).copy())).isEqualTo("first broken state");
        assertThat(Files.readString(problems.get(1).copy())).isEqualTo("second broken state");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("state.json.corrupt-"))).hasSize(2);
        }
    }

    @Test
    void anUnwritableStateLocationIsReportedOnceNotOnEverySave() throws Exception {
        // A regular file where the state folder should be: unwritable even for root, unlike chmod 000.
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "in the way");
        Path state = blocker.resolve("state.json");
        List<FileProblem> problems = new CopyOnWriteArrayList<>();
        try (Emulator emulator = Emulator.start(config(state), problems::add)) {
            ArmTestClient arm = new ArmTestClient(emulator);
            for (int i = 0; i < 5; i++) {
                assertThat(arm.post(ml(compute(DemoSeed.WORKSPACE, DemoSeed.CI_STOPPED) + "/start")).status())
                        .isIn(202, 409);
                emulator.saveIfDirty();
            }
        }
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(FileProblem.Kind.UNWRITABLE);
            assertThat(p.file()).isEqualTo(state.toAbsolutePath());
            assertThat(p.message()).contains(state.toAbsolutePath().toString());
        });
    }
}
