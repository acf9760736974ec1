package dev.computedesk.azure.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.computedesk.domain.compute.ComputeSchedule;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a compute instance's {@code schedules} ({@code {"computeStartStop": [...]}}) into the domain's
 * {@link ComputeSchedule}s. Real ARM writes {@code "cron": null} beside a Recurrence trigger and the reverse, and
 * the case of values varies ("week"/"Week", "monday"/"Monday"): nothing is assumed beyond the shape.
 */
public final class StartStopSchedules {

    private StartStopSchedules() {
    }

    /** The schedules, in ARM's order; empty when there are none or the node has another shape. */
    public static List<ComputeSchedule> of(JsonNode schedules) {
        JsonNode list = schedules == null ? null : schedules.path("computeStartStop");
        List<ComputeSchedule> result = new ArrayList<>();
        if (list == null || !list.isArray()) {
            return result;
        }
        for (JsonNode s : list) {
            String trigger = text(s.path("triggerType"));
            if (trigger == null) {
                // Older bodies name the trigger only by which object is present.
                trigger = s.path("cron").isObject() ? "Cron" : s.path("recurrence").isObject() ? "Recurrence" : null;
            }
            JsonNode cron = s.path("cron");
            JsonNode recurrence = s.path("recurrence");
            JsonNode at = recurrence.path("schedule");
            String zone = "cron".equalsIgnoreCase(trigger) ? text(cron.path("timeZone")) : text(recurrence.path("timeZone"));
            result.add(new ComputeSchedule(text(s.path("action")), text(s.path("status")), trigger,
                    text(cron.path("expression")), text(recurrence.path("frequency")),
                    recurrence.path("interval").isNumber() ? recurrence.path("interval").asInt() : null,
                    ints(at.path("hours")), ints(at.path("minutes")), texts(at.path("weekDays")), zone));
        }
        return result;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() || node.asText().isBlank() ? null : node.asText();
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> values = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(v -> values.add(v.isNumber() || v.asText().matches("\\d+") ? v.asInt() : -1));
        }
        return values;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(v -> values.add(v.asText()));
        }
        return values;
    }
}
