package veille.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Cutting unread script and style bodies before parsing changes nothing but those bodies: the trimmed page parses
 * to the same tree, node for node, with the cut scripts and style sheets empty.
 */
class UnreadScriptsTest {

    @Test
    void cutsTheBodiesOfScriptsAndStyleSheetsAndNothingElse() {
        String html = "<html><head><style>p { color: red }</style><script>var a = 1 < 2; f('</div>');</script>"
                + "</head><body><p>Texte <b>gras</b></p><script src=\"x.js\"></script></body></html>";
        assertThat(UnreadScripts.trim(html)).isEqualTo("<html><head><style></style><script></script></head><body>"
                + "<p>Texte <b>gras</b></p><script src=\"x.js\"></script></body></html>");
        assertSameTree(html);
    }

    @Test
    void keepsTheScriptsVeilleReads() {
        String ld = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\"}</script>";
        String next = "<script id=\"__NEXT_DATA__\" type=\"application/json\">{\"props\": {}}</script>";
        String fusion = "<script>window.Fusion = {}; Fusion.globalContent={\"headlines\": {}};</script>";
        String page = "<head>" + ld + next + fusion + "<script>track()</script></head><body><p>x</p></body>";
        assertThat(UnreadScripts.trim(page)).contains(ld, next, fusion).contains("<script></script>");
    }

    @Test
    void aScriptWhoseEndTheEscapedStatesDecideStopsTheCutting() {
        // "<!--" then "<script>" in a script: its first "</script>" does not end it, so nothing is cut from there on
        String html = "<style>a{}</style><script>a<!--b<script>c</script>d</script><p>x</p><style>b{}</style>";
        assertThat(UnreadScripts.trim(html)).isEqualTo("<style></style>" + html.substring("<style>a{}</style>".length()));
        assertSameTree(html);
    }

    @Test
    void markupThatOnlyLooksLikeAScriptIsLeftAlone() {
        for (String html : List.of(
                "<!-- <script>x</script> --><p>a</p>",
                "<title>a <script>b</script></title><p>c</p>",
                "<textarea><style>b</style></textarea>",
                "<a title=\"<script>x</script>\">y</a>",
                "<a title='<style>x</style>'>y</a>",
                "<select><style>a{}</style></select><p>b</p>",
                "<svg><style>circle{}</style></svg><style>p{}</style>",
                "<script>a = '</ſcript>'; b</script><p>c</p>",
                "<xmp><script>a</script></xmp>")) {
            assertSameTree(html);
        }
        assertThat(UnreadScripts.trim("<title>a <script>b</script></title>")).contains("<script>b</script>");
        assertThat(UnreadScripts.trim("<select><style>a{}</style></select>")).contains("a{}");
    }

    @Test
    void theReaderSkipsTheCutsAcrossBufferBoundaries() throws IOException {
        String body = "x".repeat(10_000);
        String html = ("<p>" + body + "</p><script>" + body + "</script>").repeat(5);
        int[] cuts = UnreadScripts.cuts(html);
        assertThat(cuts).hasSize(10);
        StringBuilder read = new StringBuilder();
        try (Reader r = UnreadScripts.reader(html, cuts)) {
            char[] buf = new char[4096];
            for (int n; (n = r.read(buf, 0, buf.length)) >= 0; ) {
                read.append(buf, 0, n);
            }
        }
        assertThat(read.toString()).isEqualTo(UnreadScripts.trim(html))
                .isEqualTo(("<p>" + body + "</p><script></script>").repeat(5));
    }

    @Property(tries = 5000)
    void randomMarkupParsesToTheSameTreeTrimmed(@ForAll("markup") String html) {
        assertSameTree(html);
    }

    @Provide
    Arbitrary<String> markup() {
        Arbitrary<String> piece = Arbitraries.of("<html>", "<head>", "</head>", "<body>", "</body>", "<p>", "</p>",
                "<div class=\"a b\">", "</div>", "<b>", "</b>", "<br/>", "</br>", "<table>", "<td>", "</table>",
                "text", " ", "\n", "\r\n", "\t", "<", ">", "&amp;", "&lt;script&gt;", "=", "\"", "'", "/", "-",
                "<script>var a = 1 < 2 && b > c;</script>", "<script>document.write('<div>x</div>')</script>",
                "<script>", "</script>", "<SCRIPT>", "</SCRIPT >", "</script/>", "</scriptx>", "</ſcript>",
                "<script/>", "<script src=a/>", "<script type=\"module\">", "<script type=application/ld+json>",
                "<script type='text/json'>", "{\"a\": \"</p>\"}", "Fusion.globalContent={}", "<!--", "-->", "--!>",
                "<!-- <script>x</script> -->", "<!-->", "<!--->", "<![CDATA[x]]>", "<?php echo 1 ?>",
                "<!DOCTYPE html>", "</ x>", "</>", "<style>", "</style>", "<style>p{a:b}</style>", "<STYLE/>",
                "<title>", "</title>", "<textarea>", "</textarea>", "<xmp>", "</xmp>", "<iframe>", "</iframe>",
                "<noembed>", "</noembed>", "<noframes>", "</noframes>", "<noscript>", "</noscript>", "<plaintext>",
                "<svg>", "</svg>", "<svg/>", "<math>", "</math>", "<foreignObject>", "</foreignObject>", "<desc>",
                "</desc>", "<mi>", "<g>", "</g>", "<select>", "</select>", "<option>", "<input>", "<keygen>",
                "<template>", "</template>", "<frameset>", "<image>", "<font color=red>", "<a href=x>", "</a>",
                "<a title=\"<script>x</script>\">", "<a title='</style>'>", "<a b=\"c\"d>", "<a =b>", "<a \"b\">",
                "<div<script>", "<img src=\"<script>\">", "<a href=x/>", "<p id=a>=b>", "\u0000", "é", "‘");
        Arbitrary<String> noise = Arbitraries.strings().withChars("<>/!-\"'= scriptyle").ofMaxLength(8);
        return Arbitraries.oneOf(piece, piece, piece, noise).list().ofMinSize(1).ofMaxSize(40)
                .map(l -> String.join("", l));
    }

    @Test
    void theCmsCorpusParsesToTheSameTreeTrimmed() throws IOException {
        Path dir = Path.of("src/test/resources/veille/html/cms");
        List<Path> pages;
        try (Stream<Path> s = Files.list(dir)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThanOrEqualTo(30);
        for (Path p : pages) {
            assertSameTree(Files.readString(p, StandardCharsets.UTF_8));
        }
    }

    @Test
    @Tag("slow") // the slowest case of the suite (24 to 33 s): every node of 181 pages compared; -DexcludedGroups=slow skips it
    void theScrapingHubPagesParseToTheSameTreeTrimmedAndLoseMostOfTheirScripts() throws IOException {
        List<ScrapingHubMetadataTest.Page> pages = ScrapingHubMetadataTest.pages().orElse(null);
        assumeTrue(pages != null, "../shared/data/extraction/scrapinghub is absent");
        long chars = 0;
        long cut = 0;
        for (ScrapingHubMetadataTest.Page p : pages) {
            assertSameTree(p.html());
            chars += p.html().length();
            cut += p.html().length() - UnreadScripts.trim(p.html()).length();
        }
        assertThat((double) cut / chars).as("share of the characters cut").isGreaterThan(0.4);
    }

    /** The page parsed whole and parsed trimmed give the same tree, cut scripts and style sheets aside. */
    private static void assertSameTree(String html) {
        Node whole = Jsoup.parse(html, "", Parser.htmlParser());
        Node trimmed = HtmlExtractor.parseFast(html);
        List<Node[]> todo = new ArrayList<>();
        todo.add(new Node[] {whole, trimmed});
        while (!todo.isEmpty()) {
            Node[] pair = todo.remove(todo.size() - 1);
            Node a = pair[0];
            Node b = pair[1];
            String where = "in " + html + "\nat " + a.nodeName() + " under " + (a.parent() == null ? "-"
                    : a.parent().nodeName());
            assertThat(b.getClass()).as(where).isEqualTo(a.getClass());
            assertThat(b.attributes().asList()).as(where).isEqualTo(a.attributes().asList());
            if (a instanceof Element e && b instanceof Element f) {
                assertThat(f.tagName()).as(where).isEqualTo(e.tagName());
                if (isCut(e, f)) {
                    continue;
                }
            } else if (a instanceof DataNode d) {
                assertThat(((DataNode) b).getWholeData()).as(where).isEqualTo(d.getWholeData());
            } else if (a instanceof org.jsoup.nodes.TextNode t) {
                assertThat(((org.jsoup.nodes.TextNode) b).getWholeText()).as(where).isEqualTo(t.getWholeText());
            } else if (a instanceof org.jsoup.nodes.Comment c) {
                assertThat(((org.jsoup.nodes.Comment) b).getData()).as(where).isEqualTo(c.getData());
            }
            assertThat(b.childNodeSize()).as(where).isEqualTo(a.childNodeSize());
            for (int i = 0; i < a.childNodeSize(); i++) {
                todo.add(new Node[] {a.childNode(i), b.childNode(i)});
            }
        }
    }

    /** An HTML script or style element whose one data node was cut (and nothing else). */
    private static boolean isCut(Element whole, Element trimmed) {
        boolean rawText = whole.tag().namespace().equals(Parser.NamespaceHtml)
                && (whole.normalName().equals("script") || whole.normalName().equals("style"));
        return rawText && trimmed.childNodeSize() == 0 && whole.childNodeSize() == 1
                && whole.childNode(0) instanceof DataNode;
    }
}
