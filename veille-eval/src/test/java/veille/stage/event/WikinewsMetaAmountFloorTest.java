package veille.stage.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import veille.Analyzer;
import veille.doc.Document;
import veille.doc.InputFormat;
import veille.eval.GoldScore;
import veille.io.InputReader;
import veille.output.AnalysisJson;
import veille.testing.Shared;

/**
 * Regression floors for the publication date and the amounts on real articles (issue 13, item 5): the 40 Wikinews
 * dev articles of {@code ../shared/gold/wikinews-dev} (skipped when {@code ../shared} is absent), read as page text
 * and scored with score.py's rules. Measured at writing: published 40/40, amounts F1 0.970 (P 0.983, R 0.958).
 */
class WikinewsMetaAmountFloorTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void devPublishedDatesAndAmountsStayAboveTheirFloors() throws Exception {
        Path shared = Shared.shared().orElse(null);
        assumeTrue(shared != null && Files.isDirectory(shared.resolve("gold/wikinews-dev"))
                && Files.isDirectory(shared.resolve("data/winer-fr")), "../shared is absent");
        Map<String, Path> articles = new HashMap<>();
        try (Stream<Path> st = Files.walk(shared.resolve("data/winer-fr"))) {
            st.filter(Files::isRegularFile).forEach(p -> articles.putIfAbsent(p.getFileName().toString(), p));
        }
        List<Path> golds;
        try (Stream<Path> st = Files.list(shared.resolve("gold/wikinews-dev"))) {
            golds = st.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        Analyzer analyzer = Analyzer.standard();
        AnalysisJson writer = AnalysisJson.of(analyzer, false, false);
        GoldScore s = new GoldScore();
        for (Path g : golds) {
            Path f = articles.get(g.getFileName().toString().replaceFirst("\\.json$", ""));
            assertThat(f).as("article of " + g).isNotNull();
            Document d = analyzer.analyze(InputReader.withDefaults().read(f, f.toString(), InputFormat.TEXT));
            JsonNode a = JSON.readTree(writer.write(d));
            s.add(a, JSON.readTree(g.toFile()));
        }
        int[] published = s.accuracy("published");
        System.out.printf("wikinews dev published %d/%d, amounts F1 %.3f%n", published[0], published[1], s.f1("amounts"));
        assertThat(published[1]).isEqualTo(40);
        assertThat(published[0]).isGreaterThanOrEqualTo(39);
        assertThat(s.f1("amounts")).isGreaterThanOrEqualTo(0.94);
    }
}
