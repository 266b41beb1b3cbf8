package veille.bench.peers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Both peers run with their own dependencies and find the article in a small invented page. */
class PeersTest {
    private static final String PARAGRAPH = "La Chine et la Russie ont convenu mardi de renforcer leur coopération dans "
            + "le domaine de l'énergie, a annoncé le ministère chinois des Affaires étrangères dans un communiqué publié "
            + "à Pékin, où les deux délégations se sont retrouvées pour une troisième journée de discussions.";
    private static final String PAGE = "<html><head><title>Coopération énergétique</title></head><body>"
            + "<nav><a href='/'>Accueil</a> <a href='/monde'>Monde</a> <a href='/eco'>Économie</a></nav>"
            + "<article><h1>Pékin et Moscou renforcent leur coopération énergétique</h1>"
            + ("<p>" + PARAGRAPH + "</p>").repeat(4)
            + "</article><footer>© 2024 Le Quotidien — Mentions légales — Contact</footer></body></html>";

    @Test
    void readability4jFindsTheArticle() {
        assertThat(new Readability4jPeer().apply("https://example.org/a", PAGE)).contains("troisième journée");
    }

    @Test
    void boilerpipeFindsTheArticle() {
        assertThat(new BoilerpipePeer().apply("https://example.org/a", PAGE)).contains("troisième journée");
    }

    @Test
    void readability4jRunsOnItsOwnJsoup() {
        // The parent POM manages jsoup at the product's version; this module must keep the peer's 1.11.2.
        assertThat(org.jsoup.Jsoup.class.getProtectionDomain().getCodeSource().getLocation().toString())
                .contains("jsoup-1.11.2");
    }
}
