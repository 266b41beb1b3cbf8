/**
 * NER scoring on WiNER-fr: the corpus reader with its splits ({@link veille.eval.ner.WinerCorpus}, also what
 * veille-train learns from) and mention-level precision, recall and F1 as {@code score_ner.py} computes them
 * ({@link veille.eval.ner.NerEvaluation}). See {@code docs/ner.md}.
 */
package veille.eval.ner;
