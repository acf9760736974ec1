package dev.computedesk.ui.shell;

import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.ui.common.ActivityEntry;
import dev.computedesk.ui.common.BackgroundTask;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import dev.computedesk.ui.common.WorkspaceContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** "Export…" writes every entry with its HTTP calls, and nothing that would let a reader call Azure. */
class ActivityLogExportTest {
    @TempDir
    Path dir;

    @Test
    void theExportHoldsTheHttpCallsAndNoCredential() throws IOException {
        OperationLog operations = new OperationLog();
        TrackingTaskExecutor executor = TrackingTaskExecutor.synchronous(operations);
        ShellViewModel shell = new ShellViewModel(operations, text -> { }, executor, new WorkspaceContext(),
                () -> { }, id -> { });
        String token;
        try (EmulatorFixture fx = EmulatorFixture.start()) {
            token = fx.emulator().token();
            executor.submit(BackgroundTask.titled("Stopping compute instance", DemoSeed.CI_RUNNING_SSH,
                    context -> fx.connection().computes().stop(fx.demoWorkspace(), DemoSeed.CI_RUNNING_SSH)));
            executor.submit(BackgroundTask.titled("Listing computes", DemoSeed.WORKSPACE,
                    context -> fx.connection().computes().list(fx.demoWorkspace())));
        }
        ActivityEntry stop = operations.finished().get(1);
        assertThat(stop.calls()).isNotEmpty();
        Path target = dir.resolve("activity.json");

        shell.exportActivityLog(target);

        String exported = Files.readString(target);
        assertThat(exported).contains("\"method\" : \"POST\"")
                .contains("/computes/" + DemoSeed.CI_RUNNING_SSH + "/stop?api-version=")
                .contains("\"status\" : 202")
                .contains("\"requestId\" : \"" + stop.calls().get(0).requestId() + "\"")
                .contains("\"method\" : \"GET\"").contains("\"title\" : \"Listing computes\"");
        assertThat(exported).doesNotContainIgnoringCase("authorization").doesNotContainIgnoringCase("bearer")
                .doesNotContain(token);
        assertThat(shell.exportResultProperty().get()).isEqualTo("2 entries saved to " + target);
        // The export itself is an operation the log shows.
        assertThat(operations.finished().get(0).title()).isEqualTo("Exporting the activity log");
    }

    @Test
    void aFailedExportSaysWhy() {
        OperationLog operations = new OperationLog();
        ShellViewModel shell = new ShellViewModel(operations, text -> { },
                TrackingTaskExecutor.synchronous(operations), new WorkspaceContext(), () -> { }, id -> { });
        Path target = dir.resolve("no-such-folder").resolve("activity.json");

        shell.exportActivityLog(target);

        assertThat(shell.exportResultProperty().get()).startsWith("Could not save the activity log to " + target);
        assertThat(target).doesNotExist();
    }
}
