package dev.computedesk.ui.ssh;

import dev.computedesk.domain.ssh.SshProblem;
import dev.computedesk.domain.ssh.SshTarget;
import dev.computedesk.domain.text.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the SSH helper connects to and what that means for the window: the title, the line naming the compute (or
 * node), whether commands are offered, why not (or the caveat beside them), the assumed user or port, and whether
 * Start first or Refresh may help. Everything here follows from the {@link SshSubject} alone (docs/ssh.md, "Where to
 * connect"); the other sections follow it through {@link #whenChanged}.
 */
public final class SshSubjectSection {
    private final ObjectProperty<SshSubject> subject = new SimpleObjectProperty<>(this, "subject");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty subjectText = new SimpleStringProperty(this, "subjectText", "");
    private final BooleanProperty available = new SimpleBooleanProperty(this, "available");
    private final StringProperty unavailableMessage = new SimpleStringProperty(this, "unavailableMessage", "");
    private final BooleanProperty blocking = new SimpleBooleanProperty(this, "blocking");
    private final StringProperty userNote = new SimpleStringProperty(this, "userNote", "");
    private final BooleanProperty permanent = new SimpleBooleanProperty(this, "permanent");
    private final StringProperty permanentAdvice = new SimpleStringProperty(this, "permanentAdvice", "");
    private final BooleanProperty refreshOffered = new SimpleBooleanProperty(this, "refreshOffered");
    private final BooleanProperty startFirstVisible = new SimpleBooleanProperty(this, "startFirstVisible");
    private final List<Runnable> followers = new ArrayList<>();

    /** @param initial the compute (and node) to connect to, as last read */
    public SshSubjectSection(SshSubject initial) {
        subject.set(Objects.requireNonNull(initial));
        describe(initial);
        subject.addListener((obs, old, now) -> changed());
    }

    /** The subject now. */
    SshSubject get() {
        return subject.get();
    }

    /** Replaces the subject (a fresh read of the compute); the texts and every follower update. */
    void set(SshSubject now) {
        subject.set(Objects.requireNonNull(now));
    }

    /** Runs {@code follower} after the texts are updated, each time the subject changes or {@link #recompute} runs. */
    void whenChanged(Runnable follower) {
        followers.add(Objects.requireNonNull(follower));
    }

    /** Describes the same subject again, e.g. to take back a message {@link #announce} put in place of its own. */
    void recompute() {
        changed();
    }

    /** Replaces the notice for a while ("Starting ci-a…"), until the subject changes or {@link #recompute} runs. */
    void announce(String message) {
        unavailableMessage.set(message);
    }

    private void changed() {
        describe(subject.get());
        followers.forEach(Runnable::run);
    }

    private void describe(SshSubject now) {
        boolean node = now.isNode();
        title.set(Messages.get("ssh.code.subject.title", node ? now.node().nodeId() : now.computeName()));
        String kind = node ? Messages.get("ssh.code.subject.node", now.node().nodeId(), now.computeName())
                : Messages.get("ssh.code.subject.instance", now.computeName());
        subjectText.set(kind + " \u00b7 " + Messages.get("ssh.code.subject.workspace", now.workspace().name())
                + (now.stateText().isEmpty() ? "" : " \u00b7 " + now.stateText()));
        Optional<SshTarget> target = now.target();
        available.set(target.isPresent());
        blocking.set(target.isEmpty());
        unavailableMessage.set(now.availability().label().map(text -> text + ".").orElse(""));
        startFirstVisible.set(now.startable());
        boolean notEnabled = now.availability().notices().stream()
                .anyMatch(notice -> notice.problem() == SshProblem.SSH_NOT_ENABLED);
        permanent.set(notEnabled);
        String advice = "";
        if (notEnabled && now.isNode()) {
            advice = Messages.get("ssh.code.advice.cluster");
        } else if (notEnabled && now.isInstance()) {
            advice = Messages.get("ssh.code.advice.instance", now.computeName());
        }
        permanentAdvice.set(advice);
        refreshOffered.set(target.isEmpty() && !notEnabled);
        List<String> assumptions = new ArrayList<>();
        target.filter(SshTarget::userAssumed).ifPresent(t -> assumptions.add(Messages.get(node
                ? "ssh.code.assumed.clusterUser" : "ssh.code.assumed.instanceUser", t.user())));
        // With the private IP the port is sshd's own 22 by rule, not an assumption.
        target.filter(t -> !now.portReported() && !t.privateIpOnly()).ifPresent(t -> assumptions.add(
                Messages.get(node ? "ssh.code.assumed.nodePort" : "ssh.code.assumed.instancePort",
                        String.valueOf(t.port()))));
        userNote.set(String.join(" ", assumptions));
    }

    /** The compute (and node) as last read. */
    public ReadOnlyObjectProperty<SshSubject> subjectProperty() {
        return subject;
    }

    /** "Connect to ci-a". */
    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    /** "Compute instance ci-a · workspace ws · Running", or the node's equivalent. */
    public ReadOnlyStringProperty subjectTextProperty() {
        return subjectText;
    }

    /** True when commands are offered. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available;
    }

    /** Why SSH cannot work (or works only from inside the virtual network), and what to do; "" when nothing. */
    public ReadOnlyStringProperty unavailableMessageProperty() {
        return unavailableMessage;
    }

    /** True when the message means no command is offered; false when it is a caveat beside the commands. */
    public ReadOnlyBooleanProperty blockingProperty() {
        return blocking;
    }

    /** Says when the user name or the port is assumed rather than reported; "" otherwise. */
    public ReadOnlyStringProperty userNoteProperty() {
        return userNote;
    }

    /** True when SSH can never work for this compute (not enabled at creation): the window shows only why. */
    public ReadOnlyBooleanProperty permanentProperty() {
        return permanent;
    }

    /** What the user can do instead when SSH can never work; "" otherwise. */
    public ReadOnlyStringProperty permanentAdviceProperty() {
        return permanentAdvice;
    }

    /** True when reading the compute again may help (no address yet, not running, node state). */
    public ReadOnlyBooleanProperty refreshOfferedProperty() {
        return refreshOffered;
    }

    /** True when the instance is stopped and Start first is offered. */
    public ReadOnlyBooleanProperty startFirstVisibleProperty() {
        return startFirstVisible;
    }
}
