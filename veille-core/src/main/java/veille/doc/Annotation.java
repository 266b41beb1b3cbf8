package veille.doc;

/**
 * Anything anchored on a stretch of the document text: a token, a sentence, later an entity mention,
 * a quote or an event trigger.
 *
 * <p>Offsets are UTF-16 code units into {@link Document#text()}; {@code end} is exclusive.
 */
public interface Annotation {
    /** First character of the annotated stretch. */
    int start();

    /** One past the last character of the annotated stretch. */
    int end();

    /** The annotated characters of {@code text}. */
    default String textIn(String text) {
        return text.substring(start(), end());
    }

    /** Checks {@code 0 <= start <= end}; records call it from their compact constructors. */
    static void checkOffsets(int start, int end) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Span [" + start + ", " + end + ") is not a valid half-open range");
        }
    }
}
