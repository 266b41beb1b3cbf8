package veille.doc;

import java.util.Objects;

/**
 * A named-entity mention: a stretch of the text naming a person, an organisation or a place.
 *
 * <p>Offsets are UTF-16 code units into {@link Document#text()}, half-open. Mentions of one layer do not
 * overlap and are sorted by start.
 *
 * @param start first character
 * @param end one past the last character
 * @param type person, organisation or place: {@link EntityType#PER}, {@link EntityType#ORG} or {@link EntityType#LOC}
 * @param score the recogniser's confidence, between 0 and 1
 * @param source what found it: {@code model} for the trained name finder (later {@code kb}, {@code rule})
 */
public record EntityMention(int start, int end, EntityType type, double score, String source) implements Annotation {
    /** Layer key. */
    public static final LayerKey<EntityMention> LAYER = LayerKey.of("mentions", EntityMention.class);

    public EntityMention {
        Annotation.checkOffsets(start, end);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score " + score + " is outside [0, 1]");
        }
    }
}
