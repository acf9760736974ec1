package dev.computedesk.domain.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One format per locale, in the user's zone, whatever offset and precision ARM sent. */
class TimeFormatTest {
    private static final OffsetDateTime RECORDED = OffsetDateTime.parse("2024-07-24T08:42:28.3934092+00:00");

    @Test
    void aTimeIsShownInTheUsersZone() {
        assertThat(new TimeFormat(ZoneId.of("Asia/Seoul"), Locale.US).dateTime(RECORDED)).isEqualTo("Jul 24, 2024, 5:42 PM");
        assertThat(new TimeFormat(ZoneId.of("America/Los_Angeles"), Locale.US).dateTime(RECORDED))
                .isEqualTo("Jul 24, 2024, 1:42 AM");
    }

    @Test
    void theSameInstantWithAnotherOffsetReadsTheSame() {
        TimeFormat seoul = new TimeFormat(ZoneId.of("Asia/Seoul"), Locale.US);
        assertThat(seoul.dateTime(OffsetDateTime.parse("2024-07-24T16:42:28.3934092+08:00")))
                .isEqualTo(seoul.dateTime(RECORDED));
    }

    @Test
    void theLocaleDecidesTheFormat() {
        TimeFormat korean = new TimeFormat(ZoneId.of("Asia/Seoul"), Locale.KOREA);
        assertThat(korean.dateTime(RECORDED)).contains("2024").contains("7").contains("24").contains("5:42")
                .isNotEqualTo(new TimeFormat(ZoneId.of("Asia/Seoul"), Locale.US).dateTime(RECORDED));
        assertThat(korean.day(DayOfWeek.MONDAY)).isEqualTo("월");
        assertThat(new TimeFormat(ZoneId.of("UTC"), Locale.UK).time(LocalTime.of(18, 0))).isEqualTo("18:00");
        assertThat(new TimeFormat(ZoneId.of("UTC"), Locale.US).time(LocalTime.of(18, 0))).isEqualTo("6:00 PM");
    }

    @Test
    void anAbsentTimeIsADashNeverNull() {
        assertThat(new TimeFormat(ZoneId.of("UTC"), Locale.US).dateTime(null)).isEqualTo("\u2014");
        assertThat(new TimeFormat(ZoneId.of("UTC"), Locale.US).date(null)).isEqualTo("\u2014");
    }

    @Test
    void theDayIsTheUsersDay() {
        OffsetDateTime early = OffsetDateTime.parse("2024-07-24T03:00:00Z");
        assertThat(new TimeFormat(ZoneId.of("Asia/Seoul"), Locale.US).date(early)).isEqualTo("Jul 24, 2024");
        assertThat(new TimeFormat(ZoneId.of("America/Los_Angeles"), Locale.US).date(early)).isEqualTo("Jul 23, 2024");
    }

    @Test
    void logTimesCarrySecondsInTheUsersZone() {
        assertThat(new TimeFormat(ZoneId.of("Asia/Seoul"), Locale.US).clockTime(RECORDED.toInstant())).isEqualTo("5:42:28 PM");
        assertThat(new TimeFormat(ZoneId.of("Asia/Seoul"), Locale.UK).clockTime(RECORDED.toInstant())).isEqualTo("17:42:28");
    }
}
