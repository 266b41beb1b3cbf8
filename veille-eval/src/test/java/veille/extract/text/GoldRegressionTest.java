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
import veille.eval.GoldScore;
import veille.output.AnalysisJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Analyses every article that has a gold file and scores it with the port of score.py. */
    private static GoldScore score(Analyzer analyzer, Path articles, Path goldDir, Map<String, GoldScore> byFamily)
            throws Exception {
        GoldScore all = new GoldScore();
        AnalysisJson writer = AnalysisJson.of(analyzer, false, false);
        try (Stream<Path> files = Files.list(goldDir)) {
            for (Path g : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode gold = JSON.readTree(g.toFile());
                String layout = gold.path("layout").asText("seed");
                Path article = articles.resolve(gold.path("doc").asText());
                byte[] bytes = Files.readAllBytes(article);
                if (layout.equals("latin1")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1);
                }
                Document d = analyzer.analyze(READER.fromBytes(bytes, article.toString(), InputFormat.TEXT));
                JsonNode row = JSON.readTree(writer.write(d));
                all.add(row, gold);
                if (byFamily != null) {
                    byFamily.computeIfAbsent(layout, k -> new GoldScore()).add(row, gold);
                }
            }
        }
        return all;
    }

    @Test
    void seedsMeetTheFoundationBars() throws Exception {
        Path shared = Shared.shared().orElse(null);
        assumeTrue(shared != null, "../shared is absent");
        GoldScore s = score(Analyzer.standard(), shared.resolve("seeds"), shared.resolve("gold/seeds"), null);
        System.out.println("[seeds]\n" + s.report());
        assertThat(s.seen()).hasSize(5);
        assertThat(s.f1("body_lines")).isGreaterThanOrEqualTo(0.98);
        assertThat(s.f1("caption_lines")).isGreaterThanOrEqualTo(0.9);
        for (String field : List.of("title", "published", "outlet", "dateline", "credits")) {
            assertThat(s.accuracy(field)).as(field).containsExactly(5, 5);
        }
        // Entities issue bars: entities F1 >= 0.95 and PER F1 = 1.0 (measured 1.000 and 1.000).
        assertThat(s.f1("entities")).isGreaterThanOrEqualTo(0.95);
        assertThat(s.f1("entities.PER")).isEqualTo(1.0);
    }

    @Test
    void bundledSamplesScoreWellInEveryLayoutFamily() throws Exception {
        Path root = Shared.root();
        Map<String, GoldScore> byFamily = new TreeMap<>();
        Analyzer analyzer = Analyzer.standard(KnowledgeBase.withFolder(root.resolve("samples/kb")));
        GoldScore all = score(analyzer, root.resolve("samples/articles"), root.resolve("samples/gold"), byFamily);
        StringBuilder table = new StringBuilder("[samples] body F1 by layout family\n");
        byFamily.forEach((family, s) -> table.append(String.format("  %-15s body F1 %.3f  captions F1 %.3f%n", family,
                s.f1("body_lines"), s.f1("caption_lines"))));
        System.out.println(table + all.report());
        assertThat(byFamily).hasSizeGreaterThanOrEqualTo(8);
        byFamily.forEach((family, s) -> assertThat(s.f1("body_lines")).as(family).isGreaterThanOrEqualTo(0.95));
        assertThat(all.f1("body_lines")).isGreaterThanOrEqualTo(0.98);
        assertThat(all.f1("caption_lines")).isGreaterThanOrEqualTo(0.9);
        int n = all.accuracy("title")[1];
        assertThat(n).isGreaterThanOrEqualTo(15);
        for (String field : List.of("title", "published", "outlet", "dateline", "credits")) {
            assertThat(all.accuracy(field)[0]).as(field).isGreaterThanOrEqualTo(n - 1);
        }
        assertThat(all.f1("entities")).isGreaterThanOrEqualTo(0.93); // measured 0.950
        assertThat(all.f1("entities.PER")).isGreaterThanOrEqualTo(0.95); // measured 0.986
    }

    @Test
    void scrapingHubPagesRenderedToPageTextKeepTheirBody() throws Exception {
        Path shared = Shared.shared().orElse(null);
        assumeTrue(shared != null, "../shared is absent");
        List<ScrapingHubPageText.Page> pages = ScrapingHubPageText.load(shared.resolve("data/extraction/scrapinghub"));
        ShingleScore s = ScrapingHubPageTextScore.score(pages, new PageTextExtractor());
        System.out.printf("[scrapinghub rendered to page text] %d pages, shingle P %.3f R %.3f F1 %.3f%n",
                s.pages(), s.precision(), s.recall(), s.f1());
        assertThat(s.pages()).isGreaterThanOrEqualTo(180);
        assertThat(s.f1()).isGreaterThanOrEqualTo(0.87); // measured 0.879
    }
}
