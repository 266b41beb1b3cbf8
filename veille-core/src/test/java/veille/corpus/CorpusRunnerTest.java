package veille.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import veille.Analyzer;
import veille.doc.Document;
import veille.kb.KnowledgeBase;

/** The corpus run over files, folders, standard input, feeds and archives: order, errors, window, progress. */
class CorpusRunnerTest {
    /** Extraction only: what the runner does with documents does not depend on the stages. */
    private static Analyzer analyzer;

    static final String ARTICLE = "Pékin et Moscou veulent renforcer leur coopération énergétique, a annoncé mardi le "
            + "ministère chinois des Affaires étrangères dans un communiqué publié à Pékin.";

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        analyzer = Analyzer.withStages(KnowledgeBase.builtIn(), List.of());
    }

    private static CorpusSettings settings() {
        return CorpusSettings.defaults().withThreads(4);
    }

    /** Runs and returns the results in the order they were handed on. */
    private static List<CorpusResult<Document>> run(CorpusRunner runner, List<String> inputs) {
        List<CorpusResult<Document>> out = new ArrayList<>();
        runner.run(inputs, CorpusProgress.NONE, out::add);
        return out;
    }

    private static List<CorpusResult<Document>> run(List<String> inputs) {
        try (CorpusRunner runner = new CorpusRunner(analyzer, settings())) {
            return run(runner, inputs);
        }
    }

    private static String describe(CorpusResult<Document> r) {
        return switch (r) {
            case CorpusResult.Analysed<Document> a -> "doc " + Path.of(a.source()).getFileName();
            case CorpusResult.Failed<Document> f -> "error " + Path.of(f.source()).getFileName() + ": " + f.error();
            case CorpusResult.Note<Document> n -> "note " + Path.of(n.source()).getFileName() + ": " + n.note();
            case CorpusResult.Saved<Document> s -> "saved " + s.source();
        };
    }

    @Test
    void aBadFileAmongGoodOnesIsOneErrorAndTheOthersAreAnalysedInOrder() throws IOException {
        Files.writeString(dir.resolve("1-good.txt"), ARTICLE);
        Files.write(dir.resolve("2-binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
        Files.writeString(dir.resolve("3-empty.txt"), "");
        Files.writeString(dir.resolve("4-good.txt"), ARTICLE + " Fin.");
        String missing = dir.resolve("5-missing.txt").toString();
        List<CorpusResult<Document>> results = run(List.of(dir.toString(), missing));
        assertThat(results).extracting(CorpusRunnerTest::describe).containsExactly(
                "doc 1-good.txt",
                "error 2-binary.txt: binary file (NUL byte at offset 4), not text",
                "error 3-empty.txt: empty file, nothing to analyse",
                "doc 4-good.txt",
                "error 5-missing.txt: no such file");
        CorpusResult.Analysed<Document> last = (CorpusResult.Analysed<Document>) results.get(3);
        assertThat(last.value().text()).endsWith("Fin.");
    }

    @Test
    void resultsComeInInputOrderUnderParallelismWithASmallWindow() throws IOException {
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // Lengths vary, so the documents do not finish in input order.
            inputs.add(Files.writeString(dir.resolve(String.format("%02d.txt", i)), (ARTICLE + " ").repeat(1 + (i * 7) % 13))
                    .toString());
        }
        Collections.reverse(inputs); // input order, not name order
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<String> sources = new ArrayList<>();
        try (CorpusRunner runner = new CorpusRunner(analyzer, settings().withThreads(4).withWindow(3))) {
            CorpusSummary summary = runner.run(inputs, d -> {
                threads.add(Thread.currentThread().getName());
                return d.input().source();
            }, CorpusProgress.NONE, r -> sources.add(((CorpusResult.Analysed<String>) r).value()));
            assertThat(summary).isEqualTo(new CorpusSummary(40, 0, 0, 0));
        }
        assertThat(sources).containsExactlyElementsOf(inputs);
        assertThat(threads).containsOnly("veille-worker"); // rendered on the workers, not the caller
    }

    @Test
    void aRenderThatFailsIsThatInputsErrorLine() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), ARTICLE);
        Path b = Files.writeString(dir.resolve("b.txt"), ARTICLE + " Deux.");
        List<CorpusResult<Integer>> results = new ArrayList<>();
        try (CorpusRunner runner = new CorpusRunner(analyzer, settings())) {
            CorpusSummary summary = runner.run(List.of(a.toString(), b.toString()), d -> {
                if (d.text().endsWith("Deux.")) {
                    throw new IllegalStateException("cannot write");
                }
                return d.text().length();
            }, CorpusProgress.NONE, results::add);
            assertThat(summary.analysed()).isEqualTo(1);
            assertThat(summary.failed()).isEqualTo(1);
        }
        assertThat(results.get(0)).isEqualTo(new CorpusResult.Analysed<>(a.toString(), ARTICLE.length()));
        assertThat(results.get(1)).isEqualTo(new CorpusResult.Failed<>(b.toString(),
                "internal error: java.lang.IllegalStateException: cannot write (please report it with the file)"));
    }

    @Test
    void progressCountsEveryResultAndEndsAtTheTotal() throws IOException {
        for (int i = 0; i < 5; i++) {
            Files.writeString(dir.resolve(i + ".txt"), ARTICLE);
        }
        Files.writeString(dir.resolve("9-empty.txt"), "");
        List<long[]> calls = new ArrayList<>();
        try (CorpusRunner runner = new CorpusRunner(analyzer, settings())) {
            runner.run(List.of(dir.toString()), (done, expected) -> calls.add(new long[] {done, expected}), r -> {
            });
        }
        assertThat(calls).extracting(c -> c[0]).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(calls).extracting(c -> c[1]).containsOnly(6L);
    }

    @Test
    void aSinkThatThrowsStopsTheRun() throws IOException {
        for (int i = 0; i < 30; i++) {
            Files.writeString(dir.resolve(String.format("%02d.txt", i)), ARTICLE);
        }
        List<String> seen = new ArrayList<>();
        try (CorpusRunner runner = new CorpusRunner(analyzer, settings().withWindow(2))) {
            assertThatThrownBy(() -> runner.run(List.of(dir.toString()), CorpusProgress.NONE, r -> {
                seen.add(r.source());
                if (seen.size() == 3) {
                    throw new IllegalStateException("stop");
                }
            })).hasMessage("stop");
        }
        assertThat(seen).hasSize(3);
    }

    @Test
    void standardInputIsReadWhereDashStands() throws IOException {
        Path file = Files.writeString(dir.resolve("file.txt"), ARTICLE);
        byte[] stdin = (ARTICLE + " Entrée standard.").getBytes(StandardCharsets.UTF_8);
        try (CorpusRunner runner = new CorpusRunner(analyzer, settings(), () -> new ByteArrayInputStream(stdin))) {
            List<CorpusResult<Document>> results = run(runner, List.of("-", file.toString()));
            assertThat(results).extracting(CorpusResult::source).containsExactly("-", file.toString());
            assertThat(((CorpusResult.Analysed<Document>) results.get(0)).value().text()).endsWith("Entrée standard.");
        }
    }

    @Test
    void aForcedKindAppliesToEveryFile() throws IOException {
        Path html = Files.writeString(dir.resolve("page.html"), "<p>" + ARTICLE + "</p>");
        try (CorpusRunner runner = new CorpusRunner(analyzer, settings().withKind(InputKind.PLAIN))) {
            Document d = ((CorpusResult.Analysed<Document>) run(runner, List.of(html.toString())).get(0)).value();
            assertThat(d.text()).startsWith("<p>"); // taken as clean text, markup and all
        }
    }

    @Test
    void aFeedGivesOneDocumentPerEntryAndAnArchiveNotesWhatItPassedOver() throws IOException {
        Path feed = Files.writeString(dir.resolve("1-feed.xml"), feed("https://courrier.example", 2));
        Path warc = dir.resolve("2-crawl.warc.gz");
        writeWarc(warc);
        Path after = Files.writeString(dir.resolve("3-after.txt"), ARTICLE);
        List<CorpusResult<Document>> results = run(List.of(feed.toString(), warc.toString(), after.toString()));
        assertThat(results).extracting(CorpusResult::source).containsExactly(
                "https://courrier.example/article-1", "https://courrier.example/article-2",
                warc + "#https://courrier.example/article-1", warc.toString(), after.toString());
        assertThat(results.get(3)).isEqualTo(new CorpusResult.Note<>(warc.toString(), "1 page read; passed over: 1 redirect"));
    }

    @Test
    void aFeedThatBreaksOffGivesItsGoodEntriesThenOneErrorAndTheNextFileGoesOn() throws IOException {
        String whole = feed("https://c.example", 3);
        Path cut = Files.writeString(dir.resolve("1-cut.xml"), whole.substring(0, whole.indexOf("article-2") + 40));
        Path empty = Files.writeString(dir.resolve("2-empty.xml"), feed("https://c.example", 0));
        Path after = Files.writeString(dir.resolve("3-after.txt"), ARTICLE);
        List<CorpusResult<Document>> results = run(List.of(cut.toString(), empty.toString(), after.toString()));
        assertThat(results).extracting(CorpusRunnerTest::describe).containsExactly(
                "doc article-1",
                "error 1-cut.xml: the feed is truncated inside entry 2 (1 entry read before it)",
                "note 2-empty.xml: holds no entries",
                "doc 3-after.txt");
    }

    @Test
    void fetchingNeedsFetchOptions() {
        assertThat(CorpusSettings.defaults().fetch()).isNull();
        assertThatThrownBy(() -> new CorpusRunner(analyzer, settings()).fetch(List.of("https://x.example/"), null,
                d -> d, CorpusProgress.NONE, r -> {
                })).isInstanceOf(IllegalStateException.class).hasMessageContaining("fetching is off");
    }

    @Test
    void aRunnerWithoutAnAnalyzerOnlyFetches() {
        assertThatThrownBy(() -> new CorpusRunner(null, settings()).run(List.of("a.txt"), CorpusProgress.NONE, r -> {
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("without an analyzer");
    }

    @Test
    void settingsAreCheckedWhereTheyAreMade() {
        assertThatThrownBy(() -> settings().withThreads(0)).hasMessage("threads must be at least 1, got 0");
        assertThatThrownBy(() -> settings().withMaxBytes(0)).hasMessage("maxBytes must be positive, got 0");
        assertThat(settings().withThreads(3).inFlight()).isEqualTo(12);
        assertThat(settings().withWindow(5).inFlight()).isEqualTo(5);
    }

    /** An RSS feed of {@code n} entries with summaries only, their links under {@code base}. */
    static String feed(String base, int n) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<rss version=\"2.0\"><channel><title>Le Courrier invented</title>\n");
        IntStream.rangeClosed(1, n).forEach(i -> sb.append("<item><title>Article ").append(i).append("</title><link>")
                .append(base).append("/article-").append(i).append("</link><description>").append(ARTICLE)
                .append("</description></item>\n"));
        return sb.append("</channel></rss>\n").toString();
    }

    /** A WARC with one page and one redirect. */
    private static void writeWarc(Path file) throws IOException {
        try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
            w.write(response("https://courrier.example/article-1", 200, "<html><body><p>" + ARTICLE + "</p></body></html>"));
            w.write(response("https://courrier.example/ancien", 301, ""));
        }
    }

    private static WarcResponse response(String uri, int status, String html) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("HTTP/1.1 " + status + " X\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] all = java.util.Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return new WarcResponse.Builder(URI.create(uri)).date(Instant.parse("2023-09-20T08:00:00Z"))
                .body(MediaType.HTTP_RESPONSE, all).build();
    }
}
