package dev.computedesk.ui.ssh;

import dev.computedesk.domain.compute.ComputeInstanceState;
import dev.computedesk.domain.ssh.SshTarget;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import dev.computedesk.ui.ssh.ReachabilityProbe.Outcome;
import dev.computedesk.ui.ssh.ReachabilityProbe.Reachability;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Test connection alone: what it probes, and how each outcome is said. No network: the probe is scripted. */
class SshConnectionTestSectionTest {
    private final OperationLog operations = new OperationLog();
    private final List<String> probed = new ArrayList<>();

    private SshConnectionTestSection section(String host, ReachabilityProbe probe) {
        SshSubjectSection subject = SshTestSupport.subject(SshTestSupport.instanceAt("ci-a", host, 50000,
                ComputeInstanceState.RUNNING));
        return new SshConnectionTestSection(subject, TrackingTaskExecutor.synchronous(operations), (h, port, timeout) -> {
            probed.add(h + ":" + port + " within " + timeout.toMillis() + " ms");
            return probe.probe(h, port, timeout);
        }, Duration.ofMillis(1500));
    }

    @Test
    void probesTheTargetsHostAndPortWithTheTimeoutAndSaysWhatToCheck() {
        SshConnectionTestSection test = section("20.1.2.3",
                (host, port, timeout) -> new Reachability(Outcome.TIMED_OUT, timeout, ""));
        assertThat(test.canTestProperty().get()).isTrue();

        test.testConnection();

        assertThat(probed).containsExactly("20.1.2.3:50000 within 1500 ms");
        assertThat(test.testOutcomeProperty().get()).isEqualTo(Outcome.TIMED_OUT);
        assertThat(test.testResultProperty().get()).isEqualTo("Timed out: no answer from 20.1.2.3:50000 within "
                + "1500 ms. A firewall, network security group or proxy may block the port.");
        assertThat(test.testingProperty().get()).isFalse();
        assertThat(operations.finished().get(0).title()).isEqualTo("Testing the SSH connection to ci-a");
    }

    @Test
    void aPrivateAddressIsSaidToBeReachableOnlyFromInsideTheNetwork() {
        // No public IP: the target is the private 10.0.0.4 on port 22.
        SshConnectionTestSection test = section(null,
                (host, port, timeout) -> new Reachability(Outcome.UNREACHABLE, Duration.ofMillis(3), "No route to host"));

        test.testConnection();

        assertThat(probed).containsExactly("10.0.0.4:22 within 1500 ms");
        assertThat(test.testResultProperty().get()).isEqualTo("Unreachable: 10.0.0.4:22 (No route to host). This is a "
                + "private IP, reachable only from inside the virtual network (or over a VPN into it).");
    }

    @Test
    void aProbeThatFailsIsReportedAsUnreachableWithItsMessage() {
        SshConnectionTestSection test = section("20.1.2.3", (host, port, timeout) -> {
            throw new IllegalStateException("resolver down");
        });

        test.testConnection();

        assertThat(test.testOutcomeProperty().get()).isEqualTo(Outcome.UNREACHABLE);
        assertThat(test.testResultProperty().get()).isEqualTo("The check failed: resolver down");
        assertThat(test.canTestProperty().get()).isTrue();
    }

    @Test
    void nothingIsProbedWhenThereIsNoTarget() {
        SshSubjectSection stopped = SshTestSupport.subject(SshTestSupport.instanceAt("ci-a", "20.1.2.3", 50000,
                ComputeInstanceState.STOPPED));
        SshConnectionTestSection test = new SshConnectionTestSection(stopped,
                TrackingTaskExecutor.synchronous(operations), (host, port, timeout) -> {
                    throw new AssertionError("probed " + host);
                }, Duration.ofSeconds(1));
        assertThat(test.canTestProperty().get()).isFalse();

        test.testConnection();

        assertThat(test.testResultProperty().get()).isEmpty();
        assertThat(operations.finished()).isEmpty();
    }

    @Test
    void wholeSecondsAreSaidInSeconds() {
        SshTarget target = SshTarget.of("azureuser", "20.1.2.3", 22);
        assertThat(SshConnectionTestSection.describe(new Reachability(Outcome.TIMED_OUT, Duration.ofSeconds(5), ""),
                target, Duration.ofSeconds(5))).contains("within 5 s.");
        assertThat(SshConnectionTestSection.describe(new Reachability(Outcome.REACHABLE, Duration.ofMillis(42), ""),
                target, Duration.ofSeconds(5))).isEqualTo("Reachable: 20.1.2.3:22 accepted a connection (42 ms).");
    }
}
