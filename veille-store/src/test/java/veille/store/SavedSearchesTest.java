package veille.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veille.kb.KnowledgeBase;

/** Search history and saved searches over a real server: kept in the store's folder, written only by same-origin JSON. */
class SavedSearchesTest {
    @TempDir
    static Path dir;

    static CorpusStore store;
    static StoreServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        store = CorpusStore.open(dir, KnowledgeBase.builtIn());
        Rows.corpus().forEach(store::add);
        store.commit();
        server = StoreServer.start(new StoreSearch(store), StoreServer.Options.defaults().withPort(0).withRateLimit(0),
                List.of(new SavedSearches(dir)));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static HttpResponse<String> send(String method, String path, String type, String body, String origin) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            b.header("Content-Type", type);
        }
        if (origin != null) {
            b.header("Origin", origin);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String self() {
        return server.url().replaceAll("/$", "");
    }

    @Test
    void historyAndSavedSearchesAreKeptInTheStoreFolder() throws Exception {
        assertThat(send("POST", "/api/searches/history", "application/json", "{\"query\":\"q=Poutine\"}", self()).statusCode())
                .isEqualTo(200);
        send("POST", "/api/searches/history", "application/json", "{\"query\":\"q=Xi\"}", null);
        send("POST", "/api/searches/history", "application/json", "{\"query\":\"?q=Poutine\"}", self());
        JsonNode all = JSON.readTree(send("GET", "/api/searches", null, null, null).body());
        // Newest first, the same search again moved up rather than repeated.
        assertThat(all.path("history").findValuesAsText("query")).containsExactly("q=Poutine", "q=Xi");

        HttpResponse<String> saved = send("POST", "/api/searches/saved", "application/json",
                "{\"name\":\"<b>Russie</b>\",\"query\":\"q=Poutine&outlet=Xinhua\"}", self());
        assertThat(saved.statusCode()).isEqualTo(201);
        String id = JSON.readTree(saved.body()).path("id").asText();
        // Another instance over the same folder (a restarted server) sees them.
        JsonNode again = new SavedSearches(dir).read();
        assertThat(again.path("saved").get(0).path("name").asText()).isEqualTo("<b>Russie</b>");
        assertThat(again.path("history")).hasSize(2);

        assertThat(send("DELETE", "/api/searches/saved/" + id, null, null, self()).statusCode()).isEqualTo(204);
        assertThat(send("DELETE", "/api/searches/saved/" + id, null, null, self()).statusCode()).isEqualTo(404);
        assertThat(new SavedSearches(dir).read().path("saved")).isEmpty();
        // The index is intact beside the file.
        assertThat(JSON.readTree(send("GET", "/api/stats", null, null, null).body()).path("articles").asInt()).isEqualTo(5);
    }

    @Test
    void writesFromAnotherSiteOrNotJsonOrElsewhereAreRefused() throws Exception {
        String body = "{\"query\":\"q=evil\"}";
        assertThat(send("POST", "/api/searches/history", "application/json", body, "http://evil.example").statusCode())
                .isEqualTo(405);
        assertThat(send("POST", "/api/searches/history", "application/x-www-form-urlencoded", "query=q%3Devil", self())
                .statusCode()).isEqualTo(405);
        assertThat(send("POST", "/api/searches/history", "text/plain", body, null).statusCode()).isEqualTo(405);
        assertThat(send("POST", "/api/stats", "application/json", body, self()).statusCode()).isIn(404, 405);
        assertThat(send("PUT", "/api/searches/saved", "application/json", body, self()).statusCode()).isEqualTo(405);
        assertThat(send("POST", "/api/searches/saved", "application/json", "{\"query\":\"q=x\"}", self()).statusCode())
                .isEqualTo(400);
        assertThat(send("POST", "/api/searches/history", "application/json", "[1]", self()).statusCode()).isEqualTo(400);
        assertThat(send("POST", "/api/searches/history", "application/json",
                "{\"query\":\"" + "a".repeat(3000) + "\"}", self()).statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(send("GET", "/api/searches", null, null, null).body()).path("history").findValuesAsText("query"))
                .doesNotContain("q=evil");
    }

    @Test
    void withoutTheUiTheServerStaysReadOnlyAndTheCspAllowsNoInlineStyle() throws Exception {
        try (StoreServer plain = StoreServer.start(new StoreSearch(store), StoreServer.Options.defaults().withPort(0))) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(plain.url() + "api/searches/history"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"q\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(405);
            assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("style-src 'self';")
                    .doesNotContain("unsafe-inline");
        }
    }
}
