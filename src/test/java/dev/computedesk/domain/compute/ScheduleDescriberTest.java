package dev.computedesk.domain.compute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.computedesk.domain.time.TimeFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Schedules in words, with the raw cron only where words cannot say it. */
class ScheduleDescriberTest {
    /** Wednesday 2024-07-24 09:00 UTC: 02:00 in Los Angeles, 18:00 in Seoul. */
    private static final Instant NOW = Instant.parse("2024-07-24T09:00:00Z");
    private final ScheduleDescriber seoul = new ScheduleDescriber(new TimeFormat(ZoneId.of("Asia/Seoul"), Locale.US));

    private String say(ComputeSchedule schedule) {
        return seoul.describe(schedule, NOW);
    }

    @Test
    void weekdaysCronInAWindowsZone() {
        assertThat(say(ComputeSchedule.cron("Stop", "Enabled", "0 18 * * 1,2,3,4,5", "Pacific Standard Time")))
                .isEqualTo("Stop at 6:00 PM, Mon\u2013Fri, Pacific Standard Time \u00b7 next Jul 25, 2024, 10:00 AM");
        assertThat(say(ComputeSchedule.cron("stop", null, "0 18 * * MON-FRI", "Pacific Standard Time")))
                .startsWith("Stop at 6:00 PM, Mon\u2013Fri, Pacific Standard Time");
    }

    @Test
    void recurrenceAsTheCliRecordedIt() {
        assertThat(say(ComputeSchedule.recurrence("start", "Enabled", "week", 1, List.of(0), List.of(15),
                List.of("monday", "tuesday"), "Pacific Standard Time")))
                .isEqualTo("Start at 12:15 AM, Mon, Tue, Pacific Standard Time \u00b7 next Jul 29, 2024, 4:15 PM");
        assertThat(say(ComputeSchedule.recurrence("Stop", "Enabled", "Day", 1, List.of(20), List.of(0), null, "Korea Standard Time")))
                .isEqualTo("Stop at 8:00 PM, every day, Korea Standard Time \u00b7 next Jul 24, 2024, 8:00 PM");
    }

    @Test
    void whatWordsCannotSayIsShownRawWithItsZone() {
        assertThat(say(ComputeSchedule.cron("Stop", "Enabled", "*/15 9-17 1 * *", "UTC")))
                .isEqualTo("Stop on cron schedule \u201c*/15 9-17 1 * *\u201d, UTC");
        assertThat(say(ComputeSchedule.recurrence("Start", "Enabled", "Month", 1, List.of(8), List.of(0), null, "UTC")))
                .isEqualTo("Start on a recurrence (Month), UTC");
    }

    @Test
    void anUnknownZoneIsNamedAndNoNextRunIsGuessed() {
        assertThat(say(ComputeSchedule.cron("Stop", "Enabled", "30 7 * * *", "Mars Standard Time")))
                .isEqualTo("Stop at 7:30 AM, every day, Mars Standard Time (time zone not recognised)");
    }

    @Test
    void aDisabledScheduleSaysSoAndHasNoNextRun() {
        assertThat(say(ComputeSchedule.cron("Start", "Disabled", "0 8 * * 1-5", "UTC")))
                .isEqualTo("Start at 8:00 AM, Mon\u2013Fri, UTC (disabled)");
    }

    @Test
    void theNextRunCrossesADaylightSavingChange() {
        // 2024-03-10 is the US spring-forward day: 18:00 PDT is 01:00 UTC the next day, 10:00 in Seoul.
        assertThat(seoul.describe(ComputeSchedule.cron("Stop", "Enabled", "0 18 * * *", "Pacific Standard Time"),
                Instant.parse("2024-03-10T12:00:00Z"))).endsWith("next Mar 11, 2024, 10:00 AM");
        // A week earlier, 18:00 PST is 02:00 UTC: 11:00 in Seoul.
        assertThat(seoul.describe(ComputeSchedule.cron("Stop", "Enabled", "0 18 * * *", "Pacific Standard Time"),
                Instant.parse("2024-03-03T12:00:00Z"))).endsWith("next Mar 4, 2024, 11:00 AM");
    }

    @Test
    void weekendsAndNonConsecutiveDays() {
        assertThat(say(ComputeSchedule.cron("Start", "Enabled", "0 9 * * 0,6", "UTC"))).startsWith("Start at 9:00 AM, Sat, Sun, UTC");
        assertThat(say(ComputeSchedule.cron("Start", "Enabled", "0 9 * * 1,3,5", "UTC"))).startsWith("Start at 9:00 AM, Mon, Wed, Fri, UTC");
    }

    @Test
    void withoutAMomentTheNextRunIsLeftOut() {
        assertThat(seoul.describe(ComputeSchedule.cron("Stop", "Enabled", "0 18 * * 1,2", "Pacific Standard Time")))
                .isEqualTo("Stop at 6:00 PM, Mon, Tue, Pacific Standard Time");
    }
}
