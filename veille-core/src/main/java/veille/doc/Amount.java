package veille.doc;

import java.util.List;
import java.util.Objects;

/**
 * A sum of money, a percentage or a count of things that an article states: "près de 50 milliards de dollars",
 * "25% environ", "58 accords".
 *
 * <p>Offsets are UTF-16 code units into {@link Document#text()}, half-open, covering the approximation word, the
 * number and the unit or counted noun.
 *
 * @param start first character
 * @param end one past the last character
 * @param text the characters
 * @param value the number, scales applied ("1,5 million" = 1500000)
 * @param unit an ISO 4217 currency code ({@code USD}), {@code percent} or {@code count}
 * @param approx whether the text makes it approximate or a bound ("près de", "environ", "plus de", "une dizaine")
 * @param of for a count, the counted noun ("accords"); null otherwise
 */
public record Amount(int start, int end, String text, double value, String unit, boolean approx, String of)
        implements Annotation {
    /** Document fact key. */
    public static final Key<Amounts> KEY = Key.of("amounts", Amounts.class);

    public Amount {
        Annotation.checkOffsets(start, end);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(unit, "unit");
    }

    /**
     * The amounts of a document.
     *
     * @param all in text order
     */
    public record Amounts(List<Amount> all) {
        public Amounts {
            all = List.copyOf(all);
        }
    }
}
