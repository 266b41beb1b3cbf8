package veille.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import veille.kb.KnowledgeBase;
import veille.kb.TsvFile;

/** HTML metadata, one tricky shape at a time, on pages written inline. */
class HtmlMetadataTest {
    private static final HtmlMetadataReader READER = new HtmlMetadataReader(KnowledgeBase.builtIn());
    private static final String BODY = "<p>Les ministres des Affaires étrangères se sont réunis mardi à Pékin pour des "
            + "entretiens consacrés à la coopération régionale et à la sécurité.</p>";

    private static HtmlMetadata read(String html) {
        return READER.readStrict(parse(html, "https://www.example-news.fr/monde/article-1"));
    }

    private static Document parse(String html, String url) {
        return Jsoup.parse(html, url, Parser.htmlParser().setTrackPosition(true));
    }

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html lang=\"fr-FR\"><head><meta charset=\"utf-8\">" + head + "</head><body>" + body
                + "</body></html>";
    }

    private static String ld(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    // ------------------------------------------------------------------ publication time

    @Test
    void theTimeComesWithTheDateItBelongsTo() {
        HtmlMetadata m = read(page(ld("""
                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Accord signé à Pékin",
                 "datePublished":"2023-09-19T08:30:00+08:00","dateModified":"2023-09-20T10:00:00+08:00"}"""),
                "<h1>Accord signé à Pékin</h1>" + BODY));
        assertThat(m.publishedValue()).contains("2023-09-19");
        assertThat(m.publishedAtValue()).contains("2023-09-19T08:30:00+08:00");
        HtmlMetadata dateOnly = read(page("<meta property=\"article:published_time\" content=\"2023-09-19\">",
                "<h1>Accord signé à Pékin</h1>" + BODY));
        assertThat(dateOnly.publishedValue()).contains("2023-09-19");
        assertThat(dateOnly.publishedAtValue()).isEmpty();
    }

    // ------------------------------------------------------------------ JSON-LD

    @Test
    void aYoastGraphResolvesItsAuthorAndPublisherReferences() {
        HtmlMetadata m = read(page(ld("""
                {"@context":"https://schema.org","@graph":[
                 {"@type":"WebPage","@id":"https://x.fr/a/","name":"Titre de la page - Site"},
                 {"@type":"Article","@id":"https://x.fr/a/#article","headline":"La Chine et le Kazakhstan renforcent leurs liens",
                  "author":{"@id":"https://x.fr/#/schema/person/1"},"publisher":{"@id":"https://x.fr/#organization"},
                  "datePublished":"2023-09-19T10:32:00+02:00","dateModified":"2023-09-20T08:00:00+02:00",
                  "articleSection":["Asie"],"keywords":["Chine","Kazakhstan"],"inLanguage":"fr-FR"},
                 {"@type":"Organization","@id":"https://x.fr/#organization","name":"L'Écho diplomatique"},
                 {"@type":"Person","@id":"https://x.fr/#/schema/person/1","name":"Awa Ndiaye"}]}"""), BODY));
        assertThat(m.titleValue()).contains("La Chine et le Kazakhstan renforcent leurs liens");
        assertThat(m.authorValues()).containsExactly("Awa Ndiaye");
        assertThat(m.outletValue()).contains("L'Écho diplomatique");
        assertThat(m.publishedValue()).contains("2023-09-19");
        assertThat(m.modifiedValue()).contains("2023-09-20");
        assertThat(m.section().value()).isEqualTo("Asie");
        assertThat(m.keywordValues()).containsExactly("Chine", "Kazakhstan");
        assertThat(m.published().source()).isEqualTo(MetaSource.JSON_LD);
    }

    @Test
    void jsonLdAuthorsMayBeAnArrayAStringOfSeveralNamesOrAnAgency() {
        assertThat(read(page(ld("""
                {"@type":"NewsArticle","headline":"Un titre assez long pour être un titre",
                 "author":[{"@type":"Person","name":"Marie Lambert"},{"@type":"Person","name":"Youssef Haddad"}]}"""),
                BODY)).authorValues()).containsExactly("Marie Lambert", "Youssef Haddad");
        assertThat(read(page(ld("""
                {"@type":"ReportageNewsArticle","headline":"Un titre assez long pour être un titre",
                 "author":"Jean Dupont et Marie Curie"}"""), BODY)).authorValues())
                .containsExactly("Jean Dupont", "Marie Curie");
        HtmlMetadata agency = read(page(ld("""
                [{"@type":"BlogPosting","headline":"Un titre assez long pour être un titre",
                  "author":{"@type":"Organization","name":"Agence France-Presse"}}]"""), BODY));
        assertThat(agency.authorValues()).isEmpty();
        assertThat(agency.creditValues()).containsExactly("AFP");
    }

    @Test
    void malformedJsonLdIsIgnoredAndTheOtherMetadataStillCounts() {
        HtmlMetadata m = read(page("""
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Il a dit "non"","author":{"@type":"Pers</script>
                <script type="application/ld+json">{{ schema | safe }}</script>
                <script type="application/ld+json"></script>
                <meta property="og:title" content="L'Éthiopie et la Somalie acceptent une médiation">
                <meta property="article:published_time" content="2024-07-01T20:20:00+03:00">
                <meta name="author" content="Hodan Abdi">""", BODY));
        assertThat(m.titleValue()).contains("L'Éthiopie et la Somalie acceptent une médiation");
        assertThat(m.publishedValue()).contains("2024-07-01");
        assertThat(m.authorValues()).containsExactly("Hodan Abdi");
    }

    @Test
    void deeplyNestedJsonLdIsNotFollowedForever() {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        HtmlMetadata m = read(page(ld(deep) + "<meta property=\"og:title\" content=\"Un titre de secours\">", BODY));
        assertThat(m.titleValue()).contains("Un titre de secours");
    }

    // ------------------------------------------------------------------ dates

    @Test
    void aMachineDateKeepsTheCalendarDayOfItsOwnOffset() {
        HtmlMetadata m = read(page("<meta property=\"article:published_time\" content=\"2023-09-19T23:30:00-05:00\">",
                BODY));
        assertThat(m.publishedValue()).contains("2023-09-19"); // the outlet's evening, not UTC's next morning
    }

    @Test
    void aUtcMachineDateGivesWayToTheVisibleStampOneDayLater() {
        HtmlMetadata m = read(page(ld("""
                {"@type":"NewsArticle","headline":"Le Japon et les Philippines signent un accord",
                 "datePublished":"2024-07-07T22:45:00.000Z"}"""),
                "<h1>Le Japon et les Philippines signent un accord</h1>"
                        + "<div class=\"b-date\">8 juillet 2024 à 00h45</div>" + BODY));
        assertThat(m.publishedValue()).contains("2024-07-08");
        assertThat(m.published().source()).isEqualTo(MetaSource.STAMP);
    }

    @Test
    void aPublicationDateThatIsTheVisibleUpdateGivesWayToTheVisiblePublication() {
        HtmlMetadata m = read(page("<meta property=\"article:published_time\" content=\"2024-03-09T10:20:00+07:00\">",
                "<h1>Le Vietnam et l'Australie élèvent leurs relations</h1>"
                        + "<p class=\"meta\">Publié le 7 mars 2024 à 15h00 · Mis à jour le 9 mars 2024 à 10h20</p>"
                        + BODY));
        assertThat(m.publishedValue()).contains("2024-03-07");
        assertThat(m.modifiedValue()).contains("2024-03-09");
    }

    @Test
    void frenchVisibleStampsGivePublicationAndUpdate() {
        HtmlMetadata m = read(page("", "<h1>Alger et Rome relancent leur dialogue stratégique</h1>"
                + "<div class=\"stamp\">Publié le 19 septembre 2023 à 10h32, mis à jour le 20/09/2023 à 08h00</div>"
                + BODY));
        assertThat(m.publishedValue()).contains("2023-09-19");
        assertThat(m.modifiedValue()).contains("2023-09-20");
        HtmlMetadata numeric = read(page("", "<h1>Alger et Rome relancent leur dialogue stratégique</h1>"
                + "<p>19/09/2023</p>" + BODY));
        assertThat(numeric.publishedValue()).contains("2023-09-19");
        HtmlMetadata noYear = read(page("", "<h1>Alger et Rome relancent leur dialogue stratégique</h1>"
                + "<p>Publié le 19 septembre à 10h32</p>" + BODY));
        assertThat(noYear.publishedValue()).contains("--09-19");
    }

    @Test
    void aDateInTheStoryOrACaptionIsNoPublicationDate() {
        HtmlMetadata m = read(page("", "<h1>Le sommet de Johannesburg s'ouvre</h1><figure><img src=x.jpg>"
                + "<figcaption>Photo prise le 12 septembre 2023</figcaption></figure>"
                + "<p>Le rapport publié le 12 mars 2023 par l'ONU souligne la gravité de la situation humanitaire "
                + "dans la région, selon plusieurs organisations.</p>"));
        assertThat(m.published()).isNull();
    }

    @Test
    void relatedArticlesAndCommentsLendNeitherDatesNorAuthors() {
        HtmlMetadata m = read(page("", "<article><h1>La Norvège et l'UE signent un partenariat</h1>"
                + "<p class=\"byline\">Par Ingrid Solberg</p><time datetime=\"2024-03-18T16:16:00+01:00\">18 mars 2024"
                + "</time>" + BODY + "</article><section class=\"related-posts\"><article><h2>Autre sujet</h2>"
                + "<span class=\"author\">Par Pierre Garnier</span><time datetime=\"2023-07-05\">5 juillet 2023</time>"
                + "</article></section><div id=\"comments\"><div class=\"comment-author\">Marc Lefort</div>"
                + "<time datetime=\"2024-03-19\">19 mars 2024</time></div>"));
        assertThat(m.authorValues()).containsExactly("Ingrid Solberg");
        assertThat(m.publishedValue()).contains("2024-03-18");
    }

    @Test
    void aPlaceholderMachineDateIsNoDate() {
        HtmlMetadata m = read(page("<meta property=\"article:published_time\" content=\"0001-01-01T00:00:00\">",
                BODY));
        assertThat(m.published()).isNull();
    }

    // ------------------------------------------------------------------ titles

    @Test
    void theSiteNameIsTakenOffTheTitleAtEitherEnd() {
        String og = "<meta property=\"og:site_name\" content=\"Le Monde\">";
        assertThat(read(page(og + "<title>Au Caire, une trêve se dessine | Le Monde</title>", BODY)).titleValue())
                .contains("Au Caire, une trêve se dessine");
        assertThat(read(page(og + "<title>Le Monde - Au Caire, une trêve se dessine</title>", BODY)).titleValue())
                .contains("Au Caire, une trêve se dessine");
        assertThat(READER.readStrict(parse(page("<title>La Chine et le Kazakhstan coopèrent_French.news.cn</title>", BODY),
                "http://french.news.cn/2023-09/20/c_1.htm")).titleValue())
                .contains("La Chine et le Kazakhstan coopèrent");
    }

    @Test
    void aSeparatorThatIsPartOfTheHeadlineStays() {
        HtmlMetadata m = read(page("<meta property=\"og:site_name\" content=\"Le Monde\">"
                + "<title>Chine - Russie : le partenariat se renforce</title>", BODY));
        assertThat(m.titleValue()).contains("Chine - Russie : le partenariat se renforce");
    }

    @Test
    void theArticlesOwnH1WinsWhenConsistentAndOverAnSeoTitle() {
        HtmlMetadata consistent = read(page("<meta property=\"og:title\" content=\"Le Kenya prend la tête d'une "
                + "mission en Haïti - Nairobi Info\">", "<h1 class=\"logo\">Nairobi Info</h1><article><h1>Le Kenya "
                + "prend la tête d'une mission en Haïti</h1>" + BODY + "</article>"));
        assertThat(consistent.titleValue()).contains("Le Kenya prend la tête d'une mission en Haïti");
        assertThat(consistent.title().source()).isEqualTo(MetaSource.H1);
        HtmlMetadata seo = read(page("<meta property=\"og:title\" content=\"Sommet Asean 2023 : ce qu'il faut "
                + "retenir\">", "<article><h1>Au sommet de l'Asean, la Birmanie reste au cœur des divisions</h1>"
                + BODY + "</article>"));
        assertThat(seo.titleValue()).contains("Au sommet de l'Asean, la Birmanie reste au cœur des divisions");
    }

    // ------------------------------------------------------------------ authors, credits, outlet

    @Test
    void aDeskIsNoAuthorAndAnAgencyIsACredit() {
        assertThat(read(page("", "<h1>Tunis et Tripoli rouvrent la frontière</h1><p>Par la rédaction</p>" + BODY))
                .authorValues()).isEmpty();
        HtmlMetadata afp = read(page("", "<h1>Tunis et Tripoli rouvrent la frontière</h1><p>Par AFP</p>" + BODY));
        assertThat(afp.authorValues()).isEmpty();
        assertThat(afp.creditValues()).containsExactly("AFP");
        HtmlMetadata dateline = read(page("", "<h1>Madagascar et Maurice règlent leur différend</h1><p>PORT-LOUIS "
                + "(AFP) - Madagascar et Maurice ont signé mardi un arrangement provisoire sur l'accès de leurs "
                + "flottilles aux zones de pêche.</p><p><em>(Avec Reuters)</em></p>"));
        assertThat(dateline.creditValues()).containsExactly("AFP", "Reuters");
    }

    @Test
    void aBylineNamingMoreCoAuthorsThanTheMetadataWins() {
        HtmlMetadata m = read(page("<meta name=\"author\" content=\"Fatou Diallo\">",
                "<h1>Le sommet Afrique-Corée s'achève</h1><div class=\"byline\">Par Fatou Diallo, Minh Park et "
                        + "Olivier Mbarga</div>" + BODY));
        assertThat(m.authorValues()).containsExactly("Fatou Diallo", "Minh Park", "Olivier Mbarga");
    }

    @Test
    void microdataAndRdfaGiveAuthorAndDate() {
        HtmlMetadata joomla = read(page("", "<div itemscope itemtype=\"https://schema.org/Article\"><h1 "
                + "itemprop=\"headline\">Le ministre reçoit l'envoyé de l'ONU</h1><dd itemprop=\"author\" itemscope>"
                + "Écrit par : <span itemprop=\"name\">Samir Ould Ali</span></dd><time datetime=\"2024-04-02T12:10:00"
                + "+01:00\" itemprop=\"datePublished\">Publication : 2 avril 2024</time>" + BODY + "</div>"));
        assertThat(joomla.authorValues()).containsExactly("Samir Ould Ali");
        assertThat(joomla.publishedValue()).contains("2024-04-02");
        HtmlMetadata drupal = read(page("", "<h1>L'Union africaine suspend le Gabon</h1><span property=\"dc:date "
                + "dc:created\" content=\"2023-08-31T21:14:00+01:00\">Soumis le jeu, 31/08/2023</span>" + BODY));
        assertThat(drupal.publishedValue()).contains("2023-08-31");
        assertThat(drupal.published().source()).isEqualTo(MetaSource.MICRODATA);
    }

    @Test
    void theOutletIsCanonicalisedByTheOutletListOrFoundByDomain() {
        assertThat(read(page("<meta property=\"og:site_name\" content=\"Le Monde.fr\">", BODY)).outletValue())
                .contains("Le Monde");
        assertThat(READER.readStrict(parse(page("", BODY), "https://french.presstv.ir/Detail/2023/09/05/1"))
                .outletValue()).contains("Press TV");
        assertThat(READER.readStrict(parse(page("", BODY), "https://www.unknown-site.example/a")).outlet()).isNull();
    }

    @Test
    void languageCanonicalUrlAndDescriptionAreRead() {
        HtmlMetadata m = read(page("<link rel=\"canonical\" href=\"/monde/article-1\">"
                + "<meta name=\"description\" content=\"Les deux pays &amp; leurs voisins.\">", BODY));
        assertThat(m.languageValue()).contains("fr");
        assertThat(m.canonicalUrlValue()).contains("https://www.example-news.fr/monde/article-1");
        assertThat(m.description().value()).isEqualTo("Les deux pays & leurs voisins.");
        HtmlMetadata locale = read("<html><head><meta property=\"og:locale\" content=\"fr_FR\"></head><body>" + BODY
                + "</body></html>");
        assertThat(locale.languageValue()).contains("fr");
    }

    @Test
    void aPageWithoutMetadataSettlesNothing() {
        HtmlMetadata m = READER.readStrict(parse("<html><head></head><body><div>" + BODY + BODY + "</div></body></html>",
                ""));
        assertThat(m).isEqualTo(HtmlMetadata.EMPTY);
    }

    // ------------------------------------------------------------------ evidence

    @Test
    void everyValuePointsToTheCharactersItWasReadFrom() {
        String html = page("<meta property=\"article:published_time\" content=\"2023-09-19T10:32:00+02:00\">"
                + ld("{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"Awa Ndiaye\"}}"),
                "<h1>Le Sénégal et la Mauritanie s'accordent</h1>" + BODY);
        HtmlMetadata m = read(html);
        assertThat(html.substring(m.title().start(), m.title().end())).isEqualTo(m.titleValue().orElseThrow());
        assertThat(html.substring(m.published().start(), m.published().end())).isEqualTo("2023-09-19T10:32:00+02:00");
        Sourced<String> author = m.authors().get(0);
        assertThat(html.substring(author.start(), author.end())).isEqualTo("Awa Ndiaye");
        assertThat(html.substring(m.language().start(), m.language().end())).isEqualTo("fr-FR");
    }

    @Test
    void withoutPositionTrackingValuesComeWithoutRanges() {
        HtmlMetadata m = READER.readStrict(Jsoup.parse(page("", "<h1>Le Sénégal et la Mauritanie s'accordent</h1>" + BODY)));
        assertThat(m.titleValue()).contains("Le Sénégal et la Mauritanie s'accordent");
        assertThat(m.title().hasRange()).isFalse();
        assertThat(m.title().element().normalName()).isEqualTo("h1");
    }

    // ------------------------------------------------------------------ hostile input and data

    @Test
    void tenThousandDeepNestingIsReadWithoutOverflowing() {
        String html = "<html><body>" + "<div class=\"sidebar\">".repeat(10_000) + "<h1>Un titre au fond de la page</h1>"
                + BODY + "</div>".repeat(10_000) + "</body></html>";
        long start = System.nanoTime();
        HtmlMetadata m = read(html);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(m.titleValue()).contains("Un titre au fond de la page");
    }

    @Test
    void nestedHeadlinesBylinesAndMicrodataAreNotReadQuadratically() {
        String html = "<html><body>" + "<div class=\"headline byline date\" itemprop=\"author\">Par Jean Dupont "
                .repeat(5_000) + "19/09/2023" + "</div>".repeat(5_000) + "</body></html>";
        long start = System.nanoTime();
        read(html);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void aLargePageIsReadWithinItsLimits() {
        StringBuilder html = new StringBuilder("<html><head><title>Un grand dossier - Site</title></head><body>");
        for (int i = 0; html.length() < 8_000_000; i++) {
            html.append("<div class=\"c").append(i % 50).append("\"><p>").append(BODY).append("</p></div>");
        }
        HtmlMetadata m = read(html.append("</body></html>").toString());
        assertThat(m.titleValue()).isPresent();
    }

    @Property(tries = 200)
    void anyTextIsReadWithoutThrowing(@ForAll @StringLength(max = 400) String noise) {
        String html = "<html><head>" + noise + "</head><body>" + noise + "<script type=application/ld+json>" + noise
                + "</script></body></html>";
        assertThat(READER.readStrict(parse(html, ""))).isNotNull();
    }

    @Property(tries = 300)
    void anyMixOfMetadataMarkupIsReadWithoutThrowing(@ForAll("markup") List<String> pieces) {
        String html = String.join("", pieces);
        HtmlMetadata m = READER.readStrict(parse(html, "https://www.lemonde.fr/a"), html);
        for (Sourced<String> s : m.authors()) {
            assertThat(s.end()).isLessThanOrEqualTo(html.length());
        }
    }

    @Test
    void aPageEndingInsideATagKeepsItsEvidenceInsideTheSource() {
        // found by the property above: the page ends inside a meta tag, where jsoup closes the open byline one past
        // the source's end
        String html = "<div class=\"byline\">Jean Dupont<html lang=\"fr\">Par <meta property=\"og:title\" content=\"";
        HtmlMetadata m = READER.readStrict(parse(html, "https://www.lemonde.fr/a"), html);
        assertThat(m.authors()).isNotEmpty();
        for (Sourced<String> s : m.authors()) {
            assertThat(s.end()).as(s.toString()).isLessThanOrEqualTo(html.length());
            assertThat(s.start()).isLessThanOrEqualTo(s.end());
        }
    }

    @Provide
    Arbitrary<List<String>> markup() {
        return Arbitraries.of("<html lang=\"fr\">", "<head>", "</head>", "<body>", "<article>", "</article>",
                "<h1>", "</h1>", "<div class=\"byline\">", "<div class=\"date\">", "</div>", "<p>", "</p>",
                "<time datetime=\"2023-09-19T10:32:00Z\">", "</time>", "Par ", "Jean Dupont", " et ", "AFP",
                "Publié le ", "19 septembre 2023", "Mis à jour le ", "19/09/2023", " | ", "<title>", "</title>",
                "<meta property=\"og:title\" content=\"", "<meta property=\"article:published_time\" content=\"",
                "\">", "<script type=\"application/ld+json\">", "</script>", "{\"@type\":\"NewsArticle\",",
                "\"author\":[{\"@id\":\"#p\"},", "\"headline\":\"", "\"", "}", "]", "{\"@graph\":[",
                "<span itemprop=\"author\">", "</span>", "<footer>", "© 2023 Le Monde", "</footer>",
                "<section class=\"related\">", "</section>", "&amp;", "&#8211;", "<", ">", "\u00a0")
                .list().ofMaxSize(80);
    }

    @Test
    void theCueTableRefusesAnUnknownKind() {
        TsvFile bad = TsvFile.parse("bad.tsv", "kind\tvalue\nbyline-klass\tauteur\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> HtmlMetaCues.fromTable(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("byline-klass");
    }
}
