package veille.doc;

/**
 * Folds typographic variants that carry no meaning for analysis, one character for one character.
 *
 * <p>Because the mapping is 1:1, offsets into the folded string are offsets into the original: stages match
 * on the folded form and report spans that still show the page's own characters (’, « », no-break spaces).
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    /** The folded form of one character. */
    public static char fold(char c) {
        return switch (c) {
            case '\u2019', '\u2018', '\u02BC', '\u2032', '\u00B4', '\u0060' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
            case '\u00A0', '\u202F', '\u2007', '\u2009', '\u200A', '\u2002', '\u2003', '\u3000' -> ' ';
            case '\u2010', '\u2011' -> '-';
            case '\u200B', '\uFEFF' -> ' ';
            default -> c;
        };
    }

    /** The folded form of a string, of the same length; the string itself when nothing folds. */
    public static String fold(CharSequence s) {
        int n = s.length();
        int first = 0;
        // most texts hold nothing to fold (only ASCII apostrophes, no no-break space): no copy for them
        while (first < n) {
            char c = s.charAt(first);
            if (c >= '`' && fold(c) != c) {
                break;
            }
            first++;
        }
        if (first == n) {
            return s.toString();
        }
        char[] out = new char[n];
        for (int i = 0; i < first; i++) {
            out[i] = s.charAt(i);
        }
        for (int i = first; i < n; i++) {
            out[i] = fold(s.charAt(i));
        }
        return new String(out);
    }
}
