/**
 * Training Veille's French syntax model ({@link veille.train.syntax.SyntaxTrainer}, behind
 * {@code bin/veille train syntax}): the averaged perceptron that learns ({@link veille.train.syntax.AveragedPerceptron})
 * and the arc-eager dynamic oracle ({@link veille.train.syntax.ArcEagerOracle}). It shares the feature extraction,
 * the transition system and the weight tables with the runtime ({@code veille.stage.syntax}). See
 * {@code docs/syntax.md}.
 */
package veille.train.syntax;
