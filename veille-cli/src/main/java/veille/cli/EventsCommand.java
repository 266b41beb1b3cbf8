package veille.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import veille.Analyzer;
import veille.doc.ArticleMeta;
import veille.doc.Event;
import veille.event.EventMerger;

/**
 * {@code veille events}: the events of many articles, merged when several articles report one event (same type,
 * overlapping participants, compatible dates and places), each with all its sources, sorted by date.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"List events across articles, one line per real-world event with all its sources, by date.",
                "Example: bin/veille events corpus/"})
final class EventsCommand implements Callable<Integer> {
    enum Format { table, jsonl }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files, directories (recursive) or - for stdin.")
    List<String> files;

    @Option(names = "--input", defaultValue = "auto", paramLabel = "KIND", description = "auto, text, html, plain, feed, warc.")
    AnalyzeCommand.InputKind input;

    @Option(names = "--kb", paramLabel = "DIR", description = "Extra knowledge-base tables.")
    Path kb;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "table or jsonl.")
    Format format;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: all cores.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        Analyzer analyzer = Analyzer.standard(Home.knowledgeBase(kb));
        EventMerger merger = new EventMerger();
        // Documents arrive in input order, so merging is deterministic.
        long failed = CorpusDocuments.forEach(files, input, analyzer, threads, "events", (source, d) -> {
            String published = d.find(ArticleMeta.KEY).flatMap(ArticleMeta::publishedValue).orElse(null);
            for (Event e : d.find(Event.KEY).map(Event.Events::all).orElse(List.of())) {
                merger.add(new EventMerger.Report(source, published, e));
            }
        });
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<EventMerger.Merged> merged = merger.merged();
        for (EventMerger.Merged m : merged) {
            out.println(format == Format.jsonl ? json(m) : table(m));
        }
        if (format == Format.table) {
            out.println(merged.size() + " event" + (merged.size() == 1 ? "" : "s"));
        }
        return failed == 0 ? Main.OK : Main.SOME_FAILED;
    }

    private static String table(EventMerger.Merged m) {
        String who = String.join(", ", m.participants().stream().map(Event.Actor::name).toList());
        return String.format("%-10s  %-9s %-12s %-9s %-40s %-16s %d source%s: %s",
                m.date() == null ? "—" : m.date(), m.type(), m.mode() == null ? "" : m.mode(), m.status(),
                who.length() > 40 ? who.substring(0, 39) + "…" : who, m.place() == null ? "" : m.place().name(),
                m.sources().size(), m.sources().size() == 1 ? "" : "s",
                String.join(", ", m.sources().stream().map(s -> Path.of(s).getFileName().toString()).toList()));
    }

    private static final JsonFactory JSON = new JsonFactory();

    private static String json(EventMerger.Merged m) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("type", m.type());
            g.writeStringField("mode", m.mode());
            g.writeStringField("date", m.date());
            g.writeStringField("status", m.status());
            g.writeArrayFieldStart("participants");
            for (Event.Actor a : m.participants()) {
                actor(g, a);
            }
            g.writeEndArray();
            g.writeFieldName("place");
            if (m.place() == null) {
                g.writeNull();
            } else {
                actor(g, m.place());
            }
            g.writeArrayFieldStart("sources");
            for (EventMerger.Report r : m.reports()) {
                g.writeStartObject();
                g.writeStringField("source", r.source());
                g.writeStringField("published", r.published());
                g.writeStringField("date", r.event().date());
                g.writeNumberField("start", r.event().start());
                g.writeNumberField("end", r.event().end());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private static void actor(JsonGenerator g, Event.Actor a) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("name", a.name());
        g.writeEndObject();
    }
}
