package veille.extract.html;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders an HTML page to the text a person gets by selecting the whole page and copying it: visible text only,
 * one line per block element, runs of white space collapsed.
 *
 * <p>Used by the tests to turn the ScrapingHub benchmark pages into page text (the page-text cleaner's out-of-sample
 * figure); {@code --input html} reads the DOM instead ({@link HtmlExtractor}). Iterative traversal, so 10,000-deep
 * nesting does not overflow the stack. Thread-safe.
 */
public final class HtmlPageText {
    private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "svg", "head",
            "iframe", "object", "canvas", "select", "option", "button", "input", "textarea", "math");

    private HtmlPageText() {
    }

    /** The page text of an HTML string. */
    public static String render(String html) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackErrors(0));
        StringBuilder out = new StringBuilder(html.length() / 3);
        Element body = doc.body();
        String title = doc.title();
        if (!title.isBlank()) {
            out.append(title.strip()).append('\n');
        }
        NodeTraversor.traverse(new NodeVisitor() {
            private int hidden;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (hidden > 0 || isHidden(e)) {
                        hidden++;
                        return;
                    }
                    if (BlockTags.RENDERED_LINES.contains(e.normalName())) {
                        newline(out);
                    }
                    if (e.normalName().equals("img") && e.hasAttr("alt") && !e.attr("alt").isBlank()) {
                        newline(out);
                        out.append(e.attr("alt").strip());
                        newline(out);
                    }
                } else if (node instanceof TextNode t && hidden == 0) {
                    String s = t.text();
                    if (!s.isBlank()) {
                        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n' && Character.isWhitespace(
                                t.getWholeText().charAt(0)) && out.charAt(out.length() - 1) != ' ') {
                            out.append(' ');
                        }
                        out.append(s.strip());
                        if (Character.isWhitespace(t.getWholeText().charAt(t.getWholeText().length() - 1))) {
                            out.append(' ');
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (hidden > 0) {
                        hidden--;
                        return;
                    }
                    if (BlockTags.RENDERED_LINES.contains(e.normalName())) {
                        newline(out);
                    }
                }
            }
        }, body);
        return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip() + "\n";
    }

    private static boolean isHidden(Element e) {
        if (INVISIBLE.contains(e.normalName()) || e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        return style.contains("display:none") || style.contains("visibility:hidden")
                || "true".equals(e.attr("aria-hidden"));
    }

    private static void newline(StringBuilder out) {
        int len = out.length();
        while (len > 0 && out.charAt(len - 1) == ' ') {
            len--;
        }
        out.setLength(len);
        if (len > 0 && out.charAt(len - 1) != '\n') {
            out.append('\n');
        }
    }
}
