/**
 * The shared shape of form validation: {@link dev.computedesk.domain.validation.ValidationResult}
 * (valid, or one message for the label under the field), {@link dev.computedesk.domain.validation.TextRule}
 * for rules over one field's text, and {@link dev.computedesk.domain.validation.WholeNumbers} for
 * number fields.
 */
package dev.computedesk.domain.validation;
