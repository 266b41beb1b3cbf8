/**
 * Evaluation of the syntax stage on UD French: the CoNLL-U reader ({@link veille.eval.syntax.ConlluReader}, also
 * read by the trainer and by {@link veille.eval.UdEvaluation}) and the UPOS, FEATS, lemma, UAS and LAS scores of a
 * model ({@link veille.eval.syntax.UdParseEvaluation}, behind {@code bin/veille eval --ud}). See {@code docs/syntax.md}.
 */
package veille.eval.syntax;
