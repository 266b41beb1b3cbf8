package veille.kb;

import java.util.List;
import java.util.Objects;

/**
 * A place named in datelines and stories.
 *
 * @param id stable identifier
 * @param name usual English name, as output
 * @param kind city or region
 * @param country ISO 3166-1 alpha-2
 * @param aliases other spellings
 */
public record Place(String id, String name, String kind, String country, List<String> aliases) {
    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
    }
}
