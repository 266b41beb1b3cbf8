package veille.talk;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * The words of a text, folded for comparison (case, accents, apostrophes and quote marks ignored: "L’État" gives
 * "l" and "etat"), each with its character span in the original text, so that a match on folded words maps back to
 * an exact span. A word is a run of letters and digits, as in the scorers of text reuse.
 *
 * @param text the original text
 * @param folded the folded words, in text order
 * @param starts first character of each word
 * @param ends one past the last character of each word
 */
public record Words(String text, String[] folded, int[] starts, int[] ends) {
    /** Splits and folds a text. */
    public static Words of(String text) {
        int n = text.length();
        String[] f = new String[Math.max(4, n / 5)];
        int[] s = new int[f.length];
        int[] e = new int[f.length];
        int count = 0;
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(cp = text.codePointAt(i))) {
                i += Character.charCount(cp);
            }
            if (count == f.length) {
                f = Arrays.copyOf(f, count * 2);
                s = Arrays.copyOf(s, count * 2);
                e = Arrays.copyOf(e, count * 2);
            }
            f[count] = fold(text.substring(start, i));
            s[count] = start;
            e[count] = i;
            count++;
        }
        return new Words(text, Arrays.copyOf(f, count), Arrays.copyOf(s, count), Arrays.copyOf(e, count));
    }

    /** Lower case without accents ("Sécurité" → "securite"). */
    public static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        boolean ascii = true;
        for (int k = 0; k < lower.length() && ascii; k++) {
            ascii = lower.charAt(k) < 128;
        }
        if (ascii) {
            return lower;
        }
        String d = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int k = 0; k < d.length(); k++) {
            char c = d.charAt(k);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Number of words. */
    public int size() {
        return folded.length;
    }

    /** The original text of words {@code [from, to)}. */
    public String span(int from, int to) {
        return text.substring(starts[from], ends[to - 1]);
    }

    /** Whether word {@code i} starts with a capital letter in the original text. */
    public boolean capitalised(int i) {
        return Character.isUpperCase(text.codePointAt(starts[i]));
    }

    /** Whether word {@code i} holds a digit. */
    public boolean numeric(int i) {
        for (int k = starts[i]; k < ends[i]; k++) {
            if (Character.isDigit(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** A 64-bit hash of words {@code [from, from + n)} (FNV-1a over the folded words). */
    public long hash(int from, int n) {
        long h = 0xcbf29ce484222325L;
        for (int k = from; k < from + n; k++) {
            String w = folded[k];
            for (int c = 0; c < w.length(); c++) {
                h ^= w.charAt(c);
                h *= 0x100000001b3L;
            }
            h ^= ' ';
            h *= 0x100000001b3L;
        }
        return h;
    }
}
