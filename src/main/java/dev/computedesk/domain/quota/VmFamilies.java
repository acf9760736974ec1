package dev.computedesk.domain.quota;

import java.util.Locale;

/**
 * Maps a VM size's {@code family} ({@code standardDSv2Family}) to the names the usages API uses
 * ("Standard DSv2 Family", "Standard DSv2 Family Cluster Dedicated vCPUs").
 */
public final class VmFamilies {

    private VmFamilies() {
    }

    /**
     * The family's display name: the leading lower-case word capitalised, then the series, then
     * "Family": {@code standardDSv2Family} → "Standard DSv2 Family", {@code basicAFamily} →
     * "Basic A Family". A name already in display form is returned as is.
     */
    public static String displayName(String vmFamily) {
        String family = vmFamily.strip();
        if (family.contains(" ")) {
            return family;
        }
        String body = family.toLowerCase(Locale.ROOT).endsWith("family")
                ? family.substring(0, family.length() - "family".length())
                : family;
        int seriesStart = 0;
        while (seriesStart < body.length() && Character.isLowerCase(body.charAt(seriesStart))) {
            seriesStart++;
        }
        String prefix = body.substring(0, seriesStart);
        String series = body.substring(seriesStart);
        StringBuilder name = new StringBuilder();
        if (!prefix.isEmpty()) {
            name.append(Character.toUpperCase(prefix.charAt(0))).append(prefix.substring(1)).append(' ');
        }
        if (!series.isEmpty()) {
            name.append(series).append(' ');
        }
        return name.append("Family").toString();
    }

    /**
     * The usage row name of a family and tier: ("standardDSv2Family", DEDICATED) → "Standard
     * DSv2 Family Cluster Dedicated vCPUs".
     */
    public static String usageName(String vmFamily, VmPriority priority) {
        return displayName(vmFamily) + " Cluster " + priority.armValue() + " vCPUs";
    }

    /** A key that compares usage names written with spaces or underscores, in any case. */
    static String key(String name) {
        return name.strip().replace('_', ' ').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
