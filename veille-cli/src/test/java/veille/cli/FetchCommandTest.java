package veille.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code veille fetch} against a local server: saving with a manifest, analysing, feeds, failures, usage. */
class FetchCommandTest {
    @TempDir
    Path dir;

    @Test
    void pagesAreSavedSafelyWithAManifestAndEachFailureIsOneLine() throws IOException {
        try (TestServer server = new TestServer()) {
            server.html("/a", SourcesFixtures.ARTICLE_1)
                    .page("/missing", 404, "text/html", "<p>introuvable</p>")
                    .page("/boom", 500, "text/html", "<p>erreur</p>")
                    .fallback(SourcesFixtures.ARTICLE_2);
            Path out = dir.resolve("pages");
            String hostile = server.url("/%2e%2e/%2e%2e/etc/passwd?f=../../../x");
            CliRun run = CliRun.of("fetch", "--out", out.toString(), "--rate", "0", server.url("/a"),
                    server.url("/missing"), server.url("/boom"), hostile);
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err().lines().toList()).containsExactly(
                    "veille: " + server.url("/missing") + ": HTTP 404",
                    "veille: " + server.url("/boom") + ": HTTP 500");
            assertThat(run.out()).isEmpty();

            List<JsonNode> manifest = AnalyzeSourcesTest.rows(Files.readString(out.resolve("manifest.jsonl")));
            assertThat(manifest).extracting(m -> m.get("url").asText())
                    .containsExactly(server.url("/a"), server.url("/missing"), server.url("/boom"), hostile);
            JsonNode a = manifest.get(0);
            assertThat(a.get("status").asInt()).isEqualTo(200);
            assertThat(a.get("final_url").asText()).isEqualTo(server.url("/a"));
            assertThat(a.get("content_type").asText()).isEqualTo("text/html; charset=utf-8");
            assertThat(a.get("charset").asText()).isEqualTo("utf-8");
            assertThat(a.get("fetched_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
            assertThat(Files.readString(out.resolve(a.get("file").asText()))).isEqualTo(SourcesFixtures.ARTICLE_1);
            assertThat(a.get("bytes").asLong()).isEqualTo(Files.size(out.resolve(a.get("file").asText())));
            assertThat(a.get("error").isNull()).isTrue();
            JsonNode missing = manifest.get(1);
            assertThat(missing.get("status").asInt()).isEqualTo(404);
            assertThat(missing.get("file").isNull()).isTrue();
            assertThat(missing.get("error").asText()).isEqualTo("HTTP 404");
            assertThat(manifest).allSatisfy(m -> assertThat(m.fieldNames()).toIterable().containsExactly("url",
                    "final_url", "status", "content_type", "charset", "bytes", "fetched_at", "file", "error"));

            String hostileFile = manifest.get(3).get("file").asText();
            assertThat(hostileFile).matches("127\\.0\\.0\\.1_\\d+/[A-Za-z0-9._-]+\\.html").doesNotContain("..");
            try (Stream<Path> files = Files.walk(out)) {
                assertThat(files.filter(Files::isRegularFile).toList())
                        .allMatch(f -> f.toAbsolutePath().normalize().startsWith(out.toAbsolutePath()))
                        .hasSize(3); // two pages and the manifest
            }
        }
    }

    @Test
    void aFeedUrlGivesItsEntriesFetchedAndAnalysed() throws IOException {
        try (TestServer server = new TestServer()) {
            server.page("/feed.xml", 200, "application/rss+xml; charset=utf-8", SourcesFixtures.feed(server.url("")))
                    .html("/article-1", SourcesFixtures.ARTICLE_1)
                    .html("/article-2", SourcesFixtures.ARTICLE_2)
                    .html("/article-3", SourcesFixtures.ARTICLE_3);
            Path out = dir.resolve("saved");
            CliRun run = CliRun.of("fetch", "--analyze", "--out", out.toString(), "--rate", "0", server.url("/feed.xml"));
            assertThat(run.err()).isEmpty();
            assertThat(run.status()).isZero();
            List<JsonNode> rows = AnalyzeSourcesTest.rows(run.out());
            assertThat(rows).extracting(r -> r.get("source").asText())
                    .containsExactly(server.url("/article-1"), server.url("/article-2"), server.url("/article-3"));
            JsonNode first = rows.get(0);
            assertThat(first.get("title").asText()).isEqualTo("Pékin et Moscou signent un accord énergétique");
            assertThat(first.at("/origin/kind").asText()).isEqualTo("feed");
            assertThat(first.at("/origin/container").asText()).isEqualTo(server.url("/feed.xml"));
            assertThat(first.at("/origin/entry/feed_title").asText()).isEqualTo("Le Courrier invented");
            assertThat(first.at("/origin/entry/content").asText()).isEqualTo("link");
            assertThat(first.at("/origin/capture/final_url").asText()).isEqualTo(server.url("/article-1"));
            List<JsonNode> manifest = AnalyzeSourcesTest.rows(Files.readString(out.resolve("manifest.jsonl")));
            assertThat(manifest).extracting(m -> m.get("url").asText()).containsExactly(server.url("/feed.xml"),
                    server.url("/article-1"), server.url("/article-2"), server.url("/article-3"));
            assertThat(manifest.get(0).get("file").asText()).endsWith(".xml");
        }
    }

    @Test
    void urlsComeFromAListFileToo() throws IOException {
        try (TestServer server = new TestServer()) {
            server.html("/a", SourcesFixtures.ARTICLE_1).html("/b", SourcesFixtures.ARTICLE_2);
            Path list = Files.writeString(dir.resolve("urls.txt"),
                    "# pages du jour\n" + server.url("/a") + "\n\n  " + server.url("/b") + "  \n");
            CliRun run = CliRun.of("fetch", "--analyze", "--rate", "0", "--from", list.toString(), "not a url");
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err().lines().toList()).containsExactly("veille: not a url: not an http or https URL: 'not a url'");
            List<JsonNode> rows = AnalyzeSourcesTest.rows(run.out());
            assertThat(rows).extracting(r -> r.get("source").asText()).containsExactly(server.url("/a"), server.url("/b"));
            assertThat(rows).extracting(r -> r.at("/origin/kind").asText()).containsOnly("fetch");
        }
    }

    @Test
    void badCommandLinesAreUsageErrors() {
        assertThat(CliRun.of("fetch", "http://127.0.0.1:9/").status()).isEqualTo(Main.USAGE);
        assertThat(CliRun.of("fetch", "--analyze").status()).isEqualTo(Main.USAGE);
        assertThat(CliRun.of("fetch", "--analyze", "--rate", "-5", "http://127.0.0.1:9/").status()).isEqualTo(Main.USAGE);
        assertThat(CliRun.of("fetch", "--analyze", "--read-timeout", "0", "http://127.0.0.1:9/").status()).isEqualTo(Main.USAGE);
        assertThat(CliRun.of("fetch", "--analyze", "--retries", "-1", "http://127.0.0.1:9/").status()).isEqualTo(Main.USAGE);
        assertThat(CliRun.of("fetch", "--analyze", "--max-retry-wait", "-1", "http://127.0.0.1:9/").status())
                .isEqualTo(Main.USAGE);
        CliRun run = CliRun.of("fetch", "http://127.0.0.1:9/");
        assertThat(run.err()).contains("say what to do with the pages: --out DIR (save them), --analyze");
    }
}
