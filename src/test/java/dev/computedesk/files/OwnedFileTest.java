package dev.computedesk.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnedFileTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock FROZEN = Clock.fixed(Instant.parse("2026-12-02T20:30:00.250Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final List<FileProblem> problems = new ArrayList<>();

    private OwnedFile owned(Path file) {
        return new OwnedFile(file, "The test settings", "defaults are used", problems::add, FROZEN);
    }

    private static String parse(byte[] bytes) throws Exception {
        return JSON.readTree(bytes).get("name").asText();
    }

    @Test
    void aMissingFileReadsEmptyWithoutAnyProblem() {
        assertThat(owned(dir.resolve("absent.json")).read(OwnedFileTest::parse)).isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void twoCorruptionsInTheSameSecondKeepBothCopiesAndSayWhereEachIs() throws Exception {
        Path file = dir.resolve("settings.json");
        OwnedFile owned = owned(file);
        Files.writeString(file, "{\"name\": \"first, cut off");
        assertThat(owned.read(OwnedFileTest::parse)).isEmpty();
        Files.writeString(file, "second garbage");
        assertThat(owned.read(OwnedFileTest::parse)).isEmpty();

        assertThat(problems).hasSize(2).allSatisfy(p -> assertThat(p.kind()).isEqualTo(FileProblem.Kind.MOVED_ASIDE));
        Path first = problems.get(0).copy();
        Path second = problems.get(1).copy();
        assertThat(first.getFileName().toString()).isEqualTo("settings.json.corrupt-20261202T203000Z");
        assertThat(second.getFileName().toString()).isEqualTo("settings.json.corrupt-20261202T203000Z-2");
        assertThat(Files.readString(first)).isEqualTo("{\"name\": \"first, cut off");
        assertThat(Files.readString(second)).isEqualTo("second garbage");
        assertThat(file).doesNotExist();
        assertThat(problems.get(1).message()).contains("The test settings could not be read")
                .contains(second.toString()).contains("defaults are used");
    }

    @Test
    void theReasonNeverQuotesTheFileContent() throws Exception {
        Path file = dir.resolve("state.json");
        Files.writeString(file, "{\"password\": Hunter2-secret}");
        owned(file).read(OwnedFileTest::parse);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.reason()).startsWith("not valid JSON at line 1");
            assertThat(p.message()).doesNotContain("Hunter2");
        });
    }

    @Test
    void aParserRefusalIsAProblemToo() throws Exception {
        Path file = dir.resolve("state.json");
        Files.writeString(file, "{\"version\": 99}");
        OwnedFile owned = owned(file);
        assertThat(owned.<String>read(bytes -> {
            throw new OwnedFile.Invalid("not a state file of version 1");
        })).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.reason()).isEqualTo("not a state file of version 1"));
        assertThat(Files.readString(problems.get(0).copy())).isEqualTo("{\"version\": 99}");
    }

    @Test
    void writesAtomicallyOwnerOnlyAndReadsBack() throws Exception {
        Path file = dir.resolve("sub").resolve("settings.json");
        OwnedFile owned = owned(file);
        assertThat(owned.write("{\"name\":\"kept\"}".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(owned.read(OwnedFileTest::parse)).contains("kept");
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(file))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.json");
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void anUnwritableLocationIsReportedOncePerOutage() throws Exception {
        // A regular file where the folder should be stops root as well as anyone (chmod would not).
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a folder");
        Path file = blocker.resolve("settings.json");
        OwnedFile owned = owned(file);
        for (int i = 0; i < 5; i++) {
            assertThat(owned.write(new byte[] {'{', '}'})).isFalse();
        }
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(FileProblem.Kind.UNWRITABLE);
            assertThat(p.message()).contains(file.toString()).contains("cannot be saved");
        });

        // The location works again: saving resumes silently; a later outage is a new report.
        Files.delete(blocker);
        assertThat(owned.write(new byte[] {'{', '}'})).isTrue();
        Files.delete(file);
        Files.delete(blocker);
        Files.writeString(blocker, "in the way again");
        assertThat(owned.write(new byte[] {'{', '}'})).isFalse();
        assertThat(problems).hasSize(2);
    }
}
