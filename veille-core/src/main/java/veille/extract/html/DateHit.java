package veille.extract.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import veille.time.PartialDate;

/**
 * A date read from one place of a page, with its role in the page, and its time when the place states one.
 *
 * @param date the date
 * @param sourced the date's ISO form, where it was read
 * @param raw the value as written ("2023-09-19T08:30:00+08:00", "19 septembre 2023 à 08h30")
 * @param time the time {@link #isoTime} reads from a machine value, at that value's range; or null
 */
record DateHit(PartialDate date, Sourced<String> sourced, String raw, Sourced<String> time) {
    private static final Pattern ISO_DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?\\s*(Z|z|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);

    DateHit(PartialDate date, Sourced<String> sourced, String raw) {
        this(date, sourced, raw, null);
    }

    /** This date with the time {@code from} states, if any (ISO 8601, read from its raw value, at its range). */
    DateHit withTimeOf(DateHit from) {
        String t = isoTime(from.raw());
        return t == null ? this : new DateHit(date, sourced, raw, from.sourced().withValue(t));
    }

    /**
     * An ISO 8601 date and time ({@code 2023-09-19T08:30:00+08:00}, {@code 2023-09-19 08:30Z}, {@code +0800}), as
     * {@code 2023-09-19T08:30:00+08:00}, or without an offset when the value has none; null for anything else. A time
     * of exactly midnight is taken for a date-only value serialised with a time, as many CMSs do, and gives null.
     */
    static String isoTime(String raw) {
        if (raw == null || raw.length() > 40) {
            return null;
        }
        Matcher m = ISO_DATE_TIME.matcher(raw.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            LocalDateTime t = LocalDateTime.of(LocalDate.parse(m.group(1)),
                    LocalTime.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                            m.group(4) == null ? 0 : Integer.parseInt(m.group(4))));
            if (t.toLocalTime().equals(LocalTime.MIDNIGHT)) {
                return null;
            }
            String out = t.format(LOCAL);
            String offset = m.group(5);
            if (offset == null) {
                return out;
            }
            if (offset.equalsIgnoreCase("z")) {
                return out + "Z";
            }
            String digits = offset.substring(1).replace(":", "");
            int sign = offset.charAt(0) == '-' ? -1 : 1;
            ZoneOffset z = ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(digits.substring(0, 2)),
                    sign * (digits.length() == 4 ? Integer.parseInt(digits.substring(2)) : 0));
            return out + (z.getTotalSeconds() == 0 ? "+00:00" : z.getId());
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
