package veille.doc;

import java.util.List;
import java.util.Objects;

/**
 * One real-world person, organisation, place or named thing of an article, with every mention of it.
 *
 * <p>Mentions are spans of {@link Document#text()} (half-open, UTF-16): full names, partial names ("M. Li",
 * "Poutine"), abbreviations ("OCS") and role descriptions ("le président russe") that resolve to it.
 *
 * @param id knowledge-base id ({@code vladimir-putin}, {@code org:sco}), or a stable {@code new:...} id for an
 *           entity the knowledge base does not know
 * @param type person, organisation, place or other
 * @param name the usual English form (the knowledge base's name, else the longest mention)
 * @param aliases other names it is known by (knowledge-base aliases and the forms used in the article)
 * @param mentions where the article names it, in text order
 * @param confidence 0–1, how sure the link to {@code id} is
 * @param role the role the person held at the article's date ("foreign-minister of CN"), or null
 */
public record Entity(String id, EntityType type, String name, List<String> aliases, List<Mention> mentions,
                     double confidence, String role) {
    /** Document fact key. */
    public static final Key<Entities> KEY = Key.of("entities", Entities.class);

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }

    /** Whether the entity is linked to a knowledge-base record (rather than known from this article alone). */
    public boolean linked() {
        return !id.startsWith("new:");
    }

    /**
     * One mention.
     *
     * @param start first character in the text
     * @param end one past the last character
     * @param how what kind of mention: a name, a partial name, a title ("M. Wang"), an abbreviation or a role
     *            ("le président russe"); never {@link MentionKind#MODEL}
     */
    public record Mention(int start, int end, MentionKind how) implements Annotation {
        public Mention {
            Annotation.checkOffsets(start, end);
            Objects.requireNonNull(how, "how");
            if (how == MentionKind.MODEL) {
                throw new IllegalArgumentException("an entity's mention is a name, not 'model'");
            }
        }
    }

    /**
     * The entities of a document.
     *
     * @param all in order of first mention
     */
    public record Entities(List<Entity> all) {
        public Entities {
            all = List.copyOf(all);
        }
    }
}
