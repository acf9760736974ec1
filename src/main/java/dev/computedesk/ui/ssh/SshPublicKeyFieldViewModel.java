package dev.computedesk.ui.ssh;

import dev.computedesk.domain.ssh.SshPublicKeys;
import dev.computedesk.domain.validation.ValidationResult;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A pasted SSH public key, validated as the user types (for the create forms' "Use existing public key"): the two
 * formats docs/decisions.md accepts, OpenSSH {@code ssh-rsa AAAA… [comment]} and RFC 4716 ({@code ---- BEGIN SSH2 PUBLIC KEY
 * ----}, as PuTTYgen writes), RSA of at least 2048 bits, with one message per failure from
 * {@link SshPublicKeys}. What a form sends is {@link #openSshLine()}: RFC 4716 input normalised to the OpenSSH line.
 */
public final class SshPublicKeyFieldViewModel {
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final BooleanProperty touched = new SimpleBooleanProperty(this, "touched");
    private final ReadOnlyObjectWrapper<SshPublicKeys.Result> parsed = new ReadOnlyObjectWrapper<>(this, "parsed");
    private final BooleanBinding valid;
    private final StringBinding message;
    private final StringBinding openSshLine;

    public SshPublicKeyFieldViewModel() {
        parsed.bind(Bindings.createObjectBinding(() -> SshPublicKeys.parse(text.get()), text));
        valid = Bindings.createBooleanBinding(() -> parsed.get().validation().isValid(), parsed);
        message = Bindings.createStringBinding(() -> touched.get() ? messageOf(parsed.get().validation()) : "",
                parsed, touched);
        openSshLine = Bindings.createStringBinding(() -> parsed.get().openSshLine().orElse(""), parsed);
        text.addListener((obs, old, now) -> touched.set(true));
    }

    private static String messageOf(ValidationResult validation) {
        return validation.isValid() ? "" : validation.message();
    }

    /** The field's text as typed or pasted. */
    public StringProperty textProperty() {
        return text;
    }

    /** True once the user typed into the field or left it; the message shows only then. */
    public BooleanProperty touchedProperty() {
        return touched;
    }

    /** The view calls this when the field loses focus. */
    public void markTouched() {
        touched.set(true);
    }

    /** The parse result (key and validation). */
    public ReadOnlyObjectProperty<SshPublicKeys.Result> parsedProperty() {
        return parsed.getReadOnlyProperty();
    }

    /** True when the text is one accepted RSA public key. */
    public BooleanBinding validProperty() {
        return valid;
    }

    /** The message under the field: "" while valid or untouched. */
    public StringBinding messageProperty() {
        return message;
    }

    /** The OpenSSH line to send as {@code adminPublicKey}; "" while invalid. */
    public StringBinding openSshLineProperty() {
        return openSshLine;
    }

    /** The OpenSSH line to send, "" while invalid. */
    public String openSshLine() {
        return openSshLine.get();
    }
}
