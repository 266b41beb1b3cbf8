package veille.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A calendar date that may lack its year: "2023-09-20", or "--11-19" when the page gives only day and month.
 *
 * @param year the year, or 0 when unknown
 * @param month 1–12
 * @param day 1–31
 */
public record PartialDate(int year, int month, int day) {
    public PartialDate {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            throw new IllegalArgumentException("No such date: month " + month + ", day " + day);
        }
        if (year != 0) {
            LocalDate.of(year, month, day);
        } else if (day > java.time.Month.of(month).maxLength()) {
            throw new IllegalArgumentException("No such date: month " + month + ", day " + day);
        }
    }

    /** A date, or empty when the numbers do not make one (31 June, month 13). */
    public static Optional<PartialDate> of(int year, int month, int day) {
        try {
            return Optional.of(new PartialDate(year, month, day));
        } catch (IllegalArgumentException | DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Whether the year is known. */
    public boolean hasYear() {
        return year != 0;
    }

    /** The ISO form: {@code 2023-09-20}, or {@code --09-20} without a year. */
    public String iso() {
        return hasYear()
                ? String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", year, month, day)
                : String.format(java.util.Locale.ROOT, "--%02d-%02d", month, day);
    }

    /** Whether this and another date can be the same day (equal, or equal but for a missing year). */
    public boolean compatibleWith(PartialDate other) {
        return month == other.month && day == other.day && (year == 0 || other.year == 0 || year == other.year);
    }

    @Override
    public String toString() {
        return iso();
    }
}
