package dev.computedesk.domain.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Windows time-zone names (as ARM writes them in schedules) map to the zones java.time knows. */
class WindowsTimeZonesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Pacific Standard Time|America/Los_Angeles",
            "Korea Standard Time|Asia/Seoul",
            "W. Europe Standard Time|Europe/Berlin",
            "India Standard Time|Asia/Calcutta",
            "AUS Eastern Standard Time|Australia/Sydney",
            "UTC|Etc/UTC",
            "UTC-11|Etc/GMT+11",
            "Pacific Standard Time (Mexico)|America/Tijuana",
            "  pacific standard TIME |America/Los_Angeles",
            "Asia/Seoul|Asia/Seoul",
            "Europe/London|Europe/London"})
    void windowsNamesAndIanaIds(String name, String zone) {
        assertThat(WindowsTimeZones.zoneOf(name)).contains(ZoneId.of(zone));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mars Standard Time", "Pacific", "", "   "})
    void unknownNamesAreEmptyNotAnError(String name) {
        assertThat(WindowsTimeZones.zoneOf(name)).isEmpty();
    }

    @Test
    void nullIsEmpty() {
        assertThat(WindowsTimeZones.zoneOf(null)).isEmpty();
    }

    @Test
    void everyNameOfTheCldrTableMapsToAZoneThisJdkKnows() {
        assertThat(WindowsTimeZones.table()).hasSizeGreaterThan(130)
                .allSatisfy((name, zone) -> assertThat(zone.getRules()).isNotNull());
    }
}
