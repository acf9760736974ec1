package dev.computedesk.domain.time;

import dev.computedesk.domain.text.Messages;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * The one way times are shown: in the user's zone, in the locale's own format ({@link FormatStyle#MEDIUM} date,
 * {@link FormatStyle#SHORT} time: "Jul 24, 2024, 5:42 PM" in English, "2024. 7. 24. 오후 5:42" in Korean). ARM
 * sends times with any offset and up to seven fractional digits; they are converted, never shown raw. An absent
 * time is shown as {@link #ABSENT}, never as "null".
 */
public final class TimeFormat {

    /** What an absent value reads as. */
    public static final String ABSENT = "\u2014";

    private final ZoneId zone;
    private final Locale locale;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;
    private final DateTimeFormatter timeOfDay;
    private final DateTimeFormatter clock;

    /**
     * @param zone   the user's zone
     * @param locale the user's language and region (decides the format and the names of days)
     */
    public TimeFormat(ZoneId zone, Locale locale) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone);
        this.timeOfDay = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        this.clock = DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(locale).withZone(zone);
    }

    /**
     * The machine's zone, and the app's language ({@link Messages#locale()}) for the format: the machine's own
     * formatting locale only when it speaks that language too (its region's habits: "24 Jul 2024" in en-GB), so a
     * Korean app on an English machine writes Korean dates and an English app on a Korean machine English ones.
     */
    public static TimeFormat system() {
        Locale machine = Locale.getDefault(Locale.Category.FORMAT);
        Locale language = Messages.locale();
        return new TimeFormat(ZoneId.systemDefault(),
                machine.getLanguage().equals(language.getLanguage()) ? machine : language);
    }

    public ZoneId zone() {
        return zone;
    }

    public Locale locale() {
        return locale;
    }

    /** The instant in the user's zone; {@link #ABSENT} for null. */
    public String dateTime(OffsetDateTime at) {
        return at == null ? ABSENT : dateTime.format(at);
    }

    /** The day of the instant in the user's zone ("Dec 1, 2026"), for table columns; {@link #ABSENT} for null. */
    public String date(OffsetDateTime at) {
        return at == null ? ABSENT : date.format(at);
    }

    /** A wall-clock time ("6:00 PM", "18:00", "오후 6:00") as the locale writes it. */
    public String time(LocalTime time) {
        return timeOfDay.format(time);
    }

    /** The time of day of an instant in the user's zone, with seconds ("5:42:28 PM"), for logs; {@link #ABSENT} for null. */
    public String clockTime(Instant at) {
        return at == null ? ABSENT : clock.format(at);
    }

    /** A day's short name in the locale ("Mon", "월"). */
    public String day(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, locale);
    }

    @Override
    public String toString() {
        return "TimeFormat[" + zone + ", " + locale + "]";
    }
}
