package veille.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;
import veille.doc.Event;
import veille.event.EventMerger;

/**
 * The corpus's events merged across articles by the core's {@link EventMerger}, as a Spark aggregation.
 *
 * <p>The merger only ever joins reports of the same type, so grouping by type loses nothing: each group is merged
 * on one executor, its reports in input order as {@code bin/veille events} adds them; ordered by {@link #TIMELINE}
 * (date, undated last, then type, then the order the merger made them) the result is the CLI's, event for event. It scales with the number of event types, not of articles: a group's merge is sequential
 * (each report is compared with the events so far), which is where a very large corpus stops scaling.
 */
final class MergedEvents {
    private MergedEvents() {
    }

    /**
     * {@link Tables#MERGED} rows from {@link Tables#EVENT} rows, counted as they are made. Not sorted (a global sort
     * costs a sampling pass and a shuffle): {@link #TIMELINE} orders them as {@code bin/veille events} does.
     */
    static Dataset<Row> merge(SparkSession spark, Dataset<Row> events, int partitions, LongAccumulator count) {
        JavaRDD<Row> merged = events.javaRDD()
                .mapToPair(r -> new Tuple2<>(r.<String>getAs("type"), r))
                .groupByKey(Math.max(1, partitions))
                .flatMap(group -> {
                    List<Row> rows = mergeType(group._2());
                    count.add(rows.size());
                    return rows.iterator();
                });
        return spark.createDataFrame(merged, Tables.MERGED);
    }

    /** The merger's order in SQL: date (undated and weekday-only last), type, then the order the merger made them. */
    static final String TIMELINE = "CASE WHEN date RLIKE '^[0-9]' THEN date ELSE '9999' END, type, rank";

    private static List<Row> mergeType(Iterable<Row> reports) {
        List<Row> rows = new ArrayList<>();
        reports.forEach(rows::add);
        rows.sort(Comparator.comparingLong((Row r) -> r.<Long>getAs("input_index"))
                .thenComparingInt(r -> r.<Integer>getAs("entry_index"))
                .thenComparingInt(r -> r.<Integer>getAs("event_index")));
        EventMerger merger = new EventMerger();
        for (Row r : rows) {
            merger.add(new EventMerger.Report(r.getAs("article_id"), r.getAs("published"), event(r)));
        }
        List<Row> out = new ArrayList<>();
        List<EventMerger.Merged> all = merger.merged();
        for (int k = 0; k < all.size(); k++) {
            EventMerger.Merged m = all.get(k);
            List<Row> reps = m.reports().stream().map(x -> RowFactory.create(x.source(), x.published(),
                    x.event().date(), x.event().start(), x.event().end())).toList();
            out.add(RowFactory.create(m.type() + "-" + (k + 1), m.type(), m.mode(), m.date(), m.status(),
                    FactRows.seq(m.participants().stream().map(FactRows::actor).toList()), FactRows.actor(m.place()),
                    m.sources().size(), FactRows.seq(reps), k));
        }
        return out;
    }

    /** The event an {@link Tables#EVENT} row holds. */
    static Event event(Row r) {
        List<Event.Actor> participants = r.<Row>getList(r.fieldIndex("participants")).stream()
                .map(MergedEvents::actor).toList();
        List<Event.Evidence> evidence = r.<Row>getList(r.fieldIndex("evidence")).stream()
                .map(x -> new Event.Evidence(x.<Integer>getAs("start"), x.<Integer>getAs("end"))).toList();
        Row place = r.getAs("place");
        return new Event(r.<Integer>getAs("start"), r.<Integer>getAs("end"), r.getAs("type"), r.getAs("mode"),
                participants, place == null ? null : actor(place), r.getAs("date"), r.getAs("status"),
                r.getAs("occasion"), evidence);
    }

    private static Event.Actor actor(Row a) {
        return new Event.Actor(a.getAs("id"), a.getAs("name"));
    }
}
