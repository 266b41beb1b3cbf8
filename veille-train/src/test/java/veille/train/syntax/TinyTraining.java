package veille.train.syntax;

import veille.eval.syntax.TinyTreebank;
import veille.stage.syntax.SyntaxModel;

/** Small training settings for the tiny test treebank ({@link TinyTreebank}), and the model they give. */
final class TinyTraining {
    private TinyTraining() {
    }

    static SyntaxTrainer.Settings settings(int folds) {
        return new SyntaxTrainer.Settings(8, 8, folds, 7L, 0.001, 0.001, 1, 0.9);
    }

    static SyntaxModel model() {
        return SyntaxTrainer.train(TinyTreebank.sentences(), settings(0), "tiny test model");
    }
}
