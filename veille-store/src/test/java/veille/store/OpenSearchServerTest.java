package veille.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import veille.kb.KnowledgeBase;

/**
 * The API suite over a real OpenSearch node ({@link LocalOpenSearch}: a separate JVM started from OpenSearch's jars
 * on Maven Central, no Docker), the corpus written by {@link OpenSearchIndex}.
 */
class OpenSearchServerTest extends ApiSuite {
    private OpenSearchHttp http;
    private String index;

    @Override
    SearchBackend open() {
        http = new OpenSearchHttp(LocalOpenSearch.url());
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

    @Test
    void rowsThatAreNotArticlesAreReportedNotFatal() {
        OpenSearchIndex idx = new OpenSearchIndex(http, index, KnowledgeBase.builtIn());
        OpenSearchIndex.Written w = idx.add(java.util.List.of("{\"no\":\"text\"}", "not json"));
        assertThat(w.written()).isZero();
        assertThat(w.errors()).hasSize(2);
    }
}
