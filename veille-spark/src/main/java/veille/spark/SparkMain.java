package veille.spark;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import veille.corpus.InputKind;
import veille.io.InputReader;

/**
 * {@code bin/veille spark} and the main class of the shaded job jar for {@code spark-submit}:
 * <pre>
 *   bin/veille spark --master 'local[2]' --input samples/articles --output /tmp/out
 *   spark-submit --class veille.spark.SparkMain veille-spark-job.jar --input hdfs:///crawl/ --output hdfs:///veille/
 *   bin/veille spark --input crawl/ --output /tmp/out --opensearch http://127.0.0.1:9200 --index veille
 * </pre>
 * Exit status: 0 when the job ran (bad inputs are rows of the {@code errors} table), 1 when it could not, 64 for a
 * usage error.
 */
public final class SparkMain {
    private static final String USAGE = """
            Usage: bin/veille spark [--master URL] --input PATH... --output DIR [options]
                   bin/veille spark [--master URL] --talking-points-only --output DIR [--kb DIR]
            Analyse a corpus on Apache Spark: Parquet tables (articles, entities, mentions, quotes, events, amounts,
            merged_events, errors, talking_points) and OUT/jsonl/ with the rows of bin/veille analyze.
              --master URL       Spark master (local[N], spark://..., yarn); spark-submit gives its own
              --input PATH...    files, folders (recursive), feeds, WARC archives; local paths or Hadoop URIs
                                 (hdfs://, s3a://, file:), globs allowed; repeatable
              --output DIR       output folder (local path or Hadoop URI); must not exist unless --overwrite
              --kind KIND        auto (default), text, html, plain, feed, warc: how every input is taken
              --kb DIR           extra knowledge-base tables, at that path on every executor
              --partitions N     input slices (default: eight per core)
              --max-size BYTES   refuse larger files, entries and pages (default 32 MiB)
              --overwrite        replace the output folder
              --opensearch URL   also index every article into OpenSearch (http://host:9200), the embedded
                                 store's fields and analysis; bin/veille serve --opensearch URL serves it
              --index NAME       the OpenSearch index (default veille; created when missing)
              --ui               keep Spark's web UI on in local mode
              --talking-points-only  no analysis: discover talking points over the articles and quotes tables
                                 of an earlier run in DIR and write DIR/talking_points again
            """;

    private SparkMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    static int run(String[] args, PrintStream err) {
        String master = null;
        String output = null;
        String kb = null;
        InputKind kind = InputKind.AUTO;
        int partitions = 0;
        long maxBytes = InputReader.DEFAULT_MAX_BYTES;
        boolean overwrite = false;
        boolean ui = false;
        boolean talkingPointsOnly = false;
        String opensearch = null;
        String index = "veille";
        List<String> inputs = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "-h", "--help" -> {
                        err.print(USAGE);
                        return 0;
                    }
                    case "--master" -> master = value(args, ++i, a);
                    case "--output" -> output = value(args, ++i, a);
                    case "--kb" -> kb = value(args, ++i, a);
                    case "--kind" -> kind = InputKind.valueOf(value(args, ++i, a).toUpperCase(Locale.ROOT));
                    case "--partitions" -> partitions = Integer.parseInt(value(args, ++i, a));
                    case "--max-size" -> maxBytes = Long.parseLong(value(args, ++i, a));
                    case "--overwrite" -> overwrite = true;
                    case "--ui" -> ui = true;
                    case "--talking-points-only" -> talkingPointsOnly = true;
                    case "--opensearch" -> opensearch = value(args, ++i, a);
                    case "--index" -> index = value(args, ++i, a);
                    case "--input" -> {
                        inputs.add(value(args, ++i, a));
                        // "--input A B C": the paths up to the next option.
                        while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                            inputs.add(args[++i]);
                        }
                    }
                    default -> {
                        if (a.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + a);
                        }
                        inputs.add(a);
                    }
                }
            }
            if (talkingPointsOnly && (output == null || !inputs.isEmpty())) {
                throw new IllegalArgumentException("--talking-points-only takes --output (an earlier run's) and no input");
            }
            if (output == null || inputs.isEmpty() && !talkingPointsOnly) {
                throw new IllegalArgumentException("--input and --output are needed");
            }
        } catch (IllegalArgumentException e) {
            err.println("veille spark: " + e.getMessage());
            err.print(USAGE);
            return 64;
        }
        JobSettings settings = talkingPointsOnly ? null
                : new JobSettings(inputs, output, kind, maxBytes, kb, partitions, overwrite);
        if (master != null && master.startsWith("local") && !talkingPointsOnly) {
            // In local mode the executor is this JVM: load its pipeline (models, knowledge base: seconds) while the
            // Spark session starts, mostly on one thread, instead of after it on the first task.
            warmUp(kb);
        }
        SparkSession.Builder builder = SparkSession.builder().appName("veille");
        if (master != null) {
            builder.master(master);
        }
        if (master != null && master.startsWith("local") && !ui) {
            builder.config("spark.ui.enabled", "false");
        }
        if (master != null && master.startsWith("local")) {
            localDefaults(builder);
        }
        SparkSession spark = builder.getOrCreate();
        try {
            if (talkingPointsOnly) {
                long t0 = System.nanoTime();
                long n = TalkingPointTable.writeFromTables(spark, kb, output);
                err.printf(Locale.ROOT, "veille spark: %d talking points in %.1f s -> %s/talking_points%n", n,
                        (System.nanoTime() - t0) / 1e9, output);
                return 0;
            }
            VeilleJob.Summary s = VeilleJob.run(spark, settings,
                    opensearch == null ? null : new OpenSearchSink.Target(opensearch, index));
            err.printf(Locale.ROOT, "veille spark: %d input files, %d articles, %d errors, %d notes, %d merged events "
                            + "in %.1f s (%.1f articles/s) -> %s%n", s.inputs(), s.articles(), s.errors(), s.notes(),
                    s.mergedEvents(), s.seconds(), s.articles() / Math.max(1e-9, s.seconds()), output);
            if (opensearch != null) {
                err.printf(Locale.ROOT, "veille spark: %d articles indexed into %s at %s (%d refused)%n", s.indexed(),
                        index, opensearch, s.refused());
            }
            StringBuilder phases = new StringBuilder("veille spark: phases:");
            s.phases().forEach((k, v) -> phases.append(String.format(Locale.ROOT, " %s %.1f s;", k, v)));
            err.println(phases);
            return 0;
        } catch (RuntimeException e) {
            err.println("veille spark: " + e.getMessage());
            return 1;
        } finally {
            spark.stop();
        }
    }

    /**
     * Settings for a local run: it spends more CPU compiling generated code (Janino, for the wide nested result
     * schema's encoder and each table's projection) and re-planning adaptively than that code saves on a
     * laptop-sized corpus; interpreted projections cut about 4 CPU-s of the fixed cost, rows unchanged. A
     * {@code -Dspark.*} system property overrides each.
     */
    static SparkSession.Builder localDefaults(SparkSession.Builder builder) {
        localDefault(builder, "spark.sql.codegen.wholeStage", "false");
        localDefault(builder, "spark.sql.codegen.factoryMode", "NO_CODEGEN");
        localDefault(builder, "spark.sql.adaptive.enabled", "false");
        return builder;
    }

    private static void localDefault(SparkSession.Builder builder, String key, String value) {
        if (System.getProperty(key) == null) {
            builder.config(key, value);
        }
    }

    private static void warmUp(String kb) {
        Thread t = new Thread(() -> {
            try {
                Pipelines.get(kb);
            } catch (RuntimeException e) {
                // The first task loads it again and reports what went wrong.
            }
        }, "veille-pipeline-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
