package dev.computedesk.domain.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The zone behind a time-zone name as ARM writes it. Compute-instance schedules carry Windows names ("Pacific
 * Standard Time"), which {@code java.time} does not know; they are mapped with CLDR's windowsZones table (the
 * "golden" zone of each Windows name, shipped as {@code /tz/windows-zones.tsv} with its Unicode notice). IANA ids
 * ("Asia/Seoul") and "UTC" are taken as they are.
 */
public final class WindowsTimeZones {

    private static final String RESOURCE = "/tz/windows-zones.tsv";
    private static final Map<String, ZoneId> BY_WINDOWS_NAME = load();

    private WindowsTimeZones() {
    }

    /**
     * The zone {@code name} stands for, matched without regard to case or surrounding spaces; empty for a blank
     * name or one neither table knows.
     */
    public static Optional<ZoneId> zoneOf(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String trimmed = name.strip();
        ZoneId mapped = BY_WINDOWS_NAME.get(trimmed.toLowerCase(Locale.ROOT));
        if (mapped != null) {
            return Optional.of(mapped);
        }
        try {
            return Optional.of(ZoneId.of(trimmed));
        } catch (DateTimeException notAZoneId) {
            return Optional.empty();
        }
    }

    /** Every Windows name the table maps, lower-cased, with its zone (for tests and pickers). */
    public static Map<String, ZoneId> table() {
        return BY_WINDOWS_NAME;
    }

    private static Map<String, ZoneId> load() {
        InputStream in = WindowsTimeZones.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + RESOURCE);
        }
        Map<String, ZoneId> map = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalStateException("Unreadable line in " + RESOURCE + ": " + line);
                }
                map.put(line.substring(0, tab).strip().toLowerCase(Locale.ROOT), ZoneId.of(line.substring(tab + 1).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(map);
    }
}
