package dev.computedesk.domain.compute;

import dev.computedesk.domain.text.Messages;
import dev.computedesk.domain.validation.ValidationResult;

/** Start/stop schedules of a compute instance: at most four, as Studio and the service allow. */
public final class ScheduleRule {

    /** Most schedules one compute instance can have. */
    public static final int MAX_SCHEDULES = 4;

    private ScheduleRule() {
    }

    /** Checks the number of schedules on the form. */
    public static ValidationResult validateCount(int schedules) {
        return schedules > MAX_SCHEDULES ? ValidationResult.error(Messages.get("domain.schedule.tooMany", MAX_SCHEDULES)) : ValidationResult.ok();
    }

    /** Whether "Add schedule" is enabled when the form has {@code schedules} already. */
    public static boolean canAdd(int schedules) {
        return schedules < MAX_SCHEDULES;
    }
}
