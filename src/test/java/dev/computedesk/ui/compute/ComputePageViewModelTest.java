package dev.computedesk.ui.compute;

import dev.computedesk.testing.RecordingNavigator;
import dev.computedesk.testing.ScriptedDialogs;

import dev.computedesk.azure.connect.ConnectionFactory;
import dev.computedesk.azure.model.AmlComputeProperties;
import dev.computedesk.azure.model.AmlComputeSettings;
import dev.computedesk.azure.model.ComputeInstanceProperties;
import dev.computedesk.azure.model.ScaleSettings;
import dev.computedesk.azure.model.ComputeInstanceSettings;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.domain.compute.ComputeAction;
import dev.computedesk.domain.compute.ComputeTab;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.emulator.Fault;
import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.ui.common.ActivityEntry;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.ComputeFormKind;
import dev.computedesk.ui.common.OperationFollower;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Compute page's view-models against the emulator (manual clock), with the synchronous executor. */
@org.junit.jupiter.api.Timeout(120)
class ComputePageViewModelTest {
    private EmulatorFixture fx;
    private final OperationLog log = new OperationLog();
    private final ComputeTestDoubles.ManualScheduler scheduler = new ComputeTestDoubles.ManualScheduler();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final RecordingNavigator navigator = new RecordingNavigator();
    private final List<String> clipboard = new ArrayList<>();
    private final List<String> opened = new ArrayList<>();
    private ComputePageViewModel page;
    private final ComputeEvents events = new ComputeEvents();
    private OperationFollower follower;
    /** The states each compute showed through the follower's events, in order. */
    private final Map<String, List<String>> shown = new HashMap<>();
    /**
     * While true, an operation ends as soon as ARM accepted it: the clock moves past every lifecycle when a followed
     * compute shows its transitional state. The synchronous executor follows an operation inline, so a test either
     * lets it end this way or acts from {@link #onTransition} (e.g. cancel) while the follow waits.
     */
    private boolean endOperationsOnAcceptance = true;
    private java.util.function.Consumer<ComputeResource> onTransition = compute -> { };

    @BeforeEach
    void open() {
        fx = EmulatorFixture.start();
        TrackingTaskExecutor executor = TrackingTaskExecutor.synchronous(log);
        follower = new OperationFollower(executor, events);
        page = new ComputePageViewModel(executor, dialogs, clipboard::add, opened::add, navigator, scheduler, follower);
        events.addListener(change -> {
            if (change.compute() == null) {
                shown.computeIfAbsent(change.computeName(), name -> new ArrayList<>()).add("(removed)");
                return;
            }
            shown.computeIfAbsent(change.computeName(), name -> new ArrayList<>())
                    .add(ComputeColumn.stateText(change.compute()));
            if (ComputeRow.isTransitional(change.compute())) {
                onTransition.accept(change.compute());
                if (endOperationsOnAcceptance) {
                    fx.tick(Duration.ofSeconds(30));
                }
            }
        });
        page.show(fx.connection(), fx.demoWorkspace());
    }

    private List<String> shown(String name) {
        return shown.getOrDefault(name, List.of());
    }

    private ActivityEntry entry(String title) {
        return log.finished().stream().filter(e -> e.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no activity " + title));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private ComputeTabViewModel tab(ComputeTab tab) {
        return page.tab(tab);
    }

    private List<String> names(ComputeTab tab) {
        return tab(tab).rows().stream().map(ComputeRow::name).toList();
    }

    private ComputeRow row(String name) {
        return page.row(name).orElseThrow(() -> new AssertionError("no row " + name));
    }

    private String text(ComputeColumn column, String name) {
        return column.text(row(name).compute(), page.me());
    }

    private void select(ComputeTab tab, String... names) {
        List<ComputeRow> rows = new ArrayList<>();
        for (String name : names) {
            rows.add(row(name));
        }
        tab(tab).selected().setAll(rows);
    }

    private boolean can(ComputeTab tab, ComputeAction action) {
        return tab(tab).canProperty(action).get();
    }

    /** Moves the emulator's clock, then lets the page's scheduled re-reads run until nothing is in transition. */
    private void settle(Duration duration) {
        fx.tick(duration);
        for (int i = 0; i < 10 && scheduler.hasPending(); i++) {
            scheduler.fire();
        }
    }

    @Nested
    class Instances {
        @Test
        void listsTheSeededInstancesWithTheirColumns() {
            assertThat(names(ComputeTab.INSTANCES)).contains(DemoSeed.CI_RUNNING_SSH, DemoSeed.CI_STOPPED,
                    DemoSeed.CI_NO_PUBLIC_IP, DemoSeed.CI_CREATING, DemoSeed.CI_FAILED, DemoSeed.CI_OTHER_USER,
                    DemoSeed.CI_ASSIGNED_TO_ME, DemoSeed.CI_GPU).doesNotContain(DemoSeed.CLUSTER_WITH_NODES);
            assertThat(text(ComputeColumn.STATE, DemoSeed.CI_RUNNING_SSH)).isEqualTo("Running");
            assertThat(text(ComputeColumn.STATE, DemoSeed.CI_STOPPED)).isEqualTo("Stopped");
            assertThat(text(ComputeColumn.STATE, DemoSeed.CI_CREATING)).isEqualTo("Creating");
            assertThat(ComputeColumn.stateStyle(row(DemoSeed.CI_FAILED).compute())).isEqualTo("state-error");
            assertThat(ComputeColumn.stateStyle(row(DemoSeed.CI_CREATING).compute())).isEqualTo("state-busy");
            assertThat(text(ComputeColumn.VM_SIZE, DemoSeed.CI_GPU)).isEqualTo("Standard_NC6s_v3");
            assertThat(text(ComputeColumn.CREATED_BY, DemoSeed.CI_OTHER_USER)).isEqualTo(DemoSeed.OTHER_USER_NAME);
            assertThat(text(ComputeColumn.CREATED_BY, DemoSeed.CI_RUNNING_SSH)).isEqualTo(DemoSeed.USER_NAME + " (me)");
            assertThat(text(ComputeColumn.ASSIGNED_TO, DemoSeed.CI_ASSIGNED_TO_ME)).as("assigned to me by Sam")
                    .isEqualTo(DemoSeed.USER_NAME + " (me)");
            assertThat(text(ComputeColumn.CREATED_ON, DemoSeed.CI_RUNNING_SSH)).isNotEqualTo("\u2014");
            assertThat(text(ComputeColumn.APPLICATIONS, DemoSeed.CI_RUNNING_SSH)).contains("Jupyter");
            assertThat(page.loadedProperty().get()).isTrue();
        }

        @Test
        void enablesExactlyWhatTheStateAllows() {
            select(ComputeTab.INSTANCES, DemoSeed.CI_RUNNING_SSH);
            assertThat(can(ComputeTab.INSTANCES, ComputeAction.START)).isFalse();
            assertThat(can(ComputeTab.INSTANCES, ComputeAction.STOP)).isTrue();
            assertThat(can(ComputeTab.INSTANCES, ComputeAction.RESTART)).isTrue();
            assertThat(can(ComputeTab.INSTANCES, ComputeAction.DELETE)).isTrue();
            assertThat(can(ComputeTab.INSTANCES, ComputeAction.DETACH)).isFalse();

            select(ComputeTab.INSTANCES, DemoSeed.CI_STOPPED);
            assertThat(can(ComputeTab.INSTANCES, ComputeAction.START)).isTrue();
            assertThat(can(ComputeTab.INSTANCES, ComputeAction.STOP)).isFalse();
            assertThat(can(ComputeTab.INSTANCES, ComputeAction.RESTART)).isFalse();

            select(ComputeTab.INSTANCES, DemoSeed.CI_CREATING);
            assertThat(tab(ComputeTab.INSTANCES).allowedActionsProperty().get()).isEmpty();

            select(ComputeTab.INSTANCES, DemoSeed.CI_FAILED);
            assertThat(tab(ComputeTab.INSTANCES).allowedActionsProperty().get()).containsExactly(ComputeAction.DELETE);
        }

        @Test
        void bulkActionsNeedEverySelectedRowToAllowThem() {
            select(ComputeTab.INSTANCES, DemoSeed.CI_RUNNING_SSH, DemoSeed.CI_STOPPED);
            assertThat(can(ComputeTab.INSTANCES, ComputeAction.START)).isFalse();
            assertThat(can(ComputeTab.INSTANCES, ComputeAction.STOP)).isFalse();
            assertThat(can(ComputeTab.INSTANCES, ComputeAction.DELETE)).isTrue();

            select(ComputeTab.INSTANCES, DemoSeed.CI_RUNNING_SSH, DemoSeed.CI_OTHER_USER);
            assertThat(can(ComputeTab.INSTANCES, ComputeAction.STOP)).isTrue();
            tab(ComputeTab.INSTANCES).stop();

            assertThat(dialogs.asked).singleElement().satisfies(question -> {
                assertThat(question.header()).isEqualTo("Stop 2 compute instances?");
                assertThat(question.targets()).containsExactly(DemoSeed.CI_RUNNING_SSH, DemoSeed.CI_OTHER_USER);
                assertThat(question.confirmLabel()).isEqualTo("Stop");
            });
            assertThat(shown(DemoSeed.CI_RUNNING_SSH)).containsExactly("Stopping", "Stopped");
            assertThat(shown(DemoSeed.CI_OTHER_USER)).containsExactly("Stopping", "Stopped");
            assertThat(log.finished()).extracting(ActivityEntry::title).contains(
                    "Stopping compute instance " + DemoSeed.CI_RUNNING_SSH,
                    "Stopping compute instance " + DemoSeed.CI_OTHER_USER);
            assertThat(can(ComputeTab.INSTANCES, ComputeAction.STOP)).isFalse();
        }

        @Test
        void stopShowsStoppingAtOnceThenStoppedWhenTheOperationEnds() {
            endOperationsOnAcceptance = false;
            List<String> whileFollowed = new ArrayList<>();
            onTransition = compute -> {
                // ARM has accepted the stop; its operation still runs on the manual clock.
                whileFollowed.add(text(ComputeColumn.STATE, DemoSeed.CI_RUNNING_SSH));
                assertThat(page.busyNames()).contains(DemoSeed.CI_RUNNING_SSH);
                assertThat(follower.isFollowed(fx.demoWorkspace(), DemoSeed.CI_RUNNING_SSH)).isTrue();
                assertThat(tab(ComputeTab.INSTANCES).allowedActionsProperty().get()).isEmpty();
                assertThat(log.running()).extracting(op -> op.title())
                        .contains("Stopping compute instance " + DemoSeed.CI_RUNNING_SSH);
                fx.tick(Duration.ofSeconds(6));
            };
            select(ComputeTab.INSTANCES, DemoSeed.CI_RUNNING_SSH);

            tab(ComputeTab.INSTANCES).stop();

            assertThat(whileFollowed).containsExactly("Stopping");
            assertThat(text(ComputeColumn.STATE, DemoSeed.CI_RUNNING_SSH)).isEqualTo("Stopped");
            assertThat(can(ComputeTab.INSTANCES, ComputeAction.START)).isTrue();
            assertThat(page.busyNames()).isEmpty();
            assertThat(page.errorProperty().get()).isNull();
            ActivityEntry stop = entry("Stopping compute instance " + DemoSeed.CI_RUNNING_SSH);
            assertThat(stop.outcome()).isEqualTo(ActivityEntry.Outcome.SUCCEEDED);
            // One entry for the whole operation: the POST, the status polls until it ended, the reads.
            assertThat(stop.calls()).extracting(call -> call.method() + " " + call.path())
                    .anyMatch(call -> call.startsWith("POST ") && call.contains("/stop?"))
                    .anyMatch(call -> call.contains("/computeOperationsStatus/"));
        }

        @Test
        void aFailedStopShowsArmsErrorWithTheRequestIdAndTheRowAsItReallyIs() {
            fx.emulator().injectFault(Fault.operationFailure("POST", "/stop$", 1, "VmAgentUnresponsive",
                    "The VM agent did not answer the stop request."));
            select(ComputeTab.INSTANCES, DemoSeed.CI_RUNNING_SSH);

            tab(ComputeTab.INSTANCES).stop();

            assertThat(shown(DemoSeed.CI_RUNNING_SSH)).containsExactly("Stopping", "Running");
            assertThat(text(ComputeColumn.STATE, DemoSeed.CI_RUNNING_SSH)).isEqualTo("Running");
            assertThat(page.errorProperty().get()).isNotNull().satisfies(error -> {
                assertThat(error.what()).isEqualTo("Stopping compute instance " + DemoSeed.CI_RUNNING_SSH + " failed");
                assertThat(error.code()).isEqualTo("VmAgentUnresponsive");
                assertThat(error.message()).isEqualTo("The VM agent did not answer the stop request.");
                assertThat(error.requestId()).isNotEmpty();
                assertThat(error.summary()).contains("request id " + error.requestId());
                assertThat(error.retryable()).as("Retry stops it again").isTrue();
            });
            ActivityEntry stop = entry("Stopping compute instance " + DemoSeed.CI_RUNNING_SSH);
            assertThat(stop.outcome()).isEqualTo(ActivityEntry.Outcome.FAILED);
            assertThat(stop.message()).contains("VmAgentUnresponsive");
            assertThat(can(ComputeTab.INSTANCES, ComputeAction.STOP)).isTrue();
        }

        @Test
        void cancelStopsFollowingOnlyAndTheLogSaysSoThenThePageReReadsTheRow() {
            endOperationsOnAcceptance = false;
            onTransition = compute -> follower.current(fx.demoWorkspace(), DemoSeed.CI_RUNNING_SSH)
                    .ifPresent(OperationFollower.Follow::cancel);
            select(ComputeTab.INSTANCES, DemoSeed.CI_RUNNING_SSH);

            tab(ComputeTab.INSTANCES).stop();

            ActivityEntry stop = entry("Stopping compute instance " + DemoSeed.CI_RUNNING_SSH);
            assertThat(stop.outcome()).isEqualTo(ActivityEntry.Outcome.NO_LONGER_FOLLOWED);
            assertThat(stop.resultText())
                    .isEqualTo("No longer followed; the operation may still complete in Azure")
                    .doesNotContain("Cancelled");
            assertThat(page.errorProperty().get()).isNull();
            assertThat(follower.followed()).isEmpty();
            assertThat(text(ComputeColumn.STATE, DemoSeed.CI_RUNNING_SSH)).isEqualTo("Stopping");
            assertThat(scheduler.hasPending()).isTrue();

            // Azure goes on with the stop; the page's own re-reads show its end.
            settle(Duration.ofSeconds(6));
            assertThat(text(ComputeColumn.STATE, DemoSeed.CI_RUNNING_SSH)).isEqualTo("Stopped");
        }

        @Test
        void aComputeAlreadyFollowedIsNotFollowedTwice() {
            endOperationsOnAcceptance = false;
            List<OperationFollower.Follow> second = new ArrayList<>();
            onTransition = compute -> {
                if (second.isEmpty()) {
                    // The Stop button again, and another screen asking to start the same compute.
                    tab(ComputeTab.INSTANCES).stop();
                    second.add(follower.follow(fx.demoWorkspace(), DemoSeed.CI_RUNNING_SSH.toUpperCase(),
                            "Starting compute instance " + DemoSeed.CI_RUNNING_SSH, OperationFollower.Action.START,
                            fx.connection().computes(), () -> {
                                throw new AssertionError("a followed compute must not be sent another request");
                            }));
                    fx.tick(Duration.ofSeconds(6));
                }
            };
            select(ComputeTab.INSTANCES, DemoSeed.CI_RUNNING_SSH);

            tab(ComputeTab.INSTANCES).stop();

            assertThat(dialogs.asked).hasSize(1);
            assertThat(second).singleElement().satisfies(joined -> {
                assertThat(joined.title()).isEqualTo("Stopping compute instance " + DemoSeed.CI_RUNNING_SSH);
                assertThat(joined.outcome().succeeded()).isTrue();
            });
            assertThat(log.finished()).filteredOn(e -> e.title().contains(DemoSeed.CI_RUNNING_SSH)
                    && !e.title().startsWith("Refreshing")).hasSize(1);
            assertThat(entry("Stopping compute instance " + DemoSeed.CI_RUNNING_SSH).calls())
                    .filteredOn(call -> call.method().equals("POST")).hasSize(1);
            assertThat(text(ComputeColumn.STATE, DemoSeed.CI_RUNNING_SSH)).isEqualTo("Stopped");
        }

        @Test
        void anUnreadableOperationStatusSaysNoLongerFollowedWithTheRequestIdAndTheRowIsReReadToItsEnd() {
            endOperationsOnAcceptance = false;
            fx.emulator().injectFault(Fault.status("GET", "/computeOperationsStatus/", 1, 404, 0));
            select(ComputeTab.INSTANCES, DemoSeed.CI_RUNNING_SSH);

            tab(ComputeTab.INSTANCES).stop();

            assertThat(page.errorProperty().get()).isNotNull().satisfies(error -> {
                assertThat(error.what()).isEqualTo("Stopping compute instance " + DemoSeed.CI_RUNNING_SSH
                        + ": no longer followed");
                assertThat(error.requestId()).isNotEmpty();
                assertThat(error.summary()).contains("may still complete in Azure");
            });
            ActivityEntry stop = entry("Stopping compute instance " + DemoSeed.CI_RUNNING_SSH);
            assertThat(stop.outcome()).isEqualTo(ActivityEntry.Outcome.NO_LONGER_FOLLOWED);
            assertThat(page.busyNames()).isEmpty();
            // Read afresh, it is still Stopping; the page's own re-reads take it to its end, not left Stopping.
            assertThat(text(ComputeColumn.STATE, DemoSeed.CI_RUNNING_SSH)).isEqualTo("Stopping");
            settle(Duration.ofSeconds(6));
            assertThat(text(ComputeColumn.STATE, DemoSeed.CI_RUNNING_SSH)).isEqualTo("Stopped");
        }

        @Test
        void aStopWhoseReplyIsLostIsNotShownAsFailedAndIsFollowedToItsEnd() {
            fx.emulator().injectFault(Fault.replyLost("POST", "/stop$", 1));
            select(ComputeTab.INSTANCES, DemoSeed.CI_RUNNING_SSH);

            tab(ComputeTab.INSTANCES).stop();

            assertThat(page.errorProperty().get()).isNull();
            assertThat(shown(DemoSeed.CI_RUNNING_SSH)).startsWith("Stopping").endsWith("Stopped");
            assertThat(text(ComputeColumn.STATE, DemoSeed.CI_RUNNING_SSH)).isEqualTo("Stopped");
            ActivityEntry stop = entry("Stopping compute instance " + DemoSeed.CI_RUNNING_SSH);
            assertThat(stop.outcome()).isEqualTo(ActivityEntry.Outcome.SUCCEEDED);
            assertThat(stop.resultText()).contains("the service accepted it");
        }

        @Test
        void aDeleteWhoseReplyIsLostIsNotShownAsFailedAndTheRowGoesWhenItIsGone() {
            // The client retries the DELETE after the lost reply; the service answers 409 (it is Deleting).
            fx.emulator().injectFault(Fault.replyLost("DELETE", "/computes/" + DemoSeed.CI_STOPPED + "$", 1));
            select(ComputeTab.INSTANCES, DemoSeed.CI_STOPPED);

            tab(ComputeTab.INSTANCES).delete();

            assertThat(page.errorProperty().get()).isNull();
            assertThat(shown(DemoSeed.CI_STOPPED)).contains("Deleting").endsWith("(removed)");
            assertThat(page.row(DemoSeed.CI_STOPPED)).isEmpty();
            assertThat(fx.connection().computes().find(fx.demoWorkspace(), DemoSeed.CI_STOPPED)).isEmpty();
            assertThat(entry("Deleting compute instance " + DemoSeed.CI_STOPPED).outcome())
                    .isEqualTo(ActivityEntry.Outcome.SUCCEEDED);
        }

        @Test
        void aSucceededDeleteRemovesTheRowAtOnce() {
            select(ComputeTab.INSTANCES, DemoSeed.CI_STOPPED);

            tab(ComputeTab.INSTANCES).delete();

            assertThat(shown(DemoSeed.CI_STOPPED)).containsExactly("Deleting", "(removed)");
            assertThat(names(ComputeTab.INSTANCES)).doesNotContain(DemoSeed.CI_STOPPED);
            assertThat(page.errorProperty().get()).isNull();
        }

        @Test
        void moreThanTwentyComputesInTransitionAreReadOneByOneNeverAsAWholeList() {
            for (int i = 1; i <= 25; i++) {
                fx.connection().computes().createOrUpdate(fx.demoWorkspace(), "batchcl" + i,
                        ComputeResource.request(DemoSeed.LOCATION, null, AmlComputeProperties.forRequest(null, null,
                                AmlComputeSettings.forCreate("Standard_DS3_v2", "Dedicated", "Linux",
                                        new ScaleSettings(2, 0, "PT120S"), null, null, null, null))));
            }
            page.refresh();
            List<String> inTransition = page.rows().stream().filter(ComputeRow::isTransitional)
                    .map(ComputeRow::name).toList();
            assertThat(inTransition).hasSizeGreaterThan(ComputePageViewModel.MAX_SINGLE_READS);
            int before = log.finished().size();

            scheduler.fire();
            scheduler.fire();

            List<ActivityEntry> rounds = log.finished().subList(0, log.finished().size() - before);
            assertThat(rounds).hasSize(2).allSatisfy(round -> {
                assertThat(round.calls()).allSatisfy(call -> {
                    assertThat(call.method()).isEqualTo("GET");
                    assertThat(call.path().split("\\?")[0]).doesNotEndWith("/computes");
                });
                assertThat(round.calls()).hasSizeLessThanOrEqualTo(ComputePageViewModel.MAX_SINGLE_READS);
            });
            List<String> read = rounds.stream().flatMap(round -> round.calls().stream())
                    .map(call -> call.path().split("\\?")[0])
                    .map(path -> path.substring(path.lastIndexOf('/') + 1)).toList();
            assertThat(read).containsAll(inTransition);
        }

        @Test
        void startDoesNotAskAndCancellingAStopSendsNothing() {
            select(ComputeTab.INSTANCES, DemoSeed.CI_STOPPED);
            tab(ComputeTab.INSTANCES).start();
            assertThat(dialogs.asked).isEmpty();
            assertThat(shown(DemoSeed.CI_STOPPED)).containsExactly("Starting", "Running");

            dialogs.answer = false;
            select(ComputeTab.INSTANCES, DemoSeed.CI_OTHER_USER);
            tab(ComputeTab.INSTANCES).stop();
            assertThat(dialogs.asked).hasSize(1);
            assertThat(text(ComputeColumn.STATE, DemoSeed.CI_OTHER_USER)).isEqualTo("Running");
        }

        @Test
        void filtersAsTheUserTypesAndByWhoCreatedOrMayUseAnInstance() {
            ComputeTabViewModel instances = tab(ComputeTab.INSTANCES);
            instances.filterTextProperty().set("dana");
            assertThat(names(ComputeTab.INSTANCES)).containsExactlyInAnyOrder(DemoSeed.CI_RUNNING_SSH,
                    DemoSeed.CI_STOPPED, DemoSeed.CI_ASSIGNED_TO_ME);
            instances.filterTextProperty().set("NC6s");
            assertThat(names(ComputeTab.INSTANCES)).containsExactly(DemoSeed.CI_GPU);
            instances.filterTextProperty().set("");

            instances.createdByMeProperty().set(true);
            assertThat(names(ComputeTab.INSTANCES)).contains(DemoSeed.CI_RUNNING_SSH, DemoSeed.CI_STOPPED)
                    .doesNotContain(DemoSeed.CI_OTHER_USER, DemoSeed.CI_ASSIGNED_TO_ME, DemoSeed.CI_GPU);
            instances.createdByMeProperty().set(false);

            instances.canUseProperty().set(true);
            assertThat(names(ComputeTab.INSTANCES)).contains(DemoSeed.CI_RUNNING_SSH, DemoSeed.CI_ASSIGNED_TO_ME)
                    .doesNotContain(DemoSeed.CI_OTHER_USER, DemoSeed.CI_GPU);
        }

        @Test
        void sortsByTheColumnsValues() {
            tab(ComputeTab.INSTANCES).rows().comparatorProperty().set(java.util.Comparator.comparing(
                    ComputeRow::compute, ComputeColumn.VM_SIZE.comparator(page::me).reversed()));
            assertThat(names(ComputeTab.INSTANCES).get(0)).isEqualTo(DemoSeed.CI_GPU);
            tab(ComputeTab.INSTANCES).rows().comparatorProperty().set(java.util.Comparator.comparing(
                    ComputeRow::compute, ComputeColumn.CREATED_ON.comparator(page::me)).reversed());
            assertThat(names(ComputeTab.INSTANCES).get(0)).isEqualTo(DemoSeed.CI_CREATING);
        }

        @Test
        void refreshKeepsTheRowsAndTheSelection() {
            ComputeRow before = row(DemoSeed.CI_RUNNING_SSH);
            select(ComputeTab.INSTANCES, DemoSeed.CI_RUNNING_SSH);
            int count = page.rows().size();

            page.refresh();

            assertThat(page.rows()).hasSize(count);
            assertThat(row(DemoSeed.CI_RUNNING_SSH)).isSameAs(before);
            assertThat(tab(ComputeTab.INSTANCES).selected()).containsExactly(before);
            assertThat(tab(ComputeTab.INSTANCES).rows()).contains(before);
        }

        @Test
        void aFailedActionShowsArmsErrorAndLeavesTheRowAsItWas() {
            fx.emulator().injectFault(Fault.status("POST", "/computes/" + DemoSeed.CI_RUNNING_SSH + "/stop", 1, 500, 0));
            select(ComputeTab.INSTANCES, DemoSeed.CI_RUNNING_SSH);
            ComputeResource before = row(DemoSeed.CI_RUNNING_SSH).compute();

            tab(ComputeTab.INSTANCES).stop();

            assertThat(page.errorProperty().get()).isNotNull().satisfies(error -> {
                assertThat(error.what()).isEqualTo("Stopping compute instance " + DemoSeed.CI_RUNNING_SSH + " failed");
                assertThat(error.code()).isEqualTo("InternalServerError");
                assertThat(error.requestId()).isNotEmpty();
                assertThat(error.retryable()).isTrue();
            });
            assertThat(row(DemoSeed.CI_RUNNING_SSH).compute()).isEqualTo(before);
            assertThat(can(ComputeTab.INSTANCES, ComputeAction.STOP)).isTrue();

            page.retry();
            assertThat(page.errorProperty().get()).isNull();
            assertThat(shown(DemoSeed.CI_RUNNING_SSH)).containsExactly("Stopping", "Stopped");
        }

        @Test
        void aFailedListShowsTheErrorAndRetryLoadsIt() {
            // A connection that does not retry, so the 503 reaches the page at once.
            var noRetries = new ConnectionFactory(new dev.computedesk.azure.ConnectionOptions("test", null, 0,
                    Duration.ofSeconds(1), Duration.ofSeconds(1))).emulator(fx.emulator().baseUrl(), fx.emulator().token());
            fx.emulator().injectFault(Fault.status("GET", "/workspaces/" + DemoSeed.WORKSPACE + "/computes$", 1, 503, 0));
            page.show(noRetries, fx.demoWorkspace());
            assertThat(page.errorProperty().get()).isNotNull();
            assertThat(page.errorProperty().get().code()).isEqualTo("ServiceUnavailable");
            assertThat(page.rows()).isEmpty();

            page.retry();
            assertThat(page.errorProperty().get()).isNull();
            assertThat(names(ComputeTab.INSTANCES)).contains(DemoSeed.CI_RUNNING_SSH);
        }

        @Test
        void theDetailsShowWhatStudioShowsAndCopyTheInstanceAsCliYaml() {
            tab(ComputeTab.INSTANCES).openDetails(row(DemoSeed.CI_RUNNING_SSH));
            ComputeDetailsViewModel details = page.details();
            assertThat(details.attributes()).extracting(ComputeDetailsFormatter.Attribute::label)
                    .contains("State", "Public IP address", "Private IP address", "Region", "Virtual machine size",
                            "Created by", "Assigned to", "SSH access", "Idle shutdown", "Schedules", "Managed identity",
                            "Resource ID");
            assertThat(details.attributes()).contains(
                    new ComputeDetailsFormatter.Attribute("Idle shutdown", "After 1 hour of inactivity"));
            assertThat(details.clusterProperty().get()).isFalse();

            details.copyYaml();
            assertThat(clipboard).singleElement().asString().startsWith(
                    "$schema: https://azuremlschemas.azureedge.net/latest/computeInstance.schema.json\n"
                            + "name: " + DemoSeed.CI_RUNNING_SSH + "\ntype: computeinstance\n")
                    .contains("size: Standard_DS3_v2", "idle_time_before_shutdown: PT60M",
                            "ssh_public_access_enabled: true");

            details.connect();
            assertThat(navigator.sshTargets).containsExactly(DemoSeed.CI_RUNNING_SSH);

            tab(ComputeTab.INSTANCES).openDetails(row(DemoSeed.CI_FAILED));
            assertThat(details.errorsTextProperty().get()).isNotBlank();
        }

        @Test
        void switchingToAnotherTabClosesDetailsOfAComputeItDoesNotList() {
            tab(ComputeTab.INSTANCES).openDetails(row(DemoSeed.CI_RUNNING_SSH));
            page.tabShown(ComputeTab.INSTANCES);
            assertThat(page.details().openProperty().get()).as("same tab").isTrue();

            page.tabShown(ComputeTab.CLUSTERS);
            assertThat(page.details().openProperty().get()).isFalse();
        }

        @Test
        void newOpensTheInstanceForm() {
            tab(ComputeTab.INSTANCES).createNew();
            assertThat(navigator.forms).containsExactly(ComputeFormKind.COMPUTE_INSTANCE);
        }

        @Test
        void aComputeCreatedElsewhereAppearsAtOnceAsCreating() {
            ComputeResource request = ComputeResource.request(DemoSeed.LOCATION, null,
                    ComputeInstanceProperties.forRequest(null, null, ComputeInstanceSettings.forCreate(
                            "Standard_DS2_v2", null, null, null, null, null, null, null, null)));
            page.onComputeChange(new ComputeEvents.Change(fx.demoWorkspace(), "ci-new", request,
                    ComputeEvents.Kind.CREATING));

            assertThat(names(ComputeTab.INSTANCES)).contains("ci-new");
            assertThat(text(ComputeColumn.STATE, "ci-new")).isEqualTo("Creating");
            assertThat(scheduler.hasPending()).isTrue();
        }

        @Test
        void aCreateThatFailsLaterOffersEditAndRetry() {
            fx.emulator().injectFault(Fault.provisioningFailure("/computes/ci-late$", 1));
            ComputeResource request = ComputeResource.request(DemoSeed.LOCATION, null,
                    ComputeInstanceProperties.forRequest(null, null, ComputeInstanceSettings.forCreate(
                            "Standard_DS2_v2", null, null, null, null, null, null, null, null)));
            fx.connection().computes().createOrUpdate(fx.demoWorkspace(), "ci-late", request);
            page.onComputeChange(new ComputeEvents.Change(fx.demoWorkspace(), "ci-late", request,
                    ComputeEvents.Kind.CREATING));
            scheduler.fire();
            assertThat(row("ci-late").isTransitional()).isTrue();

            settle(Duration.ofSeconds(30));

            assertThat(ComputeColumn.stateStyle(row("ci-late").compute())).isEqualTo("state-error");
            LateFailure failure = page.lateFailureProperty().get();
            assertThat(failure).isNotNull();
            assertThat(failure.canEditAndRetry()).isTrue();
            // Edit and retry first asks to delete the failed compute (which holds the name); the whole flow, with
            // the delete followed to its end, is EditAndRetryTest's.
            dialogs.answer = false;
            page.editAndRetry();
            assertThat(dialogs.asked).extracting(c -> c.confirmLabel()).containsExactly("Delete and edit");
            assertThat(dialogs.asked.get(0).targets()).containsExactly("ci-late");
            assertThat(navigator.retries).isEmpty();
            assertThat(page.lateFailureProperty().get()).isEqualTo(failure);
        }
    }

    /** "Stop all my running instances": the demo user's running instances are ci-dana-ssh, ci-private, ci-for-dana. */
    @Nested
    class StopMyRunning {
        private final List<String> mine = List.of(DemoSeed.CI_RUNNING_SSH, DemoSeed.CI_NO_PUBLIC_IP,
                DemoSeed.CI_ASSIGNED_TO_ME);

        private MyRunningInstances myRunning() {
            return tab(ComputeTab.INSTANCES).myRunningInstances();
        }

        private List<String> targets() {
            return myRunning().targets().stream().map(ComputeRow::name).toList();
        }

        @Test
        void stopsEveryRunningInstanceOfMineAfterOneConfirmationAndLeavesOtherUsersRunning() {
            assertThat(targets()).containsExactlyInAnyOrderElementsOf(mine);
            assertThat(myRunning().canStopProperty().get()).isTrue();
            List<String> whileStopping = new ArrayList<>();
            onTransition = compute -> whileStopping.add(myRunning().canStopProperty().get() + " "
                    + myRunning().reasonProperty().get());

            myRunning().stopAll();

            assertThat(dialogs.asked).singleElement().satisfies(question -> {
                assertThat(question.header()).isEqualTo("Stop your 3 running compute instances?");
                assertThat(question.targets()).containsExactlyInAnyOrderElementsOf(mine);
                assertThat(question.consequence()).contains("Instances of other users keep running");
                assertThat(question.confirmLabel()).isEqualTo("Stop 3");
            });
            assertThat(whileStopping).hasSize(3).allMatch(s -> s.equals("false Stopping your running instances\u2026"));
            for (String name : mine) {
                assertThat(shown(name)).as(name).containsExactly("Stopping", "Stopped");
                assertThat(entry("Stopping compute instance " + name).outcome())
                        .isEqualTo(ActivityEntry.Outcome.SUCCEEDED);
            }
            for (String other : List.of(DemoSeed.CI_OTHER_USER, DemoSeed.CI_GPU)) {
                assertThat(text(ComputeColumn.STATE, other)).as(other).isEqualTo("Running");
                assertThat(shown(other)).as(other).isEmpty();
                assertThat(ComputeColumn.stateText(fx.connection().computes().get(fx.demoWorkspace(), other)))
                        .as(other + " in Azure").isEqualTo("Running");
            }
            assertThat(page.errorProperty().get()).isNull();
            assertThat(myRunning().canStopProperty().get()).isFalse();
            assertThat(myRunning().reasonProperty().get()).startsWith("None of your instances is running");
        }

        @Test
        void decliningStopsNothing() {
            dialogs.answer = false;

            myRunning().stopAll();

            assertThat(dialogs.asked).hasSize(1);
            assertThat(shown).isEmpty();
            assertThat(log.finished()).noneMatch(e -> e.title().startsWith("Stopping"));
            assertThat(myRunning().canStopProperty().get()).isTrue();
            assertThat(myRunning().stoppingProperty().get()).isFalse();
        }

        @Test
        void aFailedStopShowsArmsErrorOnTheBannerAndTheOthersStillStop() {
            fx.emulator().injectFault(Fault.operationFailure("POST", "/computes/" + DemoSeed.CI_NO_PUBLIC_IP
                    + "/stop$", 1, "VmAgentUnresponsive", "The VM agent did not answer the stop request."));

            myRunning().stopAll();

            assertThat(page.errorProperty().get()).isNotNull().satisfies(error -> {
                assertThat(error.what()).isEqualTo("Stopping compute instance " + DemoSeed.CI_NO_PUBLIC_IP + " failed");
                assertThat(error.code()).isEqualTo("VmAgentUnresponsive");
                assertThat(error.message()).isEqualTo("The VM agent did not answer the stop request.");
                assertThat(error.requestId()).isNotEmpty();
            });
            assertThat(text(ComputeColumn.STATE, DemoSeed.CI_NO_PUBLIC_IP)).isEqualTo("Running");
            assertThat(text(ComputeColumn.STATE, DemoSeed.CI_RUNNING_SSH)).isEqualTo("Stopped");
            assertThat(text(ComputeColumn.STATE, DemoSeed.CI_ASSIGNED_TO_ME)).isEqualTo("Stopped");
            // The stop has ended: the one still running can be stopped again.
            assertThat(targets()).containsExactly(DemoSeed.CI_NO_PUBLIC_IP);
            assertThat(myRunning().canStopProperty().get()).isTrue();
        }
    }

    @Nested
    class Clusters {
        @Test
        void listsClustersWithNodesTierAndAllocation() {
            assertThat(names(ComputeTab.CLUSTERS)).containsExactlyInAnyOrder(DemoSeed.CLUSTER_WITH_NODES,
                    DemoSeed.CLUSTER_IDLE);
            assertThat(text(ComputeColumn.STATE, DemoSeed.CLUSTER_WITH_NODES)).isEqualTo("Succeeded");
            assertThat(text(ComputeColumn.NODES, DemoSeed.CLUSTER_WITH_NODES)).isEqualTo("2/2 (2\u20134)");
            assertThat(text(ComputeColumn.TIER, DemoSeed.CLUSTER_WITH_NODES)).isEqualTo("Dedicated");
            assertThat(text(ComputeColumn.TIER, DemoSeed.CLUSTER_IDLE)).isEqualTo("Low priority");
            assertThat(text(ComputeColumn.ALLOCATION, DemoSeed.CLUSTER_WITH_NODES)).isEqualTo("Steady");
            assertThat(text(ComputeColumn.NODE_STATES, DemoSeed.CLUSTER_WITH_NODES)).isEqualTo("1 idle, 1 running");
            assertThat(text(ComputeColumn.NODES, DemoSeed.CLUSTER_IDLE)).isEqualTo("0/0 (0\u20132)");
        }

        @Test
        void theNodesFollowAResizeOfTheOpenCluster() {
            tab(ComputeTab.CLUSTERS).openDetails(row(DemoSeed.CLUSTER_WITH_NODES));
            assertThat(page.details().nodes()).hasSize(2);

            fx.connection().computes().updateScaleSettings(fx.demoWorkspace(), DemoSeed.CLUSTER_WITH_NODES,
                    new dev.computedesk.azure.model.ScaleSettings(4, 3, "PT120S"));
            page.refresh();
            assertThat(row(DemoSeed.CLUSTER_WITH_NODES).isTransitional()).isTrue();

            fx.tick(Duration.ofSeconds(5));
            scheduler.fire();
            assertThat(text(ComputeColumn.ALLOCATION, DemoSeed.CLUSTER_WITH_NODES)).isEqualTo("Resizing");
            assertThat(page.details().nodes()).hasSize(3)
                    .anySatisfy(node -> assertThat(node.nodeState()).isEqualTo("preparing"));

            settle(Duration.ofSeconds(10));

            assertThat(text(ComputeColumn.ALLOCATION, DemoSeed.CLUSTER_WITH_NODES)).isEqualTo("Steady");
            assertThat(text(ComputeColumn.NODES, DemoSeed.CLUSTER_WITH_NODES)).startsWith("3/3");
            assertThat(page.details().nodes()).hasSize(3);
            assertThat(page.details().attributes()).contains(new ComputeDetailsFormatter.Attribute(
                    "Nodes (current/target, min\u2013max)", "3/3 (3\u20134)"));
        }

        @Test
        void onlyDeleteIsOfferedAndItAsksThenRemovesTheCluster() {
            select(ComputeTab.CLUSTERS, DemoSeed.CLUSTER_IDLE);
            assertThat(tab(ComputeTab.CLUSTERS).allowedActionsProperty().get()).contains(ComputeAction.DELETE)
                    .doesNotContain(ComputeAction.START, ComputeAction.STOP, ComputeAction.DETACH);

            tab(ComputeTab.CLUSTERS).delete();

            assertThat(dialogs.asked).singleElement().satisfies(question -> {
                assertThat(question.consequence()).contains("removes the cluster and its nodes");
                assertThat(question.targets()).containsExactly(DemoSeed.CLUSTER_IDLE);
            });
            assertThat(shown(DemoSeed.CLUSTER_IDLE)).containsExactly("Deleting", "(removed)");
            assertThat(names(ComputeTab.CLUSTERS)).containsExactly(DemoSeed.CLUSTER_WITH_NODES);
        }

        @Test
        void theDetailsListTheNodesAndCopyTheClusterAsYamlWithoutSecrets() {
            tab(ComputeTab.CLUSTERS).openDetails(row(DemoSeed.CLUSTER_WITH_NODES));
            ComputeDetailsViewModel details = page.details();

            assertThat(details.openProperty().get()).isTrue();
            assertThat(details.clusterProperty().get()).isTrue();
            assertThat(details.nodes()).hasSize(2);
            assertThat(details.nodes()).allSatisfy(node -> {
                assertThat(node.nodeId()).isNotBlank();
                assertThat(node.privateIpAddress()).isNotBlank();
                assertThat(node.port()).isNotNull();
            });
            assertThat(details.nodeStates()).extracting(ComputeDetailsFormatter.NodeStateCount::count)
                    .containsExactly(1, 1, 0, 0, 0, 0);
            assertThat(details.attributes()).extracting(ComputeDetailsFormatter.Attribute::label)
                    .contains("Virtual machine size", "Tier", "Allocation state", "Resource ID");

            details.copyYaml();
            assertThat(clipboard).singleElement().asString()
                    .contains("type: amlcompute", "size: Standard_DS3_v2", "tier: dedicated", "min_instances: 2",
                            "max_instances: 4", "idle_time_before_scale_down: 120", "admin_username: azureuser")
                    .doesNotContain("Demo-Passw0rd!");

            details.copyResourceId();
            assertThat(clipboard.get(1)).isEqualTo(DemoSeed.computeId(DemoSeed.WORKSPACE, DemoSeed.CLUSTER_WITH_NODES));

            assertThat(details.canConnectProperty().get()).isFalse();
            details.selectedNodeProperty().set(details.nodes().get(0));
            details.connect();
            assertThat(navigator.sshTargets).singleElement().asString().startsWith(DemoSeed.CLUSTER_WITH_NODES + "/");
        }
    }

    @Nested
    class Kubernetes {
        @Test
        void listsKubernetesComputesAndDetachAsksThenRemovesTheRow() {
            assertThat(names(ComputeTab.KUBERNETES)).containsExactly(DemoSeed.ATTACHED_KUBERNETES);
            assertThat(text(ComputeColumn.NAMESPACE, DemoSeed.ATTACHED_KUBERNETES)).isEqualTo("azureml");
            assertThat(text(ComputeColumn.RESOURCE, DemoSeed.ATTACHED_KUBERNETES)).startsWith(DemoSeed.ARC_CLUSTER);
            assertThat(text(ComputeColumn.STATE, DemoSeed.ATTACHED_KUBERNETES)).isEqualTo("Succeeded");

            select(ComputeTab.KUBERNETES, DemoSeed.ATTACHED_KUBERNETES);
            assertThat(tab(ComputeTab.KUBERNETES).allowedActionsProperty().get()).containsExactly(ComputeAction.DETACH);
            tab(ComputeTab.KUBERNETES).detach();

            assertThat(dialogs.asked).singleElement().satisfies(question -> {
                assertThat(question.consequence()).contains("keeps the Kubernetes cluster");
                assertThat(question.confirmLabel()).isEqualTo("Detach");
            });
            assertThat(names(ComputeTab.KUBERNETES)).isEmpty();
            assertThat(tab(ComputeTab.KUBERNETES).emptyProperty().get()).isTrue();
        }

        @Test
        void newOpensTheKubernetesAttachForm() {
            tab(ComputeTab.KUBERNETES).createNew();
            assertThat(navigator.forms).containsExactly(ComputeFormKind.KUBERNETES);
        }
    }

    @Nested
    class Inference {
        @Test
        void listsAksClustersAndOffersDetachAndDeleteForOnesTheWorkspaceCreated() {
            assertThat(names(ComputeTab.INFERENCE_CLUSTERS)).containsExactly(DemoSeed.AKS_CLUSTER);
            assertThat(text(ComputeColumn.VM_SIZE, DemoSeed.AKS_CLUSTER)).isEqualTo("Standard_D3_v2");
            assertThat(text(ComputeColumn.NODES, DemoSeed.AKS_CLUSTER)).isEqualTo("3");
            assertThat(text(ComputeColumn.PURPOSE, DemoSeed.AKS_CLUSTER)).isEqualTo("Production");

            select(ComputeTab.INFERENCE_CLUSTERS, DemoSeed.AKS_CLUSTER);
            assertThat(tab(ComputeTab.INFERENCE_CLUSTERS).allowedActionsProperty().get())
                    .containsExactlyInAnyOrder(ComputeAction.DETACH, ComputeAction.DELETE);
            tab(ComputeTab.INFERENCE_CLUSTERS).delete();
            assertThat(dialogs.asked).singleElement().satisfies(question ->
                    assertThat(question.consequence()).contains("removes the AKS cluster from Azure", "Detach would keep it"));
        }

        @Test
        void newOpensTheAksForm() {
            tab(ComputeTab.INFERENCE_CLUSTERS).createNew();
            assertThat(navigator.forms).containsExactly(ComputeFormKind.INFERENCE_CLUSTER);
        }
    }

    @Nested
    class Attached {
        @Test
        void listsEveryAttachedTypeWithItsResource() {
            assertThat(names(ComputeTab.ATTACHED)).containsExactlyInAnyOrder(DemoSeed.ATTACHED_VM,
                    DemoSeed.ATTACHED_HDINSIGHT, DemoSeed.ATTACHED_DATABRICKS, DemoSeed.ATTACHED_DATA_LAKE_ANALYTICS,
                    DemoSeed.ATTACHED_SYNAPSE_SPARK, DemoSeed.ATTACHED_DATA_FACTORY);
            assertThat(text(ComputeColumn.TYPE, DemoSeed.ATTACHED_VM)).isEqualTo("Virtual machine");
            assertThat(text(ComputeColumn.TYPE, DemoSeed.ATTACHED_SYNAPSE_SPARK)).isEqualTo("Synapse Spark pool");
            assertThat(text(ComputeColumn.RESOURCE, DemoSeed.ATTACHED_VM)).startsWith(DemoSeed.VM);
        }

        @Test
        void detachIsTheOnlyActionAndItSaysTheVirtualMachineIsKept() {
            select(ComputeTab.ATTACHED, DemoSeed.ATTACHED_VM, DemoSeed.ATTACHED_HDINSIGHT);
            assertThat(tab(ComputeTab.ATTACHED).allowedActionsProperty().get()).containsExactly(ComputeAction.DETACH);
            select(ComputeTab.ATTACHED, DemoSeed.ATTACHED_VM);
            tab(ComputeTab.ATTACHED).detach();
            assertThat(dialogs.asked.get(0).consequence()).startsWith("Detach removes it from this workspace and keeps "
                    + "the virtual machine");
        }

        @Test
        void theDetailsOfAnAttachedVmCopyAsYamlWithoutItsPassword() {
            tab(ComputeTab.ATTACHED).openDetails(row(DemoSeed.ATTACHED_VM));
            page.details().copyYaml();
            assertThat(clipboard).singleElement().asString().contains("type: virtualmachine", "resource_id: ",
                    "admin_username: azureuser").doesNotContain("Vm-Passw0rd!");

            tab(ComputeTab.ATTACHED).openDetails(row(DemoSeed.ATTACHED_DATABRICKS));
            assertThat(page.details().yamlSupportedProperty().get()).isFalse();
        }

        @Test
        void theMenuOpensTheChosenAttachForm() {
            tab(ComputeTab.ATTACHED).createNew(ComputeFormKind.SYNAPSE_SPARK);
            assertThat(navigator.forms).containsExactly(ComputeFormKind.SYNAPSE_SPARK);
        }
    }

    @Test
    void switchingWorkspaceShowsTheOtherWorkspacesComputes() {
        page.show(fx.connection(), new dev.computedesk.azure.model.WorkspaceRef(DemoSeed.SUBSCRIPTION_ID,
                DemoSeed.RESOURCE_GROUP, DemoSeed.WORKSPACE_2, DemoSeed.LOCATION));
        assertThat(names(ComputeTab.CLUSTERS)).containsExactly("cpu-small");
        assertThat(tab(ComputeTab.INSTANCES).emptyProperty().get()).isTrue();
    }
}
