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

    /** The folded form of a string, of the same length. */
    public static String fold(CharSequence s) {
        char[] out = new char[s.length()];
        boolean changed = false;
        for (int i = 0; i < out.length; i++) {
            char c = s.charAt(i);
            char f = fold(c);
            out[i] = f;
            changed |= f != c;
        }
        return changed ? new String(out) : s.toString();
    }
}
