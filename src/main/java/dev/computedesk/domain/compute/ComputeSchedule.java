package dev.computedesk.domain.compute;

import java.util.List;

/**
 * A start or stop schedule of a compute instance ({@code schedules.computeStartStop[]}), as ARM sends it: a Cron
 * trigger (expression) or a Recurrence trigger (frequency, interval, hours, minutes, week days), each with a
 * time-zone name, usually a Windows one ("Pacific Standard Time"). Values are kept as sent (any case); absent ones
 * are null or empty.
 *
 * @param action     {@code Start} or {@code Stop} (any case)
 * @param status     {@code Enabled} or {@code Disabled}; null means enabled
 * @param triggerType {@code Cron} or {@code Recurrence} (any case)
 * @param cronExpression the five-field expression of a Cron trigger
 * @param frequency  {@code Minute}, {@code Hour}, {@code Day}, {@code Week} or {@code Month} of a Recurrence
 * @param interval   how many frequencies between runs (null: 1)
 * @param hours      hours of the day of a Recurrence
 * @param minutes    minutes of the hour of a Recurrence
 * @param weekDays   day names of a weekly Recurrence ("Monday", any case)
 * @param timeZone   the trigger's time-zone name
 */
public record ComputeSchedule(String action, String status, String triggerType, String cronExpression,
                              String frequency, Integer interval, List<Integer> hours, List<Integer> minutes,
                              List<String> weekDays, String timeZone) {

    /** Copies the lists (absent ones become empty). */
    public ComputeSchedule {
        hours = hours == null ? List.of() : List.copyOf(hours);
        minutes = minutes == null ? List.of() : List.copyOf(minutes);
        weekDays = weekDays == null ? List.of() : List.copyOf(weekDays);
    }

    /** A Cron-triggered schedule. */
    public static ComputeSchedule cron(String action, String status, String expression, String timeZone) {
        return new ComputeSchedule(action, status, "Cron", expression, null, null, null, null, null, timeZone);
    }

    /** A Recurrence-triggered schedule. */
    public static ComputeSchedule recurrence(String action, String status, String frequency, Integer interval,
                                             List<Integer> hours, List<Integer> minutes, List<String> weekDays,
                                             String timeZone) {
        return new ComputeSchedule(action, status, "Recurrence", null, frequency, interval, hours, minutes, weekDays,
                timeZone);
    }

    /** True unless the status says Disabled. */
    public boolean enabled() {
        return status == null || !status.equalsIgnoreCase("Disabled");
    }
}
