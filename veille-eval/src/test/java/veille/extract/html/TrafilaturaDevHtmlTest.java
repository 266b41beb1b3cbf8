package veille.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import veille.eval.SnippetScore;
import veille.eval.SnippetSet;
import veille.testing.Shared;

/**
 * The HTML extractor on the dev half of trafilatura's evaluation set (495 open-web pages, issue 14), by its snippet
 * method on the whole text (title line included, as {@code analyze} writes it), held as a regression floor. Skipped
 * when ../shared is absent. {@code bin/veille bench extract} prints the same figures beside the Java peers.
 */
class TrafilaturaDevHtmlTest {
    @Test
    void theOpenWebDevHalfHoldsItsFloor() throws Exception {
        Path shared = Shared.shared().orElse(null);
        assumeTrue(shared != null, "../shared is absent");
        Path dir = shared.resolve("data/extraction/trafilatura-dev");
        assumeTrue(dir.resolve("evaldata.json").toFile().isFile(), "trafilatura's dev half is absent");
        List<SnippetSet.Page> pages = SnippetSet.load(dir);
        HtmlExtractor extractor = new HtmlExtractor();
        SnippetScore s = new SnippetScore();
        for (SnippetSet.Page p : pages) {
            s.add(p, p.input() == null ? "" : extractor.extract(p.input()).text());
        }
        SnippetScore.Tally all = s.all();
        SnippetScore.Tally fr = s.french();
        System.out.printf("[trafilatura dev html] %d pages, all P %.3f R %.3f F1 %.3f, French F1 %.3f%n", pages.size(),
                all.precision(), all.recall(), all.f1(), fr.f1());
        assertThat(pages).hasSizeGreaterThanOrEqualTo(490);
        assertThat(all.f1()).isGreaterThanOrEqualTo(0.935); // measured 0.941 (P 0.943, R 0.939)
        assertThat(fr.f1()).isGreaterThanOrEqualTo(0.935); // measured 0.942
    }
}
