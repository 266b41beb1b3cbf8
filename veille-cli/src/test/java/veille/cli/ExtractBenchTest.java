package veille.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code veille bench extract} on a two-page benchmark folder laid out like ScrapingHub's, Veille alone. */
class ExtractBenchTest {
    private static final String BODY = "La Chine et la Russie ont convenu mardi de renforcer leur coopération dans le "
            + "domaine de l'énergie, a annoncé le ministère chinois des Affaires étrangères dans un communiqué.";

    @TempDir
    Path dir;

    private void writePage(String id, String html) throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(html.getBytes(StandardCharsets.UTF_8));
        }
        Files.createDirectories(dir.resolve("html"));
        Files.write(dir.resolve("html").resolve(id + ".html.gz"), gz.toByteArray());
    }

    @Test
    void scoresVeilleWithTheBenchmarksMetricAndExplainsAPage() throws IOException {
        writePage("aaa1", "<html><body><nav><a href='/'>Accueil</a></nav><article><h1>Titre</h1><p>" + BODY
                + "</p></article></body></html>");
        writePage("bbb2", "<html><body><div class='content'><p>" + BODY + "</p><p>" + BODY.replace("mardi", "mercredi")
                + "</p></div><footer>© 2024 Le Quotidien</footer></body></html>");
        Files.writeString(dir.resolve("ground-truth.json"), "{\"aaa1\": {\"articleBody\": \"" + BODY
                + "\", \"url\": \"https://example.org/a\"}, \"bbb2\": {\"articleBody\": \"" + BODY + "\\n\\n"
                + BODY.replace("mardi", "mercredi") + "\", \"url\": \"https://example.org/b\"}}");
        CliRun run = CliRun.of("bench", "extract", dir.toString(), "--peers", "none", "--runs", "1", "--warmup", "2",
                "--worst", "2");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("2 pages").containsPattern("veille \\S+\\s+1\\.000\\s+1\\.000\\s+1\\.000");
        CliRun explain = CliRun.of("bench", "extract", dir.toString(), "--page", "aaa");
        assertThat(explain.out()).contains("container html>body", "title", "boilerplate", "page F1 1.000");
    }

    @Test
    void veillesParsingVariantsGiveTheSameBodies() throws IOException {
        writePage("aaa1", "<html><head><script>var x = '<p>not text</p>';</script><style>p{}</style></head><body>"
                + "<article><h1>Titre</h1><p>" + BODY + "</p></article></body></html>");
        Files.writeString(dir.resolve("ground-truth.json"), "{\"aaa1\": {\"articleBody\": \"" + BODY
                + "\", \"url\": \"https://example.org/a\"}}");
        CliRun run = CliRun.of("bench", "extract", dir.toString(), "--peers", "veille-whole-parse,veille-tracked-parse",
                "--runs", "1", "--warmup", "1");
        assertThat(run.status()).isZero();
        assertThat(run.out()).containsPattern("veille-whole-parse\\s+1\\.000\\s+1\\.000\\s+1\\.000")
                .containsPattern("veille-tracked-parse\\s+1\\.000\\s+1\\.000\\s+1\\.000")
                .contains("÷ veille-whole-parse, CPU speed in the same rounds");
        assertThat(run.err()).doesNotContain("unknown peer");
    }

    @Test
    void ratiosPairTheToolsRoundByRound() {
        // a slow second round slows both tools: paired, the ratio stays 2 where the absolute speeds halve
        assertThat(ExtractBench.ratios(java.util.List.of(300.0, 150.0), java.util.List.of(150.0, 75.0)))
                .containsExactly(2.0, 2.0);
        assertThat(ExtractBench.median(ExtractBench.ratios(java.util.List.of(300.0, 150.0, 240.0),
                java.util.List.of(150.0, 75.0, 160.0)))).isEqualTo(2.0);
    }

    @Test
    void aFolderWithoutGroundTruthIsAUsageError() {
        CliRun run = CliRun.of("bench", "extract", dir.toString(), "--peers", "none");
        assertThat(run.status()).isEqualTo(64);
        assertThat(run.err()).contains("no ground-truth.json");
    }
}
