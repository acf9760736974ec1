package dev.computedesk.domain.compute;

import dev.computedesk.domain.text.Messages;
import dev.computedesk.domain.validation.TextRule;
import dev.computedesk.domain.validation.ValidationResult;
import dev.computedesk.domain.validation.WholeNumbers;
import java.util.OptionalLong;

/** A TCP port typed into a form (SSH port of an attached VM, custom application ports): 1–65535. */
public final class PortRule implements TextRule {

    /** The rule instance. */
    public static final PortRule INSTANCE = new PortRule();

    private PortRule() {
    }

    @Override
    public ValidationResult validate(String text) {
        OptionalLong port = WholeNumbers.parse(text);
        if (port.isEmpty()) {
            return ValidationResult.error(WholeNumbers.notAWholeNumber());
        }
        return validate(port.getAsLong());
    }

    /** Checks a parsed port number. */
    public static ValidationResult validate(long port) {
        return port < 1 || port > 65535 ? ValidationResult.error(Messages.get("domain.port.outOfRange")) : ValidationResult.ok();
    }
}
