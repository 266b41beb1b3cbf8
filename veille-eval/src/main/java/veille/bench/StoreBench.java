package veille.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import veille.Analyzer;
import veille.corpus.CorpusProgress;
import veille.corpus.CorpusResult;
import veille.corpus.CorpusRunner;
import veille.corpus.CorpusSettings;
import veille.kb.KnowledgeBase;
import veille.kb.Outlet;
import veille.output.AnalysisJson;
import veille.store.CorpusStore;
import veille.store.Params;
import veille.store.StoreSearch;
import veille.store.StoreServer;

/**
 * {@code veille bench store}: the corpus store at scale. Builds a corpus of N articles (default 100,000) derived from
 * real texts: B texts (WiNER-fr by default) are analysed once with the standard pipeline, then each stored article is
 * one of those analyses under its own source, a publication date drawn over two years, and an outlet drawn from the
 * knowledge base's list (so ids, dates, outlets and facets vary; words, entities, quotes and events are real). It
 * measures, in one process: the ingest of the pre-analysed rows (articles/s, on all cores), search with facets under C
 * concurrent HTTP clients (p50, p99), entity profiles under the same load (p50, p99), the index size per article, and
 * the peak heap.
 */
public final class StoreBench {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path sourceDir;
    private final int articles;
    private final int base;
    private final int clients;
    private final int requests;
    private final int threads;
    private final Path storeDir;
    private final PrintStream out;

    /**
     * @param sourceDir real texts to analyse (folders walked for .txt files)
     * @param articles  articles to store
     * @param base      texts analysed (the corpus cycles over them)
     * @param clients   concurrent HTTP clients
     * @param requests  requests per client and per endpoint
     * @param storeDir  where to build the store (emptied first), or null for a temporary folder
     */
    public StoreBench(Path sourceDir, int articles, int base, int clients, int requests, int threads, Path storeDir,
                      PrintStream out) {
        this.sourceDir = sourceDir;
        this.articles = articles;
        this.base = base;
        this.clients = clients;
        this.requests = requests;
        this.threads = threads;
        this.storeDir = storeDir;
        this.out = out;
    }

    public int run() throws Exception {
        HeapWatch heap = HeapWatch.start();
        List<String> texts;
        try (Stream<Path> s = Files.walk(sourceDir)) {
            texts = s.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().contains("urls"))
                    .sorted().limit(base).map(Path::toString).toList();
        }
        if (texts.isEmpty()) {
            out.println("veille: no .txt texts under " + sourceDir);
            return 64;
        }
        long t0 = System.nanoTime();
        Analyzer analyzer = Analyzer.standard();
        AnalysisJson json = AnalysisJson.of(analyzer, false, false);
        List<ObjectNode> rows = Collections.synchronizedList(new ArrayList<>());
        try (CorpusRunner runner = new CorpusRunner(analyzer, CorpusSettings.defaults().withThreads(threads))) {
            runner.run(texts, json::write, CorpusProgress.NONE, (CorpusResult<String> r) -> {
                if (r instanceof CorpusResult.Analysed<String> a) {
                    try {
                        rows.add((ObjectNode) JSON.readTree(a.value()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        }
        out.printf("base: %d texts of %s analysed in %.1f s%n", rows.size(), sourceDir, (System.nanoTime() - t0) / 1e9);

        Path dir = storeDir != null ? storeDir : Files.createTempDirectory("veille-bench-store-");
        deleteTree(dir);
        KnowledgeBase kb = KnowledgeBase.builtIn();
        List<String> outlets = kb.outlets().all().stream().map(Outlet::name).toList();
        long bytesIn;
        double ingestSeconds;
        double ingestCpu;
        try (CorpusStore store = CorpusStore.open(dir, kb)) {
            AtomicLong bytes = new AtomicLong();
            long cpu0 = processCpu();
            long t1 = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                work.add(pool.submit(() -> {
                    for (int i = first; i < articles; i += threads) {
                        String row = derive(rows.get(i % rows.size()), i, outlets);
                        bytes.addAndGet(row.length());
                        store.add(row);
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            pool.shutdown();
            store.commit();
            ingestSeconds = (System.nanoTime() - t1) / 1e9;
            ingestCpu = (processCpu() - cpu0) / 1e9;
            bytesIn = bytes.get();
        }
        long indexBytes = size(dir);
        out.printf("ingest: %d pre-analysed articles in %.1f s = %.0f articles/s on %d threads (rows %.1f KB on average)%n",
                articles, ingestSeconds, articles / ingestSeconds, threads, bytesIn / 1024.0 / articles);
        out.printf("ingest CPU: %.1f CPU-s for the process (merges and GC included) = %.0f articles per CPU-second; "
                + "%d cores: %d (load average %.1f during the run)%n", ingestCpu, articles / ingestCpu,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.printf("index: %.1f MB, %.2f KB per article%n", indexBytes / 1e6, indexBytes / 1024.0 / articles);

        StoreSearch served;
        try (CorpusStore store = CorpusStore.openReadOnly(dir, kb);
             StoreServer server = StoreServer.start(served = new StoreSearch(store),
                     StoreServer.Options.defaults().withPort(0).withRateLimit(0))) {
            StoreSearch search = new StoreSearch(store);
            Map<String, Object> all = search.search(Params.of(Map.of("limit", "1", "facet_limit", "60")));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> entityFacet = (List<Map<String, Object>>) ((Map<String, Object>) all.get("facets")).get("entity");
            List<String> entityIds = entityFacet.stream().map(m -> (String) m.get("value")).toList();
            List<String> queries = queries(rows, entityIds);
            String base = "http://127.0.0.1:" + server.port();
            // Warm-up: the same load, its times left out, so that the JIT has compiled the paths measured (a
            // server runs for hours: compiling is not part of a request's cost).
            HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(clients)).build();
            load(http, base, queries, WARM_UP);
            long c0 = processCpu();
            long a0 = allocated();
            Latencies s = load(http, base, queries);
            double searchCpuMs = (processCpu() - c0) / 1e6 / s.count();
            double searchAllocMb = (allocated() - a0) / 1e6 / s.count();
            out.printf("search with facets, %d concurrent HTTP clients, %d requests: p50 %.1f ms, p99 %.1f ms, "
                    + "%.0f requests/s (%d queries: words, phrases, OR, filters by date, outlet, entity; each asked "
                    + "many times, so after the first its facet counts come from the counts kept for the store)%n",
                    clients, s.count(), s.p(50), s.p(99), s.rate(), queries.size());
            out.printf("  search CPU: %.1f CPU-ms and %.2f MB allocated per request (server and clients together); "
                    + "in-process, one thread, CPU time per query: %s%n", searchCpuMs, searchAllocMb,
                    cpuTimes(served, queries));
            // The same load on a server that counts the facets of every request (no counts kept per query): what
            // a search asked for the first time costs.
            try (StoreServer cold = StoreServer.start(new StoreSearch(store, 0),
                    StoreServer.Options.defaults().withPort(0).withRateLimit(0))) {
                String coldBase = "http://127.0.0.1:" + cold.port();
                load(http, coldBase, queries, WARM_UP);
                long c2 = processCpu();
                long a2 = allocated();
                Latencies u = load(http, coldBase, queries);
                double coldCpuMs = (processCpu() - c2) / 1e6 / u.count();
                double coldAllocMb = (allocated() - a2) / 1e6 / u.count();
                out.printf("search with facets counted every time (no counts kept), %d concurrent HTTP clients, %d "
                        + "requests: p50 %.1f ms, p99 %.1f ms, %.0f requests/s%n", clients, u.count(), u.p(50), u.p(99),
                        u.rate());
                out.printf("  search CPU: %.1f CPU-ms and %.2f MB allocated per request (server and clients "
                        + "together); in-process, one thread, CPU time per query: %s%n", coldCpuMs, coldAllocMb,
                        cpuTimes(new StoreSearch(store, 0), queries));
            }
            List<String> profiles = entityIds.stream().limit(50)
                    .map(id -> "/api/entities/" + URLEncoder.encode(id, StandardCharsets.UTF_8)).toList();
            load(http, base, profiles, WARM_UP);
            long c1 = processCpu();
            Latencies e = load(http, base, profiles);
            double profileCpuMs = (processCpu() - c1) / 1e6 / e.count();
            out.printf("entity profile, %d concurrent HTTP clients, %d requests: p50 %.1f ms, p99 %.1f ms (the %d most "
                    + "frequent entities; the first is in %s articles)%n", clients, e.count(), e.p(50), e.p(99),
                    profiles.size(), entityFacet.isEmpty() ? 0 : entityFacet.get(0).get("count"));
            out.printf("  profile CPU: %.1f CPU-ms per request (server and clients together); in-process, one thread, "
                    + "CPU time per profile: %s%n", profileCpuMs, profileCpuTimes(search, entityIds));
            out.printf("load average at the end: %.1f on %d cores%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
        }
        out.printf("heap: peak %.0f MB used of %.0f MB max%n", heap.peak() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        heap.stop();
        if (storeDir == null) {
            deleteTree(dir);
        }
        return 0;
    }

    /** CPU time of the whole process so far, in ns (all threads: HTTP, merges, GC). */
    static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Heap bytes allocated by every thread of the process so far (the JVM's own count; GC pauses follow from it). */
    static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getTotalThreadAllocatedBytes();
    }

    /** p50 and p99 of the CPU time of each query run directly on this thread (no HTTP), 5 passes. */
    static String cpuTimes(StoreSearch search, List<String> paths) {
        List<Long> t = new ArrayList<>();
        var bean = ManagementFactory.getThreadMXBean();
        for (int pass = 0; pass < 5; pass++) {
            for (String path : paths) {
                Map<String, List<String>> params = new java.util.LinkedHashMap<>();
                for (String kv : path.substring(path.indexOf('?') + 1).split("&")) {
                    String[] p = kv.split("=", 2);
                    params.computeIfAbsent(java.net.URLDecoder.decode(p[0], StandardCharsets.UTF_8), k -> new ArrayList<>())
                            .add(java.net.URLDecoder.decode(p[1], StandardCharsets.UTF_8));
                }
                long c = bean.getCurrentThreadCpuTime();
                search.search(new Params(params));
                t.add(bean.getCurrentThreadCpuTime() - c);
            }
        }
        return percentiles(t);
    }

    static String profileCpuTimes(StoreSearch search, List<String> ids) {
        List<Long> t = new ArrayList<>();
        var bean = ManagementFactory.getThreadMXBean();
        for (int pass = 0; pass < 5; pass++) {
            for (String id : ids.stream().limit(50).toList()) {
                long c = bean.getCurrentThreadCpuTime();
                search.entity(id);
                t.add(bean.getCurrentThreadCpuTime() - c);
            }
        }
        return percentiles(t);
    }

    private static String percentiles(List<Long> t) {
        Collections.sort(t);
        Latencies l = new Latencies(t, 1);
        return String.format("p50 %.1f ms, p99 %.1f ms", l.p(50), l.p(99));
    }

    /** Article {@code i}: a base analysis under its own source, date and outlet. */
    static String derive(ObjectNode baseRow, int i, List<String> outlets) {
        SplittableRandom r = new SplittableRandom(i * 0x9E3779B97F4A7C15L);
        ObjectNode row = baseRow.deepCopy();
        row.put("source", "bench://" + i + "/" + baseRow.path("source").asText());
        row.put("published", LocalDate.of(2023, 1, 1).plusDays(r.nextInt(730)).toString());
        row.put("outlet", outlets.get(r.nextInt(outlets.size())));
        return row.toString();
    }

    /** Realistic queries: frequent title words alone and in pairs, a phrase, OR, date, outlet and entity filters. */
    static List<String> queries(List<ObjectNode> rows, List<String> entityIds) {
        List<String> words = new ArrayList<>();
        for (ObjectNode r : rows) {
            for (String w : r.path("title").asText("").split("[\\s,.:;!?«»\"()’']+")) {
                if (w.length() >= 6 && words.size() < 40 && !words.contains(w)) {
                    words.add(w);
                }
            }
        }
        List<String> q = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 40 && !words.isEmpty(); i++) {
            String w1 = words.get(r.nextInt(words.size()));
            String w2 = words.get(r.nextInt(words.size()));
            String p = switch (i % 5) {
                case 0 -> "q=" + enc(w1);
                case 1 -> "q=" + enc(w1 + " OR " + w2);
                case 2 -> "q=" + enc(w1) + "&from=2023-06&to=2024-03";
                case 3 -> "q=" + enc("\"" + w1 + "\"") + "&sort=date";
                default -> "entity=" + enc(entityIds.isEmpty() ? w1 : entityIds.get(r.nextInt(Math.min(20, entityIds.size()))))
                        + "&from=2024-01";
            };
            q.add("/api/search?" + p);
        }
        return q;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Requests per client in the warm-up before each load. */
    private static final int WARM_UP = 60;

    private Latencies load(HttpClient http, String base, List<String> paths) throws Exception {
        return load(http, base, paths, requests);
    }

    private Latencies load(HttpClient http, String base, List<String> paths, int requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> futures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                long[] lat = new long[requests];
                for (int i = 0; i < requests; i++) {
                    String p = paths.get((client * 31 + i) % paths.size());
                    long s = System.nanoTime();
                    get(http, base + p);
                    lat[i] = System.nanoTime() - s;
                }
                return lat;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            for (long l : f.get()) {
                all.add(l);
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        Collections.sort(all);
        return new Latencies(all, seconds);
    }

    private static void get(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + ": HTTP " + r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
        }
    }

    record Latencies(List<Long> sorted, double seconds) {
        double p(int pct) {
            int i = (int) Math.ceil(pct / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
        }

        int count() {
            return sorted.size();
        }

        double rate() {
            return sorted.size() / seconds;
        }
    }

    /** The peak heap in use, from the collectors' own peak counters plus a sampler. */
    static final class HeapWatch {
        private volatile boolean running = true;
        private volatile long peak;
        private Thread thread;

        static HeapWatch start() {
            HeapWatch w = new HeapWatch();
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getType() == MemoryType.HEAP) {
                    p.resetPeakUsage();
                }
            }
            w.thread = Thread.ofPlatform().daemon().start(() -> {
                while (w.running) {
                    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                    w.peak = Math.max(w.peak, used);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            return w;
        }

        long peak() {
            return peak;
        }

        void stop() {
            running = false;
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!f.equals(p)) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

}
