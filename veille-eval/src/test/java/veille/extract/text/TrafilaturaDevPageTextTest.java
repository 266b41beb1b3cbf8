package veille.extract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veille.doc.InputFormat;
import veille.eval.SnippetScore;
import veille.eval.SnippetSet;
import veille.io.InputException;
import veille.io.InputReader;
import veille.testing.Shared;

/**
 * The page-text cleaner on the dev half of trafilatura's evaluation set (495 open-web pages, issue 14), rendered to
 * the text a person copies by the shared {@code render_text.py} and scored by the snippet method, held as a
 * regression floor. Skipped when ../shared or python3 is absent. A page the decoder refuses scores as empty, as
 * {@code score_snippets.py} scores a page {@code analyze} skipped.
 */
class TrafilaturaDevPageTextTest {
    @Test
    void theOpenWebDevHalfAsPageTextHoldsItsFloor(@TempDir Path out) throws Exception {
        Path shared = Shared.shared().orElse(null);
        assumeTrue(shared != null, "../shared is absent");
        Path dir = shared.resolve("data/extraction/trafilatura-dev");
        Path render = shared.resolve("tools/render_text.py");
        assumeTrue(dir.resolve("evaldata.json").toFile().isFile() && render.toFile().isFile(),
                "trafilatura's dev half or the renderer is absent");
        List<String> cmd = new ArrayList<>(List.of("python3", render.toString(), out.toString()));
        try (var files = Files.list(dir.resolve("html"))) {
            files.sorted().forEach(f -> cmd.add(f.toString()));
        }
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "python3 is absent");
            return;
        }
        assumeTrue(p.waitFor(10, TimeUnit.MINUTES) && p.exitValue() == 0, "render_text.py failed");

        List<SnippetSet.Page> pages = SnippetSet.load(dir);
        InputReader reader = InputReader.withDefaults();
        PageTextExtractor extractor = new PageTextExtractor();
        SnippetScore s = new SnippetScore();
        for (SnippetSet.Page page : pages) {
            Path text = out.resolve(page.file() + ".txt");
            String extracted = "";
            if (Files.isRegularFile(text)) {
                try {
                    extracted = extractor.extract(reader.read(text, text.toString(), InputFormat.TEXT)).text();
                } catch (InputException refused) {
                    extracted = "";
                }
            }
            s.add(page, extracted);
        }
        SnippetScore.Tally all = s.all();
        SnippetScore.Tally fr = s.french();
        System.out.printf("[trafilatura dev page text] %d pages, all P %.3f R %.3f F1 %.3f, French F1 %.3f%n",
                pages.size(), all.precision(), all.recall(), all.f1(), fr.f1());
        assertThat(pages).hasSizeGreaterThanOrEqualTo(490);
        assertThat(all.f1()).isGreaterThanOrEqualTo(0.85); // measured 0.856 (P 0.902, R 0.815)
        assertThat(fr.f1()).isGreaterThanOrEqualTo(0.88); // measured 0.888
    }
}
