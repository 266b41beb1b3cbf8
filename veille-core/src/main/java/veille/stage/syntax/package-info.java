/**
 * French syntax: the {@code syntax} stage ({@link veille.stage.syntax.SyntaxStage}) adds lemma, UPOS, morphological
 * features and a dependency tree to every token, with a model Veille trains on the UD French treebanks
 * ({@link veille.stage.syntax.SyntaxModel}: an averaged-perceptron tagger, a lemma lookup with learned suffix rules
 * and a greedy arc-eager parser). See {@code docs/syntax.md}.
 *
 * <p>{@link veille.stage.syntax.SyntaxTrainer}, {@link veille.stage.syntax.ConlluReader},
 * {@link veille.stage.syntax.AveragedPerceptron}, {@link veille.stage.syntax.ArcEagerOracle} and
 * {@link veille.stage.syntax.UdParseEvaluation} are training and evaluation code: the runtime never uses them.
 */
package veille.stage.syntax;
