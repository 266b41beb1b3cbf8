package veille.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

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
    public record Summary(long inputs, long articles, long errors, long notes, long mergedEvents, double seconds) {
    }

    private VeilleJob() {
    }

    /** Runs the job in a session (local or on a cluster). */
    public static Summary run(SparkSession spark, JobSettings settings) {
        long t0 = System.nanoTime();
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
            results.where(col("article").isNotNull()).select("article.*").write().parquet(out + "/articles");
            for (String fact : Tables.FACTS) {
                results.select(explode(col(fact)).as("f")).select("f.*").write().parquet(out + "/" + fact);
            }
            results.where(col("json").isNotNull()).select("json").write().text(out + "/jsonl");
            results.where(col("level").isNotNull())
                    .select("source", "input_index", "entry_index", "level", "message").write().parquet(out + "/errors");
            Dataset<Row> events = results.select(explode(col("events")).as("f")).select("f.*");
            MergedEvents.merge(spark, events, cores).drop("sort_date", "rank").write().parquet(out + "/merged_events");
            // Parquet keeps row counts in its footers: counting reads no rows.
            long merged = spark.read().parquet(out + "/merged_events").count();

            return new Summary(refs.size(), counts.articles().value(), counts.errors().value(), counts.notes().value(),
                    merged, (System.nanoTime() - t0) / 1e9);
        } finally {
            results.unpersist();
        }
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
