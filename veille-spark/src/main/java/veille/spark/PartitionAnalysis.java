package veille.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import veille.corpus.CorpusProgress;
import veille.corpus.CorpusResult;
import veille.corpus.CorpusRunner;
import veille.corpus.CorpusSettings;
import veille.corpus.InputFiles;
import veille.doc.Document;
import veille.source.SourceKind;
import veille.source.SourceSniffer;

/**
 * Analyses one partition of input files on an executor with the core's corpus run (the same reading of files, feeds
 * and archives, the same one-line errors as {@code bin/veille analyze}), one row of {@link Tables#RESULT} per result.
 *
 * <p>Never throws for an input: a file that cannot be copied, read or analysed is an error row, and the job goes on.
 * One task runs on one core (Spark's unit of parallelism), so the run uses one worker thread. Pages are analysed in
 * runs of {@link #CHUNK}, whose results map one to one onto the files; a feed or an archive runs alone, its results
 * numbered as its entries.
 */
final class PartitionAnalysis implements FlatMapFunction<Iterator<InputRef>, Row> {
    private static final long serialVersionUID = 1L;
    private final JobSettings settings;
    private final HadoopInputs.Conf conf;
    private final Counts counts;

    /** How many articles, errors and notes the tasks produced, summed on the driver (Spark accumulators). */
    record Counts(LongAccumulator articles, LongAccumulator errors, LongAccumulator notes) implements java.io.Serializable {
        static Counts in(org.apache.spark.SparkContext sc) {
            return new Counts(sc.longAccumulator("articles"), sc.longAccumulator("errors"), sc.longAccumulator("notes"));
        }

        void add(Row row) {
            Object level = row.get(3);
            (level == null ? articles : FactRows.ERROR.equals(level) ? errors : notes).add(1);
        }
    }

    /** @param counts where to count the rows, or null */
    PartitionAnalysis(JobSettings settings, HadoopInputs.Conf conf, Counts counts) {
        this.settings = settings;
        this.conf = conf;
        this.counts = counts;
    }

    /** The most page files analysed in one corpus run (and, from a remote store, on local disk at once). */
    static final int CHUNK = 64;

    /** An input file and where this executor reads it. */
    private record Local(InputRef ref, Path path) {
    }

    @Override
    public Iterator<Row> call(Iterator<InputRef> refs) throws IOException {
        Pipelines.Pipeline pipeline = Pipelines.get(settings.kb());
        CorpusSettings corpus = new CorpusSettings(settings.kind(), settings.maxBytes(), 1, 0, null);
        List<Row> rows = new ArrayList<>();
        Path tmp = null;
        try (CorpusRunner runner = new CorpusRunner(pipeline.analyzer(), corpus)) {
            List<Local> pages = new ArrayList<>();
            while (refs.hasNext()) {
                InputRef ref = refs.next();
                Path path;
                if (ref.local()) {
                    path = Path.of(ref.location());
                } else {
                    try {
                        if (tmp == null) {
                            tmp = Files.createTempDirectory("veille-spark");
                        }
                        path = HadoopInputs.localCopy(ref, tmp, conf.get());
                    } catch (IOException | RuntimeException e) {
                        rows.add(FactRows.problem(ref.source(), ref.index(), 0, FactRows.ERROR,
                                e instanceof java.io.FileNotFoundException ? "no such file" : "cannot read: " + e.getMessage()));
                        continue;
                    }
                }
                if (isPage(path)) {
                    // Pages go in runs of many: a run's worker threads keep their per-thread state (the NER
                    // decoder, matchers) from one page to the next.
                    pages.add(new Local(ref, path));
                    if (pages.size() >= CHUNK) {
                        runPages(runner, pipeline, pages, rows);
                    }
                } else {
                    runPages(runner, pipeline, pages, rows);
                    runContainer(runner, pipeline, new Local(ref, path), rows);
                }
            }
            runPages(runner, pipeline, pages, rows);
        } finally {
            if (tmp != null) {
                delete(tmp);
            }
        }
        if (counts != null) {
            rows.forEach(counts::add);
        }
        return rows.iterator();
    }

    /**
     * Whether the core's corpus run reads this file as one page (one result), as opposed to a feed or an archive
     * (any number of entries, then perhaps a note): the same decision as its reader's.
     */
    private boolean isPage(Path path) {
        return switch (settings.kind()) {
            case AUTO -> SourceSniffer.sniff(path) == SourceKind.DOCUMENT;
            case TEXT, HTML, PLAIN -> true;
            case FEED, WARC -> false;
        };
    }

    /** A document and its JSON row, made on the worker thread. */
    private record Rendered(Document doc, String json) {
    }

    /** Page files in one corpus run: exactly one result each, in order. Empties {@code pages}. */
    private static void runPages(CorpusRunner runner, Pipelines.Pipeline pipeline, List<Local> pages, List<Row> rows) {
        if (pages.isEmpty()) {
            return;
        }
        int[] next = {0};
        runner.runItems(pages.stream().map(p -> new InputFiles.Item(p.ref().source(), p.path())).toList(),
                doc -> new Rendered(doc, pipeline.json().write(doc)), CorpusProgress.NONE,
                (CorpusResult<Rendered> result) -> rows.add(row(result, pages.get(next[0]++).ref().index(), 0)));
        for (Local p : pages) {
            if (!p.ref().local()) {
                deleteQuietly(p.path());
            }
        }
        pages.clear();
    }

    /** A feed or an archive: its entries (and a note or an error) in the order of the file. */
    private static void runContainer(CorpusRunner runner, Pipelines.Pipeline pipeline, Local file, List<Row> rows) {
        int[] entry = {0};
        runner.runItems(List.of(new InputFiles.Item(file.ref().source(), file.path())),
                doc -> new Rendered(doc, pipeline.json().write(doc)), CorpusProgress.NONE,
                (CorpusResult<Rendered> result) -> rows.add(row(result, file.ref().index(), entry[0]++)));
        if (!file.ref().local()) {
            deleteQuietly(file.path());
        }
    }

    private static Row row(CorpusResult<Rendered> result, long index, int entry) {
        return switch (result) {
            case CorpusResult.Analysed<Rendered> a -> {
                try {
                    yield FactRows.analysed(a.value().doc(), a.value().json(), index, entry);
                } catch (RuntimeException e) {
                    yield FactRows.problem(a.source(), index, entry, FactRows.ERROR,
                            "internal error: " + e + " (please report it with the file)");
                }
            }
            case CorpusResult.Failed<Rendered> f -> FactRows.problem(f.source(), index, entry, FactRows.ERROR, f.error());
            case CorpusResult.Note<Rendered> n -> FactRows.problem(n.source(), index, entry, FactRows.NOTE, n.note());
            case CorpusResult.Saved<Rendered> s -> FactRows.problem(s.source(), index, entry, FactRows.NOTE, "saved");
        };
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // Removed with the temporary folder at the end of the partition.
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A temporary folder left behind is not worth failing the task for.
        }
    }
}
