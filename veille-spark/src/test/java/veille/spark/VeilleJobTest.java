package veille.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import veille.Analyzer;
import veille.corpus.CorpusProgress;
import veille.corpus.CorpusResult;
import veille.corpus.CorpusRunner;
import veille.corpus.CorpusSettings;
import veille.doc.ArticleMeta;
import veille.doc.Document;
import veille.doc.Event;
import veille.event.EventMerger;
import veille.output.AnalysisJson;

/**
 * The job on one local[2] session, shared by the class: the bundled samples (and the seeds when ../shared is there),
 * an invented feed and WARC archive, a broken archive and a missing file. Its JSON rows must be those of the
 * in-process corpus run that {@code bin/veille analyze} prints, its tables must hold the same facts, and the bad
 * inputs must be rows of {@code errors}.
 */
class VeilleJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAGE = "<!DOCTYPE html><html><head><title>Paris et Berlin signent un accord</title></head>"
            + "<body><article><h1>Paris et Berlin signent un accord</h1><p>PARIS - La France et l'Allemagne ont signé "
            + "mardi un accord de coopération énergétique, a annoncé le ministère français des Affaires étrangères."
            + "</p><p>« C'est un jour important pour l'Europe », a déclaré le ministre.</p></article></body></html>";
    private static final String ITEM = "La Chine et le Japon ont signé jeudi à Tokyo un accord commercial de 3 milliards "
            + "de dollars, a indiqué le ministère japonais du Commerce. « Nous voulons aller plus loin », a déclaré "
            + "le ministre chinois.";

    /** The job also indexes into a real OpenSearch node (started by the test, in a JVM of its own). */
    private static final String INDEX = "veille-spark-test";

    private static SparkSession spark;
    private static Path work;
    private static Path out;
    private static List<String> inputs;
    private static VeilleJob.Summary summary;

    @BeforeAll
    static void run() throws IOException {
        work = Files.createTempDirectory("veille-spark-test");
        Path extra = Files.createDirectories(work.resolve("extra"));
        Files.writeString(extra.resolve("feed.xml"), feed(), StandardCharsets.UTF_8);
        warc(extra.resolve("crawl.warc.gz"));
        // Looks like a compressed archive by its name, holds no archive: an errors row.
        Files.write(extra.resolve("broken.warc.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
        Path root = Path.of(System.getProperty("veille.root", "..")).toAbsolutePath().normalize();
        inputs = new ArrayList<>(List.of(root.resolve("samples/articles").toString(), extra.toString(),
                work.resolve("missing.html").toString()));
        inputs.add(copies(Files.createDirectories(work.resolve("copies"))).toString());
        Path seeds = root.resolve("../shared/seeds").normalize();
        if (Files.isDirectory(seeds)) {
            inputs.add(seeds.toString());
        }
        // The settings bin/veille spark uses in local mode, so the rows are checked as it makes them.
        spark = SparkMain.localDefaults(SparkSession.builder()).master("local[2]").appName("veille-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        out = work.resolve("out");
        summary = VeilleJob.run(spark, JobSettings.of(inputs, out.toString()).withPartitions(4),
                new OpenSearchSink.Target(veille.opensearch.NodeProcess.url(), INDEX));
    }

    @AfterAll
    static void stop() throws IOException {
        if (spark != null) {
            spark.stop();
        }
        try (Stream<Path> s = Files.walk(work)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** What {@code bin/veille analyze} prints for the same inputs: the core's corpus run and JSON writer. */
    private record Expected(List<String> rows, List<Document> docs, List<String> failed, List<String> notes) {
    }

    private static Expected expected;

    private static synchronized Expected expected() {
        if (expected == null) {
            Analyzer analyzer = Pipelines.get(null).analyzer();
            AnalysisJson writer = AnalysisJson.of(analyzer, false, false);
            List<String> rows = new ArrayList<>();
            List<Document> docs = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            try (CorpusRunner runner = new CorpusRunner(analyzer, CorpusSettings.defaults().withThreads(2))) {
                runner.run(inputs, CorpusProgress.NONE, (CorpusResult<Document> r) -> {
                    switch (r) {
                        case CorpusResult.Analysed<Document> a -> {
                            docs.add(a.value());
                            rows.add(writer.write(a.value()));
                        }
                        case CorpusResult.Failed<Document> f -> failed.add(f.source() + ": " + f.error());
                        case CorpusResult.Note<Document> n -> notes.add(n.source() + ": " + n.note());
                        case CorpusResult.Saved<Document> s -> { }
                    }
                });
            }
            expected = new Expected(rows, docs, failed, notes);
        }
        return expected;
    }

    private static Dataset<Row> table(String name) {
        return spark.read().parquet(out.resolve(name).toString());
    }

    /** The lines of OUT/jsonl/, part files in name order. */
    private static List<String> jsonl() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out.resolve("jsonl"))) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    @Test
    void everyArticleIsIndexedIntoOpenSearchAndServedByTheStoresApi() throws IOException {
        assertThat(summary.indexed()).isEqualTo(expected().rows().size());
        assertThat(summary.refused()).isZero();
        var backend = new veille.store.OpenSearchBackend(new veille.store.OpenSearchHttp(
                veille.opensearch.NodeProcess.url()), INDEX, Pipelines.get(null).analyzer().knowledgeBase());
        assertThat(backend.count()).isEqualTo(expected().rows().size());
        // Each row comes back whole, under the store's id; and the French analysis finds it.
        JsonNode first = JSON.readTree(expected().rows().get(0));
        var hits = backend.search(veille.store.Params.of(java.util.Map.of("q", "\"" + first.get("title").asText() + "\"")));
        List<String> sources = new ArrayList<>();
        ((List<?>) hits.get("hits")).forEach(h -> sources.add((String) ((java.util.Map<?, ?>) h).get("source")));
        assertThat(sources).contains(first.get("source").asText());
        List<String> stored = new ArrayList<>();
        backend.forEachMatch(veille.store.Params.of(java.util.Map.of()), (id, row) -> stored.add(row));
        assertThat(stored).containsExactlyInAnyOrderElementsOf(expected().rows());
    }

    @Test
    void jsonRowsAreTheClisInOrder() throws IOException {
        List<String> rows = jsonl();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(15 + 2 + 1);
        // Equal as text, hence in text, entity ids, quotes, events and every other field.
        assertThat(rows).containsExactlyElementsOf(expected().rows());
        assertThat(summary.articles()).isEqualTo(rows.size());
    }

    @Test
    void writesTheSixFactTablesWithOneRowPerFact() throws IOException {
        long entities = 0;
        long mentions = 0;
        long quotes = 0;
        long events = 0;
        long amounts = 0;
        for (String row : expected().rows()) {
            JsonNode n = JSON.readTree(row);
            entities += n.get("entities").size();
            for (JsonNode e : n.get("entities")) {
                mentions += e.get("mentions").size() + e.get("descriptions").size();
            }
            quotes += n.get("quotes").size();
            events += n.get("events").size();
            amounts += n.get("amounts").size();
        }
        assertThat(table("articles").count()).isEqualTo(expected().rows().size());
        assertThat(table("entities").count()).isEqualTo(entities).isPositive();
        assertThat(table("mentions").count()).isEqualTo(mentions).isPositive();
        assertThat(table("quotes").count()).isEqualTo(quotes).isPositive();
        assertThat(table("events").count()).isEqualTo(events).isPositive();
        assertThat(table("amounts").count()).isEqualTo(amounts).isPositive();
    }

    @Test
    void factsPointToTheirCharacters() {
        Dataset<Row> text = table("articles").select("article_id", "text");
        Dataset<Row> m = table("mentions").join(text.withColumnRenamed("text", "article_text"), "article_id");
        assertThat(m.where("substring(article_text, start + 1, `end` - start) <> text").count()).isZero();
        Dataset<Row> e = table("events").select(col("article_id"), org.apache.spark.sql.functions.explode(col("evidence")).as("x"))
                .join(text.withColumnRenamed("text", "article_text"), "article_id");
        assertThat(e.where("substring(article_text, x.start + 1, x.`end` - x.start) <> x.text").count()).isZero();
        Dataset<Row> a = table("amounts").join(text.withColumnRenamed("text", "article_text"), "article_id");
        assertThat(a.where("substring(article_text, start + 1, `end` - start) <> text").count()).isZero();
        Dataset<Row> q = table("quotes").where(col("cue_start").isNotNull()).join(text.withColumnRenamed("text", "t"), "article_id");
        assertThat(q.where("cue_end > length(t) or start < 0 or `end` > length(t)").count()).isZero();
    }

    @Test
    void entityIdsAndQuotesAreTheJsons() throws IOException {
        List<String> fromJson = new ArrayList<>();
        List<String> quotesFromJson = new ArrayList<>();
        for (String row : expected().rows()) {
            JsonNode n = JSON.readTree(row);
            for (JsonNode e : n.get("entities")) {
                fromJson.add(n.get("source").asText() + "|" + e.get("id").asText() + "|" + e.get("type").asText() + "|"
                        + e.get("name").asText());
            }
            for (JsonNode q : n.get("quotes")) {
                JsonNode sp = q.get("speaker");
                quotesFromJson.add(n.get("source").asText() + "|" + q.get("start").asInt() + "|" + q.get("text").asText()
                        + "|" + (sp.isNull() || sp.get("id").isNull() ? null : sp.get("id").asText()));
            }
        }
        List<String> fromTable = table("entities").collectAsList().stream().map(r -> r.getAs("article_id") + "|"
                + r.getAs("entity_id") + "|" + r.getAs("type") + "|" + r.getAs("name")).toList();
        assertThat(fromTable).containsExactlyInAnyOrderElementsOf(fromJson);
        List<String> quotesFromTable = table("quotes").collectAsList().stream().map(r -> r.getAs("article_id") + "|"
                + r.getAs("start") + "|" + r.getAs("text") + "|" + r.getAs("speaker_id")).toList();
        assertThat(quotesFromTable).containsExactlyInAnyOrderElementsOf(quotesFromJson);
    }

    @Test
    void badInputsAreErrorRowsNotAFailedJob() {
        List<Row> errors = table("errors").collectAsList();
        List<String> failed = errors.stream().filter(r -> r.getAs("level").equals("error"))
                .map(r -> r.getAs("source") + ": " + r.getAs("message")).toList();
        assertThat(failed).containsExactlyInAnyOrderElementsOf(expected().failed());
        assertThat(failed).anyMatch(s -> s.contains("missing.html")).anyMatch(s -> s.contains("broken.warc.gz"));
        List<String> notes = errors.stream().filter(r -> r.getAs("level").equals("note"))
                .map(r -> r.getAs("source") + ": " + r.getAs("message")).toList();
        assertThat(notes).containsExactlyInAnyOrderElementsOf(expected().notes());
        assertThat(summary.errors()).isEqualTo(expected().failed().size());
    }

    @Test
    void mergedEventsAreTheMergersAcrossTheCorpus() {
        EventMerger merger = new EventMerger();
        for (Document d : expected().docs()) {
            String published = d.find(ArticleMeta.KEY).flatMap(ArticleMeta::publishedValue).orElse(null);
            for (Event e : d.find(Event.KEY).map(Event.Events::all).orElse(List.of())) {
                merger.add(new EventMerger.Report(d.input().source(), published, e));
            }
        }
        List<String> want = merger.merged().stream().map(m -> m.type() + "|" + m.date() + "|"
                + m.participants().stream().map(Event.Actor::name).toList() + "|"
                + m.reports().stream().map(r -> r.source() + "@" + r.event().start()).toList()).toList();
        List<String> got = table("merged_events").orderBy(org.apache.spark.sql.functions.expr(
                        "CASE WHEN date RLIKE '^[0-9]' THEN date ELSE '9999' END"), col("type"), col("rank")).collectAsList().stream().map(r -> r.getAs("type") + "|"
                + r.getAs("date") + "|" + r.<Row>getList(r.fieldIndex("participants")).stream()
                .map(a -> a.<String>getAs("name")).toList() + "|" + r.<Row>getList(r.fieldIndex("reports")).stream()
                .map(x -> x.getAs("article_id") + "@" + x.getAs("start")).toList()).toList();
        assertThat(want).isNotEmpty();
        assertThat(got).containsExactlyElementsOf(want);
        assertThat(summary.mergedEvents()).isEqualTo(want.size());
    }

    @Test
    void onePipelinePerExecutorReusedAcrossPartitions() {
        // local[2]: the executor is this JVM; four partitions, one pipeline.
        assertThat(Pipelines.built()).isEqualTo(1);
    }

    @Test
    void hadoopUrisAreListedAndRemoteFilesCopiedToTheExecutor() throws IOException {
        String dir = work.resolve("extra").toUri().toString();
        List<InputRef> refs = HadoopInputs.list(List.of(dir), spark.sparkContext().hadoopConfiguration());
        assertThat(refs).extracting(InputRef::source).allMatch(s -> s.startsWith("file:"))
                .anyMatch(s -> s.endsWith("feed.xml")).anyMatch(s -> s.endsWith("crawl.warc.gz"));
        // Read as a remote store would be: copied to the executor's disk first, reported under its URI.
        List<InputRef> remote = refs.stream().map(r -> new InputRef(r.index(), r.source(), r.source(), false)).toList();
        remote = new ArrayList<>(remote);
        remote.add(new InputRef(remote.size(), "file:/no/such/veille-input.html", "file:/no/such/veille-input.html", false));
        PartitionAnalysis analysis = new PartitionAnalysis(JobSettings.of(List.of(dir), "unused"),
                new HadoopInputs.Conf(spark.sparkContext().hadoopConfiguration()), null);
        List<Row> rows = new ArrayList<>();
        Iterator<Row> it = analysis.call(remote.iterator());
        it.forEachRemaining(rows::add);
        // Rows of Tables.RESULT: 2 source, 3 level, 4 message, 5 json.
        // Feed entries are named by their links, archived pages by the archive's URI and theirs (as in the CLI).
        assertThat(rows).filteredOn(r -> r.get(5) != null).hasSize(3)
                .anyMatch(r -> r.getString(2).startsWith("file:") && r.getString(2).contains("crawl.warc.gz#"));
        assertThat(rows).filteredOn(r -> "error".equals(r.get(3)))
                .extracting(r -> r.getString(2) + ": " + r.getString(4))
                .anyMatch(s -> s.contains("broken.warc.gz")).contains("file:/no/such/veille-input.html: no such file");
    }

    /** Three invented pages of three outlets that carry one passage, for the talking_points table. */
    private static Path copies(Path dir) throws IOException {
        String passage = "Le conseil régional a voté jeudi un programme de rénovation des lignes ferroviaires de "
                + "montagne doté de trois cents millions d'euros sur six ans. Les premiers chantiers débuteront au "
                + "printemps dans les vallées les plus isolées du massif.";
        String[][] pages = {{"AFP", "2024-03-02", "Le maire a inauguré la médiathèque du quartier nord."},
            {"RFI", "2024-03-04", "Les pêcheurs du port ont débarqué un record de sardines."},
            {"Xinhua", "2024-03-05", "Une exposition de vitraux anciens ouvre au musée municipal."}};
        for (int i = 0; i < pages.length; i++) {
            Files.writeString(dir.resolve("copy-" + i + ".html"), "<!DOCTYPE html><html><head><title>Rail " + i
                    + "</title><meta property=\"og:site_name\" content=\"" + pages[i][0] + "\"><meta property=\""
                    + "article:published_time\" content=\"" + pages[i][1] + "T10:00:00Z\"></head><body><article><h1>Rail "
                    + i + "</h1><p>" + pages[i][2] + "</p><p>" + passage + "</p></article></body></html>",
                    StandardCharsets.UTF_8);
        }
        return dir;
    }

    @Test
    void talkingPointsAreTheClustersOfTheRowsInInputOrder() {
        List<veille.talk.Cluster> want = veille.talk.TalkingPoints.discover(expected().rows().stream()
                        .map(r -> veille.talk.Articles.ofJson(r, veille.kb.KnowledgeBase.builtIn().outlets())).toList(),
                veille.talk.DiscoverySettings.defaults(), veille.kb.KnowledgeBase.builtIn().talkingPoints(), null, null);
        List<Row> got = table("talking_points").collectAsList();
        assertThat(got).extracting(r -> r.getAs("id") + " " + r.getAs("kind") + " " + r.getAs("first_source") + " "
                        + r.getAs("text") + " " + r.getList(r.fieldIndex("members")).size())
                .containsExactlyInAnyOrderElementsOf(want.stream().map(c -> c.id() + " " + c.kind() + " "
                        + c.first().source() + " " + c.text() + " " + c.members().size()).toList());
        Row copied = got.stream().filter(r -> ((String) r.getAs("first_source")).endsWith("copy-0.html")).findFirst()
                .orElseThrow(() -> new AssertionError("the copied passage is a talking point: " + got));
        assertThat((String) copied.getAs("kind")).isEqualTo("reuse");
        assertThat(copied.<String>getAs("first_published")).startsWith("2024-03-02");
        assertThat(copied.getList(copied.fieldIndex("members"))).hasSize(3);
        assertThat(copied.getList(copied.fieldIndex("outlets"))).containsExactly("AFP", "RFI", "Xinhua");
    }

    @Test
    void talkingPointsOverTheTablesOfTheRunAreTheSame() {
        List<String> before = table("talking_points").collectAsList().stream().map(Row::toString).toList();
        TalkingPointTable.writeFromTables(spark, null, out.toString());
        assertThat(table("talking_points").collectAsList().stream().map(Row::toString).toList())
                .containsExactlyInAnyOrderElementsOf(before).isNotEmpty();
    }

    @Test
    void anExistingOutputIsRefusedBeforeAnyWork() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> VeilleJob.run(spark, JobSettings.of(inputs, out.toString())))
                .hasMessageContaining("exists already");
    }

    private static String feed() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<rss version=\"2.0\"><channel><title>Le Courrier inventé</title>\n");
        for (int i = 1; i <= 2; i++) {
            sb.append("<item><title>Accord ").append(i).append("</title><link>https://courrier.example/accord-")
                    .append(i).append("</link><pubDate>Thu, 0").append(i).append(" Jun 2023 10:00:00 GMT</pubDate>")
                    .append("<description>").append(ITEM).append("</description></item>\n");
        }
        return sb.append("</channel></rss>\n").toString();
    }

    private static void warc(Path file) throws IOException {
        byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] http = new byte[head.length + body.length];
        System.arraycopy(head, 0, http, 0, head.length);
        System.arraycopy(body, 0, http, head.length, body.length);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
            w.write(new WarcResponse.Builder(URI.create("https://courrier.example/accord-paris-berlin"))
                    .date(Instant.parse("2023-06-06T08:00:00Z")).body(MediaType.HTTP_RESPONSE, http).build());
        }
    }
}
