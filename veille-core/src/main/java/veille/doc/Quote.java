package veille.doc;

import java.util.List;
import java.util.Objects;

/**
 * One statement an article reports, with who made it: a direct quotation, an indirect (reported) one, or a
 * paraphrase that keeps quoted fragments ("mixed").
 *
 * <p>Offsets are UTF-16 code units into {@link Document#text()}, half-open. {@code start}/{@code end} cover the
 * quoted words without their quotation marks (for indirect speech: the reported clause, without "que"). A
 * quotation repeated verbatim is one quote whose {@code positions} list every occurrence in text order,
 * {@code [start, end)} among them: the attributed occurrence, which an uncued copy (the title, a subheading) may
 * precede.
 *
 * @param start first character of the quoted words
 * @param end one past the last quoted character
 * @param text the quoted words (for a quotation continued over paragraphs, the paragraph break and the
 *             continuation mark are folded to one space)
 * @param direct whether the words are the speaker's own (inside quotation marks)
 * @param kind {@code direct}, {@code indirect} or {@code mixed} (indirect speech keeping quoted fragments)
 * @param speakerId the speaker's entity id ({@link Entity#id()}), or null when the speaker is unlinked or unknown
 * @param speakerName the speaker's name (the entity's, or the description the article gives), or null
 * @param cueStart first character of the cue (the verb of saying or "selon"), -1 when there is none
 * @param cueEnd one past the cue's last character, -1 when there is none
 * @param sentenceStart first character of the first sentence the quote lies in
 * @param sentenceEnd one past the last character of the last sentence the quote lies in
 * @param positions every occurrence, in text order (one element unless repeated)
 * @param flags {@code unclosed} (no closing mark: the quote stops at its paragraph's end), {@code continued}
 *              (spans paragraphs), {@code continuation} (indirect speech carried on with no cue of its own)
 */
public record Quote(int start, int end, String text, boolean direct, String kind, String speakerId,
                    String speakerName, int cueStart, int cueEnd, int sentenceStart, int sentenceEnd,
                    List<Position> positions, List<String> flags) implements Annotation {
    /** Document fact key. */
    public static final Key<Quotes> KEY = Key.of("quotes", Quotes.class);

    public Quote {
        Annotation.checkOffsets(start, end);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (!List.of("direct", "indirect", "mixed").contains(kind)) {
            throw new IllegalArgumentException("Quote kind '" + kind + "' is not one of direct, indirect, mixed");
        }
        positions = List.copyOf(positions);
        flags = List.copyOf(flags);
    }

    /** Whether the speaker is known (linked or not). */
    public boolean hasSpeaker() {
        return speakerName != null;
    }

    /**
     * One occurrence of a quote.
     *
     * @param start first character
     * @param end one past the last character
     */
    public record Position(int start, int end) implements Annotation {
        public Position {
            Annotation.checkOffsets(start, end);
        }
    }

    /**
     * The quotes of a document.
     *
     * @param all in text order
     */
    public record Quotes(List<Quote> all) {
        public Quotes {
            all = List.copyOf(all);
        }
    }
}
