package veille.stage.link;

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
 * Regression floors for the entities on real articles (issue 13, item 4): the 40 Wikinews dev articles of
 * {@code ../shared/gold/wikinews-dev} (skipped when {@code ../shared} is absent), read as page text and scored with
 * score.py's rules. Measured at writing: entities F1 0.886, ORG F1 0.808 (before issue 13: 0.841 / 0.713).
 */
class WikinewsEntityFloorTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void devEntitiesStayAboveTheirFloors() throws Exception {
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
        System.out.printf("wikinews dev entities F1 %.3f, ORG %.3f, PER %.3f, LOC %.3f%n", s.f1("entities"),
                s.f1("entities.ORG"), s.f1("entities.PER"), s.f1("entities.LOC"));
        assertThat(s.f1("entities")).isGreaterThanOrEqualTo(0.87);
        assertThat(s.f1("entities.ORG")).isGreaterThanOrEqualTo(0.78);
    }
}
