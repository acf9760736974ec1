package dev.computedesk.ui.shell;

import dev.computedesk.azure.http.CallRecord;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.emulator.Fault;
import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.ui.common.ActivityEntry;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import dev.computedesk.ui.common.WorkspaceContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workspace list begun at start-up beside the window (App starts it once the connection exists): the shell
 * takes its answer instead of asking again, and the activity log, the banner and Retry are as when the shell lists
 * by itself.
 */
class StartupWorkspaceListingTest {
    private final EmulatorFixture emulator = EmulatorFixture.start();
    private final OperationLog log = new OperationLog();
    private final WorkspaceContext context = new WorkspaceContext();
    private final ShellViewModel shell = new ShellViewModel(log, text -> { }, TrackingTaskExecutor.synchronous(log),
            context, () -> { }, id -> { });
    private final ExecutorService worker = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        worker.shutdownNow();
        emulator.close();
    }

    private List<CallRecord> calls() {
        return log.finished().stream().flatMap(entry -> entry.calls().stream()).toList();
    }

    private static boolean subscriptionList(CallRecord call) {
        return call.method().equals("GET") && call.path().matches("(?i)/subscriptions/?(\\?.*)?");
    }

    private static boolean workspaceList(CallRecord call) {
        return call.method().equals("GET") && call.path().split("\\?")[0].endsWith("/workspaces");
    }

    @Test
    void theShellTakesTheStartedListWithItsCallsInTheLogAndAsksNothingMore() {
        WorkspaceListing started = WorkspaceListing.start(emulator.connection(), worker);

        shell.connected(emulator.connection(), emulator.demoWorkspace().id(), started);

        assertThat(shell.selectedWorkspaceProperty().get().ref()).isEqualTo(emulator.demoWorkspace());
        assertThat(context.workspace()).isEqualTo(emulator.demoWorkspace());
        assertThat(shell.workspaces()).extracting(WorkspaceChoice::displayName)
                .anyMatch(name -> name.contains(DemoSeed.SUBSCRIPTION_NAME));
        assertThat(log.finished()).extracting(ActivityEntry::title).containsExactly("Listing workspaces");
        assertThat(calls()).filteredOn(StartupWorkspaceListingTest::subscriptionList).hasSize(1);
        assertThat(calls()).filteredOn(StartupWorkspaceListingTest::workspaceList).isNotEmpty();
        assertThat(calls()).allSatisfy(call -> assertThat(call.status()).isEqualTo(200));
    }

    @Test
    void aFailedStartedListIsOnTheBannerAndRetryAsksAgain() {
        emulator.emulator().injectFault(Fault.status("GET", "^/subscriptions$", 1, 403, 0));
        WorkspaceListing started = WorkspaceListing.start(emulator.connection(), worker);

        shell.connected(emulator.connection(), null, started);

        assertThat(shell.errorProperty().get()).isNotNull();
        assertThat(shell.errorProperty().get().code()).isEqualTo("AuthorizationFailed");
        assertThat(shell.workspaces()).isEmpty();
        assertThat(log.finished()).extracting(ActivityEntry::outcome).containsExactly(ActivityEntry.Outcome.FAILED);
        assertThat(calls()).extracting(CallRecord::status).containsExactly(403);

        shell.retry();

        assertThat(shell.errorProperty().get()).isNull();
        assertThat(shell.workspaces()).isNotEmpty();
        assertThat(calls()).filteredOn(StartupWorkspaceListingTest::subscriptionList).hasSize(2);
    }

    @Test
    void aListOfAnotherConnectionIsNotTaken() {
        WorkspaceListing other = WorkspaceListing.start(
                new dev.computedesk.azure.connect.ConnectionFactory(EmulatorFixture.testOptions())
                        .emulator(emulator.emulator().baseUrl(), emulator.emulator().token() + "x"), worker);

        shell.connected(emulator.connection(), null, other);

        assertThat(shell.errorProperty().get()).isNull();
        assertThat(shell.workspaces()).isNotEmpty();
        assertThat(calls()).filteredOn(StartupWorkspaceListingTest::subscriptionList).hasSize(1)
                .allSatisfy(call -> assertThat(call.status()).isEqualTo(200));
    }
}
