package dev.computedesk.ui.shell;

import dev.computedesk.azure.ArmException;
import dev.computedesk.azure.http.CallRecord;
import dev.computedesk.azure.model.Subscription;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.emulator.Fault;
import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import dev.computedesk.ui.common.WorkspaceContext;
import dev.computedesk.ui.sparkpool.SparkPoolWizardViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The connection's subscriptions are listed once, however many screens ask for them. */
class SubscriptionsListedOnceTest {
    private final EmulatorFixture emulator = EmulatorFixture.start();
    private final OperationLog log = new OperationLog();
    private final TrackingTaskExecutor executor = TrackingTaskExecutor.synchronous(log);

    @AfterEach
    void stop() {
        emulator.close();
    }

    private static long subscriptionLists(Stream<CallRecord> calls) {
        return calls.filter(call -> call.method().equals("GET") && call.path().matches("(?i)/subscriptions/?(\\?.*)?"))
                .count();
    }

    private long subscriptionListsInTheLog() {
        return subscriptionLists(log.finished().stream().flatMap(entry -> entry.calls().stream()));
    }

    @Test
    void theShellAndTheSparkPoolWizardShareOneListing() {
        ShellViewModel shell = new ShellViewModel(log, text -> { }, executor, new WorkspaceContext(), () -> { },
                id -> { });

        shell.connected(emulator.connection(), null);

        assertThat(shell.workspaces()).extracting(WorkspaceChoice::displayName)
                .anyMatch(name -> name.contains(DemoSeed.SUBSCRIPTION_NAME));
        assertThat(subscriptionListsInTheLog()).as("the shell names subscriptions and lists workspaces in them")
                .isEqualTo(1);

        SparkPoolWizardViewModel wizard = new SparkPoolWizardViewModel(executor, emulator.connection(),
                emulator.demoWorkspace(), new ComputeEvents(), text -> { }, url -> { });
        wizard.load();
        shell.loadWorkspaces();

        assertThat(wizard.synapse().subscriptions()).extracting(Subscription::subscriptionId).contains(DemoSeed.SUBSCRIPTION_ID);
        assertThat(subscriptionListsInTheLog()).isEqualTo(1);
    }

    @Test
    void aFailedListingIsNotRememberedSoRetryAsksAgain() {
        emulator.emulator().injectFault(Fault.status("GET", "^/subscriptions$", 1, 403, 0));
        EmulatorFixture.Recorded<Void> calls = EmulatorFixture.recorded(() -> {
            assertThatThrownBy(() -> emulator.connection().subscriptions().listSubscriptions())
                    .isInstanceOf(ArmException.class);
            List<Subscription> first = emulator.connection().subscriptions().listSubscriptions();
            List<Subscription> again = emulator.connection().subscriptions().listSubscriptions();
            assertThat(again).isSameAs(first);
            emulator.connection().workspaces().listAll();
            return null;
        });

        assertThat(subscriptionLists(calls.calls().stream())).isEqualTo(2);
    }
}
