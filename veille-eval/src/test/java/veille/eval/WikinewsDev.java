package veille.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import veille.Analyzer;
import veille.doc.Document;
import veille.doc.InputFormat;
import veille.io.InputException;
import veille.io.InputReader;
import veille.output.AnalysisJson;
import veille.testing.Shared;

/**
 * The 40 Wikinews dev articles of issue 13 ({@code ../shared/gold/wikinews-dev}, texts under
 * {@code ../shared/data/winer-fr}), read as page text by the standard pipeline and scored with score.py's rules.
 * Analysed once per test JVM: the quote, event, entity and metadata floors all read the same score.
 */
public final class WikinewsDev {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Optional<GoldScore> score;

    private WikinewsDev() {
    }

    /** The dev set's score, or empty when {@code ../shared} or the dev set is absent. */
    public static synchronized Optional<GoldScore> score() {
        if (score == null) {
            score = compute();
        }
        return score;
    }

    private static Optional<GoldScore> compute() {
        Path shared = Shared.shared().orElse(null);
        if (shared == null || !Files.isDirectory(shared.resolve("gold/wikinews-dev"))
                || !Files.isDirectory(shared.resolve("data/winer-fr"))) {
            return Optional.empty();
        }
        Path gold = shared.resolve("gold/wikinews-dev");
        try {
            List<Path> files;
            try (Stream<Path> st = Files.walk(shared.resolve("data/winer-fr"))) {
                files = st.filter(Files::isRegularFile)
                        .filter(f -> Files.isRegularFile(gold.resolve(f.getFileName() + ".json"))).sorted().toList();
            }
            if (files.isEmpty()) {
                return Optional.empty();
            }
            Analyzer analyzer = Analyzer.standard();
            AnalysisJson writer = AnalysisJson.of(analyzer, false, false);
            GoldScore s = new GoldScore();
            for (Path f : files) {
                Document d = analyzer.analyze(InputReader.withDefaults().read(f, f.toString(), InputFormat.TEXT));
                s.add(JSON.readTree(writer.write(d)), JSON.readTree(gold.resolve(f.getFileName() + ".json").toFile()));
            }
            return Optional.of(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InputException e) {
            throw new IllegalStateException("a Wikinews dev article cannot be read: " + e.getMessage(), e);
        }
    }
}
