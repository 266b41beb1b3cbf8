package veille.doc;

import java.util.List;
import java.util.Objects;

/**
 * A catalogued talking point where an article carries it ({@code veille/kb/talking-points.tsv}).
 *
 * @param id the catalogue entry's id
 * @param start first character of the words in {@link Document#text()}
 * @param end one past the last
 * @param text the words as they stand in the text
 * @param canonical the entry's canonical wording
 * @param speaker who said it, when the words lie in a quote with a known speaker; else null
 */
public record TalkingPointMatch(String id, int start, int end, String text, String canonical, String speaker)
        implements Annotation {
    /** Document fact key. */
    public static final Key<Matches> KEY = Key.of("talking_points", Matches.class);

    public TalkingPointMatch {
        Annotation.checkOffsets(start, end);
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(canonical, "canonical");
    }

    /**
     * The catalogued talking points of a document.
     *
     * @param all in text order
     */
    public record Matches(List<TalkingPointMatch> all) {
        public Matches {
            all = List.copyOf(all);
        }
    }
}
