package dev.computedesk.domain.compute;

import dev.computedesk.domain.text.Messages;
import dev.computedesk.domain.time.TimeFormat;
import dev.computedesk.domain.time.WindowsTimeZones;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Says a start/stop schedule in words: "Stop at 6:00 PM, Mon–Fri, Pacific Standard Time · next Jul 25, 2024,
 * 10:00 AM". The times of day are the schedule's own (in its zone, which is named as ARM gives it); the next run is
 * in the user's zone, through the one {@link TimeFormat}. Where words cannot say it (cron steps, days of the month,
 * months), the raw expression is shown instead, with its zone.
 */
public final class ScheduleDescriber {

    /** More times of day than this are not listed in words. */
    private static final int MAX_TIMES = 6;
    private static final Map<String, DayOfWeek> CRON_DAY_NAMES = Map.of("sun", DayOfWeek.SUNDAY,
            "mon", DayOfWeek.MONDAY, "tue", DayOfWeek.TUESDAY, "wed", DayOfWeek.WEDNESDAY,
            "thu", DayOfWeek.THURSDAY, "fri", DayOfWeek.FRIDAY, "sat", DayOfWeek.SATURDAY);

    private final TimeFormat format;

    /** @param format the user's zone and locale */
    public ScheduleDescriber(TimeFormat format) {
        this.format = format;
    }

    /** What runs when: the days and times of day, in the schedule's zone; empty when words cannot say it. */
    private record Plan(Set<DayOfWeek> days, List<LocalTime> times, int interval, String unit) {
    }

    /** The schedule in words, without its next run (for a schedule not yet saved). */
    public String describe(ComputeSchedule schedule) {
        return describe(schedule, null);
    }

    /**
     * The schedule in words, with its next run in the user's zone.
     *
     * @param now the present moment, for the next run; null leaves the next run out
     */
    public String describe(ComputeSchedule schedule, Instant now) {
        String action = action(schedule.action());
        String zoneName = schedule.timeZone() == null || schedule.timeZone().isBlank() ? "UTC" : schedule.timeZone().strip();
        Optional<ZoneId> zone = WindowsTimeZones.zoneOf(zoneName);
        String zoneText = zone.isPresent() ? zoneName : Messages.get("domain.schedule.zoneUnknown", zoneName);
        Optional<Plan> plan = plan(schedule);
        String text = Messages.get("domain.schedule.inZone", plan.map(p -> words(action, p))
                .orElseGet(() -> raw(action, schedule)), zoneText);
        if (!schedule.enabled()) {
            return Messages.get("domain.schedule.disabled", text);
        }
        if (now != null && zone.isPresent() && plan.isPresent() && plan.get().interval() == 1 && !plan.get().times().isEmpty()) {
            Optional<ZonedDateTime> next = next(plan.get(), zone.get(), now);
            if (next.isPresent()) {
                return Messages.get("domain.schedule.next", text, format.dateTime(next.get().toOffsetDateTime()));
            }
        }
        return text;
    }

    /** Start and Stop in the user's language; another action ARM may add, as ARM words it. */
    private static String action(String action) {
        if (action == null || action.isBlank()) {
            return Messages.get("domain.schedule.action.run");
        }
        String lower = action.strip().toLowerCase(Locale.ROOT);
        if (lower.equals("start") || lower.equals("stop")) {
            String key = "domain.schedule.action." + lower;
            return Messages.get(key);
        }
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String raw(String action, ComputeSchedule schedule) {
        if ("cron".equalsIgnoreCase(schedule.triggerType()) && schedule.cronExpression() != null) {
            return Messages.get("domain.schedule.cron", action, schedule.cronExpression().strip());
        }
        if (schedule.frequency() == null) {
            return Messages.get("domain.schedule.recurrence", action);
        }
        String frequency = schedule.interval() != null && schedule.interval() != 1
                ? schedule.frequency() + " \u00d7 " + schedule.interval() : schedule.frequency();
        return Messages.get("domain.schedule.recurrenceOf", action, frequency);
    }

    private String words(String action, Plan plan) {
        if (plan.unit() != null) {
            String key = "domain.schedule.every." + plan.unit();
            return Messages.get(key, action, plan.interval());
        }
        List<String> times = new ArrayList<>();
        plan.times().forEach(t -> times.add(format.time(t)));
        String when;
        if (plan.interval() > 1) {
            when = plan.days().size() == 7 ? Messages.get("domain.schedule.everyDays", plan.interval())
                    : Messages.get("domain.schedule.everyWeeks", plan.interval(), days(plan.days()));
        } else {
            when = plan.days().size() == 7 ? Messages.get("domain.schedule.everyDay") : days(plan.days());
        }
        return Messages.get("domain.schedule.at", action, String.join(", ", times), when);
    }

    /** "Mon–Fri", "Mon, Wed, Fri", "Mon–Wed, Sat": runs of three or more consecutive days as ranges. */
    private String days(Set<DayOfWeek> days) {
        List<DayOfWeek> sorted = new ArrayList<>(new TreeSet<>(days));
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1).getValue() == sorted.get(j).getValue() + 1) {
                j++;
            }
            if (j - i >= 2) {
                parts.add(format.day(sorted.get(i)) + "\u2013" + format.day(sorted.get(j)));
            } else {
                for (int k = i; k <= j; k++) {
                    parts.add(format.day(sorted.get(k)));
                }
            }
            i = j + 1;
        }
        return String.join(", ", parts);
    }

    private static Optional<Plan> plan(ComputeSchedule s) {
        if ("cron".equalsIgnoreCase(s.triggerType())) {
            return cronPlan(s.cronExpression());
        }
        if ("recurrence".equalsIgnoreCase(s.triggerType())) {
            return recurrencePlan(s);
        }
        return Optional.empty();
    }

    private static Optional<Plan> recurrencePlan(ComputeSchedule s) {
        String frequency = s.frequency() == null ? "" : s.frequency().strip().toLowerCase(Locale.ROOT);
        int interval = s.interval() == null || s.interval() < 1 ? 1 : s.interval();
        if (frequency.equals("minute") || frequency.equals("hour")) {
            return Optional.of(new Plan(EnumSet.allOf(DayOfWeek.class), List.of(), interval, frequency));
        }
        if (!frequency.equals("day") && !frequency.equals("week")) {
            return Optional.empty();
        }
        Optional<List<LocalTime>> times = times(s.hours(), s.minutes());
        if (times.isEmpty()) {
            return Optional.empty();
        }
        Set<DayOfWeek> days = EnumSet.allOf(DayOfWeek.class);
        if (frequency.equals("week")) {
            if (s.weekDays().isEmpty()) {
                return Optional.empty();
            }
            days = EnumSet.noneOf(DayOfWeek.class);
            for (String name : s.weekDays()) {
                try {
                    days.add(DayOfWeek.valueOf(name.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException unknownDay) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new Plan(days, times.get(), interval, null));
    }

    private static Optional<List<LocalTime>> times(List<Integer> hours, List<Integer> minutes) {
        List<Integer> mins = minutes.isEmpty() ? List.of(0) : minutes;
        if (hours.isEmpty() || hours.size() * mins.size() > MAX_TIMES) {
            return Optional.empty();
        }
        TreeSet<LocalTime> times = new TreeSet<>();
        for (Integer h : hours) {
            for (Integer m : mins) {
                if (h == null || m == null || h < 0 || h > 23 || m < 0 || m > 59) {
                    return Optional.empty();
                }
                times.add(LocalTime.of(h, m));
            }
        }
        return Optional.of(List.copyOf(times));
    }

    /** Words for "m h * * d" with plain numbers, lists and day ranges; empty for anything else. */
    private static Optional<Plan> cronPlan(String expression) {
        if (expression == null) {
            return Optional.empty();
        }
        String[] f = expression.strip().split("\\s+");
        if (f.length != 5 || !isAny(f[2]) || !isAny(f[3])) {
            return Optional.empty();
        }
        Optional<List<Integer>> minutes = numbers(f[0], 0, 59);
        Optional<List<Integer>> hours = numbers(f[1], 0, 23);
        Optional<Set<DayOfWeek>> days = isAny(f[4]) ? Optional.of(EnumSet.allOf(DayOfWeek.class)) : cronDays(f[4]);
        if (minutes.isEmpty() || hours.isEmpty() || days.isEmpty()) {
            return Optional.empty();
        }
        return times(hours.get(), minutes.get()).map(times -> new Plan(days.get(), times, 1, null));
    }

    private static boolean isAny(String field) {
        return field.equals("*") || field.equals("?");
    }

    private static Optional<List<Integer>> numbers(String field, int min, int max) {
        List<Integer> values = new ArrayList<>();
        for (String part : field.split(",")) {
            try {
                int value = Integer.parseInt(part);
                if (value < min || value > max) {
                    return Optional.empty();
                }
                values.add(value);
            } catch (NumberFormatException notAPlainNumber) {
                return Optional.empty();
            }
        }
        return Optional.of(values);
    }

    private static Optional<Set<DayOfWeek>> cronDays(String field) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : field.split(",")) {
            String[] range = part.split("-");
            if (range.length > 2) {
                return Optional.empty();
            }
            Optional<Integer> from = cronDay(range[0]);
            Optional<Integer> to = range.length == 2 ? cronDay(range[1]) : from;
            if (from.isEmpty() || to.isEmpty() || to.get() < from.get()) {
                return Optional.empty();
            }
            for (int d = from.get(); d <= to.get(); d++) {
                days.add(DayOfWeek.of(d % 7 == 0 ? 7 : d % 7));
            }
        }
        return Optional.of(days);
    }

    /** Cron's day number (0 and 7 are Sunday) or three-letter name. */
    private static Optional<Integer> cronDay(String text) {
        DayOfWeek named = CRON_DAY_NAMES.get(text.toLowerCase(Locale.ROOT));
        if (named != null) {
            return Optional.of(named.getValue() % 7);
        }
        try {
            int value = Integer.parseInt(text);
            return value >= 0 && value <= 7 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException notADay) {
            return Optional.empty();
        }
    }

    /** The first run after {@code now}: the plan's days and times in the schedule's zone. */
    private static Optional<ZonedDateTime> next(Plan plan, ZoneId zone, Instant now) {
        ZonedDateTime current = now.atZone(zone);
        LocalDate day = current.toLocalDate();
        for (int i = 0; i <= 7; i++, day = day.plusDays(1)) {
            if (!plan.days().contains(day.getDayOfWeek())) {
                continue;
            }
            for (LocalTime time : plan.times()) {
                ZonedDateTime candidate = ZonedDateTime.of(day, time, zone);
                if (candidate.toInstant().isAfter(now)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
