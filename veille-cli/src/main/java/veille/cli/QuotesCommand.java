package veille.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import veille.Analyzer;
import veille.doc.ArticleMeta;
import veille.doc.Quote;
import veille.kb.Actor;
import veille.kb.KnowledgeBase;
import veille.kb.NameKey;

/**
 * {@code veille quotes}: who said what across many articles, optionally for one speaker, with source and date.
 * The speaker is matched as the entity stage links names: "Lavrov", "Sergueï Lavrov" and "Сергей Лавров" find the
 * same person's quotes.
 */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"List the quotes of articles with speaker, source and date, oldest first.",
                "Example: bin/veille quotes --speaker \"Wang Yi\" ../shared/seeds"})
final class QuotesCommand implements Callable<Integer> {
    enum Format { table, jsonl }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files, directories (recursive) or - for stdin.")
    List<String> files;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only this speaker's quotes (any spelling).")
    String speaker;

    @Option(names = "--input", defaultValue = "auto", paramLabel = "KIND", description = "auto, text, html, plain, feed, warc.")
    AnalyzeCommand.InputKind input;

    @Option(names = "--kb", paramLabel = "DIR", description = "Extra knowledge-base tables.")
    Path kb;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "table or jsonl.")
    Format format;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: all cores.")
    int threads = Runtime.getRuntime().availableProcessors();

    /** One quote with where and when it was published. */
    record Row(String source, String published, String outlet, Quote quote) {
    }

    @Override
    public Integer call() {
        KnowledgeBase knowledge = Home.knowledgeBase(kb);
        Analyzer analyzer = Analyzer.standard(knowledge);
        Optional<Actor> wanted = speaker == null ? Optional.empty() : knowledge.actors().find(speaker);
        String wantedKey = speaker == null ? null : NameKey.of(speaker);
        List<Row> rows = new ArrayList<>();
        long failed = CorpusDocuments.forEach(files, input, analyzer, threads, "quotes", (source, d) -> {
            ArticleMeta m = d.find(ArticleMeta.KEY).orElse(ArticleMeta.EMPTY);
            for (Quote q : d.find(Quote.KEY).map(Quote.Quotes::all).orElse(List.of())) {
                if (speaker == null || matches(q, wanted, wantedKey)) {
                    rows.add(new Row(source, m.publishedValue().orElse(null), m.outletValue().orElse(null), q));
                }
            }
        });
        // Oldest first; undated articles ("--11-19" or none) after the dated ones, in input order.
        rows.sort(Comparator.comparing((Row r) -> r.published() == null || r.published().startsWith("--")
                ? "9999" : r.published()));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (Row r : rows) {
            out.println(format == Format.jsonl ? json(r) : table(r));
        }
        if (format == Format.table) {
            out.println(rows.size() + " quote" + (rows.size() == 1 ? "" : "s")
                    + (speaker == null ? "" : " by " + wanted.map(Actor::name).orElse(speaker)));
        }
        return failed == 0 ? Main.OK : Main.SOME_FAILED;
    }

    /** The same person (by id), else an unlinked speaker whose name has the same key. */
    private static boolean matches(Quote q, Optional<Actor> wanted, String wantedKey) {
        if (wanted.isPresent()) {
            return wanted.get().id().equals(q.speakerId());
        }
        return q.speakerName() != null && NameKey.of(q.speakerName()).contains(wantedKey);
    }

    private static String table(Row r) {
        Quote q = r.quote();
        String marks = q.direct() ? "« " + q.text() + " »" : q.text();
        return String.format("%-10s  %-28s  %-22s  %-8s  %s", r.published() == null ? "—" : r.published(),
                shorten(Path.of(r.source()).getFileName().toString(), 28),
                shorten(q.speakerName() == null ? "?" : q.speakerName(), 22), q.kind(), marks);
    }

    private static String shorten(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    private static final JsonFactory JSON = new JsonFactory();

    private static String json(Row r) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            Quote q = r.quote();
            g.writeStartObject();
            g.writeStringField("source", r.source());
            g.writeStringField("published", r.published());
            g.writeStringField("outlet", r.outlet());
            g.writeObjectFieldStart("speaker");
            g.writeStringField("id", q.speakerId());
            g.writeStringField("name", q.speakerName());
            g.writeEndObject();
            g.writeStringField("kind", q.kind());
            g.writeBooleanField("direct", q.direct());
            g.writeStringField("text", q.text());
            g.writeNumberField("start", q.start());
            g.writeNumberField("end", q.end());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
