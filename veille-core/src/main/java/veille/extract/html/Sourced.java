package veille.extract.html;

import java.util.Objects;
import java.util.function.IntUnaryOperator;
import org.jsoup.nodes.Element;
import veille.doc.Fact;

/**
 * One metadata value read off an HTML page, with where it was read.
 *
 * <p>{@code start}/{@code end} are half-open UTF-16 offsets into the HTML source the page was parsed from, covering
 * the characters the value was read from (an attribute value, a text node, or the element's content when the value
 * cannot be located more closely). They are known only when the page was parsed with position tracking
 * ({@code Parser#setTrackPosition(true)}); otherwise both are {@code -1} and {@link #element()} alone locates the
 * value. The element belongs to the caller's parsed page: it is kept for locating the value, never modified.
 *
 * @param value the normalised value ("2023-09-19", "Jean Dupont", "Le Monde")
 * @param source the kind of place it was read from
 * @param key the attribute, property or element it was read from ({@code article:published_time},
 *            {@code datePublished}, {@code h1}, {@code class=byline}), for reports
 * @param element the element holding it
 * @param start first source character, or -1 when positions were not tracked
 * @param end one past the last source character, or -1
 * @param <T> the value type
 */
public record Sourced<T>(T value, MetaSource source, String key, Element element, int start, int end) {
    public Sourced {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(element, "element");
        if (start < 0 || end < 0) {
            start = -1;
            end = -1;
        } else if (end < start) {
            throw new IllegalArgumentException("Source range [" + start + ", " + end + ") ends before it starts");
        }
    }

    /** Whether the source range is known. */
    public boolean hasRange() {
        return start >= 0;
    }

    /**
     * The same, its range cut at {@code length}: jsoup places the close of a page cut inside a tag one past the
     * source's end, and an element left open there ends at that place.
     */
    Sourced<T> within(int length) {
        return end <= length ? this : new Sourced<>(value, source, key, element, Math.min(start, length), length);
    }

    /** The same provenance with another value (a cleaned title, a canonical outlet name). */
    public <U> Sourced<U> withValue(U newValue) {
        return new Sourced<>(newValue, source, key, element, start, end);
    }

    /**
     * This value as a document fact, its evidence the source range, or empty {@code [0, 0)} at line 0 when the range
     * is unknown.
     *
     * @param lineOf the 1-based line of a source offset
     */
    public Fact<T> toFact(IntUnaryOperator lineOf) {
        return hasRange() ? new Fact<>(value, lineOf.applyAsInt(start), start, end) : new Fact<>(value, 0, 0, 0);
    }

    @Override
    public String toString() {
        return value + " (" + source.id() + " " + key + ")";
    }
}
