package dev.computedesk.ui.compute.create;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.computedesk.domain.compute.ComputeSchedule;
import dev.computedesk.domain.compute.ScheduleDescriber;
import dev.computedesk.domain.time.TimeFormat;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A start or stop schedule of a compute instance, as ARM's Cron trigger sends it.
 *
 * @param action   {@code Start} or {@code Stop}
 * @param hour     0–23
 * @param minute   0–59
 * @param timeZone a Windows time-zone id ("Pacific Standard Time"), as the service takes
 * @param days     the days it runs on
 */
public record Schedule(String action, int hour, int minute, String timeZone, Set<DayOfWeek> days) {

    /** Copies the days. */
    public Schedule {
        days = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
    }

    /** The cron expression: {@code minute hour * * days} with Sunday as 0. */
    public String cronExpression() {
        return minute + " " + hour + " * * " + days.stream().sorted()
                .map(day -> Integer.toString(day.getValue() % 7)).collect(Collectors.joining(","));
    }

    /** ARM's {@code ComputeStartStopSchedule} for a create. */
    ObjectNode toArm() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("status", "Enabled");
        node.put("action", action);
        node.put("triggerType", "Cron");
        ObjectNode cron = node.putObject("cron");
        cron.put("timeZone", timeZone);
        cron.put("expression", cronExpression());
        return node;
    }

    /** Reads a cron expression written by {@link #cronExpression()}; null when it has another shape. */
    static Schedule fromCron(String action, String timeZone, String expression) {
        String[] parts = expression == null ? new String[0] : expression.strip().split("\\s+");
        if (parts.length != 5) {
            return null;
        }
        try {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            if (parts[4].equals("*")) {
                days = EnumSet.allOf(DayOfWeek.class);
            } else {
                for (String day : parts[4].split(",")) {
                    int value = Integer.parseInt(day);
                    days.add(DayOfWeek.of(value == 0 ? 7 : value));
                }
            }
            return new Schedule(action, Integer.parseInt(parts[1]), Integer.parseInt(parts[0]),
                    timeZone == null ? "UTC" : timeZone, days);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /** "Stop at 6:00 PM, Mon, Tue, Pacific Standard Time": the words the details use, through the one describer. */
    @Override
    public String toString() {
        return new ScheduleDescriber(TimeFormat.system())
                .describe(ComputeSchedule.cron(action, "Enabled", cronExpression(), timeZone));
    }
}
