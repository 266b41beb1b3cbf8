package veille.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veille.Analyzer;
import veille.fetch.FetchOptions;
import veille.kb.KnowledgeBase;

/** {@link CorpusRunner#fetch} against a server on 127.0.0.1: pages, a failure, a feed's entries, saving, progress. */
class CorpusFetchTest {
    @TempDir
    Path dir;

    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        String page = "<html><body><p>" + CorpusRunnerTest.ARTICLE + "</p></body></html>";
        Map<String, String[]> pages = Map.of(
                "/page", new String[] {"text/html; charset=utf-8", page},
                "/article-1", new String[] {"text/html; charset=utf-8", page},
                "/article-2", new String[] {"text/html; charset=utf-8", page.replace("Pékin.", "Pékin. Deux.")});
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            String[] found = path.equals("/feed.xml")
                    ? new String[] {"application/rss+xml; charset=utf-8", CorpusRunnerTest.feed(url(""), 2)}
                    : pages.get(path);
            byte[] body = (found == null ? "introuvable" : found[1]).getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", found == null ? "text/plain" : found[0]);
            ex.sendResponseHeaders(found == null ? 404 : 200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static CorpusSettings settings() {
        FetchOptions options = FetchOptions.defaults().withHostInterval(Duration.ZERO)
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(10));
        return CorpusSettings.defaults().withThreads(2).withFetch(options);
    }

    @Test
    void pagesAndFeedEntriesAreFetchedAnalysedAndSavedInInputOrder() throws IOException {
        List<CorpusResult<String>> results = new ArrayList<>();
        List<long[]> calls = new ArrayList<>();
        Path saved = dir.resolve("saved");
        CorpusSummary summary;
        try (CorpusRunner runner = new CorpusRunner(Analyzer.withStages(KnowledgeBase.builtIn(), List.of()), settings())) {
            summary = runner.fetch(List.of(url("/page"), url("/missing"), url("/feed.xml")), saved,
                    d -> d.text(), (done, expected) -> calls.add(new long[] {done, expected}), results::add);
        }
        assertThat(results).extracting(CorpusResult::source).containsExactly(url("/page"), url("/missing"),
                url("/feed.xml"), url("/article-1"), url("/article-2"));
        assertThat(results.get(0)).isEqualTo(new CorpusResult.Analysed<>(url("/page"), CorpusRunnerTest.ARTICLE));
        assertThat(results.get(1)).isEqualTo(new CorpusResult.Failed<>(url("/missing"), "HTTP 404"));
        assertThat(results.get(2)).isEqualTo(new CorpusResult.Saved<>(url("/feed.xml")));
        assertThat(((CorpusResult.Analysed<String>) results.get(4)).value()).endsWith("Deux.");
        assertThat(summary).isEqualTo(new CorpusSummary(3, 1, 0, 1));

        List<String> manifest = Files.readAllLines(saved.resolve("manifest.jsonl"));
        assertThat(manifest).hasSize(5);
        assertThat(manifest.get(1)).startsWith("{\"url\":\"" + url("/missing") + "\"").contains("\"error\":\"HTTP 404\"");
        assertThat(manifest.get(3)).contains("\"file\":\"127.0.0.1_");

        // Three URLs and two entries found on the way: the total grows, the count reaches it.
        assertThat(calls.get(0)).containsExactly(0, 3);
        assertThat(calls.get(calls.size() - 1)).containsExactly(5, 5);
        assertThat(calls).extracting(c -> c[0]).isSorted();
    }

    @Test
    void withoutAnAnalyzerPagesAreOnlySaved() throws IOException {
        List<CorpusResult<String>> results = new ArrayList<>();
        Path saved = dir.resolve("only-saved");
        try (CorpusRunner runner = new CorpusRunner(null, settings())) {
            CorpusSummary summary = runner.fetch(List.of(url("/page"), url("/feed.xml")), saved, d -> d.text(),
                    CorpusProgress.NONE, results::add);
            assertThat(summary).isEqualTo(new CorpusSummary(0, 0, 0, 4));
        }
        assertThat(results).allMatch(r -> r instanceof CorpusResult.Saved<String>);
        try (var files = Files.walk(saved)) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(5); // four pages and the manifest
        }
    }
}
