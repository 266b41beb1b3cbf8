package veille.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import veille.doc.BlockKind;
import veille.doc.Blocks;
import veille.doc.Document;
import veille.doc.Input;
import veille.doc.InputFormat;

/** Pages built to break a parser or a recursive walk: each must give a document, never an exception or a hang. */
class HostileHtmlTest {
    private final HtmlExtractor extractor = new HtmlExtractor();

    private Document extract(String html) {
        return extractor.extract(Input.ofText("hostile.html", html, InputFormat.HTML));
    }

    @Test
    void tenThousandDeepNestingDoesNotOverflowTheStack() {
        String p = "<p>" + HtmlExtractorTest.P1 + "</p><p>" + HtmlExtractorTest.P2 + "</p>";
        Document d = extract("<div>".repeat(10_000) + p + "</div>".repeat(10_000));
        assertThat(d.text()).contains(HtmlExtractorTest.P1, HtmlExtractorTest.P2);
        assertThat(d.expect(Blocks.KEY).inText().get(0).path()).startsWith("…>");
    }

    @Test
    void aHundredThousandUnclosedElementsAreStillWalked() {
        Document d = extract("<span><b><i><div>".repeat(25_000) + HtmlExtractorTest.P1);
        assertThat(d.text()).contains(HtmlExtractorTest.P1);
    }

    @Test
    void malformedMarkupIsReadTheWayBrowsersRepairIt() {
        String html = "<html><body><article><h1>Titre <b>gras <i>mêlé</b> fin</i></h1><p>" + HtmlExtractorTest.P1
                + "<p>" + HtmlExtractorTest.P2 + "</div></span><table><p>" + HtmlExtractorTest.P3
                + "</td></tr><<<>>> <a href=\"x\" <p>&bogus; &#xFFFFFF; &#0;</article></html></html>";
        Document d = extract(html);
        assertThat(d.text()).contains(HtmlExtractorTest.P1, HtmlExtractorTest.P2, HtmlExtractorTest.P3);
    }

    @Test
    void pagesWithoutArticleGiveAnEmptyTextNotAnError() {
        for (String html : new String[] {"", "<html></html>", "<html><body></body></html>",
                "<script>alert(1)</script>", "<!-- only a comment -->", "<nav><a href=\"/\">Accueil</a></nav>",
                "\u0000\u0001binary-ish\u0002", "<p>" + "x".repeat(100_000) + "</p>"}) {
            Document d = extract(html);
            assertThat(d.text()).doesNotContain("alert", "Accueil");
            assertThat(d.expect(Blocks.KEY).all()).allMatch(b -> b.kind() != null);
        }
    }

    @Test
    void aFiftyMegabytePageIsExtracted() {
        StringBuilder sb = new StringBuilder(52 << 20);
        sb.append("<html><head><title>Grand fichier</title></head><body><nav><a href=\"/\">Accueil</a></nav><article>");
        for (int i = 0; sb.length() < 50 << 20; i++) {
            // Numbered, so no paragraph repeats another (repeats are duplicates, not body).
            sb.append("<div class=\"section\"><p>").append(i).append(". ").append(HtmlExtractorTest.P1)
                    .append("</p>\n<p>").append(i).append(". ").append(HtmlExtractorTest.P2).append("</p></div>\n");
        }
        sb.append("</article></body></html>");
        Document d = extract(sb.toString());
        assertThat(d.text().length()).isGreaterThan(20 << 20);
        assertThat(d.expect(Blocks.KEY).all().stream().filter(b -> b.kind() == BlockKind.BODY).count())
                .isGreaterThan(100_000);
    }
}
