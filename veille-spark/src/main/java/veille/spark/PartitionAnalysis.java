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

/**
 * Analyses one partition of input files on an executor with the core's corpus run (the same reading of files, feeds
 * and archives, the same one-line errors as {@code bin/veille analyze}), one row of {@link Tables#RESULT} per result.
 *
 * <p>Never throws for an input: a file that cannot be copied, read or analysed is an error row, and the job goes on.
 * One task runs on one core (Spark's unit of parallelism), so the run uses one worker thread.
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

    @Override
    public Iterator<Row> call(Iterator<InputRef> refs) throws IOException {
        Pipelines.Pipeline pipeline = Pipelines.get(settings.kb());
        CorpusSettings corpus = new CorpusSettings(settings.kind(), settings.maxBytes(), 1, 0, null);
        List<Row> rows = new ArrayList<>();
        Path tmp = null;
        try (CorpusRunner runner = new CorpusRunner(pipeline.analyzer(), corpus)) {
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
                run(runner, pipeline, ref, path, rows);
                if (!ref.local()) {
                    Files.deleteIfExists(path);
                }
            }
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

    /** A document and its JSON row, made on the worker thread. */
    private record Rendered(Document doc, String json) {
    }

    /** One input file: a page, or a feed or archive with many articles; results in the order of the file. */
    private static void run(CorpusRunner runner, Pipelines.Pipeline pipeline, InputRef ref, Path path, List<Row> rows) {
        int[] entry = {0};
        runner.runItems(List.of(new InputFiles.Item(ref.source(), path)),
                doc -> new Rendered(doc, pipeline.json().write(doc)), CorpusProgress.NONE,
                (CorpusResult<Rendered> result) -> {
                    int i = entry[0]++;
                    rows.add(switch (result) {
                        case CorpusResult.Analysed<Rendered> a -> {
                            try {
                                yield FactRows.analysed(a.value().doc(), a.value().json(), ref.index(), i);
                            } catch (RuntimeException e) {
                                yield FactRows.problem(a.source(), ref.index(), i, FactRows.ERROR,
                                        "internal error: " + e + " (please report it with the file)");
                            }
                        }
                        case CorpusResult.Failed<Rendered> f -> FactRows.problem(f.source(), ref.index(), i, FactRows.ERROR, f.error());
                        case CorpusResult.Note<Rendered> n -> FactRows.problem(n.source(), ref.index(), i, FactRows.NOTE, n.note());
                        case CorpusResult.Saved<Rendered> s -> FactRows.problem(s.source(), ref.index(), i, FactRows.NOTE, "saved");
                    });
                });
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A temporary folder left behind is not worth failing the task for.
        }
    }
}
