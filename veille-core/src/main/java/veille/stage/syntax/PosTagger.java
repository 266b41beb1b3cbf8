package veille.stage.syntax;

/**
 * The part-of-speech tagger: a greedy left-to-right averaged perceptron for UPOS, then a second one for the
 * morphological features (the whole UD {@code FEATS} string as one class), which reads the UPOS tags around the
 * word and is limited to the feature sets seen with the word's UPOS in training.
 *
 * <p>Features follow the classic tagger recipe (Collins 2002; Honnibal's averaged-perceptron tagger): the word,
 * its prefixes, suffixes and shape, two words either side, the two previous tags and the tags each nearby word had
 * in training. Immutable and thread-safe.
 *
 * <p>Public because the trainer ({@code veille.train.syntax}) shares its feature functions and decoding: it learns
 * with {@link #uposFeatures}, {@link #featsFeatures} and {@link #argmax}, and tags its jackknife folds with
 * {@link #tag}, so training sees exactly the features the runtime computes.
 */
public final class PosTagger {
    /** Room for the features of one word. */
    public static final int MAX_FEATURES = 40;

    private static final int NO_TAG = 999;

    private final WeightTable upos;
    private final WeightTable feats;
    private final int uposCount;
    private final int featsCount;
    private final int[][] allowedFeats;

    /**
     * @param allowedFeats for each UPOS tag, the feature-set classes seen with it in training
     */
    public PosTagger(WeightTable upos, WeightTable feats, int uposCount, int featsCount, int[][] allowedFeats) {
        this.upos = upos;
        this.feats = feats;
        this.uposCount = uposCount;
        this.featsCount = featsCount;
        this.allowedFeats = allowedFeats;
    }

    /** Tags a sentence: fills {@code uposOut} and {@code featsOut} (class numbers). */
    public void tag(TokenFeatures tf, int[] uposOut, int[] featsOut) {
        long[] f = new long[MAX_FEATURES];
        int[] scratch = new int[MAX_FEATURES];
        float[] scores = new float[Math.max(uposCount, featsCount)];
        for (int i = 0; i < tf.n; i++) {
            int count = uposFeatures(tf, i, i > 0 ? uposOut[i - 1] : -1, i > 1 ? uposOut[i - 2] : -1, f);
            java.util.Arrays.fill(scores, 0, uposCount, 0f);
            upos.score(f, count, scores, scratch);
            uposOut[i] = argmax(scores, uposCount);
        }
        for (int i = 0; i < tf.n; i++) {
            int count = featsFeatures(tf, uposOut, i, i > 0 ? featsOut[i - 1] : -1, f);
            java.util.Arrays.fill(scores, 0, featsCount, 0f);
            feats.score(f, count, scores, scratch);
            featsOut[i] = argmax(scores, allowedFeats[uposOut[i]]);
        }
    }

    /** The class with the highest score among the first {@code count} (ties to the lowest). */
    public static int argmax(float[] scores, int count) {
        int best = 0;
        for (int c = 1; c < count; c++) {
            if (scores[c] > scores[best]) {
                best = c;
            }
        }
        return best;
    }

    /** The candidate class with the highest score (ties to the first). */
    public static int argmax(float[] scores, int[] candidates) {
        int best = candidates[0];
        for (int c : candidates) {
            if (scores[c] > scores[best]) {
                best = c;
            }
        }
        return best;
    }

    /** The UPOS features of word {@code i}, given the two previous tags ({@code -1} before the sentence). */
    public static int uposFeatures(TokenFeatures tf, int i, int prev1, int prev2, long[] out) {
        long t1 = prev1 < 0 ? NO_TAG : prev1;
        long t2 = prev2 < 0 ? NO_TAG : prev2;
        long w = tf.lower[i];
        long seen = tf.seenTags[i];
        int k = 0;
        out[k++] = FeatureHash.of(1, 0);
        out[k++] = FeatureHash.of(2, w);
        out[k++] = FeatureHash.of(3, tf.suffix[0][i]);
        out[k++] = FeatureHash.of(4, tf.suffix[1][i]);
        out[k++] = FeatureHash.of(5, tf.suffix[2][i]);
        out[k++] = FeatureHash.of(6, tf.suffix[3][i]);
        out[k++] = FeatureHash.of(7, tf.prefix[0][i]);
        out[k++] = FeatureHash.of(8, tf.prefix[1][i]);
        out[k++] = FeatureHash.of(9, tf.prefix[2][i]);
        out[k++] = FeatureHash.of(10, tf.shape[i]);
        out[k++] = FeatureHash.of(11, tf.lowerAt(i - 1));
        out[k++] = FeatureHash.of(12, tf.lowerAt(i + 1));
        out[k++] = FeatureHash.of(13, tf.lowerAt(i - 2));
        out[k++] = FeatureHash.of(14, tf.lowerAt(i + 2));
        out[k++] = FeatureHash.of(15, tf.suffixAt(2, i - 1));
        out[k++] = FeatureHash.of(16, tf.suffixAt(2, i + 1));
        out[k++] = FeatureHash.of(17, t1);
        out[k++] = FeatureHash.of(18, t2);
        out[k++] = FeatureHash.of(19, t1, t2);
        out[k++] = FeatureHash.of(20, t1, w);
        out[k++] = FeatureHash.of(21, seen);
        out[k++] = FeatureHash.of(22, tf.seenAt(i + 1));
        out[k++] = FeatureHash.of(23, tf.seenAt(i + 2));
        out[k++] = FeatureHash.of(24, seen, t1);
        out[k++] = FeatureHash.of(25, seen, tf.seenAt(i + 1));
        out[k++] = FeatureHash.of(26, w, tf.lowerAt(i + 1));
        out[k++] = FeatureHash.of(27, tf.shape[i], i == 0 ? 1 : 0);
        out[k++] = FeatureHash.of(28, tf.lowerAt(i - 1), w);
        out[k++] = FeatureHash.of(29, tf.exact[i]);
        out[k++] = FeatureHash.of(30, t1, tf.suffix[2][i]);
        out[k++] = FeatureHash.of(31, seen, tf.suffix[2][i]);
        return k;
    }

    /** The FEATS features of word {@code i}, given every word's UPOS and the previous word's FEATS class. */
    public static int featsFeatures(TokenFeatures tf, int[] upos, int i, int prevFeats, long[] out) {
        long u = upos[i];
        long up = i > 0 ? upos[i - 1] : NO_TAG;
        long up2 = i > 1 ? upos[i - 2] : NO_TAG;
        long un = i + 1 < tf.n ? upos[i + 1] : NO_TAG;
        long fp = prevFeats < 0 ? NO_TAG : prevFeats;
        long w = tf.lower[i];
        int k = 0;
        out[k++] = FeatureHash.of(41, u);
        out[k++] = FeatureHash.of(42, w, u);
        out[k++] = FeatureHash.of(43, tf.suffix[0][i], u);
        out[k++] = FeatureHash.of(44, tf.suffix[1][i], u);
        out[k++] = FeatureHash.of(45, tf.suffix[2][i], u);
        out[k++] = FeatureHash.of(46, tf.suffix[3][i], u);
        out[k++] = FeatureHash.of(47, up, u);
        out[k++] = FeatureHash.of(48, un, u);
        out[k++] = FeatureHash.of(49, tf.lowerAt(i - 1), u);
        out[k++] = FeatureHash.of(50, tf.lowerAt(i + 1), u);
        out[k++] = FeatureHash.of(51, fp, u);
        out[k++] = FeatureHash.of(52, fp, up, u);
        out[k++] = FeatureHash.of(53, up2, up, u);
        out[k++] = FeatureHash.of(54, tf.shape[i], u);
        out[k++] = FeatureHash.of(55, tf.prefix[1][i], u);
        out[k++] = FeatureHash.of(56, tf.lowerAt(i - 2), u);
        out[k++] = FeatureHash.of(57, un, tf.lowerAt(i + 1), u);
        return k;
    }
}
