/**
 * Named-entity recognition for French: the {@code ner} stage ({@link veille.stage.ner.NerStage}), the name
 * finder it runs (OpenNLP's name finder with Veille's own features, {@link veille.stage.ner.NerFeatures}), the model
 * and word lists it reads, and the hook a training run plugs its facts into
 * ({@link veille.stage.ner.NerTrainingFacts}).
 * Training lives in module veille-train ({@code veille.train.ner}), scoring in veille-eval ({@code veille.eval.ner}).
 * See {@code docs/ner.md}.
 */
package veille.stage.ner;
