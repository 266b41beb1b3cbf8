package veille.kb;

import java.text.Normalizer;

/**
 * The form names are compared in: lower case, no accents, apostrophes and punctuation as single spaces.
 *
 * <p>"FRENCH PRESS TV", "French Press-TV" and "french  press tv" share one key, as do "Algérie" and "ALGERIE".
 */
public final class MatchKey {
    private MatchKey() {
    }

    /** The match key of a name. */
    public static String of(CharSequence name) {
        // ASCII is its own NFD form: most names skip the normaliser, which copies the text at each call
        CharSequence s = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int len = out.length();
        if (len > 0 && out.charAt(len - 1) == ' ') {
            out.setLength(len - 1);
        }
        return out.toString();
    }

    private static boolean isAscii(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
