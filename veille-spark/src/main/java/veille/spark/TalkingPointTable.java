package veille.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import veille.talk.Article;
import veille.talk.Articles;
import veille.talk.Cluster;

/**
 * The {@code talking_points} table: discovery over the job's JSON rows, after analysis, as a Spark job
 * ({@link TalkingPointDiscovery}: candidates by partition, a shuffle by fingerprint and by n-gram, alignment on the
 * executors, clustering on the driver), numbered in input order (the CLI's order, so first seen breaks ties alike);
 * one row per cluster, its members nested. Also over the {@code articles} and {@code quotes} tables of an earlier
 * run ({@code bin/veille spark --talking-points-only --output OUT}).
 */
final class TalkingPointTable {
    static final StructType MEMBER = new StructType(new StructField[] {
        DataTypes.createStructField("source", DataTypes.StringType, false),
        DataTypes.createStructField("start", DataTypes.IntegerType, false),
        DataTypes.createStructField("end", DataTypes.IntegerType, false),
        DataTypes.createStructField("text", DataTypes.StringType, false),
        DataTypes.createStructField("outlet", DataTypes.StringType, true),
        DataTypes.createStructField("published", DataTypes.StringType, true),
        DataTypes.createStructField("published_at", DataTypes.StringType, true),
        DataTypes.createStructField("speaker", DataTypes.StringType, true),
        DataTypes.createStructField("state_affiliated", DataTypes.BooleanType, false),
    });

    static final StructType SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("id", DataTypes.StringType, false),
        DataTypes.createStructField("kind", DataTypes.StringType, false),
        DataTypes.createStructField("text", DataTypes.StringType, false),
        DataTypes.createStructField("first_source", DataTypes.StringType, false),
        DataTypes.createStructField("first_published", DataTypes.StringType, true),
        DataTypes.createStructField("first_outlet", DataTypes.StringType, true),
        DataTypes.createStructField("outlets", DataTypes.createArrayType(DataTypes.StringType, false), false),
        DataTypes.createStructField("catalogue", DataTypes.createArrayType(DataTypes.StringType, false), false),
        DataTypes.createStructField("spread", DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType), false),
        DataTypes.createStructField("members", DataTypes.createArrayType(MEMBER, false), false),
    });

    private TalkingPointTable() {
    }

    /** The clusters of the job's JSON rows (column {@code json}, in input order), discovered on the executors. */
    static List<Cluster> discover(Dataset<Row> jsonRows, String kb) {
        JavaRDD<String> json = jsonRows.javaRDD().map(r -> r.getString(0));
        return TalkingPointDiscovery.discover(json, kb, json.getNumPartitions());
    }

    /** Discovers and writes {@code out/talking_points}; returns the number of clusters. */
    static long write(SparkSession spark, Dataset<Row> results, String kb, String out) {
        return write(spark, discover(results.where(col("json").isNotNull()).select("json"), kb), out);
    }

    /**
     * Discovers over the {@code articles} and {@code quotes} tables of an earlier run in {@code out} (articles in
     * input order: {@code input_index}, {@code entry_index}; quotes with their speakers) and writes
     * {@code out/talking_points}, replacing it; returns the number of clusters.
     */
    static long writeFromTables(SparkSession spark, String kb, String out) {
        Dataset<Row> articles = spark.read().parquet(out + "/articles")
                .select("article_id", "input_index", "entry_index", "outlet", "published", "published_at", "text");
        Dataset<Row> quotes = spark.read().parquet(out + "/quotes")
                .groupBy("article_id")
                .agg(sort_array(collect_list(struct(col("quote_index"), col("start"), col("end"),
                        col("speaker_name")))).as("quotes"));
        Dataset<Row> joined = articles.join(quotes, articles.col("article_id").equalTo(quotes.col("article_id")),
                        "left_outer")
                .select(articles.col("article_id"), col("input_index"), col("entry_index"), col("outlet"),
                        col("published"), col("published_at"), col("text"), col("quotes"))
                .orderBy("input_index", "entry_index");
        JavaRDD<Article> rows = joined.javaRDD().map(r -> {
            List<Article.Quoted> qs = new ArrayList<>();
            if (!r.isNullAt(7)) {
                for (Row q : r.<Row>getList(7)) {
                    qs.add(new Article.Quoted(q.getInt(1), q.getInt(2), q.isNullAt(3) ? null : q.getString(3)));
                }
            }
            String outlet = r.isNullAt(3) ? null : r.getString(3);
            return Articles.of(r.getString(0), outlet, r.isNullAt(4) ? null : r.getString(4),
                    r.isNullAt(5) ? null : r.getString(5), r.getString(6), qs,
                    TalkingPointDiscovery.Local.knowledge(kb).outlets());
        });
        List<Cluster> clusters = TalkingPointDiscovery.discoverArticles(rows, kb, rows.getNumPartitions());
        return write(spark, clusters, out, true);
    }

    private static long write(SparkSession spark, List<Cluster> clusters, String out) {
        return write(spark, clusters, out, false);
    }

    private static long write(SparkSession spark, List<Cluster> clusters, String out, boolean replace) {
        List<Row> rows = new ArrayList<>(clusters.size());
        for (Cluster c : clusters) {
            List<Row> members = new ArrayList<>();
            for (Cluster.Member m : c.members()) {
                members.add(RowFactory.create(m.source(), m.start(), m.end(), m.text(), m.outlet(), m.published(),
                        m.publishedAt(), m.speaker(), m.stateAffiliated()));
            }
            rows.add(RowFactory.create(c.id(), c.kind(), c.text(), c.first().source(), c.first().published(),
                    c.first().outlet(), scala(c.outlets()), scala(c.catalogue()), scalaMap(c.spread()), scala(members)));
        }
        var writer = spark.createDataFrame(rows, SCHEMA).coalesce(1).write();
        (replace ? writer.mode(SaveMode.Overwrite) : writer).parquet(out + "/talking_points");
        return clusters.size();
    }

    private static <T> scala.collection.immutable.Seq<T> scala(List<T> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
    }

    private static scala.collection.Map<String, Integer> scalaMap(java.util.Map<String, Integer> map) {
        return scala.jdk.javaapi.CollectionConverters.asScala(map);
    }
}
