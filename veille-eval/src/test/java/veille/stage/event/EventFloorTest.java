package veille.stage.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import veille.Analyzer;
import veille.eval.GoldScore;
import veille.eval.WikinewsDev;
import veille.kb.KnowledgeBase;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.Stream;
import veille.doc.Document;
import veille.doc.InputFormat;
import veille.io.InputReader;
import veille.output.AnalysisJson;
import veille.testing.Shared;

/**
 * Regression floors for events and amounts (issue 5), scored with score.py's rules: the seeds in {@code ../shared}
 * (skipped when absent) and the bundled samples. Measured at writing: seeds events 0.875, date 1.000, place 1.000,
 * amounts 1.000; samples events 0.755, date 0.964, place 0.815, amounts 1.000. Issue 13 (events on real text):
 * the 40 Wikinews dev articles, events 0.126 before, 0.484 after (date 0.111: their publication dates are not read
 * yet); seeds 0.882; samples 0.731 (their gold holds only CONSULT, AGREE, MOBILIZE and AID events). Issue 13
 * part 3 (participants from the dependency tree, protesters, institutions, suppositions, ranges): dev events
 * 0.550, events.date 0.645 (with {@code published} read); seeds 0.882; samples 0.738. Issue 13 part 4 (what names
 * no occurrence, clause actors, one agreement per conjunct, the previous sentence's day): dev events 0.608,
 * events.date 0.844; seeds 0.882; samples 0.738. Merged main 0.612 / 0.848; an allegation ("prétendent que X
 * ...") accuses its reported clause's subject: dev events 0.616; a person from further back than two sentences
 * stands in for a missing actor only under a pronoun: 0.618, events.date 0.848; seeds 0.882; samples 0.738.
 * Hypothetical nouns, counted decrees, "ce rachat" told again, "le gouvernement des États-Unis": dev events 0.630
 * (103 of 168), events.date 0.853; seeds 0.882; samples 0.738.
 */
class EventFloorTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The analyses of every article with a gold file, scored as {@code bin/veille eval} does. */
    static GoldScore score(Analyzer analyzer, Path articles, Path gold) throws Exception {
        List<Path> files;
        try (Stream<Path> st = Files.list(articles)) {
            files = st.filter(Files::isRegularFile).sorted().toList();
        }
        return score(analyzer, files, gold);
    }

    /** The analyses of the given articles that have a gold file, scored as {@code bin/veille eval} does. */
    static GoldScore score(Analyzer analyzer, List<Path> files, Path gold) throws Exception {
        GoldScore s = new GoldScore();
        AnalysisJson writer = AnalysisJson.of(analyzer, false, false);
        for (Path f : files) {
            Path g = gold.resolve(f.getFileName() + ".json");
            if (Files.isRegularFile(g)) {
                Document d = analyzer.analyze(InputReader.withDefaults().read(f, f.toString(), InputFormat.TEXT));
                s.add(JSON.readTree(writer.write(d)), JSON.readTree(g.toFile()));
            }
        }
        return s;
    }

    @Test
    void seedsEventsStayAboveTheirFloors() throws Exception {
        Path shared = Shared.shared().orElse(null);
        assumeTrue(shared != null && Files.isDirectory(shared.resolve("gold/seeds")), "../shared is absent");
        GoldScore s = score(Analyzer.standard(), shared.resolve("seeds"), shared.resolve("gold/seeds"));
        System.out.printf("seeds events F1 %.3f, events.date %.3f, events.place %.3f, amounts %.3f%n", s.f1("events"),
                s.f1("events.date"), s.f1("events.place"), s.f1("amounts"));
        assertThat(s.f1("events")).isGreaterThanOrEqualTo(0.85);
        assertThat(s.f1("events.date")).isGreaterThanOrEqualTo(0.95);
        assertThat(s.f1("events.place")).isGreaterThanOrEqualTo(0.95);
        assertThat(s.f1("amounts")).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void samplesEventsStayAboveTheirFloors() throws Exception {
        Path root = Shared.root();
        KnowledgeBase kb = KnowledgeBase.withFolder(root.resolve("samples/kb"));
        GoldScore s = score(Analyzer.standard(kb), root.resolve("samples/articles"), root.resolve("samples/gold"));
        System.out.printf("samples events F1 %.3f, events.date %.3f, events.place %.3f, amounts %.3f%n", s.f1("events"),
                s.f1("events.date"), s.f1("events.place"), s.f1("amounts"));
        assertThat(s.f1("events")).isGreaterThanOrEqualTo(0.73);
        assertThat(s.f1("events.date")).isGreaterThanOrEqualTo(0.92);
        assertThat(s.f1("events.place")).isGreaterThanOrEqualTo(0.75);
        assertThat(s.f1("amounts")).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void wikinewsDevEventsStayAboveTheirFloor() throws Exception {
        GoldScore s = WikinewsDev.score().orElse(null);
        assumeTrue(s != null, "../shared or the Wikinews dev set is absent");
        System.out.printf("wikinews-dev events F1 %.3f, events.date %.3f%n", s.f1("events"), s.f1("events.date"));
        assertThat(s.f1("events")).isGreaterThanOrEqualTo(0.629);
        assertThat(s.f1("events.date")).isGreaterThanOrEqualTo(0.85);
    }
}
