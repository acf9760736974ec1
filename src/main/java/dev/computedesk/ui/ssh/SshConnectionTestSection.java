package dev.computedesk.ui.ssh;

import dev.computedesk.domain.ssh.SshTarget;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.ui.common.BackgroundTask;
import dev.computedesk.ui.common.TaskExecutor;
import dev.computedesk.ui.common.TaskHandle;
import dev.computedesk.ui.ssh.ReachabilityProbe.Outcome;
import dev.computedesk.ui.ssh.ReachabilityProbe.Reachability;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The SSH helper's Test connection: whether the host's SSH port accepts a TCP connection within a timeout (no key is
 * used, nothing is sent), said in words with what to check next.
 */
public final class SshConnectionTestSection {
    private final SshSubjectSection subject;
    private final TaskExecutor executor;
    private final ReachabilityProbe probe;
    private final Duration timeout;

    private final BooleanProperty testing = new SimpleBooleanProperty(this, "testing");
    private final StringProperty testResult = new SimpleStringProperty(this, "testResult", "");
    private final ObjectProperty<Outcome> testOutcome = new SimpleObjectProperty<>(this, "testOutcome");
    private final BooleanBinding canTest;
    private TaskHandle testHandle;

    /**
     * @param subject  the host and port to test
     * @param executor runs the check in the background
     * @param probe    the TCP check
     * @param timeout  how long the check waits for an answer
     */
    public SshConnectionTestSection(SshSubjectSection subject, TaskExecutor executor, ReachabilityProbe probe,
                                    Duration timeout) {
        this.subject = Objects.requireNonNull(subject);
        this.executor = Objects.requireNonNull(executor);
        this.probe = Objects.requireNonNull(probe);
        this.timeout = Objects.requireNonNull(timeout);
        canTest = subject.availableProperty().and(testing.not());
    }

    /** Checks whether the host's SSH port accepts a TCP connection, within the timeout. */
    public void testConnection() {
        Optional<SshTarget> target = subject.get().target();
        if (target.isEmpty() || testing.get()) {
            return;
        }
        SshTarget t = target.get();
        String targetName = subject.get().targetName();
        testing.set(true);
        testOutcome.set(null);
        testResult.set(Messages.get("ssh.code.test.connecting", t.host() + ":" + t.port()));
        testHandle = executor.submit(BackgroundTask.titled(Messages.get("ssh.code.task.test", targetName), targetName,
                        token -> probe.probe(t.host(), t.port(), timeout))
                .onSuccess(result -> {
                    testOutcome.set(result.outcome());
                    testResult.set(describe(result, t, timeout));
                })
                .onFailure(failure -> {
                    testOutcome.set(Outcome.UNREACHABLE);
                    testResult.set(Messages.get("ssh.code.test.failed", SshFeedback.messageOf(failure)));
                })
                .onCancelled(() -> testResult.set(Messages.get("ssh.code.test.cancelled")))
                .whenDone(() -> testing.set(false)));
    }

    /** Stops a running connection test (the window closes). */
    public void cancelTest() {
        if (testHandle != null) {
            testHandle.cancel();
        }
    }

    static String describe(Reachability result, SshTarget target, Duration timeout) {
        String address = target.host() + ":" + target.port();
        String inside = target.privateIpOnly() ? " " + Messages.get("ssh.code.test.privateIp") : "";
        switch (result.outcome()) {
            case REACHABLE:
                return Messages.get("ssh.code.test.reachable", address, result.elapsed().toMillis());
            case REFUSED:
                return Messages.get("ssh.code.test.refused", address) + inside;
            case TIMED_OUT:
                return Messages.get("ssh.code.test.timedOut", address, seconds(timeout)) + inside;
            default:
                return Messages.get("ssh.code.test.unreachable", address, result.detail()) + inside;
        }
    }

    private static String seconds(Duration timeout) {
        long millis = timeout.toMillis();
        return millis % 1000 == 0 ? Messages.get("ssh.code.seconds", millis / 1000)
                : Messages.get("common.code.milliseconds", millis);
    }

    /** True while a test runs. */
    public ReadOnlyBooleanProperty testingProperty() {
        return testing;
    }

    /** True when commands are offered and no test runs. */
    public BooleanBinding canTestProperty() {
        return canTest;
    }

    /** The last connection test's result in words; "" before one ran. */
    public ReadOnlyStringProperty testResultProperty() {
        return testResult;
    }

    /** The last connection test's outcome; null before one ended. */
    public ReadOnlyObjectProperty<Outcome> testOutcomeProperty() {
        return testOutcome;
    }
}
