package veille.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import veille.doc.InputFormat;
import veille.io.InputReader;
import veille.testing.Shared;

/**
 * Block source ranges found by aligning text with the source (untracked parse) are the ones jsoup's own position
 * tracking gives; a page whose text the parser moved is refused, so the extractor parses it again with tracking.
 */
class SourceAlignerTest {
    private static final HtmlCues CUES = HtmlCues.builtIn();

    private static HtmlPage fast(String html) {
        return HtmlPage.of(HtmlExtractor.parseFast(html), CUES, html);
    }

    private static HtmlPage tracked(String html) {
        return HtmlPage.of(HtmlExtractor.parse(html), CUES, html);
    }

    /** Each block as "text @ [start, end) line". */
    private static List<String> ranges(HtmlPage p) {
        return p.blocks.stream().map(b -> b.text + " @ [" + b.sourceStart + ", " + b.sourceEnd + ") " + b.line).toList();
    }

    private static void assertSameAsTracked(String html) {
        HtmlPage fast = fast(html);
        assertThat(fast).as("aligned").isNotNull();
        assertThat(ranges(fast)).isEqualTo(ranges(tracked(html)));
    }

    @Test
    void entitiesWhiteSpaceAndInlineTagsAreAlignedCharacterForCharacter() {
        String html = "<html><head><title>T &amp; co</title><script>var s = '<p>not text</p>';</script>"
                + "<style>p > a { color: red }</style></head><body>\n  <p>Caf&eacute; &laquo;&nbsp;ouvert&nbsp;&raquo; "
                + "&#8211; <b>gras</b>&#x2019;s</p><!-- <p>commentaire</p> -->\r\n<p>Deux\r\n   lignes &amp lettres "
                + "&notit; &bogus; x < y</p></body></html>";
        assertSameAsTracked(html);
        HtmlPage p = fast(html);
        assertThat(p.blocks.get(0).text).isEqualTo("Café «\u00a0ouvert\u00a0» – gras’s");
        assertThat(html.substring(p.blocks.get(0).sourceStart, p.blocks.get(0).sourceEnd))
                .isEqualTo("Caf&eacute; &laquo;&nbsp;ouvert&nbsp;&raquo; &#8211; <b>gras</b>&#x2019;s");
        assertThat(p.blocks.get(1).line).isEqualTo(3);
    }

    @Test
    void textInSkippedElementsIsPassedOver() {
        assertSameAsTracked("<body><button>Partager</button><p>Partager ce texte</p><select><option>Un</option>"
                + "<option>Deux</option></select><noscript>Activez JavaScript</noscript><p>Deux</p>"
                + "<textarea>Un &amp; deux</textarea><p>Fin</p></body>");
    }

    @Test
    void textThatCannotBePlacedIsRefusedAndTheExtractorParsesAgainWithTracking() {
        String html = "<body><p>Premier paragraphe, assez long pour compter.</p><p>Second paragraphe, assez long lui "
                + "aussi.</p></body>";
        String other = html.replace("Second", "Autre");
        assertThat(HtmlPage.of(HtmlExtractor.parseFast(other), CUES, html)).isNull();
        veille.doc.Document d = new HtmlExtractor().extract(
                veille.doc.Input.ofText("t.html", html, veille.doc.InputFormat.HTML), HtmlExtractor.parseFast(other));
        assertThat(d.text()).isEqualTo("Premier paragraphe, assez long pour compter.\n\nSecond paragraphe, assez long "
                + "lui aussi.");
    }

    @Test
    void emptyCommentsCloseAtOnce() {
        assertSameAsTracked("<body><!--><p>Visible un</p><!---><p>Visible deux</p><!-- x --><p>Trois</p></body>");
    }

    @Test
    void scrapingHubPagesAlignAsTrackingPlacesThem() throws Exception {
        Path shared = Shared.shared().orElse(null);
        assumeTrue(shared != null, "../shared is absent");
        Path dir = shared.resolve("data/extraction/scrapinghub");
        assumeTrue(dir.resolve("ground-truth.json").toFile().isFile(), "ScrapingHub benchmark is absent");
        int refused = 0;
        List<Path> pages;
        try (Stream<Path> files = Files.list(dir.resolve("html"))) {
            pages = files.filter(f -> f.toString().endsWith(".html.gz")).sorted().toList();
        }
        InputReader reader = InputReader.withDefaults();
        for (Path page : pages) {
            String id = page.getFileName().toString();
            String html = reader.read(page, page.toString(), InputFormat.HTML).content();
            HtmlPage fast = fast(html);
            if (fast == null) {
                refused++;
                continue;
            }
            List<String> a = ranges(fast);
            List<String> t = ranges(tracked(html));
            for (int i = 0; i < Math.min(a.size(), t.size()); i++) {
                assertThat(a.get(i)).as(id + " block " + i).isEqualTo(t.get(i));
            }
            assertThat(a).as(id).hasSameSizeAs(t);
        }
        System.out.printf("[scrapinghub alignment] %d pages, %d re-parsed with tracking%n", pages.size(), refused);
        assertThat(refused).isLessThanOrEqualTo(pages.size() / 10);
    }

    /** The character-by-character tag scan {@link SourceAligner#skipTag(String, int)} replaces. */
    private static int skipTagByCharacter(String s, int j) {
        int n = s.length();
        char prev = 0;
        while (j < n) {
            char c = s.charAt(j);
            if (c == '>') {
                return j + 1;
            }
            if ((c == '"' || c == '\'') && prev == '=') {
                int q = s.indexOf(c, j + 1);
                if (q < 0) {
                    return n;
                }
                j = q + 1;
                prev = c;
                continue;
            }
            if (!SourceAligner.isSpace(c)) {
                prev = c;
            }
            j++;
        }
        return n;
    }

    @Property(tries = 3000)
    void tagsEndWhereTheCharacterByCharacterScanSaid(
            @ForAll @Chars({'=', '"', '\'', '>', ' ', '\n', 'a', '/'}) @CharRange(from = 'x', to = 'z')
            @StringLength(max = 40) String tag, @ForAll @IntRange(max = 40) int from) {
        int j = Math.min(from, tag.length());
        assertThat(SourceAligner.skipTag(tag, j)).isEqualTo(skipTagByCharacter(tag, j));
    }

    @Test
    void uncommonTagNamesAreNotRawTextElements() {
        // "<ſcript>" is no script to the parser (its long s is not an ASCII letter): the text after it is text
        assertSameAsTracked("<html><body><SCRIPT>var x = '<p>no</p>';</SCRIPT><p>Un paragraphe assez long pour "
                + "compter.</p><ſcript><p>Le suivant, lui aussi assez long.</p></body></html>");
    }
}
