package veille.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veille.eval.GoldScore;

/** The Java port of score.py gives score.py's own figures on the same analyses (seeds and bundled samples). */
class ScorePyAgreementTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static Path root() {
        String r = System.getProperty("veille.root");
        return Path.of(r != null ? r : "..").toAbsolutePath().normalize();
    }

    private static boolean hasPython() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void javaAndPythonScoresAgreeOnSeedsAndSamples() throws Exception {
        Path shared = root().resolve("../shared").normalize();
        assumeTrue(Files.isRegularFile(shared.resolve("tools/score.py")) && hasPython(), "score.py or python3 absent");
        check(shared.resolve("gold/seeds"), shared.resolve("seeds"), null);
        check(root().resolve("samples/gold"), root().resolve("samples/articles"), root().resolve("samples/kb"));
    }

    private void check(Path goldDir, Path articles, Path kb) throws Exception {
        CliRun run = kb == null ? CliRun.of("analyze", "--input", "text", articles.toString())
                : CliRun.of("analyze", "--input", "text", "--kb", kb.toString(), articles.toString());
        Path rows = tmp.resolve("rows.jsonl");
        Files.writeString(rows, run.out());
        Process p = new ProcessBuilder("python3", root().resolve("../shared/tools/score.py").normalize().toString(),
                goldDir.toString(), rows.toString(), "--json").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        JsonNode py = JSON.readTree(p.getInputStream());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        GoldScore java = new GoldScore();
        Map<String, JsonNode> golds = new java.util.HashMap<>();
        try (var s = Files.list(goldDir)) {
            for (Path g : s.filter(f -> f.toString().endsWith(".json")).toList()) {
                String n = g.getFileName().toString();
                golds.put(n.substring(0, n.length() - 5), JSON.readTree(g.toFile()));
            }
        }
        for (String line : run.out().split("\n")) {
            if (!line.isBlank()) {
                JsonNode a = JSON.readTree(line);
                JsonNode g = golds.get(Path.of(a.get("source").asText()).getFileName().toString());
                if (g != null) {
                    java.add(a, g);
                }
            }
        }
        Iterator<Map.Entry<String, JsonNode>> it = py.fields();
        int compared = 0;
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            if (key.equals("missing")) {
                continue;
            }
            int dot = key.lastIndexOf('.');
            String metric = key.substring(0, dot);
            String part = key.substring(dot + 1);
            double mine = switch (part) {
                case "p" -> java.prf(metric)[0];
                case "r" -> java.prf(metric)[1];
                case "f1" -> java.prf(metric)[2];
                default -> {
                    int[] acc = java.accuracy(metric);
                    yield acc[1] == 0 ? 0 : acc[0] / (double) acc[1];
                }
            };
            assertThat(mine).as(goldDir.getFileName() + " " + key).isCloseTo(e.getValue().asDouble(),
                    org.assertj.core.data.Offset.offset(1e-9));
            compared++;
        }
        assertThat(compared).isGreaterThan(30);
    }
}
