package dev.computedesk.domain.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed ARM resource id:
 * {@code /subscriptions/{subscriptionId}/resourceGroups/{resourceGroup}/providers/{provider}/{type}/{name}[/{type}/{name}…]}.
 *
 * <p>{@code types} and {@code names} run in parallel: for a Synapse Spark pool they are
 * {@code [workspaces, bigDataPools]} and {@code [ws1, pool1]}.
 *
 * @param subscriptionId the subscription segment, as written
 * @param resourceGroup  the resource group segment, as written
 * @param provider       the resource provider namespace, e.g. {@code Microsoft.Compute}
 * @param types          the type segments, outermost first (at least one)
 * @param names          the name segments, same length as {@code types}
 */
public record ResourceId(String subscriptionId, String resourceGroup, String provider,
                         List<String> types, List<String> names) {

    /** Validates and copies the lists. */
    public ResourceId {
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(resourceGroup, "resourceGroup");
        Objects.requireNonNull(provider, "provider");
        types = List.copyOf(types);
        names = List.copyOf(names);
        if (types.isEmpty() || types.size() != names.size()) {
            throw new IllegalArgumentException("A resource id needs one name per type: " + types + " " + names);
        }
    }

    /**
     * Parses {@code text}; empty when it is not a well-formed resource id of a resource inside a
     * resource group. Keywords ({@code subscriptions}, {@code resourceGroups}, {@code providers})
     * are matched ignoring case, as ARM does; a trailing '/' is tolerated.
     */
    public static Optional<ResourceId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (!trimmed.startsWith("/")) {
            return Optional.empty();
        }
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        // "/" alone (the first key typed into an id field) is left empty by the line above.
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        String[] segments = trimmed.substring(1).split("/", -1);
        // subscriptions/{s}/resourceGroups/{g}/providers/{ns}/{type}/{name} = 8 segments, then pairs.
        if (segments.length < 8 || segments.length % 2 != 0) {
            return Optional.empty();
        }
        for (String segment : segments) {
            if (segment.isBlank() || !segment.equals(segment.strip())) {
                return Optional.empty();
            }
        }
        if (!segments[0].equalsIgnoreCase("subscriptions")
                || !segments[2].equalsIgnoreCase("resourceGroups")
                || !segments[4].equalsIgnoreCase("providers")) {
            return Optional.empty();
        }
        List<String> types = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 6; i < segments.length; i += 2) {
            types.add(segments[i]);
            names.add(segments[i + 1]);
        }
        return Optional.of(new ResourceId(segments[1], segments[3], segments[5], types, names));
    }

    /** The resource's own name (the last name segment). */
    public String name() {
        return names.get(names.size() - 1);
    }

    /** The full resource type, e.g. {@code Microsoft.Synapse/workspaces/bigDataPools}. */
    public String resourceType() {
        return provider + "/" + String.join("/", types);
    }

    /** The id in canonical form (keywords as ARM writes them). */
    public String toArmId() {
        StringBuilder id = new StringBuilder("/subscriptions/").append(subscriptionId)
                .append("/resourceGroups/").append(resourceGroup)
                .append("/providers/").append(provider);
        for (int i = 0; i < types.size(); i++) {
            id.append('/').append(types.get(i)).append('/').append(names.get(i));
        }
        return id.toString();
    }

    @Override
    public String toString() {
        return toArmId();
    }
}
