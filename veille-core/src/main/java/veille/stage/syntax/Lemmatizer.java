package veille.stage.syntax;

import java.util.Locale;

/**
 * Lemmas by lookup, learned from the treebanks: the lemma a (lower-cased form, UPOS) pair had most often in
 * training; for a pair never seen, the edit of the longest known suffix for that UPOS ("remove {@code ées}, add
 * {@code er}" for a participle ending in {@code -ées}), learned from the training pairs; then the lemma the form
 * had under another UPOS; then the lower-cased form. Proper nouns, numbers and symbols keep their form, as in
 * UD French. Immutable and thread-safe.
 *
 * <p>The keys of its tables are public so that the trainer ({@code veille.train.syntax}) builds the tables this
 * class reads; the lookup itself stays inside the package.
 */
public final class Lemmatizer {
    /** The longest suffix a rule reads. */
    public static final int MAX_SUFFIX = 6;

    private final String[] lemmas;
    private final LongIntMap byFormAndTag;
    private final LongIntMap byForm;
    private final LongIntMap rules;
    private final int[] ruleCut;
    private final String[] ruleAppend;

    Lemmatizer(String[] lemmas, LongIntMap byFormAndTag, LongIntMap byForm, LongIntMap rules, int[] ruleCut,
            String[] ruleAppend) {
        this.lemmas = lemmas;
        this.byFormAndTag = byFormAndTag;
        this.byForm = byForm;
        this.rules = rules;
        this.ruleCut = ruleCut;
        this.ruleAppend = ruleAppend;
    }

    /** A key of the lemma tables ({@link SyntaxModel.LemmaTables}). */
    public static long formAndTagKey(long lowerHash, int upos) {
        return FeatureHash.of(201, lowerHash, upos);
    }

    /** A key of the lemma tables ({@link SyntaxModel.LemmaTables}). */
    public static long formKey(long lowerHash) {
        return FeatureHash.of(202, lowerHash);
    }

    /** A key of the lemma tables ({@link SyntaxModel.LemmaTables}). */
    public static long ruleKey(int upos, long suffixHash) {
        return FeatureHash.of(203, suffixHash, upos);
    }

    /**
     * The lemma of a word.
     *
     * @param keepForm whether the form is its own lemma (proper nouns, numbers, symbols, punctuation)
     */
    String lemma(String word, long lowerHash, int upos, boolean keepForm) {
        if (keepForm) {
            return word;
        }
        int known = byFormAndTag.get(formAndTagKey(lowerHash, upos));
        if (known >= 0) {
            return lemmas[known];
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (int k = Math.min(MAX_SUFFIX, lower.length()); k >= 1; k--) {
            int r = rules.get(ruleKey(upos, FeatureHash.chars(lower, lower.length() - k, lower.length(), false)));
            if (r >= 0 && ruleCut[r] <= lower.length()) {
                return lower.substring(0, lower.length() - ruleCut[r]) + ruleAppend[r];
            }
        }
        int other = byForm.get(formKey(lowerHash));
        return other >= 0 ? lemmas[other] : lower;
    }
}
