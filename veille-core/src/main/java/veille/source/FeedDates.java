package veille.source;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the dates feeds write: RFC 822 in RSS 2.0 ({@code Wed, 20 Sep 2023 08:15:00 +0800}), ISO 8601 in Atom and
 * Dublin Core ({@code 2023-09-20T08:15:00+08:00}, {@code 2023-09-20}).
 *
 * <p>The weekday is ignored (feeds get it wrong, or write it in French); time-zone names other than GMT/UT/Z and the
 * US ones of RFC 822 are not guessed: such a date is unreadable, not shifted. Pure and thread-safe.
 */
public final class FeedDates {
    private static final Pattern WEEKDAY = Pattern.compile("^\\p{L}+\\.?,?\\s+");
    /** RFC 822 without the weekday: day, English month, 2- or 4-digit year, time with optional seconds, zone. */
    private static final DateTimeFormatter RFC_822 = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("d MMM ")
            .appendValueReduced(ChronoField.YEAR, 2, 4, 1970)
            .appendPattern(" H:mm[:ss][ ]")
            .optionalStart().appendOffset("+HHMM", "GMT").optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .toFormatter(Locale.ENGLISH);
    /** RFC 822's US zone names, the only names it defines besides GMT and UT. */
    private static final String[][] US_ZONES = {{"EDT", "-0400"}, {"EST", "-0500"}, {"CDT", "-0500"},
            {"CST", "-0600"}, {"MDT", "-0600"}, {"MST", "-0700"}, {"PDT", "-0700"}, {"PST", "-0800"},
            {"UTC", "+0000"}, {"UT", "+0000"}, {"Z", "+0000"}};

    private FeedDates() {
    }

    /** The calendar day a feed date names, in its own time zone, as {@code YYYY-MM-DD}; null when unreadable. */
    public static String day(String written) {
        OffsetDateTime t = instant(written);
        if (t != null) {
            return t.toLocalDate().toString();
        }
        if (written == null) {
            return null;
        }
        try {
            return LocalDate.parse(written.strip().length() >= 10 ? written.strip().substring(0, 10) : written.strip())
                    .toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The date and time with its offset, or null when the date is unreadable or has no time. */
    public static OffsetDateTime instant(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        String s = written.strip();
        try {
            return OffsetDateTime.parse(s);
        } catch (DateTimeParseException e) {
            // Not ISO 8601: try RFC 822.
        }
        try {
            return ZonedDateTime.parse(s).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            // Not ISO with a zone id either.
        }
        String rfc = WEEKDAY.matcher(s).replaceFirst("").replaceAll("\\s+", " ");
        for (String[] zone : US_ZONES) {
            if (rfc.endsWith(" " + zone[0])) {
                rfc = rfc.substring(0, rfc.length() - zone[0].length()) + zone[1];
                break;
            }
        }
        try {
            return OffsetDateTime.parse(rfc, RFC_822);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
