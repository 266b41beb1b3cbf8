package veille.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

/**
 * The corpus run on Spark: lists the inputs on the driver, analyses them partition by partition on the executors
 * ({@link PartitionAnalysis}, one pipeline per executor), and writes under the output folder:
 * <ul>
 * <li>Parquet tables {@code articles}, {@code entities}, {@code mentions}, {@code quotes}, {@code events},
 *     {@code amounts} (schema: {@link Tables}), {@code merged_events} and {@code errors};</li>
 * <li>{@code jsonl/}: text files whose lines, read in file-name order, are {@code bin/veille analyze}'s rows for the
 *     same inputs, in the same order.</li>
 * </ul>
 * An input that cannot be read or analysed is a row of {@code errors}; the job itself fails only when the output
 * cannot be written (or already exists, without {@code overwrite}).
 */
public final class VeilleJob {
    /** What a run did. */
    public record Summary(long inputs, long articles, long errors, long notes, long mergedEvents, double seconds,
                          Map<String, Double> phases, long indexed, long refused) {
        public Summary {
            phases = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(phases));
        }
    }

    private VeilleJob() {
    }

    /** Runs the job in a session (local or on a cluster). */
    public static Summary run(SparkSession spark, JobSettings settings) {
        return run(spark, settings, null);
    }

    /**
     * Runs the job and, when {@code opensearch} is not null, also indexes every article into that OpenSearch index
     * (created with Veille's mapping when missing; {@code bin/veille serve --opensearch} serves it).
     */
    public static Summary run(SparkSession spark, JobSettings settings, OpenSearchSink.Target opensearch) {
        long t0 = System.nanoTime();
        if (opensearch != null) {
            OpenSearchSink.prepare(opensearch, settings.kb());
        }
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        prepareOutput(settings, conf);
        List<InputRef> refs;
        try {
            refs = HadoopInputs.list(settings.inputs(), conf);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the inputs: " + e.getMessage(), e);
        }
        int cores = spark.sparkContext().defaultParallelism();
        int partitions = Math.max(1, settings.partitions() > 0 ? settings.partitions()
                : Math.min(refs.size(), cores * 8));
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // Counted as the rows are made (a task run again after a failure may count twice: the figures are for the
        // summary line, the tables are exact).
        PartitionAnalysis.Counts counts = PartitionAnalysis.Counts.in(spark.sparkContext());
        JavaRDD<Row> rows = jsc.parallelize(refs, partitions)
                .mapPartitions(new PartitionAnalysis(settings, new HadoopInputs.Conf(conf), counts));
        // Analysed once, then split into tables; spilled to disk rather than analysed again when memory is short.
        Dataset<Row> results = spark.createDataFrame(rows, Tables.RESULT).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            String out = settings.output();
            Map<String, Double> phases = new LinkedHashMap<>();
            long t = System.nanoTime();
            phases.put("listing", (t - t0) / 1e9);
            // The first write runs the analysis, on every partition; the fact tables read the cached results in as
            // many files as cores (a small file per analysis partition and table only costs commits). The JSON rows
            // keep the analysis partitions: coalescing may join partitions out of order, and their order is the CLI's.
            results.where(col("article").isNotNull()).select("article.*").write().parquet(out + "/articles");
            t = lap(phases, "analysis and articles", t);
            Dataset<Row> cached = results.coalesce(Math.min(partitions, cores));
            LongAccumulator merged = spark.sparkContext().longAccumulator("merged events");
            LongAccumulator indexed = spark.sparkContext().longAccumulator("indexed");
            LongAccumulator refused = spark.sparkContext().longAccumulator("refused by OpenSearch");
            List<Runnable> writes = new ArrayList<>();
            for (String fact : Tables.FACTS) {
                writes.add(() -> cached.select(explode(col(fact)).as("f")).select("f.*").write()
                        .parquet(out + "/" + fact));
            }
            writes.add(() -> results.where(col("json").isNotNull()).select("json").write().text(out + "/jsonl"));
            writes.add(() -> cached.where(col("level").isNotNull())
                    .select("source", "input_index", "entry_index", "level", "message").write().parquet(out + "/errors"));
            writes.add(() -> MergedEvents.merge(spark, cached.select(explode(col("events")).as("f")).select("f.*"),
                    cores, merged).write().parquet(out + "/merged_events"));
            if (opensearch != null) {
                writes.add(() -> results.where(col("json").isNotNull()).select("json").toJavaRDD()
                        .foreachPartition(new OpenSearchSink(opensearch, settings.kb(), indexed, refused)));
            }
            // Small jobs over cached data spend their time in scheduling and commits: several at once keep the
            // cores busy (Spark runs concurrent jobs of one session side by side).
            concurrently(writes, Math.min(writes.size(), Math.max(4, cores)));
            if (opensearch != null) {
                OpenSearchSink.refresh(opensearch, settings.kb());
            }
            lap(phases, opensearch == null ? "tables, jsonl, errors, merged events"
                    : "tables, jsonl, errors, merged events, OpenSearch", t);
            return new Summary(refs.size(), counts.articles().value(), counts.errors().value(), counts.notes().value(),
                    merged.value(), (System.nanoTime() - t0) / 1e9, phases, indexed.value(), refused.value());
        } finally {
            results.unpersist();
        }
    }

    private static void concurrently(List<Runnable> jobs, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread th = new Thread(r, "veille-spark-write");
            th.setDaemon(true);
            return th;
        });
        try {
            List<Future<?>> running = jobs.stream().<Future<?>>map(pool::submit).toList();
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static long lap(Map<String, Double> phases, String name, long since) {
        long now = System.nanoTime();
        phases.put(name, (now - since) / 1e9);
        return now;
    }

    /** Fails before any work when the output exists (unless overwriting, when it is removed first). */
    private static void prepareOutput(JobSettings settings, Configuration conf) {
        org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(settings.output());
        try {
            FileSystem fs = out.getFileSystem(conf);
            if (fs.exists(out)) {
                if (!settings.overwrite()) {
                    throw new IllegalArgumentException("the output " + settings.output()
                            + " exists already: give another folder, or --overwrite to replace it");
                }
                fs.delete(out, true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the output " + settings.output() + ": " + e.getMessage(), e);
        }
    }
}
