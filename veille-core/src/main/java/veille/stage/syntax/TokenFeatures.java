package veille.stage.syntax;

/**
 * What the tagger and the parser read about each word of one sentence, hashed once: the lower-cased form, the
 * exact form, prefixes, suffixes, the word's shape and the parts of speech it had in training.
 *
 * <p>Built per sentence and then only read; words are expected folded ({@link veille.doc.TextNormalizer}). Public,
 * with only its constructor, because the trainer ({@code veille.train.syntax}) feeds the tagger and the parser the
 * very features the runtime computes.
 */
public final class TokenFeatures {
    static final int SUFFIXES = 4;
    static final int PREFIXES = 3;

    final int n;
    final long[] lower;
    final long[] exact;
    final long[] shape;
    final long[][] suffix = new long[SUFFIXES][];
    final long[][] prefix = new long[PREFIXES][];
    /** Bit mask of the UPOS tags each word had in training (0 when unseen). */
    final int[] seenTags;

    /** The features of one sentence's words, given the tag dictionary (lower-cased form hash to UPOS bit mask). */
    public TokenFeatures(String[] words, LongIntMap tagDictionary) {
        n = words.length;
        lower = new long[n];
        exact = new long[n];
        shape = new long[n];
        seenTags = new int[n];
        for (int k = 0; k < SUFFIXES; k++) {
            suffix[k] = new long[n];
        }
        for (int k = 0; k < PREFIXES; k++) {
            prefix[k] = new long[n];
        }
        for (int i = 0; i < n; i++) {
            String w = words[i];
            int len = w.length();
            lower[i] = FeatureHash.string(w, true);
            exact[i] = FeatureHash.string(w, false);
            shape[i] = shapeOf(w);
            for (int k = 0; k < SUFFIXES; k++) {
                suffix[k][i] = FeatureHash.chars(w, Math.max(0, len - k - 1), len, true);
            }
            for (int k = 0; k < PREFIXES; k++) {
                prefix[k][i] = FeatureHash.chars(w, 0, Math.min(len, k + 1), true);
            }
            int mask = tagDictionary.get(lower[i]);
            seenTags[i] = Math.max(mask, 0);
        }
    }

    /** The lower-cased form of word {@code i}, {@link FeatureHash#NONE} outside the sentence. */
    long lowerAt(int i) {
        return i < 0 || i >= n ? FeatureHash.NONE : lower[i];
    }

    long suffixAt(int k, int i) {
        return i < 0 || i >= n ? FeatureHash.NONE : suffix[k][i];
    }

    long seenAt(int i) {
        return i < 0 || i >= n ? -1 : seenTags[i];
    }

    /**
     * The word's shape: letters as X or x, digits as d, other characters as themselves, runs collapsed
     * ({@code Xx}, {@code d,d}, {@code x-x}), and whether it is long.
     */
    static long shapeOf(String w) {
        long h = 0xCBF29CE484222325L;
        char prev = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char s = Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (s != prev) {
                h ^= s;
                h *= 0x100000001B3L;
                prev = s;
            }
        }
        return FeatureHash.mix(h ^ Math.min(w.length(), 8));
    }
}
