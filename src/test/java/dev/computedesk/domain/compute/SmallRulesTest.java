package dev.computedesk.domain.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Idle shutdown, schedule count and port rules. */
class SmallRulesTest {

    @Test
    void idleShutdownBetweenFifteenMinutesAndThreeDays() {
        assertThat(IdleShutdownRule.validateMinutes("15").isValid()).isTrue();
        assertThat(IdleShutdownRule.validateMinutes("4320").isValid()).isTrue();
        assertThat(IdleShutdownRule.validateMinutes("14").message()).isEqualTo("Idle shutdown must be at least 15 minutes");
        assertThat(IdleShutdownRule.validateMinutes("4321").message())
                .isEqualTo("Idle shutdown must be at most 3 days (4320 minutes)");
        assertThat(IdleShutdownRule.validateMinutes("half an hour").message()).isEqualTo("Enter a whole number");
    }

    @Test
    void idleShutdownIso() {
        assertThat(IdleShutdownRule.toIso(60)).isEqualTo("PT60M");
        assertThat(IdleShutdownRule.toIso(30)).isEqualTo("PT30M");
        assertThat(IdleShutdownRule.fromIso("PT60M")).isEqualTo(OptionalLong.of(60));
        assertThat(IdleShutdownRule.fromIso("PT1H30M")).isEqualTo(OptionalLong.of(90));
        assertThat(IdleShutdownRule.fromIso("P3D")).isEqualTo(OptionalLong.of(4320));
        assertThat(IdleShutdownRule.fromIso("PT-5M")).isEmpty();
        assertThat(IdleShutdownRule.fromIso("")).isEmpty();
    }

    @Test
    void atMostFourSchedules() {
        assertThat(ScheduleRule.validateCount(4).isValid()).isTrue();
        assertThat(ScheduleRule.validateCount(5).message()).isEqualTo("A compute instance can have at most 4 schedules");
        assertThat(ScheduleRule.canAdd(3)).isTrue();
        assertThat(ScheduleRule.canAdd(4)).isFalse();
    }

    @Test
    void ports() {
        assertThat(PortRule.INSTANCE.validate("22").isValid()).isTrue();
        assertThat(PortRule.INSTANCE.validate("65535").isValid()).isTrue();
        assertThat(PortRule.INSTANCE.validate("0").message()).isEqualTo("Enter a port between 1 and 65535");
        assertThat(PortRule.INSTANCE.validate("65536").message()).isEqualTo("Enter a port between 1 and 65535");
        assertThat(PortRule.INSTANCE.validate("ssh").message()).isEqualTo("Enter a whole number");
    }
}
