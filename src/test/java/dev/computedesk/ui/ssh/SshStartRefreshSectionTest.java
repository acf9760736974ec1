package dev.computedesk.ui.ssh;

import dev.computedesk.azure.ComputeClient;
import dev.computedesk.domain.compute.ComputeInstanceState;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.OperationFollower;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Start first and Refresh alone, against the emulator: a fresh read replaces the subject; a failure offers Retry. */
class SshStartRefreshSectionTest {
    private static EmulatorFixture fixture;
    private static WorkspaceRef workspace;
    private static ComputeClient computes;

    private final OperationLog operations = new OperationLog();

    @BeforeAll
    static void startEmulator() {
        fixture = EmulatorFixture.start();
        workspace = fixture.demoWorkspace();
        computes = fixture.connection().computes();
    }

    @AfterAll
    static void stopEmulator() {
        fixture.close();
    }

    private SshStartRefreshSection section(SshSubjectSection subject) {
        TrackingTaskExecutor executor = TrackingTaskExecutor.synchronous(operations);
        return new SshStartRefreshSection(subject, executor, computes,
                new OperationFollower(executor, new ComputeEvents()));
    }

    @Test
    void aRefreshReplacesTheSubjectAndItsTextsFollow() {
        SshSubjectSection subject = new SshSubjectSection(SshSubject.of(workspace,
                SshTestSupport.instanceAt(DemoSeed.CI_RUNNING_SSH, null, 50000, ComputeInstanceState.STOPPED), null));
        SshStartRefreshSection refresh = section(subject);

        refresh.refresh();

        assertThat(subject.availableProperty().get()).isTrue();
        assertThat(subject.subjectTextProperty().get()).endsWith("\u00b7 Running");
        assertThat(refresh.errorProperty().get()).isNull();
        assertThat(refresh.refreshingProperty().get()).isFalse();
        assertThat(operations.finished().get(0).title()).isEqualTo("Reading compute " + DemoSeed.CI_RUNNING_SSH);
    }

    @Test
    void aFailedRefreshShowsTheErrorAndRetryReadsAgain() {
        SshSubjectSection subject = new SshSubjectSection(SshSubject.of(workspace,
                SshTestSupport.instanceAt("ci-never-created", null, 50000, ComputeInstanceState.STOPPED), null));
        SshStartRefreshSection refresh = section(subject);

        refresh.refresh();

        assertThat(refresh.errorProperty().get()).isNotNull();
        assertThat(refresh.errorProperty().get().what()).isEqualTo("Reading compute ci-never-created failed");
        assertThat(subject.unavailableMessageProperty().get())
                .isEqualTo("The compute instance is Stopped. Start it first, then connect.");

        refresh.retry();

        assertThat(refresh.errorProperty().get().what()).isEqualTo("Reading compute ci-never-created failed");
        assertThat(operations.finished()).extracting(entry -> entry.title())
                .containsExactly("Reading compute ci-never-created", "Reading compute ci-never-created");
    }

    @Test
    void startFirstIsNotSentForARunningInstance() {
        SshSubjectSection subject = new SshSubjectSection(SshSubject.of(workspace,
                computes.get(workspace, DemoSeed.CI_RUNNING_SSH), null));
        SshStartRefreshSection start = section(subject);
        assertThat(start.canStartFirstProperty().get()).isFalse();

        start.startFirst();

        assertThat(start.startingProperty().get()).isFalse();
        assertThat(operations.finished()).isEmpty();
        assertThat(operations.running()).isEmpty();
    }
}
