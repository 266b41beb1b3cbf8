package veille.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The text normalisation of {@code ../shared/tools/score.py}: NFKD, combining marks dropped, lower case, ’ and ‘
 * as ', runs of characters other than word characters and ' as one space.
 */
public final class ScoreNorm {
    private ScoreNorm() {
    }

    /** {@code norm(s)} of score.py; null is the empty string. */
    public static String norm(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(d.length());
        boolean pendingSpace = false;
        for (int i = 0; i < d.length(); ) {
            int cp = d.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK || Character.getType(cp) == Character.ENCLOSING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
                continue; // unicodedata.combining(c) != 0
            }
            String lower = new String(Character.toChars(cp)).toLowerCase(java.util.Locale.ROOT);
            for (int k = 0; k < lower.length(); ) {
                int c = lower.codePointAt(k);
                k += Character.charCount(c);
                if (c == '\u2019' || c == '\u2018') {
                    c = '\'';
                }
                if (isWordChar(c) || c == '\'') {
                    if (pendingSpace && !out.isEmpty()) {
                        out.append(' ');
                    }
                    pendingSpace = false;
                    out.appendCodePoint(c);
                } else {
                    pendingSpace = true;
                }
            }
        }
        return out.toString();
    }

    /** The words of {@code norm(s)}. */
    public static List<String> words(String s) {
        String n = norm(s);
        return n.isEmpty() ? List.of() : new ArrayList<>(List.of(n.split(" ")));
    }

    /** Python's {@code \w} in Unicode mode: letters, digits, the underscore. */
    private static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
