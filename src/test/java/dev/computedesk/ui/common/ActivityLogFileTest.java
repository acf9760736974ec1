package dev.computedesk.ui.common;

import dev.computedesk.azure.http.CallRecord;
import dev.computedesk.files.FileProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The activity log comes back after a restart, newest first, and an unreadable file never stops the app. */
class ActivityLogFileTest {
    @TempDir
    Path settings;

    private final List<FileProblem> problems = new ArrayList<>();

    @Test
    void entriesSurviveARestartInOrderWithTheirCalls() {
        OperationLog before = new OperationLog();
        TrackingTaskExecutor executor = TrackingTaskExecutor.synchronous(before);
        for (String name : List.of("ci-a", "ci-b", "ci-c")) {
            executor.submit(BackgroundTask.titled("Starting compute instance", name, token -> name));
        }
        List<ActivityEntry> withCalls = new ArrayList<>(before.finished());
        withCalls.set(0, entry("ci-c", 3));
        assertThat(new ActivityLogFile(settings, problems::add).save(withCalls)).isTrue();

        // A new run: a new store over the same folder, a new log.
        OperationLog after = new OperationLog();
        after.restore(new ActivityLogFile(settings, problems::add).load());

        assertThat(after.finished()).containsExactlyElementsOf(withCalls);
        assertThat(after.finished()).extracting(ActivityEntry::target).containsExactly("ci-c", "ci-b", "ci-a");
        assertThat(after.finished().get(0).calls()).hasSize(3);
        assertThat(after.finished().get(0).calls().get(1).requestId()).isEqualTo("req-ci-c-1");
        assertThat(problems).isEmpty();
    }

    @Test
    void onlyTheNewestEntriesAreKept() {
        List<ActivityEntry> many = IntStream.range(0, ActivityLogFile.KEPT + 50)
                .mapToObj(i -> entry("ci-" + i, 1)).toList();
        new ActivityLogFile(settings, problems::add).save(many);

        List<ActivityEntry> back = new ActivityLogFile(settings, problems::add).load();
        assertThat(back).hasSize(ActivityLogFile.KEPT).containsExactlyElementsOf(many.subList(0, ActivityLogFile.KEPT));
    }

    @Test
    void aCorruptFileIsSetAsideAndReportedAndTheLogStartsEmpty() throws IOException {
        Path file = settings.resolve(ActivityLogFile.FILE_NAME);
        Files.writeString(file, "{\"version\":1,\"entries\":[{\"title\":");

        ActivityLogFile store = new ActivityLogFile(settings, problems::add);
        assertThat(store.load()).isEmpty();

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(FileProblem.Kind.MOVED_ASIDE);
            assertThat(problem.message()).startsWith("The saved activity log could not be read")
                    .contains("the activity log starts empty");
            assertThat(problem.copy()).exists().hasFileName(problem.copy().getFileName().toString())
                    .content().contains("\"title\":");
        });
        assertThat(file).doesNotExist();
        // Saving goes on in a new file.
        assertThat(store.save(List.of(entry("ci-new", 1)))).isTrue();
        assertThat(new ActivityLogFile(settings, problems::add).load()).extracting(ActivityEntry::target)
                .containsExactly("ci-new");
    }

    @Test
    void anEntryMissingItsFieldsIsACorruptFile() throws IOException {
        Files.writeString(settings.resolve(ActivityLogFile.FILE_NAME), "{\"version\":1,\"entries\":[{\"title\":\"x\"}]}");
        assertThat(new ActivityLogFile(settings, problems::add).load()).isEmpty();
        assertThat(problems).singleElement().extracting(FileProblem::kind).isEqualTo(FileProblem.Kind.MOVED_ASIDE);
    }

    static ActivityEntry entry(String target, int calls) {
        Instant at = Instant.parse("2026-12-03T07:00:00Z");
        List<CallRecord> records = IntStream.range(0, calls).mapToObj(i -> new CallRecord(at.plusMillis(i), "POST",
                "/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws/computes/"
                        + target + "/start?api-version=2025-06-01", 202, "req-" + target + "-" + i,
                "corr-" + i, Duration.ofMillis(40 + i), null)).toList();
        return new ActivityEntry(at, "Starting compute instance", target, ActivityEntry.Outcome.SUCCEEDED, "", 202,
                calls == 0 ? "" : "req-" + target + "-0", Duration.ofMillis(120), records);
    }
}
