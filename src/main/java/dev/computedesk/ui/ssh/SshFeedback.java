package dev.computedesk.ui.ssh;

import dev.computedesk.domain.text.Messages;
import dev.computedesk.ui.common.ClipboardService;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Objects;

/**
 * The SSH helper's footer line: what the last copy or link did, or a background step that failed quietly (reading
 * the settings, remembering a key path). Every section that copies or reports goes through it, so the line always
 * says what happened last. Copies only when the user asked, and only non-empty text.
 */
public final class SshFeedback {
    private final ClipboardService clipboard;
    private final StringProperty feedback = new SimpleStringProperty(this, "feedback", "");

    /** @param clipboard where the copy buttons put their text */
    public SshFeedback(ClipboardService clipboard) {
        this.clipboard = Objects.requireNonNull(clipboard);
    }

    /** What the last copy or link did ("Copied the ssh command."), or the last quiet failure; "" when nothing. */
    public ReadOnlyStringProperty feedbackProperty() {
        return feedback;
    }

    /** Puts {@code text} on the clipboard and says so ("Copied the {@code what}."); nothing when the text is empty. */
    void copy(String text, String what) {
        if (text == null || text.isEmpty()) {
            return;
        }
        clipboard.putText(text);
        feedback.set(Messages.get("ssh.code.copied", what));
    }

    /** Shows {@code text} in the footer ("" clears it). */
    void say(String text) {
        feedback.set(text);
    }

    /** A failure's message for the user, or its type when it has none. */
    static String messageOf(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }
}
