package dev.computedesk.ui.ssh;

import dev.computedesk.files.FileProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The remembered key paths are one of the app's own files: read defensively, never lost silently. */
class RememberedKeyPathsTest {
    private static final String COMPUTE = "/subscriptions/s/resourceGroups/rg/providers/"
            + "Microsoft.MachineLearningServices/workspaces/ws/computes/ci-a";

    @TempDir
    Path settings;
    private final List<FileProblem> problems = new ArrayList<>();

    @Test
    void remembersAPathPerComputeInAnyCase() throws IOException {
        RememberedKeyPaths paths = new RememberedKeyPaths(settings, problems::add);
        paths.remember(COMPUTE, "/home/me/.ssh/ci-a.pem");

        assertThat(new RememberedKeyPaths(settings, problems::add).find(COMPUTE.toUpperCase()))
                .contains("/home/me/.ssh/ci-a.pem");
        assertThat(problems).isEmpty();
    }

    @Test
    void aCorruptFileIsKeptAsACopyAndReportedThenTheStoreGoesOn() throws IOException {
        Path file = settings.resolve(RememberedKeyPaths.FILE_NAME);
        byte[] damaged = "{\"version\":1,\"keys\":{\"/subscriptions/".getBytes(StandardCharsets.UTF_8);
        Files.write(file, damaged);
        RememberedKeyPaths paths = new RememberedKeyPaths(settings, problems::add);

        assertThat(paths.find(COMPUTE)).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(FileProblem.Kind.MOVED_ASIDE);
            assertThat(p.copy()).exists();
            assertThat(Files.readAllBytes(p.copy())).isEqualTo(damaged);
            assertThat(p.message()).contains(p.copy().toString());
        });

        paths.remember(COMPUTE, "/home/me/.ssh/new.pem");
        assertThat(paths.find(COMPUTE)).contains("/home/me/.ssh/new.pem");
        try (Stream<Path> files = Files.list(settings)) {
            assertThat(files.filter(f -> f.getFileName().toString().contains(".corrupt-"))).hasSize(1);
        }
    }

    @Test
    void anUnwritableFolderIsReportedOnceAndSaysSo() throws IOException {
        Path notAFolder = settings.resolve("plain-file");
        Files.writeString(notAFolder, "x");
        RememberedKeyPaths paths = new RememberedKeyPaths(notAFolder.resolve("settings"), problems::add);

        assertThatThrownBy(() -> paths.remember(COMPUTE, "/a.pem")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> paths.remember(COMPUTE, "/b.pem")).isInstanceOf(IOException.class);

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.kind()).isEqualTo(FileProblem.Kind.UNWRITABLE));
    }
}
