package veille.stage.syntax;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The hand-written six-sentence treebank of the tests, and small training settings for it. */
final class TinyTreebank {
    private TinyTreebank() {
    }

    static List<UdSentence> sentences() {
        try (InputStream in = TinyTreebank.class.getResourceAsStream("tiny-fr.conllu")) {
            return ConlluReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SyntaxTrainer.Settings settings(int folds) {
        return new SyntaxTrainer.Settings(8, 8, folds, 7L, 0.001, 0.001, 1, 0.9);
    }

    static SyntaxModel model() {
        return SyntaxTrainer.train(sentences(), settings(0), "tiny test model");
    }
}
