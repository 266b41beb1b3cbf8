package veille.extract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import veille.Analyzer;
import veille.doc.Document;
import veille.doc.InputFormat;
import veille.eval.ExtractionScore;
import veille.eval.Gold;
import veille.eval.ShingleScore;
import veille.io.InputReader;
import veille.kb.KnowledgeBase;
import veille.testing.Shared;

/**
 * Extraction quality held as regression floors: the seeds (acceptance bars of the foundation issue), the bundled
 * samples by layout family, and the ScrapingHub pages rendered to page text. Figures are printed so a run of
 * {@code bin/test} shows them.
 */
class GoldRegressionTest {
    private static final InputReader READER = InputReader.withDefaults();

    private static ExtractionScore score(Analyzer analyzer, Path articles, Path goldDir, InputFormat format,
                                         Map<String, ExtractionScore> byFamily) throws Exception {
        ExtractionScore all = new ExtractionScore();
        try (Stream<Path> files = Files.list(goldDir)) {
            for (Path g : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                Gold gold = Gold.read(g);
                Path article = articles.resolve(gold.doc());
                byte[] bytes = Files.readAllBytes(article);
                if (gold.layout().equals("latin1")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1);
                }
                Document d = analyzer.analyze(READER.fromBytes(bytes, article.toString(), format));
                all.add(d, gold);
                if (byFamily != null) {
                    byFamily.computeIfAbsent(gold.layout(), k -> new ExtractionScore()).add(d, gold);
                }
            }
        }
        return all;
    }

    @Test
    void seedsMeetTheFoundationBars() throws Exception {
        Path shared = Shared.shared().orElse(null);
        assumeTrue(shared != null, "../shared is absent");
        ExtractionScore s = score(Analyzer.standard(), shared.resolve("seeds"), shared.resolve("gold/seeds"),
                InputFormat.TEXT, null);
        System.out.println("[seeds]\n" + s.report());
        assertThat(s.body().f1()).isGreaterThanOrEqualTo(0.98);
        assertThat(s.captions().f1()).isGreaterThanOrEqualTo(0.9);
        for (String field : List.of("title", "published", "outlet", "dateline", "credits")) {
            assertThat(s.exact(field)).as(field).containsExactly(5, 5);
        }
    }

    @Test
    void bundledSamplesScoreWellInEveryLayoutFamily() throws Exception {
        Path root = Shared.root();
        Map<String, ExtractionScore> byFamily = new TreeMap<>();
        Analyzer analyzer = Analyzer.standard(KnowledgeBase.withFolder(root.resolve("samples/kb")));
        ExtractionScore all = score(analyzer, root.resolve("samples/articles"), root.resolve("samples/gold"),
                InputFormat.TEXT, byFamily);
        StringBuilder table = new StringBuilder("[samples] body F1 by layout family\n");
        byFamily.forEach((family, s) -> table.append(String.format("  %-15s %s%n", family, s.body())));
        System.out.println(table + all.report());
        assertThat(byFamily).hasSizeGreaterThanOrEqualTo(8);
        byFamily.forEach((family, s) -> assertThat(s.body().f1()).as(family).isGreaterThanOrEqualTo(0.95));
        assertThat(all.body().f1()).isGreaterThanOrEqualTo(0.98);
        assertThat(all.captions().f1()).isGreaterThanOrEqualTo(0.9);
        int n = all.exact("title")[1];
        for (String field : List.of("title", "published", "outlet", "dateline", "credits", "authors")) {
            assertThat(all.exact(field)[0]).as(field).isGreaterThanOrEqualTo(n - 1);
        }
    }

    @Test
    void scrapingHubPagesRenderedToPageTextKeepTheirBody() throws Exception {
        Path shared = Shared.shared().orElse(null);
        assumeTrue(shared != null, "../shared is absent");
        List<ScrapingHubPageText.Page> pages = ScrapingHubPageText.load(shared.resolve("data/extraction/scrapinghub"));
        ShingleScore s = ScrapingHubPageText.score(pages, new PageTextExtractor());
        System.out.printf("[scrapinghub rendered to page text] %d pages, shingle P %.3f R %.3f F1 %.3f%n",
                s.pages(), s.precision(), s.recall(), s.f1());
        assertThat(s.pages()).isGreaterThanOrEqualTo(180);
        assertThat(s.f1()).isGreaterThanOrEqualTo(0.845);
    }
}
