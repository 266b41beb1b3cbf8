package veille.doc;

/**
 * A sentence of the text. Sentences never cross a block boundary.
 *
 * @param start first character
 * @param end one past the last character
 */
public record Sentence(int start, int end) implements Annotation {
    /** Layer key. */
    public static final LayerKey<Sentence> LAYER = LayerKey.of("sentences", Sentence.class);

    public Sentence {
        Annotation.checkOffsets(start, end);
    }
}
