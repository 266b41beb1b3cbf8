package veille.stage.syntax;

import java.util.Arrays;

/**
 * The dependency parser: greedy arc-eager ({@link ArcEager}) driven by an averaged perceptron over the feature
 * templates of Zhang and Nivre (2011, "Transition-based dependency parsing with rich non-local features": words
 * and tags of the stack, the buffer and their dependents, distance, valency, second- and third-order
 * dependents, label sets), plus the second stack word.
 *
 * <p>One pass, linear in the sentence. Immutable and thread-safe.
 *
 * <p>Public only for {@link #features}: the trainer ({@code veille.train.syntax}) learns from the very features the
 * runtime computes. Parsing itself stays inside the package.
 */
public final class DependencyParser {
    /** Room for the features of one configuration. */
    public static final int MAX_FEATURES = 96;

    private static final long ROOT_WORD = 0x3C6EF372FE94F82BL;
    private static final long NO_TAG = 1000;
    private static final long ROOT_TAG = 1001;
    private static final long NO_LABEL = 1000;

    private final WeightTable weights;
    private final int labelCount;
    private final int rootLabel;
    private final int punctLabel;
    private final int depLabel;

    DependencyParser(WeightTable weights, int labelCount, int rootLabel, int punctLabel, int depLabel) {
        this.weights = weights;
        this.labelCount = labelCount;
        this.rootLabel = rootLabel;
        this.punctLabel = punctLabel;
        this.depLabel = depLabel;
    }

    /**
     * Parses a tagged sentence.
     *
     * @param tags the parser's tag of each word ({@link SyntaxModel#parserTag})
     * @param lemmas the hash of each word's lemma
     * @param morph each word's FEATS class
     * @param isPunct whether each word is punctuation (for the words attached after the last transition)
     * @return the finished configuration: {@code head[w]} and {@code label[w]} for words {@code w = 1..n}
     */
    ArcEager parse(TokenFeatures tf, int[] tags, long[] lemmas, int[] morph, boolean[] isPunct) {
        ArcEager c = new ArcEager(tf.n, labelCount, rootLabel);
        int transitions = ArcEager.transitionCount(labelCount);
        float[] scores = new float[transitions];
        long[] f = new long[MAX_FEATURES];
        int[] scratch = new int[MAX_FEATURES];
        while (!c.done()) {
            int count = features(c, tf, tags, lemmas, morph, f);
            Arrays.fill(scores, 0f);
            weights.score(f, count, scores, scratch);
            c.apply(bestLegal(c, scores));
        }
        c.finish(isPunct, punctLabel, depLabel);
        return c;
    }

    /** The legal transition with the highest score (ties to the lowest number). */
    static int bestLegal(ArcEager c, float[] scores) {
        int best = -1;
        for (int t = 0; t < scores.length; t++) {
            if ((best < 0 || scores[t] > scores[best]) && c.legal(t)) {
                best = t;
            }
        }
        return best;
    }

    private static long word(TokenFeatures tf, int k) {
        return k < 0 ? FeatureHash.NONE : k == 0 ? ROOT_WORD : tf.lower[k - 1];
    }

    private static long tag(int[] tags, int k) {
        return k < 0 ? NO_TAG : k == 0 ? ROOT_TAG : tags[k - 1];
    }

    private static long label(ArcEager c, int k) {
        return k < 0 || c.label[k] < 0 ? NO_LABEL : c.label[k];
    }

    private static int at(int[] a, int k) {
        return k < 0 ? -1 : a[k];
    }

    /** A per-word value ({@code values[w - 1]} for word w), with fixed values for the root and no word. */
    private static long at(long[] values, int k) {
        return k < 0 ? FeatureHash.NONE : k == 0 ? ROOT_WORD : values[k - 1];
    }

    /** A per-word class ({@code values[w - 1]} for word w), with the tag values for the root and no word. */
    private static long classAt(int[] values, int k) {
        return k < 0 ? NO_TAG : k == 0 ? ROOT_TAG : values[k - 1];
    }

    private static long distance(int d) {
        return d <= 4 ? d : d <= 6 ? 5 : d <= 10 ? 6 : 7;
    }

    /** The features of a configuration whose buffer is not empty; returns how many were written. */
    public static int features(ArcEager c, TokenFeatures tf, int[] tags, long[] lemmas, int[] morph, long[] out) {
        int s0 = c.top();
        int s1 = c.depth > 1 ? c.stack[c.depth - 2] : -1;
        int n0 = c.front;
        int n1 = n0 + 1 <= c.n ? n0 + 1 : -1;
        int n2 = n0 + 2 <= c.n ? n0 + 2 : -1;
        int s0h = c.head[s0];
        int s0h2 = at(c.head, s0h);
        int s0l = c.leftmost[s0];
        int s0l2 = c.leftmost2[s0];
        int s0r = c.rightmost[s0];
        int s0r2 = c.rightmost2[s0];
        int n0l = c.leftmost[n0];
        int n0l2 = c.leftmost2[n0];

        long s0w = word(tf, s0);
        long s0p = tag(tags, s0);
        long n0w = word(tf, n0);
        long n0p = tag(tags, n0);
        long n1w = word(tf, n1);
        long n1p = tag(tags, n1);
        long n2w = word(tf, n2);
        long n2p = tag(tags, n2);
        long s0hp = tag(tags, s0h);
        long s0lp = tag(tags, s0l);
        long s0rp = tag(tags, s0r);
        long n0lp = tag(tags, n0l);
        long s0h2p = tag(tags, s0h2);
        long s0l2p = tag(tags, s0l2);
        long s0r2p = tag(tags, s0r2);
        long n0l2p = tag(tags, n0l2);
        long s0wp = FeatureHash.mix(s0w + s0p);
        long n0wp = FeatureHash.mix(n0w + n0p);
        long d = distance(s0 == 0 ? 0 : n0 - s0);

        int k = 0;
        // single words
        out[k++] = FeatureHash.of(101, s0wp);
        out[k++] = FeatureHash.of(102, s0w);
        out[k++] = FeatureHash.of(103, s0p);
        out[k++] = FeatureHash.of(104, n0wp);
        out[k++] = FeatureHash.of(105, n0w);
        out[k++] = FeatureHash.of(106, n0p);
        out[k++] = FeatureHash.of(107, n1w, n1p);
        out[k++] = FeatureHash.of(108, n1w);
        out[k++] = FeatureHash.of(109, n1p);
        out[k++] = FeatureHash.of(110, n2w, n2p);
        out[k++] = FeatureHash.of(111, n2w);
        out[k++] = FeatureHash.of(112, n2p);
        // pairs
        out[k++] = FeatureHash.of(113, s0wp, n0wp);
        out[k++] = FeatureHash.of(114, s0wp, n0w);
        out[k++] = FeatureHash.of(115, s0w, n0wp);
        out[k++] = FeatureHash.of(116, s0wp, n0p);
        out[k++] = FeatureHash.of(117, s0p, n0wp);
        out[k++] = FeatureHash.of(118, s0w, n0w);
        out[k++] = FeatureHash.of(119, s0p, n0p);
        out[k++] = FeatureHash.of(120, n0p, n1p);
        // three words
        out[k++] = FeatureHash.of(121, n0p, n1p, n2p);
        out[k++] = FeatureHash.of(122, s0p, n0p, n1p);
        out[k++] = FeatureHash.of(123, s0hp, s0p, n0p);
        out[k++] = FeatureHash.of(124, s0p, s0lp, n0p);
        out[k++] = FeatureHash.of(125, s0p, s0rp, n0p);
        out[k++] = FeatureHash.of(126, s0p, n0p, n0lp);
        // distance
        out[k++] = FeatureHash.of(127, s0w, d);
        out[k++] = FeatureHash.of(128, s0p, d);
        out[k++] = FeatureHash.of(129, n0w, d);
        out[k++] = FeatureHash.of(130, n0p, d);
        out[k++] = FeatureHash.of(131, s0w, n0w, d);
        out[k++] = FeatureHash.of(132, s0p, n0p, d);
        // valency
        long s0vr = c.rightCount[s0];
        long s0vl = c.leftCount[s0];
        long n0vl = c.leftCount[n0];
        out[k++] = FeatureHash.of(133, s0w, s0vr);
        out[k++] = FeatureHash.of(134, s0p, s0vr);
        out[k++] = FeatureHash.of(135, s0w, s0vl);
        out[k++] = FeatureHash.of(136, s0p, s0vl);
        out[k++] = FeatureHash.of(137, n0w, n0vl);
        out[k++] = FeatureHash.of(138, n0p, n0vl);
        // second order
        out[k++] = FeatureHash.of(139, word(tf, s0h));
        out[k++] = FeatureHash.of(140, s0hp);
        out[k++] = FeatureHash.of(141, label(c, s0));
        out[k++] = FeatureHash.of(142, word(tf, s0l));
        out[k++] = FeatureHash.of(143, s0lp);
        out[k++] = FeatureHash.of(144, label(c, s0l));
        out[k++] = FeatureHash.of(145, word(tf, s0r));
        out[k++] = FeatureHash.of(146, s0rp);
        out[k++] = FeatureHash.of(147, label(c, s0r));
        out[k++] = FeatureHash.of(148, word(tf, n0l));
        out[k++] = FeatureHash.of(149, n0lp);
        out[k++] = FeatureHash.of(150, label(c, n0l));
        // third order
        out[k++] = FeatureHash.of(151, word(tf, s0h2));
        out[k++] = FeatureHash.of(152, s0h2p);
        out[k++] = FeatureHash.of(153, label(c, s0h));
        out[k++] = FeatureHash.of(154, word(tf, s0l2));
        out[k++] = FeatureHash.of(155, s0l2p);
        out[k++] = FeatureHash.of(156, label(c, s0l2));
        out[k++] = FeatureHash.of(157, word(tf, s0r2));
        out[k++] = FeatureHash.of(158, s0r2p);
        out[k++] = FeatureHash.of(159, label(c, s0r2));
        out[k++] = FeatureHash.of(160, word(tf, n0l2));
        out[k++] = FeatureHash.of(161, n0l2p);
        out[k++] = FeatureHash.of(162, label(c, n0l2));
        out[k++] = FeatureHash.of(163, s0p, s0lp, s0l2p);
        out[k++] = FeatureHash.of(164, s0p, s0rp, s0r2p);
        out[k++] = FeatureHash.of(165, s0p, s0hp, s0h2p);
        out[k++] = FeatureHash.of(166, n0p, n0lp, n0l2p);
        // label sets
        long s0sr = c.rightLabels[s0];
        long s0sl = c.leftLabels[s0];
        long n0sl = c.leftLabels[n0];
        out[k++] = FeatureHash.of(167, s0w, s0sr);
        out[k++] = FeatureHash.of(168, s0p, s0sr);
        out[k++] = FeatureHash.of(169, s0w, s0sl);
        out[k++] = FeatureHash.of(170, s0p, s0sl);
        out[k++] = FeatureHash.of(171, n0w, n0sl);
        out[k++] = FeatureHash.of(172, n0p, n0sl);
        // the second stack word
        long s1p = tag(tags, s1);
        out[k++] = FeatureHash.of(173, word(tf, s1));
        out[k++] = FeatureHash.of(174, s1p);
        out[k++] = FeatureHash.of(175, s1p, s0p, n0p);
        out[k++] = FeatureHash.of(176, c.head[s0] >= 0 ? 1 : 0, s0p, n0p);
        // lemmas (which verbs take which prepositions) and morphology (agreement)
        long s0lem = at(lemmas, s0);
        long n0lem = at(lemmas, n0);
        long s0m = classAt(morph, s0);
        long n0m = classAt(morph, n0);
        out[k++] = FeatureHash.of(177, s0lem);
        out[k++] = FeatureHash.of(178, n0lem);
        out[k++] = FeatureHash.of(179, s0lem, word(tf, n0l));
        out[k++] = FeatureHash.of(180, s0lem, n0p);
        out[k++] = FeatureHash.of(181, s0p, n0lem);
        out[k++] = FeatureHash.of(182, s0m, n0m);
        out[k++] = FeatureHash.of(183, s0m, n0p);
        out[k++] = FeatureHash.of(184, s0p, n0m);
        out[k++] = FeatureHash.of(185, s0lem, n0p, word(tf, n0l));
        out[k++] = FeatureHash.of(186, s0p, s0m, word(tf, n0l));
        return k;
    }
}
