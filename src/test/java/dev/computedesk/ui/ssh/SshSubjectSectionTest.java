package dev.computedesk.ui.ssh;

import dev.computedesk.domain.compute.ComputeInstanceState;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The subject section alone: what a compute's state means for the window, and how the other sections follow it. */
class SshSubjectSectionTest {

    @Test
    void aRunningInstanceOffersCommandsWithNothingToSay() {
        SshSubjectSection subject = SshTestSupport.subject(SshTestSupport.instanceAt("ci-a", "20.1.2.3", 50000,
                ComputeInstanceState.RUNNING));

        assertThat(subject.titleProperty().get()).isEqualTo("Connect to ci-a");
        assertThat(subject.subjectTextProperty().get()).isEqualTo("Compute instance ci-a \u00b7 workspace ws-demo "
                + "\u00b7 Running");
        assertThat(subject.availableProperty().get()).isTrue();
        assertThat(subject.blockingProperty().get()).isFalse();
        assertThat(subject.unavailableMessageProperty().get()).isEmpty();
        assertThat(subject.startFirstVisibleProperty().get()).isFalse();
        assertThat(subject.refreshOfferedProperty().get()).isFalse();
        assertThat(subject.permanentProperty().get()).isFalse();
    }

    @Test
    void aStoppedInstanceOffersStartFirstAndRefreshAndBlocksTheCommands() {
        SshSubjectSection subject = SshTestSupport.subject(SshTestSupport.instanceAt("ci-a", "20.1.2.3", 50000,
                ComputeInstanceState.STOPPED));

        assertThat(subject.availableProperty().get()).isFalse();
        assertThat(subject.blockingProperty().get()).isTrue();
        assertThat(subject.unavailableMessageProperty().get())
                .isEqualTo("The compute instance is Stopped. Start it first, then connect.");
        assertThat(subject.startFirstVisibleProperty().get()).isTrue();
        assertThat(subject.refreshOfferedProperty().get()).isTrue();
        assertThat(subject.permanentAdviceProperty().get()).isEmpty();
    }

    @Test
    void anAnnouncementLastsUntilTheSubjectIsDescribedAgain() {
        SshSubjectSection subject = SshTestSupport.subject(SshTestSupport.instanceAt("ci-a", "20.1.2.3", 50000,
                ComputeInstanceState.STOPPED));

        subject.announce("Starting ci-a\u2026 The commands appear once it is Running.");
        assertThat(subject.unavailableMessageProperty().get()).startsWith("Starting ci-a");

        subject.recompute();
        assertThat(subject.unavailableMessageProperty().get())
                .isEqualTo("The compute instance is Stopped. Start it first, then connect.");
    }

    @Test
    void followersRunAfterTheTextsOnEveryChangeAndEveryRecompute() {
        SshSubjectSection subject = SshTestSupport.subject(SshTestSupport.instanceAt("ci-a", "20.1.2.3", 50000,
                ComputeInstanceState.STOPPED));
        List<String> seen = new ArrayList<>();
        subject.whenChanged(() -> seen.add(subject.availableProperty().get() + " " + subject.titleProperty().get()));

        subject.set(SshSubject.of(SshTestSupport.WORKSPACE, SshTestSupport.instanceAt("ci-a", "20.1.2.3", 50000,
                ComputeInstanceState.RUNNING), null));
        subject.recompute();

        assertThat(seen).containsExactly("true Connect to ci-a", "true Connect to ci-a");
        assertThat(subject.subjectProperty().get().stateText()).isEqualTo("Running");
    }
}
