package veille.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veille.store.CorpusStore;
import veille.store.StoreServer;

/** The UI's pages and assets over a real server: fixed shells with no data in them, served under the CSP. */
class WebUiTest {
    @TempDir
    static Path dir;

    static final CorpusStore[] STORE = new CorpusStore[1];
    static StoreServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = Corpus.serve(dir, STORE);
    }

    @AfterAll
    static void stop() {
        server.close();
        STORE[0].close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String firstArticleId(String q) throws Exception {
        Matcher m = Pattern.compile("\"id\":\"([0-9a-f]{32})\"")
                .matcher(get("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).body());
        assertThat(m.find()).as("an article matches " + q).isTrue();
        return m.group(1);
    }

    @Test
    void pagesAreFixedShellsWithoutDataUnderTheCsp() throws Exception {
        String evil = firstArticleId("hostile");
        String hostileQuery = URLEncoder.encode("<script>window.__pwned=9</script>", StandardCharsets.UTF_8);
        List<String> paths = List.of("/search", "/search?q=" + hostileQuery + "&outlet=" + hostileQuery,
                "/articles/" + evil, "/entities/evil-speaker", "/entities/vladimir-putin", "/events?type=CONSULT",
                "/quotes?speaker=" + hostileQuery, "/graph", "/graph?entity=" + hostileQuery + "&q=" + hostileQuery);
        for (String p : paths) {
            HttpResponse<String> r = get(p);
            assertThat(r.statusCode()).as(p).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(p).startsWith("text/html");
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(p).contains("script-src 'self'").contains("style-src 'self'").doesNotContain("unsafe-eval")
                    .doesNotContain("unsafe-inline");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(p).contains("nosniff");
            // No data server-side: the page is the same bytes as its resource, whatever the query or id.
            String shell = p.startsWith("/articles/") ? "article.html" : p.startsWith("/entities/") ? "entity.html"
                    : p.substring(1).replaceAll("\\?.*", "") + ".html";
            assertThat(r.body()).as(p).isEqualTo(new String(WebUi.resource(shell), StandardCharsets.UTF_8));
            assertThat(r.body()).doesNotContain("pwned").doesNotContain("Poutine");
            noInlineScript(p, r.body());
        }
    }

    static void noInlineScript(String what, String html) {
        Matcher scripts = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(html);
        int n = 0;
        while (scripts.find()) {
            n++;
            assertThat(scripts.group(1)).as(what + ": external module").contains("type=\"module\"").contains("src=\"/assets/");
            assertThat(scripts.group(2)).as(what + ": no inline code").isBlank();
        }
        assertThat(n).as(what + ": one module").isEqualTo(1);
        assertThat(html).as(what + ": no handler attribute").doesNotContainPattern("(?i)\\son[a-z]+\\s*=")
                .doesNotContainIgnoringCase("javascript:");
    }

    @Test
    void assetsAreServedWithTheirTypesFromAFixedList() throws Exception {
        for (var a : WebUi.ASSETS.entrySet()) {
            HttpResponse<String> r = get("/assets/" + a.getKey());
            assertThat(r.statusCode()).as(a.getKey()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).isEqualTo(a.getValue());
            assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
            // Data goes into the page as text: no HTML parsing of strings anywhere in the UI code.
            assertThat(r.body()).as(a.getKey()).doesNotContain("innerHTML").doesNotContain("outerHTML")
                    .doesNotContain("insertAdjacentHTML").doesNotContain("document.write").doesNotContain("eval(");
        }
        for (var a : WebUi.VENDOR.entrySet()) {
            HttpResponse<String> r = get("/assets/" + a.getKey());
            assertThat(r.statusCode()).as(a.getKey()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).isEqualTo(a.getValue());
            assertThat(r.body()).as("bundled from npm, not fetched from a CDN").hasSizeGreaterThan(100_000);
        }
        // The pages name no other host: everything they load is served here.
        for (String shell : WebUi.PAGES.values()) {
            assertThat(new String(WebUi.resource(shell), StandardCharsets.UTF_8)).doesNotContain("//").doesNotContain("<style");
        }
        assertThat(get("/assets/../veille/web/ui.js").statusCode()).isNotEqualTo(200);
        assertThat(get("/assets/WebUi.class").statusCode()).isEqualTo(404);
        assertThat(get("/assets/nothing.js").statusCode()).isEqualTo(404);
    }

    @Test
    void rootLeadsToSearchAndTheApiStillAnswers() throws Exception {
        HttpResponse<String> root = get("/");
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).contains("/search");
        HttpResponse<String> api = get("/api/search?q=hostile");
        assertThat(api.statusCode()).isEqualTo(200);
        // The API escapes the markup in snippets; the UI turns only <mark> into elements.
        assertThat(api.body()).contains("&lt;script&gt;").doesNotContain("<script>window.__pwned=1</script> hostile Texte");
    }
}
