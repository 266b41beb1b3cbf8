package veille.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veille.kb.KnowledgeBase;

/**
 * The API suite over a real OpenSearch node ({@link veille.opensearch.NodeProcess}: a separate JVM started from OpenSearch's jars
 * on Maven Central, no Docker), the corpus written by {@link OpenSearchIndex}.
 */
class OpenSearchServerTest extends ApiSuite {
    private OpenSearchHttp http;
    private String index;

    @Override
    SearchBackend open() {
        http = new OpenSearchHttp(veille.opensearch.NodeProcess.url());
        index = "veille-test-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        OpenSearchIndex idx = new OpenSearchIndex(http, index, KnowledgeBase.builtIn());
        idx.create();
        OpenSearchIndex.Written w = idx.add(Rows.corpus());
        assertThat(w.errors()).isEmpty();
        idx.refresh();
        return new OpenSearchBackend(http, index, KnowledgeBase.builtIn());
    }

    @Override
    void close() {
        if (http != null) {
            http.send("DELETE", index, null);
        }
    }

    @Test
    void theIndexAnalysesFrenchAsTheEmbeddedStore() throws Exception {
        for (String text : new String[] {"L'OTAN et les ministres à Pékin", "qu’aujourd’hui Poutine a déclaré",
                "Les Relations stratégiques"}) {
            var body = StoreSearch.object().put("analyzer", "veille_french").put("text", text);
            var tokens = new java.util.ArrayList<String>();
            http.send("POST", index + "/_analyze", body).path("tokens").forEach(t -> tokens.add(t.path("token").asText()));
            var expected = new java.util.ArrayList<String>();
            try (var ts = Analysis.french().tokenStream("text", text)) {
                var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    expected.add(term.toString());
                }
                ts.end();
            }
            assertThat(tokens).as(text).isEqualTo(expected);
        }
    }

    /**
     * Beyond the suite's assertions: both backends give the same answers, field for field, to a spread of requests
     * (scores aside, the engines' statistics differing; snippets compared by their marked words).
     */
    @Test
    void answersEqualTheEmbeddedStores(@TempDir Path dir) throws Exception {
        try (CorpusStore store = CorpusStore.open(dir, KnowledgeBase.builtIn())) {
            Rows.corpus().forEach(store::add);
            store.commit();
            StoreSearch lucene = new StoreSearch(store);
            List<String> requests = List.of("", "q=Pekin", "q=ministre", "q=" + "Putin OR texte OR alliés",
                    "q=" + "\"relations stratégiques\"", "q=diplom*", "q=Poutin~", "q=title:sommet", "q=entity:Poutine",
                    "q=" + "published:[2024-03-01 TO 2024-04-30]", "q=le la les", "entity=Putin", "outlet=Le Monde",
                    "lang=en", "state_affiliated=true", "event=consult", "from=2024-04", "sort=date_asc&limit=2",
                    "facet_limit=1", "q=ministre&snippets=false");
            for (String r : requests) {
                Params p = params(r);
                assertThat(withoutScores(backend.search(p))).as("search " + r).isEqualTo(withoutScores(lucene.search(p)));
                assertThat(json(backend.timeline(p))).as("timeline " + r).isEqualTo(json(lucene.timeline(p)));
                assertThat(graph(backend.graph(p))).as("graph " + r).isEqualTo(graph(lucene.graph(p)));
                assertThat(json(backend.events(p))).as("events " + r).isEqualTo(json(lucene.events(p)));
            }
            assertThat(json(backend.stats())).isEqualTo(json(lucene.stats()));
            for (String id : List.of("vladimir-putin", "xi-jinping", "beijing", "nobody")) {
                assertThat(backend.entity(id).map(OpenSearchServerTest::json)).as(id)
                        .isEqualTo(lucene.entity(id).map(OpenSearchServerTest::json));
            }
            for (String q : List.of("pout", "Путин", "x", "vladimir-putin")) {
                assertThat(json(backend.entities(q, 20))).as(q).isEqualTo(json(lucene.entities(q, 20)));
            }
            for (String r : List.of("", "speaker=Poutine", "q=unis", "limit=1", "type=CONSULT", "participant=Путин",
                    "place=Pekin")) {
                assertThat(json(backend.quotes(params(r)))).as("quotes " + r).isEqualTo(json(lucene.quotes(params(r))));
                assertThat(json(backend.events(params(r)))).as("events " + r).isEqualTo(json(lucene.events(params(r))));
            }
            List<String> a = new ArrayList<>();
            List<String> b = new ArrayList<>();
            backend.forEachMatch(params(""), (id, row) -> a.add(id + row));
            lucene.forEachMatch(params(""), (id, row) -> b.add(id + row));
            assertThat(a).isEqualTo(b);
        }
    }

    private static Params params(String query) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (String kv : query.split("&")) {
            if (!kv.isEmpty()) {
                int eq = kv.indexOf('=');
                m.computeIfAbsent(kv.substring(0, eq), k -> new ArrayList<>()).add(kv.substring(eq + 1));
            }
        }
        return new Params(m);
    }

    /** A graph with its edges in a total order (edges of equal weight come in no set order). */
    @SuppressWarnings("unchecked")
    private static String graph(Map<String, Object> g) {
        Map<String, Object> copy = new LinkedHashMap<>(g);
        List<Map<String, Object>> edges = new ArrayList<>((List<Map<String, Object>>) g.get("edges"));
        edges.sort(java.util.Comparator.comparing(OpenSearchServerTest::json));
        copy.put("edges", edges);
        return json(copy);
    }

    private static String json(Object o) {
        return StoreSearch.string(o);
    }

    @SuppressWarnings("unchecked")
    private static String withoutScores(Map<String, Object> search) {
        Map<String, Object> copy = new LinkedHashMap<>(search);
        List<Map<String, Object>> hits = new ArrayList<>();
        for (Map<String, Object> h : (List<Map<String, Object>>) search.get("hits")) {
            Map<String, Object> c = new LinkedHashMap<>(h);
            c.remove("score");
            // Each engine's highlighter cuts its own passages around the same marked words.
            String snippet = (String) c.get("snippet");
            if (snippet.contains("<mark>")) {
                c.put("snippet", java.util.regex.Pattern.compile("<mark>(.*?)</mark>").matcher(snippet).results()
                        .map(m -> m.group(1)).distinct().sorted().toList());
            }
            hits.add(c);
        }
        copy.put("hits", hits);
        // A relevance cursor carries the score: equal only where the scores are.
        if (copy.get("next") != null && search.get("hits") != null && !hits.isEmpty() && ((List<?>) search.get("hits")).stream()
                .anyMatch(h -> ((Map<String, Object>) h).containsKey("score"))) {
            copy.put("next", "(relevance cursor)");
        }
        return json(copy);
    }

    @Test
    void rowsThatAreNotArticlesAreReportedNotFatal() {
        OpenSearchIndex idx = new OpenSearchIndex(http, index, KnowledgeBase.builtIn());
        OpenSearchIndex.Written w = idx.add(List.of("{\"no\":\"text\"}", "not json"));
        assertThat(w.written()).isZero();
        assertThat(w.errors()).hasSize(2);
    }
}
