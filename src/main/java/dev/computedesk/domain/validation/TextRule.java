package dev.computedesk.domain.validation;

/**
 * A rule over the text of one form field, so a view-model can treat every field alike:
 * {@code messageProperty.bind(textProperty → rule.validate(text).message())}.
 */
@FunctionalInterface
public interface TextRule {

    /**
     * Validates what the user typed.
     *
     * @param text the field's text; {@code null} is treated like the empty string
     */
    ValidationResult validate(String text);
}
