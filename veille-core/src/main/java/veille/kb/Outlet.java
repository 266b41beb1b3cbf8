package veille.kb;

import java.util.List;
import java.util.Objects;

/**
 * A news outlet or agency.
 *
 * @param id stable identifier
 * @param name usual name, as output
 * @param kind agency, newspaper, broadcaster, portal or magazine
 * @param country ISO 3166-1 alpha-2 of the owner's seat
 * @param state state, public or private
 * @param aliases other spellings
 */
public record Outlet(String id, String name, String kind, String country, String state, List<String> aliases) {
    public Outlet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
    }

    /** Whether the outlet is a wire agency, credited for the texts it supplies. */
    public boolean isAgency() {
        return "agency".equals(kind);
    }
}
