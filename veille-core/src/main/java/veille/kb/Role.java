package veille.kb;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An office a person held: {@code foreign-minister} of {@code CN} from 2013-03-16 to 2022-12-30.
 *
 * @param person id of the holder
 * @param role   normalised English role ({@code president}, {@code foreign-minister}, ...; {@code cameo:GOV} for
 *               the generated PETRARCH sectors)
 * @param of     ISO2 country or organisation id
 * @param from   first day, or null when unknown
 * @param until  first day out of office (exclusive), or null when current or unknown
 * @param note   uncertainty or context, possibly empty
 */
public record Role(String person, String role, String of, LocalDate from, LocalDate until, String note) {
    public Role {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(role, "role");
    }

    /** Whether the role was held on {@code date}. */
    public boolean heldOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (until == null || date.isBefore(until));
    }
}
