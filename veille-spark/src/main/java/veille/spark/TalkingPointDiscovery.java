package veille.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;
import veille.kb.KnowledgeBase;
import veille.talk.Article;
import veille.talk.Articles;
import veille.talk.Cluster;
import veille.talk.DiscoverySettings;
import veille.talk.DiscoverySteps;
import veille.talk.TalkingPointIndex;
import veille.talk.TalkingPoints;
import veille.talk.Words;

/**
 * Talking-point discovery as a Spark job over the analysed articles, giving the clusters of {@link TalkingPointIndex}
 * over the same rows in the same order (what {@code bin/veille talking-points} prints).
 *
 * <ol>
 * <li>Candidates, by partition: each article's passage fingerprints (winnowed shingle hashes), phrase n-grams and
 *     their sides ({@link DiscoverySteps}).</li>
 * <li>Passages: a shuffle by fingerprint keeps the first {@code maxShingleDocs + 1} articles holding each (the index
 *     takes candidates from a fingerprint while at most that many earlier articles hold it); each article there
 *     pairs with the earlier ones; pairs are joined with both articles and aligned on the executors. The aligned
 *     pairs (few) go to the driver, which replays them in the index's order (article by article, candidates in the
 *     order of the newer article's fingerprints) into the occurrences and their union-find.</li>
 * <li>Phrases: a shuffle by n-gram counts its articles and outlets; a shuffle by side counts each side's articles,
 *     joined to the n-grams that have it (cohesion); the n-grams that pass every test are broadcast and each
 *     article's runs are made where it lies.</li>
 * <li>Clustering on the driver ({@link DiscoverySteps#clusters}) over the passage groups, whose members are read
 *     on the executors, and the runs.</li>
 * </ol>
 * Counts are exact where the index's are compact (42 bits of a hash in its tables, a Bloom filter for the sides met
 * once): the two differ only when hashes collide, which the index's figures already leave aside.
 */
final class TalkingPointDiscovery {
    private TalkingPointDiscovery() {
    }

    /** An article's fingerprint, packed: article number in the high half, fingerprint rank in the low half. */
    private static long pack(long hi, long lo) {
        return hi << 32 | lo;
    }

    /** The clusters of the analysed rows (JSON, in input order), named by the catalogue. */
    static List<Cluster> discover(JavaRDD<String> json, String kb, int partitions) {
        return discoverArticles(json.map(j -> Articles.ofJson(j, Local.knowledge(kb).outlets())), kb, partitions);
    }

    /** The clusters of the articles (in input order), named by the catalogue. */
    static List<Cluster> discoverArticles(JavaRDD<Article> input, String kb, int partitions) {
        DiscoverySettings settings = DiscoverySettings.defaults();
        DiscoverySteps steps = Local.steps(settings);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(input.context());
        int parts = Math.max(1, partitions);
        // Numbered in input order; an article whose source came earlier is left out, as the index ignores it.
        JavaPairRDD<Long, Article> docs = input.zipWithIndex()
                .mapToPair(t -> new Tuple2<>(t._2(), t._1()))
                .mapToPair(t -> new Tuple2<>(t._2().source(), t))
                .reduceByKey((a, b) -> a._1() <= b._1() ? a : b, parts)
                .mapToPair(Tuple2::_2)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long articles = docs.count();
            TalkingPointIndex.Occurrences occ = passages(docs, settings, parts);
            List<Map<Integer, int[]>> spans = occ.groups();
            Map<String, Integer> numbers = new HashMap<>();
            List<DiscoverySteps.Group> groups = groups(jsc, docs, settings, spans, numbers);
            List<RunRow> runs = runs(jsc, docs, settings, (int) articles, parts);
            Map<String, Integer> outletNo = new HashMap<>();
            Map<Integer, Integer> outletOf = new HashMap<>();
            Map<DiscoverySteps.Run, Cluster.Member> members = new IdentityHashMap<>();
            List<DiscoverySteps.Run> ordered = new ArrayList<>(runs.size());
            for (RunRow r : runs) {
                outletOf.put(r.run().doc(), outletNo.computeIfAbsent(r.outlet(), k -> outletNo.size()));
                numbers.put(r.member().source(), r.run().doc());
                members.put(r.run(), r.member());
                ordered.add(r.run());
            }
            List<Cluster> clusters = steps.clusters(groups, ordered, outletOf::get, numbers::get, members::get);
            return TalkingPoints.named(clusters, Local.knowledge(kb).talkingPoints());
        } finally {
            docs.unpersist();
        }
    }

    /** The aligned pairs, replayed on the driver into the passage occurrences in the index's order. */
    private static TalkingPointIndex.Occurrences passages(JavaPairRDD<Long, Article> docs, DiscoverySettings settings,
                                                          int parts) {
        int keep = settings.maxShingleDocs() + 1;
        // Shuffle by fingerprint, keeping the first articles holding each (packed: article, rank).
        JavaPairRDD<Long, long[]> holders = docs.flatMapToPair(t -> {
            DiscoverySteps steps = Local.steps(settings);
            long[] fps = steps.fingerprints(steps.shingles(Words.of(t._2().text())));
            List<Tuple2<Long, long[]>> out = new ArrayList<>(fps.length);
            for (int k = 0; k < fps.length; k++) {
                out.add(new Tuple2<>(fps[k], new long[] {pack(t._1(), k)}));
            }
            return out.iterator();
        }).reduceByKey((a, b) -> first(a, b, keep), parts);
        // Each holder past the first pairs with the earlier ones: (older, newer) → the newer's rank of the fingerprint.
        JavaPairRDD<Long, Integer> pairs = holders.flatMapToPair(e -> {
            long[] hs = e._2();
            List<Tuple2<Long, Integer>> out = new ArrayList<>();
            for (int t = 1; t < hs.length && t <= settings.maxShingleDocs(); t++) {
                long d = hs[t] >>> 32;
                for (int q = 0; q < t; q++) {
                    out.add(new Tuple2<>(pack(hs[q] >>> 32, d), (int) hs[t]));
                }
            }
            return out.iterator();
        }).reduceByKey(Math::min, parts);
        // Join each pair with the newer article (its shingles), then the older, and align where they lie.
        JavaPairRDD<Long, Tuple2<Long, Integer>> byNewer = pairs.mapToPair(
                e -> new Tuple2<>(e._1() & 0xffffffffL, new Tuple2<>(e._1() >>> 32, e._2())));
        JavaPairRDD<Long, Aligning> byOlder = byNewer.join(docs).mapToPair(e -> {
            DiscoverySteps steps = Local.steps(settings);
            return new Tuple2<>(e._2()._1()._1(), new Aligning(e._1().intValue(), e._2()._1()._2(),
                    steps.shingles(Words.of(e._2()._2().text()))));
        });
        List<Aligned> aligned = new ArrayList<>(byOlder.join(docs).flatMap(e -> {
            DiscoverySteps steps = Local.steps(settings);
            Aligning a = e._2()._1();
            List<int[]> spans = steps.align(a.shingles(), steps.shingles(Words.of(e._2()._2().text())));
            return spans.isEmpty() ? java.util.Collections.emptyIterator()
                    : List.of(new Aligned(a.newer(), a.rank(), e._1().intValue(), spans)).iterator();
        }).collect());
        aligned.sort(Comparator.comparingInt(Aligned::newer).thenComparingInt(Aligned::rank)
                .thenComparingInt(Aligned::older));
        TalkingPointIndex.Occurrences occ = new TalkingPointIndex.Occurrences();
        for (Aligned a : aligned) {
            for (int[] s : a.spans()) {
                int x = occ.add(a.newer(), s[0], s[1]);
                int y = occ.add(a.older(), s[2], s[3]);
                occ.union(x, y);
            }
        }
        return occ;
    }

    /** The smallest {@code keep} values of two ascending arrays, ascending. */
    private static long[] first(long[] a, long[] b, int keep) {
        long[] out = new long[Math.min(keep, a.length + b.length)];
        int i = 0;
        int j = 0;
        for (int k = 0; k < out.length; k++) {
            out[k] = j >= b.length || i < a.length && a[i] <= b[j] ? a[i++] : b[j++];
        }
        return out;
    }

    /** The passage groups with their members, read where the articles lie; {@code numbers} gets their sources. */
    private static List<DiscoverySteps.Group> groups(JavaSparkContext jsc, JavaPairRDD<Long, Article> docs,
                                                     DiscoverySettings settings, List<Map<Integer, int[]>> spans,
                                                     Map<String, Integer> numbers) {
        List<Tuple2<Long, int[]>> wanted = new ArrayList<>();
        for (int g = 0; g < spans.size(); g++) {
            for (var e : spans.get(g).entrySet()) {
                wanted.add(new Tuple2<>((long) e.getKey(), new int[] {g, e.getValue()[0], e.getValue()[1]}));
            }
        }
        List<Map<Integer, DiscoverySteps.Piece>> pieces = new ArrayList<>();
        for (Map<Integer, int[]> g : spans) {
            Map<Integer, DiscoverySteps.Piece> m = new LinkedHashMap<>();
            g.keySet().forEach(k -> m.put(k, null));
            pieces.add(m);
        }
        if (!wanted.isEmpty()) {
            List<Tuple2<int[], DiscoverySteps.Piece>> read = JavaPairRDD.fromJavaRDD(jsc.parallelize(wanted,
                            Math.max(1, Math.min(wanted.size() / 64 + 1, docs.getNumPartitions()))))
                    .join(docs).map(e -> {
                        int[] w = e._2()._1();
                        Article a = e._2()._2();
                        return new Tuple2<>(new int[] {w[0], e._1().intValue()},
                                Local.steps(settings).piece(a, Words.of(a.text()), w[1], w[2]));
                    }).collect();
            for (Tuple2<int[], DiscoverySteps.Piece> r : read) {
                pieces.get(r._1()[0]).put(r._1()[1], r._2());
                numbers.put(r._2().member().source(), r._1()[1]);
            }
        }
        return pieces.stream().map(DiscoverySteps::group).toList();
    }

    /** The runs of candidate n-grams of every article holding one, by article then position, with their members. */
    private static List<RunRow> runs(JavaSparkContext jsc, JavaPairRDD<Long, Article> docs, DiscoverySettings settings,
                                     int articles, int parts) {
        DiscoverySteps steps = Local.steps(settings);
        int need = steps.phraseMinOutlets();
        double maxDocs = steps.maxPhraseDocs(articles);
        // Shuffle by n-gram: its articles and (up to the least needed) outlets.
        JavaPairRDD<Long, Gram> grams = docs.flatMapToPair(t -> {
            DiscoverySteps.PhraseGrams pg = Local.steps(settings).phraseGrams(Words.of(t._2().text()));
            String outlet = outletKey(t._2());
            List<Tuple2<Long, Gram>> out = new ArrayList<>(pg.grams().length);
            for (int k = 0; k < pg.grams().length; k++) {
                out.add(new Tuple2<>(pg.grams()[k], new Gram(1, new String[] {outlet}, pg.left()[k], pg.right()[k])));
            }
            return out.iterator();
        }).reduceByKey((a, b) -> a.plus(b, need), parts)
                .filter(e -> e._2().count() >= need && e._2().count() <= maxDocs && e._2().outlets().length >= need);
        // Cohesion: each side's document frequency (a shuffle by side), joined to the n-grams that have the side.
        JavaPairRDD<Long, Integer> sideCounts = docs.flatMapToPair(t -> {
            long[] sides = Local.steps(settings).phraseGrams(Words.of(t._2().text())).sides();
            List<Tuple2<Long, Integer>> out = new ArrayList<>(sides.length);
            for (long side : sides) {
                out.add(new Tuple2<>(side, 1));
            }
            return out.iterator();
        }).reduceByKey(Integer::sum, parts);
        JavaPairRDD<Long, int[]> sidesOf = grams.flatMapToPair(e -> {
            List<Tuple2<Long, long[]>> out = new ArrayList<>(2);
            if (e._2().left() != 0) {
                out.add(new Tuple2<>(e._2().left(), new long[] {e._1(), 0}));
            }
            if (e._2().right() != 0) {
                out.add(new Tuple2<>(e._2().right(), new long[] {e._1(), 1}));
            }
            return out.iterator();
        }).join(sideCounts).mapToPair(e -> new Tuple2<>(e._2()._1()[0], e._2()._1()[1] == 0
                ? new int[] {e._2()._2(), 0} : new int[] {0, e._2()._2()}))
                .reduceByKey((x, y) -> new int[] {x[0] + y[0], x[1] + y[1]}, parts);
        Set<Long> candidates = new HashSet<>(grams.leftOuterJoin(sidesOf).filter(e -> {
            Gram g = e._2()._1();
            int[] c = e._2()._2().orElse(new int[2]);
            return Local.steps(settings).gramPasses(g.count(), g.outlets().length, maxDocs, c[0], c[1]);
        }).keys().collect());
        if (candidates.isEmpty()) {
            return List.of();
        }
        Broadcast<Set<Long>> candidate = jsc.broadcast(candidates);
        List<RunRow> out = new ArrayList<>(docs.flatMap(t -> {
            Set<Long> c = candidate.value();
            Article a = t._2();
            Words w = Words.of(a.text());
            DiscoverySteps s = Local.steps(settings);
            List<RunRow> rows = new ArrayList<>();
            for (DiscoverySteps.Run r : s.runs(t._1().intValue(), a, w, c::contains)) {
                rows.add(new RunRow(r, s.member(a, w, r.from(), r.to()), outletKey(a)));
            }
            return rows.iterator();
        }).collect());
        candidate.destroy();
        out.sort(Comparator.comparingInt((RunRow r) -> r.run().doc()).thenComparingInt(r -> r.run().from()));
        return out;
    }

    /** What makes two articles' outlets the same: the outlet, or the article itself when it has none. */
    private static String outletKey(Article a) {
        return a.outlet() == null ? "?" + a.source() : a.outlet();
    }

    /** A shared n-gram's articles, outlets (up to the least needed) and sides. */
    record Gram(int count, String[] outlets, long left, long right) implements Serializable {
        Gram plus(Gram o, int need) {
            String[] merged = outlets;
            for (String s : o.outlets) {
                if (merged.length >= need) {
                    break;
                }
                if (!Arrays.asList(merged).contains(s)) {
                    merged = Arrays.copyOf(merged, merged.length + 1);
                    merged[merged.length - 1] = s;
                }
            }
            return new Gram(count + o.count, merged, left, right);
        }
    }

    /** A candidate pair on its way to the older article: the newer's number, rank of the fingerprint, shingles. */
    record Aligning(int newer, int rank, long[] shingles) implements Serializable {
    }

    /** An aligned pair: word spans {newerFrom, newerTo, olderFrom, olderTo, shared}. */
    record Aligned(int newer, int rank, int older, List<int[]> spans) implements Serializable {
    }

    /** A run with its member and its article's outlet. */
    record RunRow(DiscoverySteps.Run run, Cluster.Member member, String outlet) implements Serializable {
    }

    /** What each JVM (driver or executor) loads once: the steps and the knowledge base. */
    static final class Local {
        private static final Map<DiscoverySettings, DiscoverySteps> STEPS = new ConcurrentHashMap<>();
        private static final Map<String, KnowledgeBase> KB = new ConcurrentHashMap<>();

        private Local() {
        }

        static DiscoverySteps steps(DiscoverySettings settings) {
            return STEPS.computeIfAbsent(settings, DiscoverySteps::new);
        }

        static KnowledgeBase knowledge(String kb) {
            return kb == null || kb.isEmpty() ? KnowledgeBase.builtIn()
                    : KB.computeIfAbsent(kb, k -> KnowledgeBase.withFolder(Path.of(k)));
        }
    }
}
