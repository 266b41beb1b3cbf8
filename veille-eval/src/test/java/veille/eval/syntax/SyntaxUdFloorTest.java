package veille.eval.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import veille.stage.syntax.SyntaxModel;

/**
 * The shipped syntax model on the UD French test files, as floors a little under the figures of docs/syntax.md.
 * Skipped when {@code ../shared/data/ud} is absent.
 */
class SyntaxUdFloorTest {
    private static Path udDir() {
        List<Path> tries = new ArrayList<>();
        String root = System.getProperty("veille.root");
        if (root != null) {
            tries.add(Path.of(root, "..", "shared", "data", "ud"));
        }
        tries.add(Path.of("..", "shared", "data", "ud"));
        tries.add(Path.of("..", "..", "shared", "data", "ud"));
        return tries.stream().filter(Files::isDirectory).findFirst().orElse(null);
    }

    private static UdParseEvaluation.Scores score(String file) throws IOException {
        Path dir = udDir();
        Assumptions.assumeTrue(dir != null, "no ../shared/data/ud");
        return UdParseEvaluation.score(SyntaxModel.standard(), ConlluReader.read(dir.resolve(file)));
    }

    @Test
    void sequoiaTest() throws IOException {
        // measured UPOS 0.9642, lemma 0.9766, UAS 0.8873, LAS 0.8439
        UdParseEvaluation.Scores s = score("fr_sequoia-ud-test.conllu");
        assertThat(s.upos()).isGreaterThanOrEqualTo(0.96);
        assertThat(s.lemma()).isGreaterThanOrEqualTo(0.97);
        assertThat(s.uas()).isGreaterThanOrEqualTo(0.88);
        assertThat(s.las()).isGreaterThanOrEqualTo(0.84);
    }

    @Test
    void gsdAndParisStoriesTest() throws IOException {
        // measured LAS 0.7861 (GSD), 0.7072 (ParisStories)
        assertThat(score("fr_gsd-ud-test.conllu").las()).isGreaterThanOrEqualTo(0.78);
        assertThat(score("fr_parisstories-ud-test.conllu").las()).isGreaterThanOrEqualTo(0.70);
    }
}
