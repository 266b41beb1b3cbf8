package veille.stage.syntax;

/**
 * One sentence of a UD treebank, on surface tokens: a multiword token ({@code du} = {@code de} + {@code le})
 * is one token, as Veille's tokenizer gives it (see {@link ConlluReader}). Training and evaluation only.
 *
 * @param id the sentence id ({@code # sent_id})
 * @param text the sentence text ({@code # text}), empty when the file has none
 * @param forms the tokens, folded ({@link veille.doc.TextNormalizer})
 * @param lemmas the lemmas, folded
 * @param upos the UPOS tags
 * @param feats the features, empty for none
 * @param heads the head token of each token, {@code -1} for the root
 * @param relations the relations to the heads
 */
record UdSentence(String id, String text, String[] forms, String[] lemmas, String[] upos, String[] feats,
        int[] heads, String[] relations) {
    int size() {
        return forms.length;
    }
}
