package dev.computedesk.domain.compute;

import dev.computedesk.domain.text.Messages;
import dev.computedesk.domain.validation.ValidationResult;
import dev.computedesk.domain.validation.WholeNumbers;

import java.util.Collection;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The rules of a compute instance's custom application (Studio's "Add application"), as Microsoft's own clients
 * check them before sending (azure-ai-ml {@code _custom_applications.py} and {@code constants/_compute.py}; sources in
 * docs/arm.md "Custom applications, SSO and root access at create"):
 * <ul>
 *   <li>a target and a published port are each strictly between 1025 and 65535 (the service itself only takes an
 *       int32, so every port accepted here is accepted there);</li>
 *   <li>application names and published ports are unique across the instance's applications;</li>
 *   <li>an application has a name, a Docker image and at least one endpoint.</li>
 * </ul>
 * Environment variable names and bind-mount paths follow Docker's: a variable name of letters, digits and {@code _}
 * not starting with a digit, and absolute paths.
 */
public final class CustomApplicationRule {
    /** The lowest port azure-ai-ml accepts ({@code PORT_MIN_VALUE} is 1025, compared with {@code <}). */
    public static final int LOWEST_PORT = 1026;
    /** The highest port azure-ai-ml accepts ({@code PORT_MAX_VALUE} is 65535, compared with {@code <}). */
    public static final int HIGHEST_PORT = 65534;
    /** Published ports a private-link workspace allows (Microsoft's "private link ports" note). */
    public static final String PRIVATE_LINK_PORTS = "8704\u20138993";

    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private CustomApplicationRule() {
    }

    /** The application's name: required, and not the name of another application of the instance. */
    public static ValidationResult name(String text, Collection<String> otherNames) {
        String name = text == null ? "" : text.strip();
        if (name.isEmpty()) {
            return ValidationResult.error(Messages.get("domain.customApp.nameRequired"));
        }
        if (name.chars().anyMatch(Character::isWhitespace)) {
            return ValidationResult.error(Messages.get("domain.customApp.nameSpaces"));
        }
        boolean taken = otherNames.stream().anyMatch(other -> other.strip().toLowerCase(Locale.ROOT)
                .equals(name.toLowerCase(Locale.ROOT)));
        return taken ? ValidationResult.error(Messages.get("domain.customApp.nameTaken", name))
                : ValidationResult.ok();
    }

    /** The Docker image reference: required, without spaces. */
    public static ValidationResult image(String text) {
        String image = text == null ? "" : text.strip();
        if (image.isEmpty()) {
            return ValidationResult.error(Messages.get("domain.customApp.imageRequired"));
        }
        return image.chars().anyMatch(Character::isWhitespace)
                ? ValidationResult.error(Messages.get("domain.customApp.imageSpaces")) : ValidationResult.ok();
    }

    /** What a port outside {@link #LOWEST_PORT}–{@link #HIGHEST_PORT} reads. */
    static String portRange() {
        return Messages.get("domain.customApp.portRange", String.valueOf(LOWEST_PORT), String.valueOf(HIGHEST_PORT));
    }

    /** A target or published port. */
    public static ValidationResult port(String text) {
        OptionalLong port = WholeNumbers.parse(text);
        if (port.isEmpty()) {
            return ValidationResult.error(WholeNumbers.notAWholeNumber());
        }
        return port.getAsLong() < LOWEST_PORT || port.getAsLong() > HIGHEST_PORT
                ? ValidationResult.error(portRange()) : ValidationResult.ok();
    }

    /** A published port: a port, and not published by another endpoint of the instance. */
    public static ValidationResult publishedPort(String text, Collection<Integer> publishedElsewhere) {
        ValidationResult port = port(text);
        if (!port.isValid()) {
            return port;
        }
        long value = WholeNumbers.parse(text).getAsLong();
        return publishedElsewhere.stream().anyMatch(other -> other == value)
                ? ValidationResult.error(Messages.get("domain.customApp.portTaken", String.valueOf(value)))
                : ValidationResult.ok();
    }

    /** An environment variable's name, not already set for the application. */
    public static ValidationResult variableName(String text, Collection<String> existing) {
        String name = text == null ? "" : text.strip();
        if (name.isEmpty()) {
            return ValidationResult.error(Messages.get("domain.customApp.variableRequired"));
        }
        if (!VARIABLE.matcher(name).matches()) {
            return ValidationResult.error(Messages.get("domain.customApp.variableName"));
        }
        return existing.contains(name) ? ValidationResult.error(Messages.get("domain.customApp.variableTaken", name)) : ValidationResult.ok();
    }

    /** A bind mount's host or container path: absolute. */
    public static ValidationResult mountPath(String text, String which) {
        String path = text == null ? "" : text.strip();
        if (path.isEmpty()) {
            return ValidationResult.error(Messages.get("domain.customApp.pathRequired", which));
        }
        return path.startsWith("/") ? ValidationResult.ok()
                : ValidationResult.error(Messages.get("domain.customApp.pathAbsolute", which));
    }

    /** The number of endpoints: at least one (azure-ai-ml's {@code endpoints} is required). */
    public static ValidationResult endpointCount(int count) {
        return count == 0 ? ValidationResult.error(Messages.get("domain.customApp.noEndpoint"))
                : ValidationResult.ok();
    }
}
