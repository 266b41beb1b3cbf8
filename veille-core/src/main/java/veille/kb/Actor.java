package veille.kb;

import java.util.List;
import java.util.Objects;
import veille.doc.EntityType;

/**
 * A named entity the knowledge base knows: a person, organisation, country, place or named initiative.
 *
 * @param id      stable identifier: a slug ({@code vladimir-putin}, {@code sco}), an ISO2 code for countries
 *                ({@code CN}), {@code petrarch:...} for generated persons
 * @param type    person, organisation, place or other
 * @param kind    person, organization, country, city, region, misc
 * @param name    usual English name, as output
 * @param aliases other spellings (full forms only)
 * @param gender  m, f or empty
 * @param country ISO2 of nationality, seat or location, or empty
 * @param parent  id of the parent organisation, or empty
 * @param curated true for hand-written rows, false for generated ones
 */
public record Actor(String id, EntityType type, String kind, String name, List<String> aliases, String gender,
                    String country, String parent, boolean curated) {
    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
    }

    /** The name and every alias. */
    public List<String> names() {
        List<String> out = new java.util.ArrayList<>(aliases.size() + 1);
        out.add(name);
        out.addAll(aliases);
        return out;
    }
}
