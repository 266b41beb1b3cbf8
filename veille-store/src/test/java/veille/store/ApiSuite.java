package veille.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The REST API, over a real server on a free port, with a real HTTP client: one suite that every backend passes
 * ({@link StoreServerTest}: the embedded Lucene store; {@link OpenSearchServerTest}: an OpenSearch node), over the
 * same five articles ({@link Rows#corpus()}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiSuite {
    StoreServer server;
    SearchBackend backend;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A backend holding {@link Rows#corpus()}, ready to answer. */
    abstract SearchBackend open() throws Exception;

    /** Releases what {@link #open()} took. */
    abstract void close() throws Exception;

    @BeforeAll
    void start() throws Exception {
        backend = open();
        server = StoreServer.start(backend, StoreServer.Options.defaults().withPort(0).withRateLimit(0));
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        close();
    }

    record Answer(int status, String body, HttpResponse<String> response) {
        JsonNode json() {
            try {
                return Rows.JSON.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    Answer get(String pathAndQuery) throws Exception {
        return get(server, pathAndQuery);
    }

    static Answer get(StoreServer s, String pathAndQuery) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + pathAndQuery))
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.body(), r);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static void assertError(Answer a, int status) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.response().headers().firstValue("content-type").orElse("")).startsWith("application/json");
        assertThat(a.json().path("error").asText()).isNotEmpty();
        assertThat(a.json().path("message").asText()).isNotEmpty();
    }

    static Set<String> sources(JsonNode hits) {
        Set<String> out = new HashSet<>();
        hits.forEach(h -> out.add(h.path("source").asText()));
        return out;
    }

    static List<String> sourcesInOrder(JsonNode items, String field) {
        List<String> out = new ArrayList<>();
        items.forEach(h -> out.add(h.path(field).asText()));
        return out;
    }

    @Test
    void healthStatsAndOpenApi() throws Exception {
        assertThat(get("/health").json().path("status").asText()).isEqualTo("ok");
        JsonNode stats = get("/api/stats").json();
        assertThat(stats.path("articles").asInt()).isEqualTo(5);
        assertThat(stats.path("quotes").asInt()).isEqualTo(2);
        assertThat(stats.path("events").asInt()).isEqualTo(3);
        assertThat(stats.path("entities").asInt()).isEqualTo(4);
        JsonNode api = get("/openapi.json").json();
        List<String> paths = new ArrayList<>();
        api.path("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/health", "/api/stats", "/api/search", "/api/articles/{id}", "/api/entities",
                "/api/entities/{id}", "/api/quotes", "/api/events", "/api/timeline", "/api/graph", "/api/export");
        // What the answers carry beyond their first version is described too.
        assertThat(api.at("/components/schemas/SearchResult/properties/facets/properties/entity/$ref").asText())
                .isEqualTo("#/components/schemas/EntityFacet");
        assertThat(api.at("/components/schemas/EntityFacet/items/properties").has("name")).isTrue();
        assertThat(api.at("/paths/~1api~1quotes/get/parameters").toString()).contains("\"sort\"");
        assertThat(api.at("/paths/~1api~1events/get/parameters").toString()).contains("\"articles\"", "\"cursor\"");
        Answer root = get("/");
        assertThat(root.status()).isEqualTo(200);
        assertThat(root.body()).contains("Veille");
    }

    @Test
    void everyAnswerCarriesSecurityHeaders() throws Exception {
        for (String p : List.of("/", "/api/stats", "/api/nothing-here", "/api/search?limit=x")) {
            var h = get(p).response().headers();
            assertThat(h.firstValue("content-security-policy").orElse("")).as(p).contains("default-src 'self'");
            assertThat(h.firstValue("x-content-type-options")).as(p).hasValue("nosniff");
            assertThat(h.firstValue("x-frame-options")).as(p).hasValue("DENY");
        }
    }

    @Test
    void searchWithFacetsSnippetsAndFrenchAnalysis() throws Exception {
        JsonNode r = get("/api/search?q=Pekin").json();
        assertThat(r.path("total").asInt()).isEqualTo(1);
        JsonNode hit = r.path("hits").get(0);
        assertThat(hit.path("source").asText()).isEqualTo("corpus/a1.txt");
        assertThat(hit.path("id").asText()).matches("[0-9a-f]{32}");
        assertThat(hit.path("title").asText()).startsWith("Pékin");
        assertThat(hit.path("outlet").asText()).isEqualTo("Xinhua");
        assertThat(hit.path("published").asText()).isEqualTo("2024-03-12");
        assertThat(hit.path("snippet").asText()).contains("<mark>Pékin</mark>");
        assertThat(sources(get("/api/search?q=ministre").json().path("hits"))).contains("corpus/a1.txt", "corpus/a3.txt");
        assertThat(sources(get("/api/search?q=" + enc("l'OTAN")).json().path("hits"))).contains("corpus/a1.txt", "corpus/a3.txt");

        JsonNode all = get("/api/search").json();
        assertThat(all.path("total").asInt()).isEqualTo(5);
        JsonNode facets = all.path("facets");
        assertThat(facets.path("outlet").get(0).path("value").asText()).isEqualTo("Le Monde");
        assertThat(facets.path("outlet").get(0).path("count").asInt()).isEqualTo(2);
        assertThat(facets.path("entity").get(0).path("value").asText()).isEqualTo("vladimir-putin");
        // An entity's value is its id (what the filter takes); its name and type come beside it.
        assertThat(facets.path("entity").get(0).path("name").asText()).isEqualTo("Vladimir Putin");
        assertThat(facets.path("entity").get(0).path("type").asText()).isEqualTo("PER");
        assertThat(facets.path("event_type").toString()).contains("CONSULT");
        assertThat(facets.path("month").toString()).contains("\"2024-03\"", "\"2024-04\"", "\"2024-05\"");
        assertThat(facets.path("lang").toString())
                .isEqualTo("[{\"value\":\"fr\",\"count\":4},{\"value\":\"en\",\"count\":1}]");
        // Newest first without q; the undated article last.
        assertThat(all.path("hits").get(0).path("source").asText()).isEqualTo("corpus/a4.txt");
        assertThat(all.path("hits").get(4).path("source").asText()).isEqualTo("corpus/a5.txt");

        assertThat(sources(get("/api/search?state_affiliated=true").json().path("hits"))).containsExactly("corpus/a1.txt");
        assertThat(sources(get("/api/search?outlet=" + enc("Le Monde") + "&from=2024-04").json().path("hits")))
                .containsExactly("corpus/a3.txt");
        assertThat(sources(get("/api/search?lang=en").json().path("hits"))).containsExactly("corpus/a4.txt");
        assertThat(sources(get("/api/search?event=consult&to=2024-03-12").json().path("hits"))).containsExactly("corpus/a1.txt");
    }

    @Test
    void entityFilterByAnyAliasInAnyScript() throws Exception {
        Set<String> expected = Set.of("corpus/a1.txt", "corpus/a2.txt", "corpus/a4.txt");
        for (String alias : List.of("Путин", "Poutine", "Putin", "vladimir-putin")) {
            assertThat(sources(get("/api/search?entity=" + enc(alias)).json().path("hits"))).as(alias).isEqualTo(expected);
        }
        assertThat(sources(get("/api/search?entity=Poutine&entity=" + enc("习近平")).json().path("hits")))
                .isEqualTo(Set.of("corpus/a1.txt", "corpus/a2.txt"));
    }

    @Test
    void cursorPagingReachesEveryMatchOnce() throws Exception {
        for (String sort : List.of("date", "date_asc", "relevance")) {
            List<String> ids = new ArrayList<>();
            String next = null;
            int pages = 0;
            do {
                JsonNode r = get("/api/search?q=" + enc("Putin OR texte OR alliés") + "&limit=2&sort=" + sort
                        + (next == null ? "" : "&cursor=" + next)).json();
                r.path("hits").forEach(h -> ids.add(h.path("id").asText()));
                assertThat(r.has("next")).as(r.toString()).isTrue();
                next = r.path("next").isNull() ? null : r.path("next").asText();
                pages++;
            } while (next != null && pages < 10);
            assertThat(ids).as(sort).hasSize(5).doesNotHaveDuplicates();
        }
    }

    @Test
    void badParametersAre400Json() throws Exception {
        for (String p : List.of("/api/search?limit=abc", "/api/search?limit=0", "/api/search?limit=100000",
                "/api/search?from=2024-13-45", "/api/search?from=2024-05-01&to=2024-01-01", "/api/search?sort=sideways",
                "/api/search?cursor=notacursor", "/api/search?q=" + enc("title:(unclosed"),
                "/api/search?q=" + enc("nofield:x"), "/api/search?state_affiliated=maybe",
                "/api/search?q=" + "a".repeat(5000), "/api/entities", "/api/timeline?interval=hour",
                "/api/export?format=pdf", "/api/graph?limit=1", "/api/quotes?limit=-1", "/api/events?from=yesterday",
                "/api/articles/not-an-id", "/api/entities/" + enc("bad id!"), "/api/quotes?sort=sideways",
                "/api/events?articles=0", "/api/events?cursor=notacursor")) {
            assertError(get(p), 400);
        }
    }

    @Test
    void articlesByIdAndUnknownIds() throws Exception {
        String id = get("/api/search?q=Pekin").json().path("hits").get(0).path("id").asText();
        JsonNode a = get("/api/articles/" + id).json();
        assertThat(a.path("id").asText()).isEqualTo(id);
        assertThat(a.path("source").asText()).isEqualTo("corpus/a1.txt");
        assertThat(a.path("entities").size()).isEqualTo(3);
        assertThat(a.path("quotes").size()).isEqualTo(1);
        assertError(get("/api/articles/" + "0".repeat(32)), 404);
        assertError(get("/api/entities/nobody-known"), 404);
        assertError(get("/api/no/such/path"), 404);
    }

    @Test
    void entitiesAndProfiles() throws Exception {
        JsonNode found = get("/api/entities?q=" + enc("pout")).json().path("entities");
        assertThat(found.get(0).path("id").asText()).isEqualTo("vladimir-putin");
        assertThat(found.get(0).path("type").asText()).isEqualTo("PER");
        assertThat(found.get(0).path("name").asText()).isEqualTo("Vladimir Putin");
        assertThat(found.get(0).path("articles").asInt()).isEqualTo(3);
        assertThat(get("/api/entities?q=" + enc("Путин")).json().path("entities").get(0).path("id").asText())
                .isEqualTo("vladimir-putin");

        JsonNode p = get("/api/entities/vladimir-putin").json();
        assertThat(p.path("articles").asInt()).isEqualTo(3);
        assertThat(p.path("first_seen").asText()).isEqualTo("2024-03-12");
        assertThat(p.path("last_seen").asText()).isEqualTo("2024-05-20");
        assertThat(p.path("aliases").toString()).contains("Poutine", "Владимир Путин", "Putin");
        assertThat(p.path("roles").get(0).path("role").asText()).isEqualTo("president of RU");
        assertThat(p.path("months").toString()).contains("2024-03", "2024-05");
        assertThat(p.path("cooccurring").get(0).path("id").asText()).isEqualTo("xi-jinping");
        assertThat(p.path("cooccurring").get(0).path("articles").asInt()).isEqualTo(2);
        assertThat(p.path("outlets").toString())
                .isEqualTo("[{\"outlet\":\"Le Monde\",\"articles\":1},{\"outlet\":\"Xinhua\",\"articles\":1}]");
        assertThat(p.path("quotes").asInt()).isEqualTo(1);
        assertThat(p.path("events").asInt()).isEqualTo(2);
    }

    @Test
    void quotesOldestOrNewestFirstAndPaged() throws Exception {
        assertThat(sourcesInOrder(get("/api/quotes").json().path("quotes"), "source"))
                .containsExactly("corpus/a3.txt", "corpus/a1.txt");
        assertThat(sourcesInOrder(get("/api/quotes?sort=date_asc").json().path("quotes"), "source"))
                .containsExactly("corpus/a1.txt", "corpus/a3.txt");
        JsonNode first = get("/api/quotes?sort=date_asc&limit=1").json();
        JsonNode second = get("/api/quotes?sort=date_asc&limit=1&cursor=" + first.path("next").asText()).json();
        assertThat(second.path("quotes").get(0).path("source").asText()).isEqualTo("corpus/a3.txt");
        assertError(get("/api/quotes?cursor=" + first.path("next").asText()), 400); // another order's cursor
    }

    @Test
    void eventsReadTheNewestArticlesFirstAndContinueWithOlderOnes() throws Exception {
        List<String> windows = new ArrayList<>();
        String next = null;
        int n = 0;
        do {
            JsonNode r = get("/api/events?articles=1" + (next == null ? "" : "&cursor=" + next)).json();
            assertThat(r.path("articles").asInt()).isEqualTo(1);
            List<String> here = new ArrayList<>();
            r.path("events").forEach(e -> here.add(e.path("type").asText() + " " + e.path("sources").get(0).path("id").asText()));
            windows.add(String.join(",", here));
            next = r.path("next").isNull() ? null : r.path("next").asText();
            assertThat(r.path("truncated").asBoolean()).isEqualTo(next != null);
        } while (next != null && ++n < 10);
        assertThat(windows).hasSize(3);
        assertThat(windows.get(0)).startsWith("REJECT ");
        assertThat(windows.get(1)).startsWith("CONSULT ");
        assertThat(windows.get(2)).startsWith("CONSULT ");
        assertThat(windows.get(1)).isNotEqualTo(windows.get(2));
        JsonNode all = get("/api/events?articles=3").json();
        assertThat(all.path("truncated").asBoolean()).isFalse();
        assertThat(all.path("next").isNull()).isTrue();
        assertThat(all.path("events").size()).isEqualTo(2);
    }

    @Test
    void quotesEventsTimelineGraph() throws Exception {
        JsonNode q = get("/api/quotes?speaker=" + enc("Путин")).json().path("quotes");
        assertThat(q.size()).isEqualTo(1);
        assertThat(q.get(0).path("text").asText()).startsWith("Nos relations");
        assertThat(q.get(0).path("speaker").path("id").asText()).isEqualTo("vladimir-putin");
        assertThat(get("/api/quotes?q=unis").json().path("quotes").size()).isEqualTo(1);
        assertThat(get("/api/quotes?q=unis&speaker=Poutine").json().path("quotes").size()).isZero();
        assertThat(get("/api/quotes").json().path("quotes").size()).isEqualTo(2);

        JsonNode ev = get("/api/events?type=CONSULT").json().path("events");
        assertThat(ev.size()).as("two reports of one meeting merge").isEqualTo(1);
        assertThat(ev.get(0).path("sources").size()).isEqualTo(2);
        assertThat(ev.get(0).path("date").asText()).isEqualTo("2024-03-11");
        assertThat(ev.get(0).path("place").path("id").asText()).isEqualTo("beijing");
        assertThat(get("/api/events?participant=" + enc("Путин")).json().path("events").size()).isEqualTo(1);
        assertThat(get("/api/events?place=Pekin").json().path("events").size()).isEqualTo(1);
        assertThat(get("/api/events?from=2024-04-01").json().path("events").get(0).path("type").asText()).isEqualTo("REJECT");
        assertThat(get("/api/events").json().path("events").size()).isEqualTo(2);

        JsonNode t = get("/api/timeline?entity=Putin").json();
        assertThat(t.path("interval").asText()).isEqualTo("month");
        assertThat(t.path("buckets").toString()).isEqualTo("[{\"date\":\"2024-03\",\"count\":2},{\"date\":\"2024-05\",\"count\":1}]");
        assertThat(get("/api/timeline?q=ministre&interval=day").json().path("buckets").size()).isEqualTo(2);
        assertThat(get("/api/timeline?interval=week").json().path("buckets").get(0).path("date").asText()).isEqualTo("2024-03-11");

        JsonNode g = get("/api/graph?entity=Poutine").json();
        assertThat(g.path("nodes").get(0).path("id").asText()).isEqualTo("vladimir-putin");
        assertThat(g.path("edges").toString()).contains("\"kind\":\"event\"", "\"type\":\"CONSULT\"", "\"kind\":\"cooccurrence\"");
    }

    @Test
    void exportsStreamEveryMatch() throws Exception {
        Answer jsonl = get("/api/export?format=jsonl");
        assertThat(jsonl.status()).isEqualTo(200);
        assertThat(jsonl.body().lines().count()).isEqualTo(5);
        jsonl.body().lines().forEach(l -> assertThat(l).startsWith("{\"id\":\""));
        Answer csv = get("/api/export?format=csv&entity=Putin");
        assertThat(csv.response().headers().firstValue("content-type").orElse("")).startsWith("text/csv");
        assertThat(csv.body().lines().count()).isEqualTo(4);
        assertThat(get("/api/export?format=csv&q=tableur").body()).doesNotContain(",=");
        Answer plover = get("/api/export?format=plover");
        assertThat(plover.body().lines().count()).isEqualTo(3);
        assertThat(plover.body()).contains("\"event_type\":\"CONSULT\"");
        Answer gdelt = get("/api/export?format=gdelt&event=REJECT");
        assertThat(gdelt.body().lines().toList()).hasSize(2);
        assertThat(gdelt.body().lines().toList().get(1)).contains("\t12\t12\t3\t");
    }

    @Test
    void pathTraversalNeverReachesAFile() throws Exception {
        for (String p : List.of("/../../../../etc/passwd", "/api/articles/..%2F..%2F..%2Fetc%2Fpasswd",
                "/api/articles/%2e%2e/%2e%2e/etc/passwd", "/api/entities/..%2f..%2fetc%2fpasswd",
                "/%2e%2e/%2e%2e/etc/passwd", "/openapi.json/../../pom.xml", "/api/articles/....//....//etc/passwd")) {
            String response = raw("GET " + p + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            int status = Integer.parseInt(response.substring(9, 12));
            assertThat(status).as(p).isIn(400, 404);
            assertThat(response).as(p).doesNotContain("root:").doesNotContain("<modelVersion>");
        }
    }

    @Test
    void requestSizeRateLimitAndMethods() throws Exception {
        String big = raw("GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "a".repeat(40_000)
                + "\r\nConnection: close\r\n\r\n");
        assertThat(Integer.parseInt(big.substring(9, 12))).isIn(413, 431, 400);
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/stats"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isIn(404, 405);
        assertThat(post.body()).contains("\"error\"");

        try (StoreServer limited = StoreServer.start(backend,
                StoreServer.Options.defaults().withPort(0).withRateLimit(5))) {
            List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
            for (int i = 0; i < 30; i++) {
                Answer a = get(limited, "/health");
                statuses.add(a.status());
                if (a.status() == 429) {
                    assertError(a, 429);
                }
            }
            assertThat(statuses).contains(200, 429);
        }
    }

    @Test
    void bindsTheLoopbackInterfaceByDefault() throws Exception {
        assertThat(StoreServer.Options.defaults().host()).isEqualTo("127.0.0.1");
        assertThat(StoreServer.isLoopback("127.0.0.1")).isTrue();
        assertThat(StoreServer.isLoopback("localhost")).isTrue();
        assertThat(StoreServer.isLoopback("0.0.0.0")).isFalse();
        assertThat(server.url()).startsWith("http://127.0.0.1:");
        InetAddress outside = null;
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                if (!a.isLoopbackAddress() && a instanceof Inet4Address && ni.isUp()) {
                    outside = a;
                }
            }
        }
        if (outside != null) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(outside, server.port()), 2000);
                throw new AssertionError("the server answered on " + outside);
            } catch (ConnectException expected) {
                // refused: it listens on loopback only
            }
        }
    }

    private String raw(String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
