package veille.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;

/** {@link PageScan#segmentedText}: one walk that collapses white space as it goes, as jsoup collapses a whole text. */
class PageScanTextTest {
    private static final Set<String> INLINE = Set.of("a", "b", "strong", "em", "i", "u", "abbr", "sup", "sub", "small",
            "mark", "q", "cite", "bdi", "bdo", "wbr", "s");

    /** The straightforward reading: the whole raw text with boundary spaces, then jsoup's collapsing. */
    private static String reference(Element e, int limit) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.getWholeText());
                    if (out.length() > 2L * limit) {
                        return FilterResult.STOP;
                    }
                } else if (depth > 0 && node instanceof Element el && !INLINE.contains(el.normalName())) {
                    out.append(' ');
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (depth > 0 && node instanceof Element el && !INLINE.contains(el.normalName())) {
                    out.append(' ');
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        String text = StringUtil.normaliseWhitespace(out.toString()).strip();
        return text.length() > limit ? text.substring(0, limit) : text;
    }

    @Test
    void readsInnerElementsAsSpacedWords() {
        Element p = Jsoup.parseBodyFragment("<p>Par <a>Jean Dupont</a><time>19 sept.\u00A0 2023</time>\u200B</p>")
                .selectFirst("p");
        assertThat(PageScan.segmentedText(p)).isEqualTo("Par Jean Dupont 19 sept. 2023");
    }

    @Property(tries = 1500)
    void readsAsTheWholeTextCollapsedWould(@ForAll("fragments") String html, @ForAll("limits") int limit) {
        Element body = Jsoup.parseBodyFragment(html).body();
        PageScan.TextReader reused = new PageScan.TextReader(); // as a page's blocks are read, one after another
        for (Element e : List.of(body, body.child(0), body)) {
            assertThat(PageScan.segmentedText(e, limit)).as(html).isEqualTo(reference(e, limit));
            assertThat(reused.read(e, limit)).as(html).isEqualTo(reference(e, limit));
        }
    }

    @Provide
    Arbitrary<Integer> limits() {
        return Arbitraries.of(1, 3, 10, 40, 400, Integer.MAX_VALUE);
    }

    /** Nested markup of block and inline tags around texts with every kind of space and invisible character. */
    @Provide
    Arbitrary<String> fragments() {
        Arbitrary<String> text = Arbitraries.strings()
                .withChars('a', 'É', ' ', '\t', '\n', '\r', '\f', '\u000B', '\u00A0', '\u200B', '\u00AD', '\u2003', '1')
                .withChars('!', '\u001F', '\u007F', '\u009F', '\u00A1')
                .withChars("\uD83D\uDE00").ofMaxLength(12);
        Arbitrary<String> tag = Arbitraries.of("div", "p", "span", "a", "b", "em", "li", "time", "br", "td", "wbr");
        Arbitrary<String> piece = Arbitraries.oneOf(text, text.map(t -> "<!--" + t.replace("-", "") + "-->"),
                Arbitraries.just("<![CDATA[x  y]]>"));
        return Arbitraries.recursive(() -> piece,
                inner -> Arbitraries.oneOf(inner,
                        net.jqwik.api.Combinators.combine(tag, inner.list().ofMaxSize(4))
                                .as((t, kids) -> "<" + t + ">" + String.join("", kids) + "</" + t + ">")),
                4).map(s -> "<div>" + s + "</div>");
    }
}
