package veille.doc;

import java.util.Objects;

/**
 * The syntax of one token: its lemma, part of speech, morphology and its arc in the sentence's dependency tree
 * (Universal Dependencies conventions, as in the UD French treebanks).
 *
 * <p>The {@code syntax} layer holds exactly one entry per token of the {@code tokens} layer, in the same order,
 * so entry {@code i} describes token {@code i} and {@link #head()} is an index into either layer. The standard
 * pipeline parses only the sentences that may hold a quote or an event; the tokens of the others are
 * {@linkplain #unparsed unparsed} (empty lemma, part of speech and relation). A multiword
 * token such as {@code du} ({@code de} + {@code le} in UD) is one entry: it carries the analysis of its
 * syntactic head word (see {@code docs/syntax.md}).
 *
 * @param start first character (the token's)
 * @param end one past the last character (the token's)
 * @param lemma the dictionary form ({@code déclarer} for {@code a déclaré}'s participle)
 * @param upos the universal part of speech ({@code NOUN}, {@code VERB}, {@code PROPN}, ...)
 * @param feats the morphological features as UD writes them ({@code Gender=Fem|Number=Sing}), empty when none
 * @param head the index of the head token in the layer, or {@code -1} for the root of the sentence
 * @param relation the dependency relation to the head ({@code nsubj}, {@code obj}, {@code obl:arg}, ...;
 *     {@code root} for the root)
 */
public record SyntaxToken(int start, int end, String lemma, String upos, String feats, int head, String relation)
        implements Annotation {
    /** Layer key. */
    public static final LayerKey<SyntaxToken> LAYER = LayerKey.of("syntax", SyntaxToken.class);

    public SyntaxToken {
        Annotation.checkOffsets(start, end);
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(upos, "upos");
        Objects.requireNonNull(feats, "feats");
        Objects.requireNonNull(relation, "relation");
        if (head < -1) {
            throw new IllegalArgumentException("head " + head + " is neither a token index nor -1 (root)");
        }
    }

    /** A token of a sentence the stage did not parse: empty lemma, part of speech, features and relation. */
    public static SyntaxToken unparsed(int start, int end) {
        return new SyntaxToken(start, end, "", "", "", -1, "");
    }

    /** Whether the token's sentence was parsed (false for {@linkplain #unparsed unparsed} tokens). */
    public boolean parsed() {
        return !upos.isEmpty();
    }

    /** Whether this token is the root of its sentence. */
    public boolean isRoot() {
        return head < 0 && parsed();
    }

    /** The value of one morphological feature ({@code Number} → {@code Plur}), or an empty string when absent. */
    public String feature(String name) {
        int from = 0;
        while (from < feats.length()) {
            int bar = feats.indexOf('|', from);
            int stop = bar < 0 ? feats.length() : bar;
            int eq = feats.indexOf('=', from);
            if (eq > from && eq < stop && feats.regionMatches(from, name, 0, name.length()) && eq - from == name.length()) {
                return feats.substring(eq + 1, stop);
            }
            from = stop + 1;
        }
        return "";
    }
}
