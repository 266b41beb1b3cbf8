/**
 * Named-entity recognition for French: the {@code ner} stage ({@link veille.stage.ner.NerStage}), the name
 * finder it runs (OpenNLP's maximum-entropy name finder with Veille's own features, {@link veille.stage.ner.NerFeatures}),
 * how it is trained on WiNER-fr ({@link veille.stage.ner.NerTrainer}, {@link veille.stage.ner.WinerCorpus}) and
 * scored as {@code score_ner.py} does ({@link veille.stage.ner.NerEvaluation}). See {@code docs/ner.md}.
 */
package veille.stage.ner;
