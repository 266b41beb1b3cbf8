package veille.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import veille.Analyzer;
import veille.corpus.CorpusProgress;
import veille.corpus.CorpusResult;
import veille.corpus.CorpusRunner;
import veille.corpus.CorpusSettings;
import veille.doc.Document;
import veille.kb.KnowledgeBase;
import veille.output.AnalysisJson;
import veille.talk.Article;
import veille.talk.Articles;
import veille.talk.Cluster;
import veille.talk.DiscoverySettings;
import veille.talk.TalkingPoints;

/** The Spark discovery gives the clusters of the index over the same articles in the same order, to the byte. */
class TalkingPointDiscoveryTest {
    private static SparkSession spark;
    private static JavaSparkContext jsc;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("veille-talking-points-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static final String[] FILLER = {
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

    private static Article article(String source, String outlet, String date, int doc, String middle) {
        String text = FILLER[(doc * 3) % FILLER.length] + "\n\n" + middle + "\n\n" + FILLER[(doc * 3 + 1) % FILLER.length]
                + "\n\n" + FILLER[(doc * 3 + 2) % FILLER.length] + "\n\n" + SHARE + "\n\n";
        return new Article(source, outlet, date, date + "T10:00", text, List.of(), false);
    }

    private static List<Cluster> cli(List<Article> articles) {
        return TalkingPoints.discover(articles, DiscoverySettings.defaults(), KnowledgeBase.builtIn().talkingPoints(),
                null, null);
    }

    @Test
    void copiesAFormulaAndBoilerplateGiveTheClustersOfTheIndex() {
        List<Article> articles = new ArrayList<>();
        articles.add(article("b.txt", "RFI", "2024-03-05", 1, EDITED));
        articles.add(article("a.txt", "AFP", "2024-03-02", 0, PASSAGE));
        articles.add(article("c.txt", "TASS", "2024-03-09", 2, TRUNCATED));
        String[] said = {
            "« Nous voulons une coopération sincère entre des voisins qui se respectent », a déclaré le ministre.",
            "Le porte-parole a plaidé pour une coopération sincère entre des voisins qui se respectent.",
            "L'ambassadrice a estimé qu'il fallait une coopération sincère entre des voisins qui se respectent.",
            "La délégation a appelé à une coopération sincère entre des voisins qui se respectent vraiment.",
        };
        String[] outlets = {"Xinhua", "TASS", "APS", "RT"};
        for (int i = 0; i < said.length; i++) {
            Article a = article("p" + i + ".txt", outlets[i], "2024-04-0" + (i + 1), i + 4, said[i]);
            if (i == 0) {
                int start = a.text().indexOf("Nous");
                a = new Article(a.source(), a.outlet(), a.published(), a.publishedAt(), a.text(),
                        List.of(new Article.Quoted(start, a.text().indexOf("»") - 1, "Wang Yi")), true);
            }
            articles.add(a);
        }
        articles.add(article("n0.txt", "Le Monde", "2024-05-01", 8,
                "Le coureur belge a franchi la ligne d'arrivée en tête après une longue échappée."));
        articles.add(article("n1.txt", "RFI", "2024-05-02", 9,
                "La skieuse a franchi la ligne d'arrivée en tête malgré une chute dans la descente."));
        // A source seen already: the index ignores it, so must the job.
        articles.add(article("a.txt", "AFP", "2024-06-01", 10, "Un autre texte sous le même nom."));
        List<Cluster> want = cli(articles);
        assertThat(want).extracting(Cluster::kind).containsExactlyInAnyOrder("reuse", "phrase");
        for (int parts : new int[] {1, 3}) {
            JavaRDD<Article> rdd = jsc.parallelize(articles, parts);
            assertThat(TalkingPointDiscovery.discoverArticles(rdd, null, parts)).isEqualTo(want);
        }
    }

    @Test
    void theDevCorpusGivesTheClustersOfTheCli() throws Exception {
        Path root = Path.of(System.getProperty("veille.root", "..")).toAbsolutePath().normalize();
        Path corpus = root.resolve("../shared/data/talking-points-dev/corpus").normalize();
        Assumptions.assumeTrue(Files.isDirectory(corpus), "no ../shared/data/talking-points-dev/corpus");
        Analyzer analyzer = Pipelines.get(null).analyzer();
        AnalysisJson writer = AnalysisJson.of(analyzer, false, false);
        List<String> rows = new ArrayList<>();
        try (CorpusRunner runner = new CorpusRunner(analyzer, CorpusSettings.defaults().withThreads(2))) {
            runner.run(List.of(corpus.toString()), CorpusProgress.NONE, (CorpusResult<Document> r) -> {
                if (r instanceof CorpusResult.Analysed<Document> a) {
                    rows.add(writer.write(a.value()));
                }
            });
        }
        List<Cluster> want = cli(rows.stream().map(r -> Articles.ofJson(r, KnowledgeBase.builtIn().outlets())).toList());
        assertThat(want).hasSizeGreaterThan(30);
        List<Cluster> got = TalkingPointDiscovery.discover(jsc.parallelize(rows, 4), null, 4);
        assertThat(got).isEqualTo(want);
    }
}
