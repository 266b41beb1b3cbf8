/**
 * French syntax: the {@code syntax} stage ({@link veille.stage.syntax.SyntaxStage}) adds lemma, UPOS, morphological
 * features and a dependency tree to every token, with a model Veille trains on the UD French treebanks
 * ({@link veille.stage.syntax.SyntaxModel}: an averaged-perceptron tagger, a lemma lookup with learned suffix rules
 * and a greedy arc-eager parser). See {@code docs/syntax.md}.
 *
 * <p>Runtime only. The trainer ({@code veille.train.syntax} in {@code veille-train}) and the UD evaluation
 * ({@code veille.eval.syntax} in {@code veille-eval}) live outside {@code veille-core}. The trainer shares the
 * feature extraction, the transition system and the weight tables with the runtime, so that it learns from exactly
 * what the runtime computes: that is why {@link veille.stage.syntax.TokenFeatures},
 * {@link veille.stage.syntax.PosTagger}, {@link veille.stage.syntax.DependencyParser},
 * {@link veille.stage.syntax.ArcEager}, {@link veille.stage.syntax.WeightTable}, {@link veille.stage.syntax.Weights},
 * {@link veille.stage.syntax.LongIntMap}, {@link veille.stage.syntax.FeatureHash} and
 * {@link veille.stage.syntax.Lemmatizer} are public. Their public members are only what training needs; the rest
 * stays package-private. They are not an API for other uses.
 */
package veille.stage.syntax;
