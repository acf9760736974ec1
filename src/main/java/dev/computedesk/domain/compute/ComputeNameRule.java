package dev.computedesk.domain.compute;

import dev.computedesk.domain.text.Messages;
import dev.computedesk.domain.validation.TextRule;
import dev.computedesk.domain.validation.ValidationResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The compute-name rule of the create and attach forms (Studio's rule, docs/decisions.md "Names").
 *
 * <p>It is stricter than the service's pattern ({@link #SERVICE_PATTERN}): besides 3–24
 * characters, a leading letter and only letters, digits and '-', it refuses a trailing '-' and a
 * '-' directly followed by a digit. So every name the form accepts, the service accepts
 * (property-tested). Each failure has its own message; {@link #validate(String)} returns the
 * first one in the order a user would fix them.
 *
 * <p>Use {@link #COMPUTE} for instances, clusters and attached computes, and
 * {@link #INFERENCE_CLUSTER} for AKS inference clusters, whose names are at most 16 characters.
 */
public final class ComputeNameRule implements TextRule {

    /**
     * The service's own name pattern (API 2026-07-01, {@code computeName}): 3–24 characters, a
     * leading letter, letters/digits/'-', and not ending in '-' followed by digits only.
     */
    public static final String SERVICE_PATTERN =
            "^[a-zA-Z](?![a-zA-Z0-9-]*-\\d+$)[a-zA-Z0-9\\-]{2,23}$";

    /** {@link #SERVICE_PATTERN} compiled. */
    public static final Pattern SERVICE_REGEX = Pattern.compile(SERVICE_PATTERN);

    /** Shortest name. */
    public static final int MIN_LENGTH = 3;
    /** Longest name of an instance, cluster or attached compute. */
    public static final int MAX_LENGTH = 24;
    /** Longest name of an AKS inference cluster. */
    public static final int MAX_LENGTH_INFERENCE_CLUSTER = 16;

    /** Rule for compute instances, compute clusters, Kubernetes and attached computes. */
    public static final ComputeNameRule COMPUTE = new ComputeNameRule(MAX_LENGTH);
    /** Rule for AKS inference clusters (created or attached): at most 16 characters. */
    public static final ComputeNameRule INFERENCE_CLUSTER = new ComputeNameRule(MAX_LENGTH_INFERENCE_CLUSTER);


    private final int maxLength;

    private ComputeNameRule(int maxLength) {
        this.maxLength = maxLength;
    }

    /** The longest name this rule accepts. */
    public int maxLength() {
        return maxLength;
    }

    /** The first failure of {@code name}, or ok. */
    @Override
    public ValidationResult validate(String name) {
        List<String> failures = failures(name);
        return failures.isEmpty() ? ValidationResult.ok() : ValidationResult.error(failures.get(0));
    }

    /**
     * Every failure of {@code name}, in display order (empty when valid). A form shows only the
     * first; the list exists for tests and for tooltips that explain all at once.
     */
    public List<String> failures(String name) {
        List<String> failures = new ArrayList<>();
        String text = name == null ? "" : name;
        if (text.isEmpty()) {
            failures.add(Messages.get("domain.computeName.required"));
            return failures;
        }
        if (!isAsciiLetter(text.charAt(0))) {
            failures.add(Messages.get("domain.computeName.startWithLetter"));
        }
        String invalid = invalidCharacters(text);
        if (!invalid.isEmpty()) {
            failures.add(Messages.get("domain.computeName.invalidCharacters", invalid));
        }
        if (text.length() < MIN_LENGTH) {
            failures.add(Messages.get("domain.computeName.tooShort", MIN_LENGTH));
        }
        if (text.length() > maxLength) {
            failures.add(Messages.get("domain.computeName.tooLong", maxLength, text.length()));
        }
        if (text.endsWith("-")) {
            failures.add(Messages.get("domain.computeName.hyphenAtEnd"));
        }
        if (hasHyphenBeforeDigit(text)) {
            failures.add(Messages.get("domain.computeName.hyphenBeforeDigit"));
        }
        return failures;
    }

    /**
     * The message when {@code name} is already used by a compute of this workspace (compared
     * case-insensitively, as the service does), or ok. Creating never silently updates.
     */
    public static ValidationResult notInUse(String name, Collection<String> namesInWorkspace) {
        if (name == null || name.isEmpty()) {
            return ValidationResult.ok();
        }
        String wanted = name.toLowerCase(Locale.ROOT);
        for (String existing : namesInWorkspace) {
            if (existing != null && existing.toLowerCase(Locale.ROOT).equals(wanted)) {
                return ValidationResult.error(Messages.get("domain.computeName.taken", existing));
            }
        }
        return ValidationResult.ok();
    }

    /** True when the service's own pattern accepts {@code name}. */
    public static boolean serviceAccepts(String name) {
        return name != null && SERVICE_REGEX.matcher(name).matches();
    }

    /** The distinct disallowed characters, each quoted, e.g. {@code '_', ' '}. */
    private static String invalidCharacters(String text) {
        StringBuilder found = new StringBuilder();
        List<Integer> seen = new ArrayList<>();
        text.codePoints().forEach(cp -> {
            boolean allowed = cp < 128 && (isAsciiLetter((char) cp) || isAsciiDigit((char) cp) || cp == '-');
            if (!allowed && !seen.contains(cp)) {
                seen.add(cp);
                if (found.length() > 0) {
                    found.append(", ");
                }
                found.append('\'').appendCodePoint(cp).append('\'');
            }
        });
        return found.toString();
    }

    private static boolean hasHyphenBeforeDigit(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            if (text.charAt(i) == '-' && isAsciiDigit(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
