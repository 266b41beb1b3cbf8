package veille.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import veille.doc.ArticleMeta;
import veille.doc.Block;
import veille.doc.BlockKind;
import veille.doc.Blocks;
import veille.doc.Document;
import veille.doc.Input;
import veille.doc.InputFormat;

/** Page-text extraction, one layout feature at a time, on pages written inline. */
class PageTextExtractorTest {
    private final PageTextExtractor extractor = new PageTextExtractor();

    private Document extract(String... lines) {
        return extractor.extract(Input.ofText("page.txt", String.join("\n", lines), InputFormat.TEXT));
    }

    private static List<String> kinds(Document d) {
        return d.expect(Blocks.KEY).all().stream().map(b -> b.line() + ":" + b.kind().id()).toList();
    }

    private static final String P1 = "Le ministre chinois des Affaires étrangères a reçu mardi son homologue algérien à Pékin pour "
            + "des entretiens consacrés à la coopération économique et à la situation régionale.";
    private static final String P2 = "Les deux parties ont convenu de renforcer leurs échanges dans les domaines de l'énergie, "
            + "des infrastructures et de l'éducation, a indiqué le ministère dans un communiqué.";
    private static final String P3 = "Selon le communiqué, une commission mixte se réunira avant la fin de l'année afin de "
            + "suivre la mise en œuvre des accords signés lors de la visite.";

    @Test
    void navigationCaptionsAndCreditsAreSetApartFromTheArticle() {
        Document d = extract(
                "Accueil / Monde / Afrique",
                "",
                "La Chine et l'Algérie renforcent leur partenariat",
                "",
                "Le ministre Wang Yi (G) et son homologue algérien lors d'une cérémonie à Pékin. ©AFP",
                "",
                P1, "", P2, "", P3, "",
                "Avec Xinhua", "Partager", "Recommandé pour vous");
        assertThat(kinds(d)).containsExactly("1:boilerplate", "3:title", "5:caption", "7:body", "9:body", "11:body",
                "13:credit", "14:boilerplate", "15:boilerplate");
        ArticleMeta m = d.expect(ArticleMeta.KEY);
        assertThat(m.titleValue()).contains("La Chine et l'Algérie renforcent leur partenariat");
        assertThat(m.creditValues()).containsExactly("Xinhua");
    }

    @Test
    void theTextIsTitleAndBodyJoinedByBlankLinesAndEveryBlockMapsBackToItsInputLine() {
        Document d = extract("Un titre d'article assez long", "Partager", P1, P2);
        assertThat(d.text()).isEqualTo("Un titre d'article assez long\n\n" + P1 + "\n\n" + P2);
        for (Block b : d.expect(Blocks.KEY).inText()) {
            assertThat(d.text().substring(b.start(), b.end())).isEqualTo(b.textIn(d.input()));
            assertThat(d.input().lineOf(b.inputStart())).isEqualTo(b.line());
        }
        int offsetOfP2 = d.text().indexOf(P2);
        assertThat(d.expect(Blocks.KEY).lineOf(offsetOfP2)).isEqualTo(4);
    }

    @Test
    void germanProseIsProseAndGermanBylinesAndDateLinesAreFurniture() {
        // German paragraphs have few French or English function words: without German ones they read as labels.
        String de1 = "Der neue Radweg zwischen den beiden Dörfern wurde am Wochenende eröffnet, und viele Familien "
                + "aus der Umgebung sind mit ihren Kindern gekommen.";
        String de2 = "Die Gemeinde hatte den Bau vor drei Jahren beschlossen, weil der Weg an der Landstraße für "
                + "Schüler zu gefährlich war.";
        String de3 = "Im nächsten Jahr soll eine Verlängerung bis zum Bahnhof folgen, sagte die Bürgermeisterin bei "
                + "der Eröffnung.";
        Document d = extract("Startseite", "Neuer Radweg zwischen zwei Dörfern eröffnet", "Von Anna Beispiel",
                "12. März 2021, 14:05 Uhr", de1, de2, de3);
        assertThat(kinds(d)).containsExactly("1:boilerplate", "2:title", "3:byline", "4:stamp", "5:body", "6:body",
                "7:body");
    }

    @Test
    void aDozenWordsWithoutAFullStopAreAHeadlineNotProse() {
        // A teaser wall: headlines of a dozen words, none ending a sentence, beside a shorter story.
        Document d = extract("Un titre d'article assez long", P1, P2, "Voir aussi",
                "Le gouvernement annonce un plan pour les écoles et les hôpitaux de la région du nord",
                "Les agriculteurs de la vallée attendent toujours les aides promises par le ministère depuis l'été",
                "La ville ouvre une nouvelle ligne de tramway entre la gare et le quartier des universités");
        assertThat(d.text()).isEqualTo("Un titre d'article assez long\n\n" + P1 + "\n\n" + P2);
    }

    @Test
    void aSubheadingLeadsIntoProseAShortLineBeforeAnotherIsALabel() {
        Document d = extract("Un titre d'article assez long", P1, "Une partie du récit", P2, "Nos offres du moment",
                "Trois mois pour un euro", P3);
        assertThat(d.text()).contains("Une partie du récit").doesNotContain("Nos offres du moment");
    }

    @Test
    void aRunAfterAnEndMarkerLosesToTheStoryBeforeIt() {
        // Comments after "Commentaires" outweigh the story, but an end marker stands between them.
        String c = "Je ne suis pas du tout d'accord avec cet article, car la situation est bien plus compliquée "
                + "que ce que le journaliste en dit ici.";
        Document d = extract("Un titre d'article assez long", P1, P2, "Commentaires", c, c + " Vraiment.",
                c + " Et puis voilà.");
        assertThat(d.text()).isEqualTo("Un titre d'article assez long\n\n" + P1 + "\n\n" + P2);
    }

    @Test
    void aParagraphRepeatedVerbatimIsKeptOnce() {
        Document d = extract("Titre de la dépêche du jour", P1, P2, P1, P3);
        assertThat(kinds(d)).containsExactly("1:title", "2:body", "3:body", "4:duplicate", "5:body");
    }

    @Test
    void anInArticleSubheadingStaysInTheBodyButAnEchoOfTheTitleIsACaption() {
        Document d = extract("Sommet virtuel russo-chinois : le monde bascule", P1, "Sommet virtuel russo-chinois",
                P2, "Promouvoir la multipolarité mondiale", P3);
        assertThat(kinds(d)).containsExactly("1:title", "2:body", "3:caption", "4:body", "5:body", "6:body");
    }

    @Test
    void stampsBylinesAndDatedCreditsGiveTheMetadata() {
        Document d = extract("Dernière mise à jour à 10h01 le 20/09", "Page d'accueil>>Chine",
                "La Chine et la Russie prêtes à approfondir leur coopération", "Xinhua | 20.09.2023 08h36",
                P1, P2, "(Rédacteurs :Ying Xie, Yishuang Liu)", "  • Votre pseudo");
        ArticleMeta m = d.expect(ArticleMeta.KEY);
        assertThat(m.publishedValue()).contains("2023-09-20");
        // the credit line's time, with no offset: the page does not say which clock
        assertThat(m.publishedAtValue()).contains("2023-09-20T08:36:00");
        assertThat(d.input().content().substring(m.publishedAt().inputStart(), m.publishedAt().inputEnd()))
                .isEqualTo("20.09.2023 08h36");
        assertThat(m.creditValues()).containsExactly("Xinhua");
        assertThat(m.authorValues()).containsExactly("Ying Xie", "Yishuang Liu");
        assertThat(kinds(d)).containsExactly("1:stamp", "2:boilerplate", "3:title", "4:credit", "5:body", "6:body",
                "7:byline", "8:boilerplate");
    }

    @Test
    void aStampsTimeIsReadBesideItsDateWithTheClockItNames() {
        String[][] cases = {
            {"Publié le 19 septembre 2023 à 14h35", "2023-09-19T14:35:00"},
            {"Publié à 14h35 le 19 septembre 2023", "2023-09-19T14:35:00"},
            {"Published: Monday, November 18th, 2019 at 11:08 p.m.", "2019-11-18T23:08:00"},
            {"Publié le 19/09/2023 à 08:30 (GMT+8)", "2023-09-19T08:30:00+08:00"},
            {"Publié le 19/09/2023 14:35 GMT", "2023-09-19T14:35:00Z"},
            {"Publié le 19 septembre 2023", null},
            {"Publié le 19/09/2023 à 25h10", null},
        };
        for (String[] c : cases) {
            ArticleMeta m = extract("Titre d'une dépêche d'agence", c[0], P1, P2).expect(ArticleMeta.KEY);
            assertThat(m.publishedAtValue()).as(c[0]).isEqualTo(java.util.Optional.ofNullable(c[1]));
        }
    }

    @Test
    void aDateLineAloneWithItsTrailingDashIsTheStampOfPublication() {
        String[][] cases = {
            {"12 février 2019 . –", "2019-02-12"},
            {"Le 3 juin 2021 –", "2021-06-03"},
            {"Mercredi 5 mai 2021 —", "2021-05-05"},
            {"05/11/2020 -", "2020-11-05"},
            {"2020-11-05 |", "2020-11-05"},
            {"Publié le 7 avril 2022", "2022-04-07"},
        };
        for (String[] c : cases) {
            Document d = extract("Titre d'une dépêche d'agence", "", c[0], P1, P2);
            assertThat(d.expect(ArticleMeta.KEY).publishedValue()).as(c[0]).contains(c[1]);
            assertThat(kinds(d)).as(c[0]).contains("3:stamp");
            assertThat(d.text()).as(c[0]).doesNotContain(c[0]);
        }
    }

    @Test
    void anUpdateStampDoesNotHideThePublicationStamp() {
        Document d = extract("Titre d'une dépêche d'agence", "Mis à jour le 9 avril 2022 à 10h12",
                "Publié le 7 avril 2022 à 18h00", P1, P2);
        assertThat(d.expect(ArticleMeta.KEY).publishedValue()).contains("2022-04-07");
        assertThat(d.expect(ArticleMeta.KEY).publishedAtValue()).contains("2022-04-07T18:00:00");
    }

    @Test
    void aParagraphOpenedByItsDateAndADashGivesThePublicationDate() {
        String[][] cases = {
            {"14 mai 2019 . – ", "2019-05-14"},
            {"Le mardi 8 octobre 2019 – ", "2019-10-08"},
            {"30/01/2018 - ", "2018-01-30"},
        };
        for (String[] c : cases) {
            Document d = extract("Titre d'une dépêche d'agence", c[0] + P1, P2);
            ArticleMeta m = d.expect(ArticleMeta.KEY);
            assertThat(m.publishedValue()).as(c[0]).contains(c[1]);
            assertThat(m.datelineValue()).as(c[0] + ": a date is no place").isEmpty();
        }
        Document undated = extract("Titre d'une dépêche d'agence", "Le 8 mars, le ministre a reçu son homologue. " + P1, P2);
        assertThat(undated.expect(ArticleMeta.KEY).publishedValue()).as("a date in the sentence, no dash").isEmpty();
    }

    @Test
    void aDayAndMonthWithoutYearIsKeptPartial() {
        Document d = extract("Dernière mise à jour à 08h50 le 19/11", P1, P2);
        assertThat(d.expect(ArticleMeta.KEY).publishedValue()).contains("--11-19");
        assertThat(d.expect(ArticleMeta.KEY).publishedAtValue()).as("no year, no instant").isEmpty();
        assertThat(d.expect(ArticleMeta.KEY).titleValue()).isEmpty();
    }

    @Test
    void theDatelineGivesThePlaceInItsUsualEnglishFormAndTheAgencyAsCredit() {
        Document d = extract("Titre d'une dépêche d'agence", "PÉKIN, 12 mars (Xinhua) -- " + P1, P2);
        ArticleMeta m = d.expect(ArticleMeta.KEY);
        assertThat(m.datelineValue()).contains("Beijing");
        assertThat(m.creditValues()).containsExactly("Xinhua");
        assertThat(m.publishedValue()).contains("--03-12");
    }

    @Test
    void anOutletNamingItselfIsTheOutletNotACredit() {
        Document d = extract("Titre de l'article du jour", P1, P2, "Avec Xinhua", "SOURCE: FRENCH PRESS TV");
        assertThat(d.expect(ArticleMeta.KEY).outletValue()).contains("Press TV");
        assertThat(d.expect(ArticleMeta.KEY).creditValues()).containsExactly("Xinhua");
    }

    @Test
    void aCaptionsDateOrAgencyNeverBecomesMetadata() {
        Document d = extract("Titre de l'article du jour",
                "Photo archives - Le président lors d'une cérémonie à Pékin le 24 mai 2023. (AFP)", P1, P2);
        ArticleMeta m = d.expect(ArticleMeta.KEY);
        assertThat(m.publishedValue()).isEmpty();
        assertThat(m.creditValues()).isEmpty();
        assertThat(kinds(d)).contains("2:caption");
    }

    @Test
    void aPageWithNoProseHasAnEmptyTextAndNoTitle() {
        Document d = extract("Accueil", "Partager", "Facebook", "12");
        assertThat(d.text()).isEmpty();
        assertThat(d.expect(ArticleMeta.KEY).titleValue()).isEmpty();
        assertThat(d.expect(Blocks.KEY).all()).extracting(Block::kind).containsOnly(BlockKind.BOILERPLATE);
    }

    @Property(tries = 300)
    void anyPageTextGivesConsistentBlocks(@ForAll @StringLength(max = 400) String page) {
        Document d = extractor.extract(Input.ofText("p", page, InputFormat.TEXT));
        for (Block b : d.expect(Blocks.KEY).inText()) {
            assertThat(d.text().substring(b.start(), b.end())).isEqualTo(b.textIn(d.input()));
        }
    }
}
