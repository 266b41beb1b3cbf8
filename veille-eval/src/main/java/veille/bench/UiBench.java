package veille.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import veille.kb.KnowledgeBase;
import veille.store.CorpusStore;
import veille.store.Params;
import veille.store.SavedSearches;
import veille.store.StoreSearch;
import veille.store.StoreServer;
import veille.web.WebUi;

/**
 * {@code veille bench ui --store DIR}: the web UI's speed as a reader sees it, in headless Chromium (Debian's
 * {@code chromium} and {@code chromedriver}, driven over the W3C WebDriver protocol with the JDK's HTTP client). For
 * each page, the time from the navigation's start to the moment the page marks itself ready (User Timing, read with
 * Navigation Timing's origin): {@code veille:results} when the search page shows its first results,
 * {@code veille:entity} when an entity page has its profile, chart, first quotes and first events; and, from
 * Resource Timing, the API call's share. Queries are the store's own frequent title words, alone, in pairs and with its top entity as a
 * filter; entity pages are its most frequent entities. Each page is opened once to warm up, then measured.
 */
public final class UiBench {
    static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    static final ObjectMapper JSON = new ObjectMapper();

    /** Targets of issue 17, in milliseconds. */
    static final double SEARCH_TARGET = 500;
    static final double ENTITY_TARGET = 800;

    private final Path storeDir;
    private final int pages;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public UiBench(Path storeDir, int pages, PrintStream out) {
        this.storeDir = storeDir;
        this.pages = pages;
        this.out = out;
    }

    /** Runs the benchmark; 0 when both medians meet their targets, 1 when one misses, 2 when it cannot run. */
    public int run() throws Exception {
        String browser = first(System.getenv("VEILLE_CHROMIUM"), BROWSERS);
        String driver = first(System.getenv("VEILLE_CHROMEDRIVER"), DRIVERS);
        if (browser == null || driver == null) {
            out.println("bench ui needs Debian's chromium and chromium-driver (or VEILLE_CHROMIUM, VEILLE_CHROMEDRIVER)");
            return 2;
        }
        if (!Files.isDirectory(storeDir)) {
            out.println("bench ui: no store at " + storeDir + " (build one with 'bin/veille bench store --store DIR')");
            return 2;
        }
        try (CorpusStore store = CorpusStore.openReadOnly(storeDir, KnowledgeBase.builtIn())) {
            StoreSearch search = new StoreSearch(store);
            Path state = Files.createTempDirectory("veille-bench-ui-");
            try (StoreServer server = StoreServer.start(search, StoreServer.Options.defaults().withPort(0).withRateLimit(0),
                    List.of(new WebUi(), new SavedSearches(state)))) {
                List<String> entities = topEntities(search, pages);
                List<String> queries = queries(search, entities, pages);
                out.printf(Locale.ROOT, "store: %s, %d articles; %d search pages and %d entity pages, each opened once "
                        + "to warm up, then measured%n", storeDir, store.count(), queries.size(), entities.size());
                int port = freePort();
                Process chromedriver = new ProcessBuilder(driver, "--port=" + port).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                try {
                    String base = "http://127.0.0.1:" + port;
                    awaitDriver(base);
                    String session = session(base, browser);
                    try {
                        List<String> searchApi = List.of("/api/search");
                        List<String> entityApi = List.of("/api/entities/", "/api/quotes", "/api/events");
                        List<double[]> s = measure(base, session, server.url(), queries, "veille:results", searchApi);
                        List<double[]> e = measure(base, session, server.url(),
                                entities.stream().map(id -> "entities/" + URLEncoder.encode(id, StandardCharsets.UTF_8)).toList(),
                                "veille:entity", entityApi);
                        boolean ok = report("search page, first results", s, SEARCH_TARGET, searchApi)
                                & report("entity page, profile, chart, first quotes and events", e, ENTITY_TARGET, entityApi);
                        return ok ? 0 : 1;
                    } finally {
                        call(base, "DELETE", "/session/" + session, null);
                    }
                } finally {
                    chromedriver.destroy();
                }
            } finally {
                Files.deleteIfExists(state.resolve("searches.json"));
                Files.deleteIfExists(state);
            }
        }
    }

    /** The most frequent entities of the whole store. */
    @SuppressWarnings("unchecked")
    static List<String> topEntities(StoreSearch search, int n) {
        Map<String, Object> all = search.search(Params.of(Map.of("limit", "1", "facet_limit", String.valueOf(n))));
        List<Map<String, Object>> facet = (List<Map<String, Object>>) ((Map<String, Object>) all.get("facets")).get("entity");
        return facet.stream().map(m -> (String) m.get("value")).limit(n).toList();
    }

    /** Frequent title words (6 letters or more) of the newest articles, alone, in pairs and with an entity filter. */
    @SuppressWarnings("unchecked")
    static List<String> queries(StoreSearch search, List<String> entities, int n) {
        Map<String, Object> r = search.search(Params.of(Map.of("limit", "200", "sort", "date")));
        Map<String, Integer> counts = new HashMap<>();
        for (Map<String, Object> h : (List<Map<String, Object>>) r.get("hits")) {
            for (String w : String.valueOf(h.get("title")).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (w.length() >= 6) {
                    counts.merge(w, 1, Integer::sum);
                }
            }
        }
        List<String> words = counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey).limit(n).toList();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size() && out.size() < n; i++) {
            String w = words.get(i);
            out.add(switch (i % 3) {
                case 0 -> "search?q=" + enc(w);
                case 1 -> "search?q=" + enc(w + " " + words.get((i + 1) % words.size()));
                default -> "search?q=" + enc(w) + (entities.isEmpty() ? "" : "&entity=" + enc(entities.get(i % entities.size())));
            });
        }
        return out;
    }

    /** For each page: [ready ms, each API call's ms (-1: not made)] after a warm-up visit. */
    List<double[]> measure(String base, String session, String site, List<String> paths, String mark, List<String> api)
            throws Exception {
        List<double[]> times = new ArrayList<>();
        String read = "const m = performance.getEntriesByName(arguments[0]);"
                + "if (!m.length) return null;"
                + "const res = performance.getEntriesByType('resource');"
                + "const api = arguments[1].map(a => res.find(x => new URL(x.name).pathname.startsWith(a)));"
                + "const first = api.filter(Boolean).map(r => r.startTime);"
                + "return [m[0].startTime, ...api.map(r => r ? r.responseEnd - r.startTime : -1),"
                + " first.length ? Math.min(...first) : -1];";
        for (String p : paths) {
            for (int visit = 0; visit < 2; visit++) {
                call(base, "POST", "/session/" + session + "/url", Map.of("url", site + p));
                JsonNode v = null;
                long deadline = System.nanoTime() + 30_000_000_000L;
                while (System.nanoTime() < deadline) {
                    v = call(base, "POST", "/session/" + session + "/execute/sync",
                            Map.of("script", read, "args", List.of(mark, api))).path("value");
                    if (v.isArray()) {
                        break;
                    }
                    Thread.sleep(20);
                }
                if (v == null || !v.isArray()) {
                    throw new IllegalStateException(p + ": the page never marked " + mark);
                }
                if (visit == 1) {
                    double[] t = new double[v.size()];
                    for (int i = 0; i < t.length; i++) {
                        t[i] = v.get(i).asDouble();
                    }
                    times.add(t);
                }
            }
        }
        return times;
    }

    boolean report(String what, List<double[]> times, double target, List<String> api) {
        List<Double> ready = sorted(times, 0);
        double p50 = pct(ready, 50);
        boolean ok = p50 <= target;
        StringBuilder calls = new StringBuilder();
        for (int i = 0; i < api.size(); i++) {
            List<Double> c = sorted(times, i + 1);
            calls.append(String.format(Locale.ROOT, "; %s p50 %.0f ms, p90 %.0f ms", api.get(i), pct(c, 50), pct(c, 90)));
        }
        List<Double> start = sorted(times, api.size() + 1);
        out.printf(Locale.ROOT, "%s: p50 %.0f ms, p90 %.0f ms, max %.0f ms after the navigation's start (%d pages; target "
                        + "%.0f ms: %s); the first API call starts at p50 %.0f ms (page and modules loaded)%s%n", what,
                p50, pct(ready, 90), ready.isEmpty() ? 0 : ready.get(ready.size() - 1), ready.size(), target,
                ok ? "met" : "MISSED", pct(start, 50), calls);
        return ok;
    }

    static List<Double> sorted(List<double[]> times, int column) {
        List<Double> l = new ArrayList<>();
        for (double[] t : times) {
            if (t.length > column && t[column] >= 0) {
                l.add(t[column]);
            }
        }
        Collections.sort(l);
        return l;
    }

    static double pct(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    String session(String base, String browser) throws Exception {
        Map<String, Object> chrome = Map.of("binary", browser, "args", List.of("--headless=new", "--no-sandbox",
                "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1000"));
        JsonNode r = call(base, "POST", "/session", Map.of("capabilities",
                Map.of("alwaysMatch", Map.of("browserName", "chrome", "goog:chromeOptions", chrome))));
        String id = r.path("value").path("sessionId").asText(null);
        if (id == null) {
            throw new IllegalStateException("chromedriver refused the session: " + r);
        }
        return id;
    }

    void awaitDriver(String base) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                if (call(base, "GET", "/status", null).path("value").path("ready").asBoolean()) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("chromedriver did not start");
    }

    JsonNode call(String base, String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        b = body == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return JSON.readTree(r.body());
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static String first(String env, List<String> candidates) {
        if (env != null && Files.isExecutable(Path.of(env))) {
            return env;
        }
        return candidates.stream().filter(c -> Files.isExecutable(Path.of(c))).findFirst().orElse(null);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
