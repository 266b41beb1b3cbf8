package veille.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veille.kb.KnowledgeBase;
import veille.store.CorpusStore;
import veille.store.StoreSearch;
import veille.store.StoreServer;
import veille.store.TalkingPointsApi;

/**
 * The {@code /talking-points} page over a real server with the talking-points API: a fixed shell under the CSP
 * with one external module and no data, whatever the query; its module builds the page from the API's JSON as
 * text; a passage that carries markup reaches the page only as JSON.
 */
class TalkingPointsPageTest {
    @TempDir
    static Path dir;

    static CorpusStore store;
    static StoreServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A passage copied by three outlets, with markup in it that would run script if parsed as HTML. */
    static final String PASSAGE = "Le conseil a adopté mardi un programme de rénovation des écoles rurales <img src=x "
            + "onerror=window.__pwned=7> doté de deux cents millions d'euros sur cinq ans, a précisé la préfecture "
            + "dans un communiqué publié le soir même.";
    static final String[] OTHER = {
        "Le maire a inauguré la nouvelle médiathèque du quartier nord samedi matin.",
        "Les pêcheurs du port ont débarqué une quantité record de sardines cette semaine.",
        "Une exposition consacrée aux vitraux anciens ouvre ses portes au musée municipal.",
        "La préfecture annonce des travaux sur la route départementale pendant trois mois.",
        "Le club de rugby local a recruté deux jeunes joueurs venus de Bayonne.",
        "Des chercheurs étudient la migration des cigognes au-dessus des marais salants.",
    };

    static String row(int i, String outlet, String date) {
        ObjectNode r = Corpus.JSON.createObjectNode();
        r.put("source", "https://example.org/tp" + i);
        r.put("input", "text");
        r.put("lang", "fr");
        r.put("title", "Titre " + i);
        r.put("outlet", outlet);
        r.putArray("credits");
        r.putArray("authors");
        r.put("published", date);
        r.put("text", "Titre " + i + "\n\n" + OTHER[i] + "\n\n" + PASSAGE + "\n\n" + OTHER[i + 3]);
        r.putArray("entities");
        r.putArray("quotes");
        r.putArray("events");
        r.putArray("amounts");
        return r.toString();
    }

    @BeforeAll
    static void start() {
        store = CorpusStore.open(dir, KnowledgeBase.builtIn());
        store.add(row(0, "AFP", "2024-05-02"));
        store.add(row(1, "RFI", "2024-05-03"));
        store.add(row(2, "Xinhua", "2024-05-03"));
        store.commit();
        server = StoreServer.start(new StoreSearch(store), StoreServer.Options.defaults().withPort(0).withRateLimit(0),
                List.of(new TalkingPointsApi(store), new WebUi()));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void thePageIsAFixedShellWithOneModuleUnderTheCsp() throws Exception {
        for (String p : List.of("/talking-points", "/talking-points?kind=phrase&from=2024-05-01&min_outlets=3",
                "/talking-points?from=%3Cscript%3Ewindow.__pwned%3D8%3C%2Fscript%3E")) {
            HttpResponse<String> r = get(p);
            assertThat(r.statusCode()).as(p).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(p).startsWith("text/html");
            assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).as(p)
                    .contains("script-src 'self'").doesNotContain("unsafe-eval");
            assertThat(r.body()).as(p).isEqualTo(new String(WebUi.resource("talking-points.html"), StandardCharsets.UTF_8));
            assertThat(r.body()).doesNotContain("pwned").doesNotContain("rénovation");
            WebUiTest.noInlineScript(p, r.body());
            assertThat(r.body()).contains("src=\"/assets/talking-points.js\"").contains("/assets/ui.css");
        }
    }

    @Test
    void theModuleReadsTheApiAndWritesText() throws Exception {
        HttpResponse<String> js = get("/assets/talking-points.js");
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.headers().firstValue("Content-Type").orElse("")).isEqualTo("text/javascript; charset=utf-8");
        assertThat(js.body()).contains("/api/talking-points").contains("from '/assets/ui.js'")
                .doesNotContain("innerHTML").doesNotContain("outerHTML").doesNotContain("insertAdjacentHTML")
                .doesNotContain("document.write").doesNotContain("eval(");
        assertThat(get("/assets/ui.js").body()).contains("href: '/talking-points'");

        HttpResponse<String> api = get("/api/talking-points");
        assertThat(api.statusCode()).isEqualTo(200);
        JsonNode c = Corpus.JSON.readTree(api.body()).at("/clusters/0");
        assertThat(c.get("kind").asText()).isEqualTo("reuse");
        assertThat(c.get("members")).hasSize(3);
        assertThat(c.at("/first/outlet").asText()).isEqualTo("AFP");
        assertThat(c.at("/first/article").asText()).matches("[0-9a-f]{32}");
        // The markup is data: JSON text for the module to insert as a text node.
        assertThat(c.get("text").asText()).contains("<img src=x onerror=window.__pwned=7>");
    }
}
