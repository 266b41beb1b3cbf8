package veille.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veille.kb.KnowledgeBase;

/** The API suite over the embedded Lucene store. */
class StoreServerTest extends ApiSuite {
    @TempDir
    static Path dir;

    private CorpusStore store;

    @Override
    SearchBackend open() {
        store = CorpusStore.open(dir, KnowledgeBase.builtIn());
        Rows.corpus().forEach(store::add);
        store.commit();
        return new StoreSearch(store);
    }

    @Override
    void close() {
        store.close();
    }

    @Test
    void aServerSeesReIngestChangeNothingAndAnEditedArticleReplaceItsOldVersion(@TempDir Path other) throws Exception {
        String v1 = Rows.article("feed/edit.txt", "Sommet à Dakar", "Les ministres se réunissent à Dakar.")
                .outlet("Le Monde").published("2024-05-02").json();
        String v2 = Rows.article("feed/edit.txt", "Sommet à Dakar", "Les ministres se réunissent finalement à Niamey.")
                .outlet("RFI").published("2024-05-03").json();
        try (CorpusStore st = CorpusStore.open(other, KnowledgeBase.builtIn());
             StoreServer s = StoreServer.start(new StoreSearch(st), StoreServer.Options.defaults().withPort(0).withRateLimit(0))) {
            st.add(v1);
            st.commit();
            JsonNode before = get(s, "/api/search?q=sommet").json();
            assertThat(before.path("total").asInt()).isEqualTo(1);
            String id1 = before.path("hits").get(0).path("id").asText();
            assertThat(before.path("hits").get(0).path("outlet").asText()).isEqualTo("Le Monde");
            assertThat(before.path("facets").path("outlet").get(0).path("value").asText()).isEqualTo("Le Monde");

            assertThat(st.add(v1)).isEqualTo(CorpusStore.Outcome.UNCHANGED);
            st.commit();
            assertThat(get(s, "/api/stats").json().path("articles").asInt()).isEqualTo(1);
            assertThat(get(s, "/api/search?q=sommet").json().path("hits").get(0).path("id").asText()).isEqualTo(id1);

            assertThat(st.add(v2)).isEqualTo(CorpusStore.Outcome.REPLACED);
            st.commit();
            // The same query again: its counts were kept for the old state of the store, and must not be reused.
            JsonNode after = get(s, "/api/search?q=sommet").json();
            assertThat(after.path("total").asInt()).isEqualTo(1);
            String id2 = after.path("hits").get(0).path("id").asText();
            assertThat(id2).isNotEqualTo(id1);
            assertThat(after.path("hits").get(0).path("outlet").asText()).isEqualTo("RFI");
            assertThat(after.path("hits").get(0).path("published").asText()).isEqualTo("2024-05-03");
            assertThat(after.path("facets").path("outlet").size()).isEqualTo(1);
            assertThat(after.path("facets").path("outlet").get(0).path("value").asText()).isEqualTo("RFI");
            assertError(get(s, "/api/articles/" + id1), 404);
            assertThat(get(s, "/api/articles/" + id2).json().path("text").asText()).contains("Niamey");
            assertThat(get(s, "/api/search?q=Niamey").json().path("total").asInt()).isEqualTo(1);
            assertThat(get(s, "/api/search?q=Dakar%20NOT%20Niamey").json().path("total").asInt()).isZero();
            assertThat(get(s, "/api/stats").json().path("articles").asInt()).isEqualTo(1);
        }
    }
}
