package veille.doc;

import java.util.Objects;

/**
 * A value read off the input together with the characters it was read from.
 *
 * <p>Metadata often comes from lines that are not part of the article text (a credit line, a stamp), so
 * evidence points into the input: {@code inputStart}/{@code inputEnd} into {@link Input#content()} and the
 * 1-based {@code line}.
 *
 * @param value the normalised value ("2023-09-20", "Xinhua")
 * @param line 1-based input line of the evidence, 0 if the input has no lines
 * @param inputStart first evidence character in the input
 * @param inputEnd one past the last evidence character
 * @param <T> the value type
 */
public record Fact<T>(T value, int line, int inputStart, int inputEnd) {
    public Fact {
        Objects.requireNonNull(value, "value");
        Annotation.checkOffsets(inputStart, inputEnd);
    }
}
