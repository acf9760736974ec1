package dev.computedesk.azure.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A compute instance's {@code schedules.compute_start_stop} (azure-ai-ml's {@code ComputeSchedulesSchema}: values
 * in lower case) ↔ ARM's {@code schedules.computeStartStop} (values capitalised: "Stop", "Cron", "Week", "Monday").
 */
final class Schedules {
    private Schedules() {
    }

    static YamlOut write(JsonNode schedules) {
        JsonNode list = schedules == null ? null : schedules.path("computeStartStop");
        if (list == null || !list.isArray() || list.isEmpty()) {
            return null;
        }
        List<YamlOut> items = new ArrayList<>();
        for (JsonNode s : list) {
            YamlOut trigger = new YamlOut();
            if ("Recurrence".equalsIgnoreCase(s.path("triggerType").asText(""))) {
                JsonNode r = s.path("recurrence");
                trigger.text("type", "recurrence").text("frequency", lower(InstanceMapping.text(r.path("frequency"))));
                if (r.path("interval").canConvertToInt()) {
                    trigger.number("interval", r.path("interval").asInt());
                }
                trigger.text("start_time", InstanceMapping.text(r.path("startTime")))
                        .text("time_zone", InstanceMapping.text(r.path("timeZone")));
                JsonNode when = r.path("schedule");
                if (when.isObject()) {
                    trigger.object("schedule", new YamlOut().numbers("hours", ints(when.path("hours")))
                            .numbers("minutes", ints(when.path("minutes")))
                            .texts("week_days", lowers(when.path("weekDays")))
                            .numbers("month_days", ints(when.path("monthDays"))));
                }
            } else {
                JsonNode cron = s.path("cron");
                trigger.text("type", "cron").text("start_time", InstanceMapping.text(cron.path("startTime")))
                        .text("time_zone", InstanceMapping.text(cron.path("timeZone")))
                        .text("expression", InstanceMapping.text(cron.path("expression")));
            }
            items.add(new YamlOut().text("action", lower(InstanceMapping.text(s.path("action"))))
                    .object("trigger", trigger).text("state", lower(InstanceMapping.text(s.path("status")))));
        }
        return new YamlOut().list("compute_start_stop", items);
    }

    static JsonNode read(YamlFields in) {
        if (in == null) {
            return null;
        }
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (YamlFields item : in.list("compute_start_stop")) {
            ObjectNode arm = JsonNodeFactory.instance.objectNode();
            String state = item.text("state");
            arm.put("status", state == null ? "Enabled" : capital(state));
            String action = item.text("action");
            if (action != null) {
                arm.put("action", capital(action));
            }
            item.setByAzure("schedule_id", "provisioning_state");
            YamlFields trigger = item.object("trigger");
            if (trigger != null) {
                String type = trigger.text("type");
                if ("recurrence".equalsIgnoreCase(type)) {
                    arm.put("triggerType", "Recurrence");
                    ObjectNode r = arm.putObject("recurrence");
                    putText(r, "frequency", capital(trigger.text("frequency")));
                    Integer interval = trigger.integer("interval");
                    if (interval != null) {
                        r.put("interval", interval);
                    }
                    putText(r, "startTime", trigger.text("start_time"));
                    putText(r, "timeZone", trigger.text("time_zone"));
                    YamlFields when = trigger.object("schedule");
                    if (when != null) {
                        ObjectNode schedule = r.putObject("schedule");
                        putInts(schedule, "hours", when, "hours");
                        putInts(schedule, "minutes", when, "minutes");
                        List<String> days = when.texts("week_days");
                        if (!days.isEmpty()) {
                            ArrayNode array = schedule.putArray("weekDays");
                            days.forEach(day -> array.add(capital(day)));
                        }
                        putInts(schedule, "monthDays", when, "month_days");
                    }
                } else {
                    if (type != null && !"cron".equalsIgnoreCase(type)) {
                        trigger.problem("trigger.type: '" + type + "' is neither cron nor recurrence; read as cron");
                    }
                    arm.put("triggerType", "Cron");
                    ObjectNode cron = arm.putObject("cron");
                    putText(cron, "startTime", trigger.text("start_time"));
                    putText(cron, "timeZone", trigger.text("time_zone"));
                    putText(cron, "expression", trigger.text("expression"));
                }
            }
            list.add(arm);
        }
        if (list.isEmpty()) {
            return null;
        }
        ObjectNode schedules = JsonNodeFactory.instance.objectNode();
        schedules.set("computeStartStop", list);
        return schedules;
    }

    private static void putText(ObjectNode node, String key, String value) {
        if (value != null) {
            node.put(key, value);
        }
    }

    private static void putInts(ObjectNode node, String armKey, YamlFields in, String key) {
        List<String> values = in.texts(key);
        if (values.isEmpty()) {
            return;
        }
        ArrayNode array = node.putArray(armKey);
        for (String value : values) {
            try {
                array.add(Integer.parseInt(value.strip()));
            } catch (NumberFormatException notANumber) {
                in.problem(key + ": '" + value + "' is not a whole number, so it was not used");
            }
        }
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asInt()));
        return values;
    }

    private static List<String> lowers(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(lower(v.asText())));
        return values;
    }

    static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    static String capital(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
