package dev.computedesk.ui.common.form;

import dev.computedesk.domain.text.Messages;
import dev.computedesk.domain.validation.ValidationResult;

import java.util.regex.Pattern;

/**
 * Small field rules the domain does not have (yet): GUIDs for "assign to another user", required text, and
 * clock times of schedules. Each with a message per failure.
 */
public final class FormRules {
    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");
    private static final Pattern CIDR = Pattern.compile("(\\d{1,3}\\.){3}\\d{1,3}/\\d{1,2}");
    private static final Pattern IP = Pattern.compile("(\\d{1,3}\\.){3}\\d{1,3}");
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z][a-z0-9-]{0,61}[a-z0-9]");

    private FormRules() {
    }

    /** A GUID ("the user's object ID"). */
    public static ValidationResult guid(String text, String what) {
        if (text.isBlank()) {
            return ValidationResult.error(Messages.get("common.code.rule.enterThe", what));
        }
        return GUID.matcher(text.strip()).matches() ? ValidationResult.ok()
                : ValidationResult.error(Messages.get("common.code.rule.guid", what));
    }

    /** Any non-blank text. */
    public static ValidationResult required(String text, String what) {
        return text.isBlank() ? ValidationResult.error(Messages.get("common.code.rule.enter", what)) : ValidationResult.ok();
    }

    /** A clock time HH:mm. */
    public static ValidationResult time(String text) {
        return TIME.matcher(text.strip()).matches() ? ValidationResult.ok()
                : ValidationResult.error(Messages.get("common.code.rule.time"));
    }

    /** An IPv4 address range. */
    public static ValidationResult cidr(String text, String what) {
        return CIDR.matcher(text.strip()).matches() ? ValidationResult.ok()
                : ValidationResult.error(Messages.get("common.code.rule.cidr", what));
    }

    /** An IPv4 address. */
    public static ValidationResult ip(String text, String what) {
        return IP.matcher(text.strip()).matches() ? ValidationResult.ok()
                : ValidationResult.error(Messages.get("common.code.rule.ip", what));
    }

    /** A DNS label (the AKS SSL leaf domain). */
    public static ValidationResult leafDomainLabel(String text) {
        return DNS_LABEL.matcher(text.strip()).matches() ? ValidationResult.ok()
                : ValidationResult.error(Messages.get("common.code.rule.leafDomain"));
    }

    /** The hour of a valid {@link #time} text. */
    public static int hour(String time) {
        return Integer.parseInt(time.strip().split(":")[0]);
    }

    /** The minute of a valid {@link #time} text. */
    public static int minute(String time) {
        return Integer.parseInt(time.strip().split(":")[1]);
    }
}
