package veille.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code veille analyze} on feeds and WARC archives: one row per article, the contract kept, bad input one line. */
class AnalyzeSourcesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static List<JsonNode> rows(String out) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                rows.add(JSON.readTree(line));
            }
        }
        return rows;
    }

    @Test
    void feedsAndArchivesGiveOneRowPerArticleInInputOrder() throws IOException {
        Path page = Files.writeString(dir.resolve("01-page.html"), SourcesFixtures.ARTICLE_3);
        Path feed = Files.writeString(dir.resolve("02-courrier.xml"), SourcesFixtures.feed("https://courrier.example"));
        Path warc = dir.resolve("03-crawl.warc.gz");
        SourcesFixtures.warc(warc, true);
        CliRun run = CliRun.of("analyze", page.toString(), feed.toString(), warc.toString());
        assertThat(run.err().lines().toList()).containsExactly(
                "veille: note: " + warc + ": 2 pages read; passed over: 1 redirect");
        assertThat(run.status()).isZero();
        List<JsonNode> rows = rows(run.out());
        assertThat(rows).extracting(r -> r.get("source").asText()).containsExactly(page.toString(),
                "https://courrier.example/article-1", "https://courrier.example/article-2",
                "https://courrier.example/article-3",
                warc + "#https://courrier.example/article-1", warc + "#https://courrier.example/article-2");
        assertThat(rows.get(0).has("origin")).isFalse();

        JsonNode entry = rows.get(1);
        assertThat(entry.get("input").asText()).isEqualTo("html");
        assertThat(entry.get("title").asText()).isEqualTo("Pékin et Moscou signent un accord énergétique");
        assertThat(entry.at("/origin/kind").asText()).isEqualTo("feed");
        assertThat(entry.at("/origin/container").asText()).isEqualTo(feed.toString());
        assertThat(entry.at("/origin/entry/index").asInt()).isEqualTo(1);
        assertThat(entry.at("/origin/entry/published").asText()).isEqualTo("2023-09-20");
        assertThat(entry.at("/origin/entry/content").asText()).isEqualTo("description");
        assertThat(entry.get("warnings").toString()).contains("summary-only: ");

        JsonNode archived = rows.get(4);
        assertThat(archived.get("title").asText()).isEqualTo("Pékin et Moscou signent un accord énergétique");
        assertThat(archived.get("text").asText()).contains("La Chine et la Russie ont signé mardi");
        assertThat(archived.at("/origin/kind").asText()).isEqualTo("warc");
        assertThat(archived.at("/origin/url").asText()).isEqualTo("https://courrier.example/article-1");
        assertThat(archived.at("/origin/capture/status").asInt()).isEqualTo(200);
        assertThat(archived.at("/origin/capture/at").asText()).isEqualTo("2023-09-20T08:00:00Z");
        assertThat(archived.at("/decoding/charset").asText()).isEqualTo("UTF-8");
    }

    @Test
    void aMalformedFeedIsOneErrorLineAndTheOtherFilesGoOn() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.rss"), "<html><body>pas un flux</body></html>");
        Path cut = Files.writeString(dir.resolve("cut.xml"),
                SourcesFixtures.feed("https://c.example").substring(0, 420));
        Path good = Files.writeString(dir.resolve("good.txt"), "Pékin et Moscou veulent renforcer leur coopération "
                + "énergétique, a annoncé mardi le ministère chinois des Affaires étrangères dans un communiqué.");
        CliRun run = CliRun.of("analyze", broken.toString(), cut.toString(), good.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines().toList()).containsExactly(
                "veille: " + broken + ": not a feed: its first element is <html>, not <rss>, <feed> or <rdf:RDF>",
                "veille: " + cut + ": the feed is truncated inside entry 2 (1 entry read before it)");
        assertThat(rows(run.out())).extracting(r -> r.get("source").asText())
                .containsExactly("https://c.example/article-1", good.toString());
    }

    @Test
    void aTruncatedArchiveGivesItsPagesThenOneErrorLine() throws IOException {
        Path whole = dir.resolve("whole.warc");
        SourcesFixtures.warc(whole, false);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.warc"), Arrays.copyOf(bytes, bytes.length - 200));
        CliRun run = CliRun.of("analyze", cut.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(rows(run.out())).extracting(r -> r.get("source").asText())
                .containsExactly(cut + "#https://courrier.example/article-1");
        assertThat(run.err().lines().toList()).singleElement().asString()
                .startsWith("veille: " + cut + ": the archive is truncated or corrupt after 2 records: ");
    }

    @Test
    void inputFeedAndWarcForceTheKindWhateverTheName() throws IOException {
        Path feed = Files.writeString(dir.resolve("feed.txt"), SourcesFixtures.feed("https://courrier.example"));
        Path warc = dir.resolve("crawl.bin");
        SourcesFixtures.warc(warc, false);
        assertThat(rows(CliRun.of("analyze", "--input", "feed", feed.toString()).out())).hasSize(3);
        assertThat(rows(CliRun.of("analyze", "--input", "warc", warc.toString()).out())).hasSize(2);
        // Sniffed by content: a .bin that starts with WARC/ is an archive.
        assertThat(rows(CliRun.of("analyze", warc.toString()).out())).hasSize(2);
        CliRun wrong = CliRun.of("analyze", "--input", "warc", feed.toString());
        assertThat(wrong.status()).isEqualTo(2);
        assertThat(wrong.err()).startsWith("veille: " + feed + ": not a WARC archive, or corrupt at its start: ");
    }

    @Test
    void aFeedOnStandardInputIsRecognised() throws IOException {
        byte[] feed = SourcesFixtures.feed("https://courrier.example").getBytes(StandardCharsets.UTF_8);
        CliRun run;
        synchronized (CliRun.class) {
            InputStream old = System.in;
            try {
                System.setIn(new ByteArrayInputStream(feed));
                run = CliRun.of("analyze", "-");
            } finally {
                System.setIn(old);
            }
        }
        assertThat(run.status()).isZero();
        assertThat(rows(run.out())).extracting(r -> r.at("/origin/container").asText()).containsExactly("-", "-", "-");
    }

    @Test
    void fetchItemsFetchesTheArticlesOfAFeedThatOnlySummarisesThem() throws IOException {
        try (TestServer server = new TestServer()) {
            server.html("/article-1", SourcesFixtures.ARTICLE_1)
                    .html("/article-2", SourcesFixtures.ARTICLE_2)
                    .html("/article-3", SourcesFixtures.ARTICLE_3);
            Path feed = Files.writeString(dir.resolve("feed.xml"), SourcesFixtures.feed(server.url("")));
            CliRun run = CliRun.of("analyze", "--fetch-items", "--rate", "0", feed.toString());
            assertThat(run.err()).isEmpty();
            assertThat(run.status()).isZero();
            List<JsonNode> rows = rows(run.out());
            assertThat(rows).extracting(r -> r.get("source").asText())
                    .containsExactly(server.url("/article-1"), server.url("/article-2"), server.url("/article-3"));
            assertThat(rows).extracting(r -> r.at("/origin/entry/content").asText()).containsOnly("link");
            assertThat(rows).extracting(r -> r.at("/origin/capture/status").asInt()).containsOnly(200);
            assertThat(rows.get(2).get("text").asText()).contains("est arrivé lundi à Varsovie");
            assertThat(rows.get(2).get("warnings").toString()).doesNotContain("summary-only");
            assertThat(server.requests()).containsExactlyInAnyOrder("/robots.txt", "/article-1", "/article-2", "/article-3");
        }
    }
}
