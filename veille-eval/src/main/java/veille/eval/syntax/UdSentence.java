package veille.eval.syntax;

/**
 * One sentence of a UD treebank, on surface tokens: a multiword token ({@code du} = {@code de} + {@code le})
 * is one token, as Veille's tokenizer gives it (see {@link ConlluReader}). Read by the syntax trainer and by the
 * UD evaluations ({@link UdParseEvaluation}, {@link veille.eval.UdEvaluation}).
 *
 * @param id the sentence id ({@code # sent_id})
 * @param text the sentence text ({@code # text}), empty when the file has none
 * @param forms the tokens, folded ({@link veille.doc.TextNormalizer})
 * @param lemmas the lemmas, folded
 * @param upos the UPOS tags
 * @param feats the features, empty for none
 * @param heads the head token of each token, {@code -1} for the root
 * @param relations the relations to the heads
 * @param startsParagraph whether a {@code # newpar} or {@code # newdoc} line comes before the sentence
 */
public record UdSentence(String id, String text, String[] forms, String[] lemmas, String[] upos, String[] feats,
        int[] heads, String[] relations, boolean startsParagraph) {
    /** The number of surface tokens. */
    public int size() {
        return forms.length;
    }
}
