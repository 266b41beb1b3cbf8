package veille.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import veille.doc.ArticleMeta;
import veille.doc.Block;
import veille.doc.BlockKind;
import veille.doc.Blocks;
import veille.doc.Document;
import veille.doc.Input;
import veille.doc.InputFormat;

/** HTML extraction on small invented pages, one layout feature at a time. */
class HtmlExtractorTest {
    private final HtmlExtractor extractor = new HtmlExtractor();

    static final String P1 = "Le ministre chinois des Affaires étrangères a reçu mardi son homologue algérien à Pékin pour "
            + "des entretiens consacrés à la coopération économique, à l'énergie et à la situation régionale.";
    static final String P2 = "Les deux parties ont convenu de renforcer leurs échanges dans les domaines de l'énergie, "
            + "des infrastructures et de l'éducation, a indiqué le ministère dans un communiqué publié à l'issue de la rencontre.";
    static final String P3 = "Selon le communiqué, une commission mixte se réunira avant la fin de l'année afin de "
            + "suivre la mise en œuvre des accords signés lors de la visite, a précisé le porte-parole, M. Lin.";
    static final String TITLE = "La Chine et l'Algérie renforcent leur partenariat";

    private Document extract(String html) {
        return extractor.extract(Input.ofText("page.html", html, InputFormat.HTML));
    }

    /** The text of each block of a kind, in page order: rendered from the text, or the source markup stripped. */
    private static List<String> texts(Document d, BlockKind kind) {
        return d.expect(Blocks.KEY).all().stream().filter(b -> b.kind() == kind)
                .map(b -> b.kind().inText() ? d.text().substring(b.start(), b.end())
                        : org.jsoup.Jsoup.parse(b.textIn(d.input())).text())
                .toList();
    }

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>" + TITLE + " | Le Quotidien</title>"
                + head + "</head><body>" + body + "</body></html>";
    }

    private static final String NAV = "<header><nav class=\"main-menu\"><ul><li><a href=\"/\">Accueil</a></li>"
            + "<li><a href=\"/monde\">Monde</a></li><li><a href=\"/afrique\">Afrique</a></li></ul></nav></header>";
    private static final String FOOTER = "<footer><p>© 2024 Le Quotidien — Tous droits réservés</p>"
            + "<a href=\"/contact\">Contact</a></footer>";

    @Test
    void theArticleIsTheTitleThenItsParagraphsAndTheNavigationIsLeftOut() {
        Document d = extract(page("", NAV + "<main><article><h1>" + TITLE + "</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>"
                + P3 + "</p></article></main>" + FOOTER));
        assertThat(d.text()).isEqualTo(TITLE + "\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3);
        assertThat(texts(d, BlockKind.BOILERPLATE)).contains("Accueil", "Monde", "Afrique", "Contact");
        assertThat(d.expect(ArticleMeta.KEY).titleValue()).contains(TITLE);
    }

    @Test
    void figureCaptionsAreCaptionsNeverBody() {
        Document d = extract(page("", NAV + "<article><h1>" + TITLE + "</h1><p>" + P1 + "</p>"
                + "<figure><img src=\"a.jpg\" alt=\"\"><figcaption>Wang Yi (G) et son homologue à Pékin, le 12 mars. "
                + "Photo d'archives</figcaption></figure>"
                + "<div class=\"wp-caption\"><img src=\"b.jpg\"><p class=\"wp-caption-text\">Une délégation algérienne"
                + " arrive à l'aéroport de Pékin.</p></div>"
                + "<p>" + P2 + "</p><p style=\"text-align: center;\"><img src=\"c.jpg\"></p>"
                + "<p class=\"pic_txt\">Photo prise le 12 juillet à Changsha. (Photo : Xinhua)</p>"
                + "<p>" + P3 + "</p></article>" + FOOTER));
        assertThat(texts(d, BlockKind.CAPTION)).containsExactly(
                "Wang Yi (G) et son homologue à Pékin, le 12 mars. Photo d'archives",
                "Une délégation algérienne arrive à l'aéroport de Pékin.",
                "Photo prise le 12 juillet à Changsha. (Photo : Xinhua)");
        assertThat(texts(d, BlockKind.BODY)).containsExactly(P1, P2, P3);
    }

    @Test
    void shareBarsAndReadAlsoListsAreLeftOut() {
        Document d = extract(page("", NAV + "<article><h1>" + TITLE + "</h1>"
                + "<div class=\"share-bar\"><a href=\"#\">Partager</a> <a href=\"#\">Facebook</a> <a href=\"#\">X</a></div>"
                + "<p>" + P1 + "</p><p>" + P2 + "</p>"
                + "<div class=\"lire-aussi\"><h3>Lire aussi</h3><ul><li><a href=\"/a\">Pékin et Moscou signent un accord "
                + "gazier</a></li><li><a href=\"/b\">L'Algérie rejoint la banque des BRICS</a></li></ul></div>"
                + "<p>" + P3 + "</p><p>Partager</p></article>" + FOOTER));
        assertThat(texts(d, BlockKind.BODY)).containsExactly(P1, P2, P3);
        assertThat(texts(d, BlockKind.BOILERPLATE)).contains("Partager", "Lire aussi",
                "Pékin et Moscou signent un accord gazier");
    }

    @Test
    void commentsAreLeftOutEvenWhenTheyAreLongProse() {
        String comment = "Je ne suis pas du tout d'accord avec cette analyse, car les relations entre les deux pays sont "
                + "bien plus anciennes et plus complexes que ce que l'article laisse entendre, et de loin.";
        StringBuilder comments = new StringBuilder("<section id=\"comments\" class=\"comments-area\"><h2>3 commentaires</h2>");
        for (int i = 0; i < 6; i++) {
            comments.append("<div class=\"comment-body\"><p class=\"author\">Lecteur ").append(i).append("</p><p>")
                    .append(comment).append("</p></div>");
        }
        comments.append("</section>");
        Document d = extract(page("", NAV + "<div id=\"primary\"><article class=\"post\"><h1>" + TITLE + "</h1><p>" + P1
                + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article>" + comments + "</div>" + FOOTER));
        assertThat(texts(d, BlockKind.BODY)).containsExactly(P1, P2, P3);
        assertThat(d.text()).doesNotContain("pas du tout d'accord");
    }

    @Test
    void anArticleSplitOverNestedWrappersAndSiblingsIsReadWhole() {
        String body = NAV + "<div class=\"layout\"><div class=\"col-8\"><div class=\"wrapper\"><h1>" + TITLE + "</h1>"
                + "<div class=\"entry-content\"><div><div><p>" + P1 + "</p></div></div>"
                + "<div class=\"inline-ad advert\">Publicité</div>"
                + "<div><p>" + P2 + "</p><h2>Une commission mixte</h2><p>" + P3 + "</p></div></div></div></div>"
                + "<aside class=\"sidebar\"><h3>Les plus lus</h3><ul><li><a href=\"/x\">Un séisme frappe le Japon, "
                + "des dizaines de blessés</a></li></ul></aside></div>" + FOOTER;
        Document d = extract(page("", body));
        assertThat(texts(d, BlockKind.BODY)).containsExactly(P1, P2, "Une commission mixte", P3);
        assertThat(texts(d, BlockKind.TITLE)).containsExactly(TITLE);
    }

    @Test
    void eachBlockRecordsItsDomPathSourceRangeAndLine() {
        String html = page("", "\n<article>\n<h1>" + TITLE + "</h1>\n<p>" + P1 + "</p>\n<p>" + P2
                + " &amp; <b>fin</b></p>\n<p>" + P3 + "</p>\n</article>\n");
        Document d = extract(html);
        List<Block> inText = d.expect(Blocks.KEY).inText();
        assertThat(inText).extracting(Block::path).containsExactly("html>body[2]>article>h1[1]",
                "html>body[2]>article>p[2]", "html>body[2]>article>p[3]", "html>body[2]>article>p[4]");
        Block p2 = inText.get(2);
        assertThat(d.text().substring(p2.start(), p2.end())).isEqualTo(P2 + " & fin");
        assertThat(html.substring(p2.inputStart(), p2.inputEnd())).isEqualTo(P2 + " &amp; <b>fin");
        assertThat(p2.line()).isEqualTo(5);
        assertThat(p2.alignedWithInput()).isFalse();
        assertThat(d.expect(Blocks.KEY).toInput(p2.start())).isEqualTo(-1);
        assertThat(d.input().lineOf(p2.inputStart())).isEqualTo(p2.line());
    }

    @Test
    void bylinesStampsAndTheOutletAreMetadataWithTheirSourceRanges() {
        String head = "<meta property=\"og:site_name\" content=\"Le Quotidien\">";
        String html = page(head, NAV + "<article><h1>" + TITLE + "</h1><div class=\"byline\">Par Claire Martin</div>"
                + "<time datetime=\"2024-03-12\">Publié le 12 mars 2024 à 10h05</time>"
                + "<p>PÉKIN, 12 mars (Xinhua) -- " + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article>" + FOOTER);
        Document d = extract(html);
        ArticleMeta m = d.expect(ArticleMeta.KEY);
        assertThat(m.authorValues()).containsExactly("Claire Martin");
        assertThat(m.publishedValue()).contains("2024-03-12");
        assertThat(m.outletValue()).contains("Le Quotidien");
        assertThat(m.datelineValue()).contains("Beijing");
        assertThat(m.creditValues()).contains("Xinhua");
        assertThat(html.substring(m.authors().get(0).inputStart(), m.authors().get(0).inputEnd()))
                .isEqualTo("Claire Martin");
        // the machine date and the site name are read off their attributes (HtmlMetadataReader), as written
        assertThat(html.substring(m.published().inputStart(), m.published().inputEnd())).isEqualTo("2024-03-12");
        assertThat(html.substring(m.outlet().inputStart(), m.outlet().inputEnd())).isEqualTo("Le Quotidien");
        assertThat(html.substring(m.title().inputStart(), m.title().inputEnd())).isEqualTo(TITLE);
        assertThat(m.published().line()).isEqualTo(d.input().lineOf(m.published().inputStart()));
        assertThat(texts(d, BlockKind.BYLINE)).containsExactly("Par Claire Martin");
        assertThat(texts(d, BlockKind.STAMP)).containsExactly("Publié le 12 mars 2024 à 10h05");
    }

    @Test
    void withoutAHeadingTheTitleIsThePagesTitleWithoutTheSiteName() {
        Document d = extract(page("", "<div class=\"content\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"));
        assertThat(d.text()).startsWith(TITLE + "\n\n" + P1);
        Block title = d.expect(Blocks.KEY).all().get(0);
        assertThat(title.kind()).isEqualTo(BlockKind.TITLE);
        assertThat(title.path()).isEqualTo("html>head>title");
    }

    @Test
    void aRepeatedParagraphIsKeptOnce() {
        Document d = extract(page("", "<article><h1>" + TITLE + "</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P1
                + "</p><p>" + P3 + "</p></article>"));
        assertThat(texts(d, BlockKind.BODY)).containsExactly(P1, P2, P3);
        assertThat(texts(d, BlockKind.DUPLICATE)).containsExactly(P1);
    }

    @Test
    void scriptsStylesAndHiddenElementsAreNeverRead() {
        Document d = extract(page("<style>p { color: red }</style>", "<article><h1>" + TITLE + "</h1>"
                + "<script>var x = 'Le ministre chinois';</script><p>" + P1 + "</p>"
                + "<div style=\"display: none\">Texte caché qui ne doit pas apparaître dans l'article publié.</div>"
                + "<p hidden>Un autre texte caché, lui aussi absent de l'article.</p><p>" + P2 + "</p>"
                + "<noscript>Activez JavaScript</noscript><p>" + P3 + "</p></article>"));
        assertThat(d.text()).isEqualTo(TITLE + "\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void structuredMetadataOutranksTheVisibleBlocksForDatesAndAuthorsAndEachValuePointsAtItsCharacters() {
        String ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"" + TITLE + "\",\"datePublished\":\"2024-03-11T09:00:00+01:00\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Claire Martin\"},"
                + "{\"@type\":\"Person\",\"name\":\"Paul Durand\"}]}</script>";
        String html = page(ld, NAV + "<article><h1>" + TITLE + "</h1><div class=\"byline\">Par Claire Martin</div>"
                + "<p class=\"stamp\">Mis à jour le 12 mars 2024</p>"
                + "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article>" + FOOTER);
        Document d = extract(html);
        ArticleMeta m = d.expect(ArticleMeta.KEY);
        assertThat(m.publishedValue()).contains("2024-03-11");
        assertThat(m.authorValues()).containsExactly("Claire Martin", "Paul Durand");
        assertThat(html.substring(m.published().inputStart(), m.published().inputEnd())).isEqualTo("2024-03-11");
        assertThat(html.substring(m.authors().get(1).inputStart(), m.authors().get(1).inputEnd()))
                .isEqualTo("Paul Durand");
        assertThat(html.lastIndexOf("\"datePublished\"", m.published().inputStart())).isPositive();
        assertThat(m.publishedAtValue()).contains("2024-03-11T09:00:00+01:00");
        assertThat(html.substring(m.publishedAt().inputStart(), m.publishedAt().inputEnd()))
                .isEqualTo("2024-03-11T09:00:00+01:00");
    }

    @Test
    void thePublicationTimePointsAtTheValueAsWrittenAndIsNullWithoutOne() {
        String html = page("<meta property=\"article:published_time\" content=\"2024-03-11T09:05:00.000+0100\">",
                NAV + "<article><h1>" + TITLE + "</h1><p>" + P1 + "</p><p>" + P2 + "</p></article>" + FOOTER);
        ArticleMeta m = extract(html).expect(ArticleMeta.KEY);
        assertThat(m.publishedAtValue()).contains("2024-03-11T09:05:00+01:00");
        assertThat(html.substring(m.publishedAt().inputStart(), m.publishedAt().inputEnd()))
                .isEqualTo("2024-03-11T09:05:00.000+0100");
        // a visible stamp gives the day only: no time is made up
        ArticleMeta stamped = extract(page("", NAV + "<article><h1>" + TITLE + "</h1><p class=\"stamp\">Publié le "
                + "11 mars 2024</p><p>" + P1 + "</p><p>" + P2 + "</p></article>" + FOOTER)).expect(ArticleMeta.KEY);
        assertThat(stamped.publishedValue()).contains("2024-03-11");
        assertThat(stamped.publishedAtValue()).isEmpty();
    }

    @Test
    void aValueThePageDoesNotSettleStaysNull() {
        Document d = extract(page("", "<article><h1>" + TITLE + "</h1><p>" + P1 + "</p><p>" + P2 + "</p></article>"));
        ArticleMeta m = d.expect(ArticleMeta.KEY);
        assertThat(m.publishedValue()).isEmpty();
        assertThat(m.authorValues()).isEmpty();
        assertThat(m.outletValue()).isEmpty();
        assertThat(m.creditValues()).isEmpty();
    }

    @Test
    void aShortLabelBeforeTheHeadlineIsNotBody() {
        Document d = extract(page("", "<article><p class=\"kicker\">Afrique</p><h1>" + TITLE + "</h1><p>" + P1
                + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article>"));
        assertThat(d.text()).isEqualTo(TITLE + "\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3);
        assertThat(texts(d, BlockKind.BOILERPLATE)).contains("Afrique");
    }

    @Test
    void theAddressOfAFetchedOrArchivedPageIsItsBaseUri() {
        assertThat(HtmlExtractor.baseUri("https://www.lemonde.fr/a.html")).isEqualTo("https://www.lemonde.fr/a.html");
        assertThat(HtmlExtractor.baseUri("crawl.warc.gz#https://x.fr/b")).isEqualTo("https://x.fr/b");
        assertThat(HtmlExtractor.baseUri("pages/page.html")).isEmpty();
        assertThat(HtmlExtractor.baseUri("notes#section")).isEmpty();
    }

    @Test
    void provenanceNamesTheCueTablesBesideTheKnowledgeBase() {
        assertThat(extractor.tableHashes()).containsOnlyKeys("html-cues", "html-meta-cues", "page-cues");
        assertThat(extractor.tableHashes().values()).allMatch(h -> h.matches("[0-9a-f]{64}"));
        veille.Analyzer analyzer = veille.Analyzer.withStages(veille.kb.KnowledgeBase.builtIn(), List.of());
        String json = veille.output.AnalysisJson.of(analyzer, false, false)
                .write(analyzer.extract(Input.ofText("p.html", page("", "<p>" + P1 + "</p>"), InputFormat.HTML)));
        assertThat(json).contains("\"html-cues\":\"", "\"html-meta-cues\":\"", "\"page-cues\":\"", "\"outlets\":\"");
    }

    /** A deck paragraph, invented. */
    static final String LEAD = "Pékin et Alger veulent doubler leurs échanges d'ici cinq ans, au terme d'une visite de "
            + "deux jours marquée par la signature de plusieurs accords.";

    @Test
    void aWordPressPostWhoseThemeDropsHentryIsStillOnePostAndItsTaxonomyIsNoFurniture() {
        // post_class() writes the post's categories and tags into its classes: "category-newsletter", "tag-share"
        Document d = extract(page("", NAV + "<main><article class=\"post-7 post type-post status-publish "
                + "category-newsletter tag-share entry\"><h1>" + TITLE + "</h1><div><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p></div></article></main>" + FOOTER));
        assertThat(d.text()).isEqualTo(TITLE + "\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void aLeadBesideTheHeadlineBeforeTheArticlesContainerIsBody() {
        String html = page("", NAV + "<div class=\"wrap\"><header><p>Afrique</p><h1>" + TITLE
                + "</h1><p class=\"deck\">" + LEAD + "</p><p>Par Jean Dupont</p><p><a href=\"/x\">Voir</a></p>"
                + "</header><div class=\"entry-content\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></div></div>" + FOOTER);
        Document d = extract(html);
        assertThat(d.text()).isEqualTo(TITLE + "\n\n" + LEAD + "\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3);
        assertThat(d.expect(Blocks.KEY).all()).filteredOn(b -> b.kind() == BlockKind.BODY).first()
                .satisfies(b -> assertThat(b.reason()).isEqualTo("lead between the headline and the article"));
        assertThat(texts(d, BlockKind.BYLINE)).containsExactly("Par Jean Dupont");
        // prose that is not in the headline's own box stays out: a teaser in another column before the article
        Document other = extract(page("", NAV + "<div class=\"col\"><div class=\"head\"><h1>" + TITLE + "</h1></div>"
                + "</div><div class=\"col\"><div class=\"promo-box\"><p>" + LEAD + "</p></div></div>"
                + "<div class=\"entry-content\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>" + FOOTER));
        assertThat(other.text()).doesNotContain(LEAD);
    }

    @Test
    void aWrapperNamedLikeFurnitureThatHoldsMostOfThePagesTextIsNoFurniture() {
        // "above-footer" reads as a footer; it wraps the story, beside a shorter legal notice
        String notice = "Les offres présentées sur ce site proviennent de partenaires, qui peuvent nous rémunérer, "
                + "ce qui peut influer sur l'ordre dans lequel elles apparaissent, sans que cela change nos avis. ";
        String story = "<div class=\"above-footer\"><div class=\"article-body\"><h1>" + TITLE + "</h1><p>" + P1
                + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P1.replace("mardi", "mercredi") + "</p><p>"
                + P2.replace("deux", "trois") + "</p></div></div>";
        Document d = extract(page("", NAV + "<section class=\"disclosure\"><p>" + notice + notice + "</p><p>" + notice
                + notice + "</p></section>" + story + FOOTER));
        assertThat(d.text()).contains(TITLE, P1, P2, P3);
    }

    @Test
    void furtherInformationHeadingsConsentPlaceholdersAndSourceLabelsAreNotTheStory() {
        Document d = extract(page("", NAV + "<article><h1>" + TITLE + "</h1><p>" + P1 + "</p><p>Externer Inhalt</p><p>"
                + P2 + "</p><h3>Weitere Informationen zum Verfahren</h3><p>" + P3
                + "</p><p>Quelle: Bundesamt für Statistik</p></article>" + FOOTER));
        assertThat(d.text()).isEqualTo(TITLE + "\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3);
        assertThat(texts(d, BlockKind.CREDIT)).containsExactly("Quelle: Bundesamt für Statistik");
    }

    @Test
    void closingLinesAboutThePostAndPaywallNoticesAreNotTheStory() {
        Document d = extract(page("", NAV + "<article><h1>" + TITLE + "</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p><p>To view the full story, please subscribe to Le Quotidien.</p><p>If you enjoyed reading this "
                + "post, share it with a friend.</p><p>This entry was posted in Monde on 3 May.</p><p>Follow Le "
                + "Quotidien on Facebook and Twitter.</p></article>" + FOOTER));
        assertThat(d.text()).isEqualTo(TITLE + "\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void readAlsoLabelsEndingInAColonAndCallsToActionAreNotTheStory() {
        Document d = extract(page("", NAV + "<article><h1>" + TITLE + "</h1><p>" + P1 + "</p><p>LE PUEDE INTERESAR: "
                + "Un puerto nuevo para el sur del país</p><p>" + P2 + "</p><p>For the latest news download the Quotidien "
                + "apps for iOS and Android.</p><p>Submit your letter to the editor via this form.</p><p>¿Sabías que "
                + "tenemos canal de Telegram? Únete aquí.</p><p>Rezept drucken Bei Pinterest speichern</p><p>Anzeige, "
                + "enthält Affiliate Links</p><p>Permalink https://lequotidien.example/p/12345</p><p>Imprimer cette page</p><p>" + P3 + "</p></article>" + FOOTER));
        assertThat(d.text()).isEqualTo(TITLE + "\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void aCommentsSectionNamedInGermanOrSpanishIsNotTheStory() {
        for (String name : new String[] {"kommentare", "comentarios", "commenti"}) {
            Document d = extract(page("", NAV + "<main><section><h1>" + TITLE + "</h1><p>" + P1
                    + "</p></section><section><p>" + P2 + "</p><p>" + P3 + "</p></section><section id=\"" + name + "\"><h2>0 Kommentare"
                    + "</h2><p>Noch nichts hier: die Beiträge der Leser erscheinen erst nach der Freigabe.</p>"
                    + "</section></main>" + FOOTER));
            assertThat(d.text()).as(name).isEqualTo(TITLE + "\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3);
        }
    }

    @Property
    void wordsAreRunsOfLettersOrDigitsCountedUpToTheBound(
            @ForAll @StringLength(max = 60) @Chars({'a', 'Z', '7', ' ', '-', 'é', 'Ω', '١', '’', '\u00a0', '_'}) String s,
            @ForAll @IntRange(min = 1, max = 12) int max) {
        int runs = 0;
        boolean in = false;
        for (char c : s.toCharArray()) {
            boolean w = Character.isLetterOrDigit(c);
            runs += w && !in ? 1 : 0;
            in = w;
        }
        assertThat(HtmlExtractor.words(s)).isEqualTo(runs);
        assertThat(HtmlExtractor.words(s, max)).isEqualTo(Math.min(runs, max));
    }
}
