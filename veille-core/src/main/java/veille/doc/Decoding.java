package veille.doc;

import java.util.Objects;

/**
 * How an input's bytes became characters.
 *
 * @param charset the charset used ({@code UTF-8}, {@code windows-1252}, {@code ISO-8859-1}, ...)
 * @param how why that charset: {@code bom}, {@code valid-utf8}, {@code declared} (an HTML page's own {@code <meta charset>}),
 *            {@code fallback}, {@code given}
 * @param mojibakeRepairs how many UTF-8-read-as-CP1252 sequences ("Ã©") were repaired
 * @param replacementChars how many U+FFFD replacement characters the text holds after decoding
 */
public record Decoding(String charset, String how, int mojibakeRepairs, int replacementChars) {
    /** Text that never was bytes. */
    public static final Decoding NONE = new Decoding("UTF-16", "in-memory", 0, 0);

    public Decoding {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(how, "how");
    }
}
