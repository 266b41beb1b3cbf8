package veille.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import veille.talk.Article;
import veille.talk.Cluster;
import veille.talk.DiscoverySettings;
import veille.talk.TalkingPointIndex;

/**
 * Talking-point discovery over N synthetic articles made from real French sentences: time and peak heap of a full
 * run, and of an incremental update (the last 1,000 articles added to an index that holds the others).
 *
 * <p>Each synthetic article is 6–12 sentences drawn from the base texts (WiNER-fr by default) with every fourth
 * word replaced by another word of the pool, so that articles share no passage by accident; then 1% copy three
 * sentences of an earlier article (reuse) and 0.5% quote one of twenty invented formulas (phrases), as a
 * corpus of news does. Discovery alone is timed: the articles are not analysed.
 */
public final class TalkingPointBench {
    private static final String[] OUTLETS = {"Xinhua", "TASS", "RT", "Sputnik", "CGTN", "APS", "Anadolu Agency",
        "AFP", "Le Monde", "RFI", "Le Figaro", "Press TV"};

    private TalkingPointBench() {
    }

    /** Runs the benchmark and prints its report. */
    public static void run(List<Path> sources, int articles, int incremental) throws IOException, InterruptedException {
        List<String> sentences = sentences(sources);
        if (sentences.size() < 100) {
            throw new IllegalArgumentException("Too few sentences in " + sources + " (" + sentences.size() + ")");
        }
        System.out.printf(Locale.ROOT, "talking points: %,d synthetic articles from %,d sentences of %s%n",
                articles, sentences.size(), sources);

        java.lang.management.ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Path work = Files.createTempDirectory("veille-talk-bench");
        try (HeapSampler heap = new HeapSampler()) {
            // Full run: every article into a fresh index in a folder (as a store keeps it), clusters, state saved.
            resetPeaks();
            heap.reset();
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            List<Cluster> clusters;
            long added;
            long clustered;
            long t1;
            long c1;
            long retained;
            long afterGc;
            try (TalkingPointIndex full = TalkingPointIndex.open(work.resolve("full"), DiscoverySettings.defaults())) {
                new Synthetic(sentences, articles).forEachRemaining(full::add);
                added = System.nanoTime();
                clusters = full.clusters();
                clustered = System.nanoTime();
                full.save();
                t1 = System.nanoTime();
                c1 = cpu.getCurrentThreadCpuTime();
                afterGc = heap.peakAfterGc();
                System.gc();
                Runtime rt = Runtime.getRuntime();
                retained = rt.totalMemory() - rt.freeMemory();
            }
            System.out.printf(Locale.ROOT, "full run:     %7.1f s, CPU %.1f s (adding %.1f s, clusters %.1f s, saving %.1f s),"
                            + " peak heap %,d MB in use (pool peaks %,d MB, %,d MB after a collection at most),"
                            + " %,d MB retained after a collection,"
                            + " state %,d MB on disk,"
                            + " %d clusters (%d reuse, %d phrase)%n", (t1 - t0) / 1e9, (c1 - c0) / 1e9,
                    (added - t0) / 1e9, (clustered - added) / 1e9, (t1 - clustered) / 1e9, heap.peak() >> 20,
                    peakHeap() >> 20, afterGc >> 20, retained >> 20, size(work.resolve("full")) >> 20, clusters.size(),
                    clusters.stream().filter(c -> c.kind().equals("reuse")).count(),
                    clusters.stream().filter(c -> c.kind().equals("phrase")).count());
            clusters = null;

            // The previous run of an update: all but the last articles, clusters asked, state saved (not timed).
            int base = Math.max(0, articles - incremental);
            Synthetic again = new Synthetic(sentences, articles);
            try (TalkingPointIndex before = TalkingPointIndex.open(work.resolve("update"), DiscoverySettings.defaults())) {
                for (int k = 0; k < base; k++) {
                    before.add(again.next());
                }
                before.clusters();
                before.save();
            }
            resetPeaks();
            heap.reset();
            long c2 = cpu.getCurrentThreadCpuTime();
            long t2 = System.nanoTime();
            List<Cluster> after;
            long loaded;
            long added2;
            long clustered2;
            try (TalkingPointIndex index = TalkingPointIndex.open(work.resolve("update"), DiscoverySettings.defaults())) {
                loaded = System.nanoTime();
                again.forEachRemaining(index::add);
                added2 = System.nanoTime();
                after = index.clusters();
                clustered2 = System.nanoTime();
                index.save();
            }
            long t3 = System.nanoTime();
            long c3 = cpu.getCurrentThreadCpuTime();
            System.out.printf(Locale.ROOT, "incremental:  %7.1f s, CPU %.1f s for %,d new articles (loading the state %.1f s,"
                            + " adding %.2f s, clusters %.1f s, saving %.1f s): %.1f%% of the full run's time, CPU %.1f%%,"
                            + " peak heap %,d MB in use (%,d MB after a collection at most), %d clusters%n", (t3 - t2) / 1e9, (c3 - c2) / 1e9,
                    articles - base, (loaded - t2) / 1e9, (added2 - loaded) / 1e9, (clustered2 - added2) / 1e9,
                    (t3 - clustered2) / 1e9, 100.0 * (t3 - t2) / (t1 - t0), 100.0 * (c3 - c2) / (c1 - c0),
                    heap.peak() >> 20, heap.peakAfterGc() >> 20, after.size());
        } finally {
            try (Stream<Path> s = Files.walk(work)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /**
     * The largest heap in use, sampled every 5 ms (the pools' peaks, summed, overstate it: each pool peaks at
     * another moment).
     */
    private static final class HeapSampler implements AutoCloseable {
        private final java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong();
        /** The largest heap in use right after a collection: what the run holds, garbage left aside. */
        private final java.util.concurrent.atomic.AtomicLong afterGc = new java.util.concurrent.atomic.AtomicLong();
        private final Thread thread;
        private volatile boolean running = true;
        private final List<Runnable> unlisten = new ArrayList<>();

        HeapSampler() {
            for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof javax.management.NotificationEmitter emitter) {
                    javax.management.NotificationListener listener = (n, handback) -> {
                        if (com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
                                .equals(n.getType())) {
                            var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                                    (javax.management.openmbean.CompositeData) n.getUserData());
                            long used = 0;
                            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                                var after = info.getGcInfo().getMemoryUsageAfterGc().get(p.getName());
                                if (p.getType() == MemoryType.HEAP && after != null) {
                                    used += after.getUsed();
                                }
                            }
                            afterGc.accumulateAndGet(used, Math::max);
                        }
                    };
                    emitter.addNotificationListener(listener, null, null);
                    unlisten.add(() -> {
                        try {
                            emitter.removeNotificationListener(listener);
                        } catch (javax.management.ListenerNotFoundException e) {
                            // gone already
                        }
                    });
                }
            }
            java.lang.management.MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            thread = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void reset() {
            peak.set(0);
            afterGc.set(0);
        }

        long peak() {
            return peak.get();
        }

        long peakAfterGc() {
            return afterGc.get();
        }

        @Override
        public void close() throws InterruptedException {
            unlisten.forEach(Runnable::run);
            running = false;
            thread.join();
        }
    }

    /** The sentences of the base texts (lines split at full stops), 40 to 400 characters long. */
    static List<String> sentences(List<Path> sources) throws IOException {
        List<String> out = new ArrayList<>();
        for (Path src : sources) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(src)) {
                files = s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt"))
                        .filter(p -> !p.getFileName().toString().endsWith("-urls.txt")).sorted().toList();
            }
            for (Path f : files) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    for (String s : line.split("(?<=[.!?])\\s+")) {
                        s = s.strip();
                        if (s.length() >= 40 && s.length() <= 400) {
                            out.add(s);
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * The synthetic articles, made one at a time from a fixed seed (the same sequence each time it is built), so
     * the benchmark holds no corpus besides the index under test; copies draw on the last 2,000 articles.
     */
    static final class Synthetic implements java.util.Iterator<Article> {
        private final List<String> sentences;
        private final String[] pool;
        private final String[] formulas = new String[20];
        private final Random random = new Random(7);
        private final java.util.ArrayDeque<String[]> recent = new java.util.ArrayDeque<>();
        private final int n;
        private int i;

        Synthetic(List<String> sentences, int n) {
            this.sentences = sentences;
            this.n = n;
            List<String> words = new ArrayList<>();
            for (String s : sentences) {
                words.addAll(List.of(s.split("\\s+")));
            }
            this.pool = words.toArray(String[]::new);
            for (int f = 0; f < formulas.length; f++) {
                formulas[f] = "« Nous défendons la formule numéro " + f + " d'une coopération durable entre "
                        + "partenaires égaux », a déclaré le porte-parole.";
            }
        }

        @Override
        public boolean hasNext() {
            return i < n;
        }

        @Override
        public Article next() {
            int count = 6 + random.nextInt(7);
            String[] body = new String[count];
            for (int k = 0; k < count; k++) {
                String[] words = sentences.get(random.nextInt(sentences.size())).split("\\s+");
                for (int w = random.nextInt(4); w < words.length; w += 4) {
                    words[w] = pool[random.nextInt(pool.length)];
                }
                body[k] = String.join(" ", words);
            }
            double r = random.nextDouble();
            if (r < 0.01 && !recent.isEmpty()) {
                String[] from = recent.stream().skip(random.nextInt(recent.size())).findFirst().orElseThrow();
                int at = random.nextInt(Math.max(1, from.length - 3));
                body[0] = String.join(" ", List.of(from).subList(at, Math.min(from.length, at + 3)));
            } else if (r < 0.015) {
                body[count / 2] = formulas[random.nextInt(formulas.length)];
            }
            recent.addLast(body);
            if (recent.size() > 2000) {
                recent.removeFirst();
            }
            String day = java.time.LocalDate.of(2024, 1, 1).plusDays(i * 365L / Math.max(1, n)).toString();
            Article a = new Article("synthetic-" + i, OUTLETS[random.nextInt(OUTLETS.length)], day,
                    day + String.format(Locale.ROOT, "T%02d:%02d", random.nextInt(24), random.nextInt(60)),
                    String.join("\n\n", body), List.of(), false);
            i++;
            return a;
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
