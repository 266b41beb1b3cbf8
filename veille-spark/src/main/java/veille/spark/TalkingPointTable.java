package veille.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import veille.kb.KnowledgeBase;
import veille.talk.Articles;
import veille.talk.Cluster;
import veille.talk.DiscoverySettings;
import veille.talk.TalkingPointIndex;
import veille.talk.TalkingPoints;

/**
 * The {@code talking_points} table: discovery over the job's JSON rows, after analysis, on the driver. The rows
 * stream to the driver one partition at a time in input order (the CLI's order, so first seen breaks ties alike)
 * into an index whose articles go to a local folder, not the heap; one row per cluster, its members nested.
 * Discovery is incremental and single-writer, so it runs once, not per partition.
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

    /** The clusters of the job's JSON rows (column {@code json}, in input order). */
    static List<Cluster> discover(Dataset<Row> jsonRows, String kb) {
        KnowledgeBase knowledge = kb == null ? KnowledgeBase.builtIn() : KnowledgeBase.withFolder(Path.of(kb));
        Path dir;
        try {
            dir = Files.createTempDirectory("veille-talking-points");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (TalkingPointIndex index = TalkingPointIndex.open(dir, DiscoverySettings.defaults())) {
            Iterator<Row> rows = jsonRows.toLocalIterator();
            while (rows.hasNext()) {
                index.add(Articles.ofJson(rows.next().getString(0), knowledge.outlets()));
            }
            return TalkingPoints.named(index.clusters(), knowledge.talkingPoints());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                // a temporary folder left behind
            }
        }
    }

    /** Discovers and writes {@code out/talking_points}; returns the number of clusters. */
    static long write(SparkSession spark, Dataset<Row> results, String kb, String out) {
        List<Cluster> clusters = discover(results.where(col("json").isNotNull()).select("json"), kb);
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
        spark.createDataFrame(rows, SCHEMA).coalesce(1).write().parquet(out + "/talking_points");
        return clusters.size();
    }

    private static <T> scala.collection.immutable.Seq<T> scala(List<T> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
    }

    private static scala.collection.Map<String, Integer> scalaMap(java.util.Map<String, Integer> map) {
        return scala.jdk.javaapi.CollectionConverters.asScala(map);
    }
}
