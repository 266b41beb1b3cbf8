package veille.talk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Discovery over invented French articles: a passage copied with edits and truncation is one cluster whose first
 * member is the earliest article; a formula three outlets quote is a phrase cluster; a share line every page
 * carries and a stock phrase of narration form no cluster; adding an article joins the cluster it copies.
 */
class TalkingPointIndexTest {
    /** Sentences no two articles share, so that only what a test puts in twice can cluster. */
    private static final String[] FILLER = {
        "Le maire a inauguré la nouvelle médiathèque du quartier nord samedi matin.",
        "Les pêcheurs du port ont débarqué une quantité record de sardines cette semaine.",
        "Une exposition consacrée aux vitraux anciens ouvre ses portes au musée municipal.",
        "La préfecture annonce des travaux sur la route départementale pendant trois mois.",
        "Le club de rugby local a recruté deux jeunes joueurs venus de Bayonne.",
        "Des chercheurs étudient la migration des cigognes au-dessus des marais salants.",
        "Le festival de jazz accueillera une trentaine de groupes sur quatre scènes.",
        "Une boulangerie artisanale a remporté le concours régional de la meilleure baguette.",
        "Les agriculteurs s'inquiètent de la sécheresse qui frappe les cultures de maïs.",
        "Le lycée professionnel ouvre une formation aux métiers de la charpente marine.",
        "Un incendie a détruit un entrepôt de pneus dans la zone industrielle.",
        "La bibliothèque prolonge ses horaires d'ouverture durant les vacances scolaires.",
        "Le conseil départemental finance la rénovation de quatre collèges ruraux.",
        "Une association de randonneurs balise un nouveau sentier le long des falaises.",
        "Les vendanges commencent avec une semaine d'avance dans les vignobles du sud.",
        "Un cirque itinérant installe son chapiteau sur la place du marché.",
        "La compagnie de bus modifie trois lignes pour desservir le nouvel hôpital.",
        "Le tribunal a reporté l'audience d'un promoteur accusé de fraude fiscale.",
        "Des bénévoles nettoient les plages après la tempête de la semaine dernière.",
        "Un violoniste de dix ans a remporté un prix au conservatoire de Lyon.",
        "La mairie distribue des composteurs gratuits aux habitants des pavillons.",
        "Le marché de Noël accueillera cette année soixante exposants venus de la région.",
        "Une entreprise de drones s'installe dans l'ancienne caserne de gendarmerie.",
        "Les urgences de la clinique ferment la nuit faute de médecins disponibles.",
    };

    private static final String PASSAGE = "Le gouvernement a présenté mercredi un plan de modernisation des chemins "
            + "de fer régionaux doté de quatre milliards d'euros sur dix ans. Les premières lignes rénovées devraient "
            + "rouvrir aux voyageurs avant la fin de l'année prochaine, selon le ministère des Transports.";
    private static final String EDITED = "Le gouvernement a présenté ce mercredi un plan de modernisation des chemins "
            + "de fer régionaux doté de quatre milliards d'euros sur dix ans. Les premières lignes rénovées pourraient "
            + "rouvrir aux voyageurs avant la fin de l'année prochaine, selon le ministère des Transports.";
    private static final String TRUNCATED = "Le gouvernement a présenté mercredi un plan de modernisation des chemins "
            + "de fer régionaux doté de quatre milliards d'euros sur dix ans. Les premières lignes rénovées devraient";
    private static final String SHARE = "Partager cet article sur Facebook, Twitter et LinkedIn ou l'envoyer par courriel";

    private static Article article(String source, String outlet, String date, String... sentences) {
        StringBuilder b = new StringBuilder();
        for (String s : sentences) {
            b.append(s).append("\n\n");
        }
        return new Article(source, outlet, date, date + "T10:00", b.toString(), List.of(), false);
    }

    private static String[] filler(int doc, String middle) {
        List<String> out = new ArrayList<>();
        out.add(FILLER[(doc * 3) % FILLER.length]);
        out.add(middle);
        out.add(FILLER[(doc * 3 + 1) % FILLER.length]);
        out.add(FILLER[(doc * 3 + 2) % FILLER.length]);
        out.add(SHARE);
        return out.toArray(String[]::new);
    }

    @Test
    void anEditedAndATruncatedCopyJoinTheirSourceInOneClusterFirstSeenTheEarliest() {
        TalkingPointIndex index = new TalkingPointIndex();
        index.add(article("b.txt", "RFI", "2024-03-05", filler(1, EDITED)));
        index.add(article("a.txt", "AFP", "2024-03-02", filler(0, PASSAGE)));
        index.add(article("c.txt", "TASS", "2024-03-09", filler(2, TRUNCATED)));
        index.add(article("d.txt", "Xinhua", "2024-03-10", filler(3, "Le préfet a rencontré les élus du canton.")));
        List<Cluster> clusters = index.clusters();
        assertThat(clusters).hasSize(1);
        Cluster c = clusters.get(0);
        assertThat(c.kind()).isEqualTo("reuse");
        assertThat(c.first().source()).isEqualTo("a.txt");
        assertThat(c.members()).extracting(Cluster.Member::source).containsExactly("a.txt", "b.txt", "c.txt");
        assertThat(c.members().get(0).text()).isEqualTo(PASSAGE);
        assertThat(c.members().get(2).text()).isEqualTo(TRUNCATED);
        assertThat(c.outlets()).containsExactly("AFP", "RFI", "TASS");
        assertThat(c.spread()).containsEntry("2024-03-02", 1).containsEntry("2024-03-09", 1).hasSize(3);
    }

    @Test
    void aFormulaThatThreeOutletsQuoteIsAPhraseClusterWithItsSpeaker() {
        TalkingPointIndex index = new TalkingPointIndex();
        String[] said = {
            "« Nous voulons une coopération sincère entre des voisins qui se respectent », a déclaré le ministre.",
            "Le porte-parole a plaidé pour une coopération sincère entre des voisins qui se respectent.",
            "L'ambassadrice a estimé qu'il fallait une coopération sincère entre des voisins qui se respectent.",
            "La délégation a appelé à une coopération sincère entre des voisins qui se respectent vraiment.",
        };
        String[] outlets = {"Xinhua", "TASS", "APS", "RT"};
        for (int i = 0; i < said.length; i++) {
            Article a = article("p" + i + ".txt", outlets[i], "2024-04-0" + (i + 1), filler(i + 4, said[i]));
            if (i == 0) {
                int start = a.text().indexOf("Nous");
                a = new Article(a.source(), a.outlet(), a.published(), a.publishedAt(), a.text(),
                        List.of(new Article.Quoted(start, a.text().indexOf("»") - 1, "Wang Yi")), true);
            }
            index.add(a);
        }
        List<Cluster> clusters = index.clusters();
        assertThat(clusters).hasSize(1);
        Cluster c = clusters.get(0);
        assertThat(c.kind()).isEqualTo("phrase");
        assertThat(c.members()).hasSize(4);
        assertThat(c.text()).contains("coopération sincère entre des voisins qui se respectent");
        assertThat(c.first().source()).isEqualTo("p0.txt");
        assertThat(c.first().speaker()).isEqualTo("Wang Yi");
        assertThat(c.first().stateAffiliated()).isTrue();
        for (Cluster.Member m : c.members()) {
            assertThat(m.text()).doesNotContain("déclaré", "plaidé", "estimé", "appelé");
        }
    }

    @Test
    void boilerplateAndStockPhrasesOfNarrationFormNoCluster() {
        TalkingPointIndex index = new TalkingPointIndex();
        String[] narration = {
            "Le coureur belge a franchi la ligne d'arrivée en tête après une longue échappée.",
            "La skieuse a franchi la ligne d'arrivée en tête malgré une chute dans la descente.",
            "Le cheval favori a franchi la ligne d'arrivée en tête sous les applaudissements.",
        };
        String[] outlets = {"Le Monde", "RFI", "AFP"};
        for (int i = 0; i < narration.length; i++) {
            index.add(article("n" + i + ".txt", outlets[i], "2024-05-0" + (i + 1), filler(i + 8, narration[i])));
        }
        assertThat(index.clusters()).isEmpty();
    }

    @Test
    void anArticleAddedLaterJoinsTheClusterItCopies() {
        TalkingPointIndex index = new TalkingPointIndex();
        index.add(article("a.txt", "AFP", "2024-03-02", filler(0, PASSAGE)));
        index.add(article("b.txt", "RFI", "2024-03-05", filler(1, EDITED)));
        assertThat(index.clusters()).singleElement().satisfies(c -> assertThat(c.members()).hasSize(2));
        assertThat(index.add(article("b.txt", "RFI", "2024-03-05", filler(1, EDITED)))).isFalse();
        index.add(article("e.txt", "Sputnik", "2024-03-12", filler(5, PASSAGE)));
        assertThat(index.clusters()).singleElement().satisfies(c -> {
            assertThat(c.members()).extracting(Cluster.Member::source).containsExactly("a.txt", "b.txt", "e.txt");
            assertThat(c.first().source()).isEqualTo("a.txt");
        });
    }

    @Test
    void anIndexSavedInAFolderAndUpdatedLaterGivesTheClustersOfOneRun(@org.junit.jupiter.api.io.TempDir
                                                                     java.nio.file.Path dir) throws Exception {
        String[] said = {
            "« Nous voulons une coopération sincère entre des voisins qui se respectent », a déclaré le ministre.",
            "Le porte-parole a plaidé pour une coopération sincère entre des voisins qui se respectent.",
            "L'ambassadrice a estimé qu'il fallait une coopération sincère entre des voisins qui se respectent.",
            "La délégation a appelé à une coopération sincère entre des voisins qui se respectent vraiment.",
        };
        String[] outlets = {"Xinhua", "TASS", "APS", "RT"};
        List<Article> all = new ArrayList<>();
        all.add(article("a.txt", "AFP", "2024-03-02", filler(0, PASSAGE)));
        for (int i = 0; i < said.length; i++) {
            all.add(article("p" + i + ".txt", outlets[i], "2024-04-0" + (i + 1), filler(i + 4, said[i])));
        }
        all.add(article("b.txt", "RFI", "2024-04-05", filler(1, EDITED)));
        all.add(article("c.txt", "TASS", "2024-04-09", filler(2, TRUNCATED)));
        TalkingPointIndex memory = new TalkingPointIndex();
        all.forEach(memory::add);
        List<Cluster> expected = memory.clusters();
        assertThat(expected).extracting(Cluster::kind).containsExactlyInAnyOrder("reuse", "phrase");

        // Three runs over the same folder, each adding what arrived since the last (the phrase's third outlet and
        // the passage's copy in the second run), each saving its state.
        int[] cuts = {3, 6, all.size()};
        int done = 0;
        List<Cluster> last = null;
        for (int cut : cuts) {
            try (TalkingPointIndex index = TalkingPointIndex.open(dir, DiscoverySettings.defaults())) {
                assertThat(index.size()).isEqualTo(done);
                for (Article a : all.subList(done, cut)) {
                    assertThat(index.add(a)).isTrue();
                }
                last = index.clusters();
                index.save();
            }
            done = cut;
        }
        assertThat(last).isEqualTo(expected);
        try (TalkingPointIndex again = TalkingPointIndex.open(dir, DiscoverySettings.defaults())) {
            assertThat(again.contains("p2.txt")).isTrue();
            assertThat(again.add(all.get(2))).isFalse();
            assertThat(again.clusters()).isEqualTo(expected);
        }
        // Other settings of indexing: the state is not theirs, the index starts empty.
        try (TalkingPointIndex other = TalkingPointIndex.open(dir, new DiscoverySettings(6, 8, 15, 0.85, 50, 4, 2, 0.05))) {
            assertThat(other.size()).isZero();
        }
    }

    @Test
    void wordsAreFoldedAndKeepTheirSpans() {
        Words w = Words.of("L’État « réaffirme »");
        assertThat(w.folded()).containsExactly("l", "etat", "reaffirme");
        assertThat(w.span(1, 3)).isEqualTo("État « réaffirme");
    }
}
