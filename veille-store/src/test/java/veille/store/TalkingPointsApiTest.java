package veille.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veille.kb.KnowledgeBase;

/**
 * {@code GET /api/talking-points} over a real server and store of invented articles: a passage three outlets copy
 * is one cluster with its members' store ids, first seen and spread; an article stored later joins it through an
 * update of the state kept in the store's folder; filters and errors.
 */
class TalkingPointsApiTest {
    private static final String PASSAGE = "Le gouvernement a présenté mercredi un plan de modernisation des chemins "
            + "de fer régionaux doté de quatre milliards d'euros sur dix ans. Les premières lignes rénovées devraient "
            + "rouvrir aux voyageurs avant la fin de l'année prochaine, selon le ministère des Transports.";
    private static final String[] OTHER = {
        "Le maire a inauguré la nouvelle médiathèque du quartier nord samedi matin.",
        "Les pêcheurs du port ont débarqué une quantité record de sardines cette semaine.",
        "Une exposition consacrée aux vitraux anciens ouvre ses portes au musée municipal.",
        "La préfecture annonce des travaux sur la route départementale pendant trois mois.",
        "Le club de rugby local a recruté deux jeunes joueurs venus de Bayonne.",
        "Des chercheurs étudient la migration des cigognes au-dessus des marais salants.",
        "Le festival de jazz accueillera une trentaine de groupes sur quatre scènes.",
        "Une boulangerie artisanale a remporté le concours régional de la meilleure baguette.",
    };

    @TempDir
    Path dir;

    private static String row(int i, String outlet, String date, boolean copy) {
        String text = OTHER[i % OTHER.length] + "\n\n" + (copy ? PASSAGE + "\n\n" : "") + OTHER[(i + 3) % OTHER.length];
        return Rows.article("https://example.org/" + i, "Titre " + i, text).published(date).outlet(outlet).json();
    }

    @Test
    void clustersWithTheirMembersArticlesFirstSeenAndUpdates() throws Exception {
        try (CorpusStore store = CorpusStore.open(dir, KnowledgeBase.builtIn())) {
            store.add(row(1, "AFP", "2024-03-02", true));
            store.add(row(2, "RFI", "2024-03-05", true));
            store.add(row(3, "TASS", "2024-03-06", false));
            store.commit();
            try (StoreServer server = StoreServer.start(new StoreSearch(store),
                    StoreServer.Options.defaults().withPort(0).withRateLimit(0),
                    List.of(new TalkingPointsApi(store)))) {
                StoreServerTest.Answer a = StoreServerTest.get(server, "/api/talking-points");
                assertThat(a.status()).as(a.body()).isEqualTo(200);
                JsonNode clusters = a.json().get("clusters");
                assertThat(clusters).hasSize(1);
                JsonNode c = clusters.get(0);
                assertThat(c.get("kind").asText()).isEqualTo("reuse");
                assertThat(c.at("/first/source").asText()).isEqualTo("https://example.org/1");
                assertThat(c.at("/first/article").asText()).isNotEmpty();
                assertThat(c.get("members")).hasSize(2);
                assertThat(c.get("outlets").toString()).contains("AFP", "RFI");
                assertThat(c.at("/spread/2024-03-05").asInt()).isEqualTo(1);
                String article = c.at("/members/1/article").asText();
                assertThat(StoreServerTest.get(server, "/api/articles/" + article).status()).isEqualTo(200);
                assertThat(Files.exists(dir.resolve("talking-points/index.bin"))).isTrue();
                assertThat(StoreServerTest.get(server, "/openapi.json").json().path("paths").has("/api/talking-points"))
                        .isTrue();

                String id = c.get("id").asText();
                assertThat(StoreServerTest.get(server, "/api/talking-points/" + id).json().get("members")).hasSize(2);
                StoreServerTest.assertError(StoreServerTest.get(server, "/api/talking-points/nope"), 404);
                StoreServerTest.assertError(StoreServerTest.get(server, "/api/talking-points?min_outlets=x"), 400);
                StoreServerTest.assertError(StoreServerTest.get(server, "/api/talking-points?kind=other"), 400);
                assertThat(StoreServerTest.get(server, "/api/talking-points?kind=phrase").json().get("total").asInt())
                        .isZero();
                assertThat(StoreServerTest.get(server, "/api/talking-points?min_outlets=3").json().get("total").asInt())
                        .isZero();
                // A period holding one member leaves no cluster.
                assertThat(StoreServerTest.get(server, "/api/talking-points?from=2024-03-03").json().get("total")
                        .asInt()).isZero();

                // Stored later: joins the cluster without a rebuild.
                store.add(row(4, "Sputnik", "2024-03-08", true));
                store.commit();
                JsonNode after = StoreServerTest.get(server, "/api/talking-points").json().get("clusters");
                assertThat(after).hasSize(1);
                assertThat(after.get(0).get("members")).hasSize(3);
                assertThat(after.get(0).at("/first/source").asText()).isEqualTo("https://example.org/1");
                assertThat(StoreServerTest.get(server, "/api/talking-points?from=2024-03-03").json()
                        .at("/clusters/0/members")).hasSize(2);
            }
            // Another process (here: a second reader) finds the saved state, all four articles in it.
            try (StoreTalkingPoints again = new StoreTalkingPoints(store)) {
                StoreTalkingPoints.Update u = again.update();
                assertThat(u.added()).isZero();
                assertThat(u.articles()).isEqualTo(4);
                assertThat(again.clusters()).singleElement().satisfies(c -> assertThat(c.members()).hasSize(3));
            }
        }
    }
}
