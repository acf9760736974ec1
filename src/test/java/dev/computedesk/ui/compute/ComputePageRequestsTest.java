package dev.computedesk.ui.compute;

import dev.computedesk.azure.http.CallRecord;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.domain.compute.ComputeTab;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.testing.RecordingNavigator;
import dev.computedesk.testing.ScriptedDialogs;
import dev.computedesk.ui.common.ActivityEntry;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.OperationFollower;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the Compute page asks ARM for with the large seed (10,000 computes): one list, read page by page, and no call
 * per row; switching tabs, filtering and sorting ask nothing. Counts, never timings (re-reads of rows in
 * transition: {@code ComputePageViewModelTest}).
 */
@org.junit.jupiter.api.Timeout(120)
class ComputePageRequestsTest {
    private static final WorkspaceRef LARGE = new WorkspaceRef(DemoSeed.SUBSCRIPTION_ID, DemoSeed.RESOURCE_GROUP,
            DemoSeed.LARGE_WORKSPACE, DemoSeed.LOCATION);
    /** The emulator's page size (docs/decisions.md "Paging and throttling"). */
    private static final int PAGE = 100;

    private EmulatorFixture fx;
    private final OperationLog log = new OperationLog();
    private final ComputeTestDoubles.ManualScheduler scheduler = new ComputeTestDoubles.ManualScheduler();
    private ComputePageViewModel page;

    @BeforeEach
    void open() {
        fx = EmulatorFixture.startLarge();
        TrackingTaskExecutor executor = TrackingTaskExecutor.synchronous(log);
        page = new ComputePageViewModel(executor, new ScriptedDialogs(), text -> { }, url -> { },
                new RecordingNavigator(), scheduler, new OperationFollower(executor, new ComputeEvents()));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private List<CallRecord> calls() {
        return log.finished().stream().flatMap(entry -> entry.calls().stream()).toList();
    }

    private static String path(CallRecord call) {
        return call.path().split("\\?")[0];
    }

    @Test
    void openingTheLargeWorkspaceListsItOnceInPagesAndReadsNoRowByItself() {
        page.show(fx.connection(), LARGE);

        assertThat(page.rows()).hasSize(DemoSeed.LARGE_COMPUTE_COUNT);
        assertThat(log.finished()).extracting(ActivityEntry::title)
                .containsExactly("Listing computes in " + DemoSeed.LARGE_WORKSPACE);
        // One list: its first page, then each nextLink, and nothing else (no row is read by itself).
        assertThat(calls()).hasSize(DemoSeed.LARGE_COMPUTE_COUNT / PAGE).allSatisfy(call -> {
            assertThat(call.method()).isEqualTo("GET");
            assertThat(path(call)).isEqualTo(LARGE.id() + "/computes");
        });
    }

    @Test
    void switchingTabsFilteringAndSortingAskNothing() {
        page.show(fx.connection(), LARGE);
        int listed = calls().size();

        for (ComputeTab tab : ComputeTab.values()) {
            page.tabShown(tab);
            page.tab(tab).filterTextProperty().set("perf01");
            page.tab(tab).rows().setComparator(Comparator.comparing(ComputeRow::name).reversed());
            page.tab(tab).filterTextProperty().set("");
        }

        assertThat(calls()).hasSize(listed);
        assertThat(page.tab(ComputeTab.INSTANCES).rows()).isNotEmpty();
    }
}
