package veille.extract.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * One pass over a page collecting the elements metadata can come from, outside the zones that never hold the
 * article's own (navigation, related articles, comments, captions, share bars: {@code skip-*} cues).
 *
 * <p>Iterative, so 10,000-deep nesting does not overflow the stack; it stops after {@value #MAX_ELEMENTS} elements and
 * keeps at most {@value #MAX_BLOCKS} text blocks, since a page's metadata sits near its top. Built per page.
 */
final class PageScan {
    static final int MAX_ELEMENTS = 200_000;
    static final int MAX_BLOCKS = 5_000;
    /** A text block longer than this is stored cut: only the start of a paragraph is read (its dateline). */
    private static final int MAX_BLOCK_CHARS = 400;

    /** Tags that start a line of their own; a text block is one of them without such children. */
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "center", "dd",
            "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "hgroup", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td",
            "tfoot", "th", "thead", "tr", "ul", "body", "caption", "summary", "font");
    /** Tags that style words inside a run of text without separating it. */
    private static final Set<String> INLINE_FORMATTING = Set.of("a", "b", "strong", "em", "i", "u", "abbr", "sup",
            "sub", "small", "mark", "q", "cite", "bdi", "bdo", "wbr", "s");
    /** Blocks up to this many words are stamps, bylines or credits worth segmenting. */
    private static final int SEGMENTED_WORDS = 60;
    private static final Set<String> NEVER_CLASS_SKIPPED = Set.of("html", "head", "body", "main");

    /** An element of interest, with its position in page order and where it sits. */
    record Found(Element element, int order, boolean inArticle, boolean inSiteLogo, String field) {
    }

    /** A text block (a block element without block children), its text whitespace-normalised. */
    record Block(Element element, String text, int words, int order, boolean inArticle) {
    }

    final List<Block> blocks = new ArrayList<>();
    final List<Found> h1s = new ArrayList<>();
    final List<Found> headlines = new ArrayList<>();
    final List<Found> times = new ArrayList<>();
    final List<Found> bylines = new ArrayList<>();
    final List<Found> dates = new ArrayList<>();
    final List<Found> props = new ArrayList<>();
    /** Outermost elements marked as the site's logo or name ({@code site-class}). */
    final List<Found> siteLogos = new ArrayList<>();

    private final HtmlMetaCues cues;
    private final Set<Element> protectedElements = Collections.newSetFromMap(new IdentityHashMap<>());

    private PageScan(HtmlMetaCues cues) {
        this.cues = cues;
    }

    static PageScan of(Document page, HtmlMetaCues cues) {
        PageScan scan = new PageScan(cues);
        scan.protectArticleAncestors(page);
        NodeTraversor.filter(scan.new Visitor(), page);
        return scan;
    }

    /**
     * An h1 or the article body is never inside a skipped zone, whatever classes its wrappers carry ("node-promoted",
     * "has-sidebar"). Article tags are not protected by themselves: related-article lists are made of them.
     */
    private void protectArticleAncestors(Document page) {
        for (Element e : page.getAllElements()) {
            if (e.normalName().equals("h1") || "articleBody".equals(e.attr("itemprop"))
                    || cues.hasClass(e, "article-class")) {
                for (Element p = e; p != null && protectedElements.add(p); p = p.parent()) {
                    // walks up until an ancestor already protected
                }
            }
        }
    }

    private boolean isArticleContainer(Element e) {
        return e.normalName().equals("article") || "articleBody".equals(e.attr("itemprop"))
                || cues.hasClass(e, "article-class");
    }

    private final class Visitor implements NodeFilter {
        private static final int ARTICLE = 1;
        private static final int SITE = 2;
        private static final int BYLINE = 4;
        private static final int DATE = 8;

        private final Deque<Integer> flags = new ArrayDeque<>();
        private int order;
        private int articleDepth;
        private int siteDepth;
        private int bylineDepth;
        private int dateDepth;

        @Override
        public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            if (++order > MAX_ELEMENTS) {
                return FilterResult.STOP;
            }
            String tag = e.normalName();
            if (isSkipped(e, tag)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            int f = 0;
            if (isArticleContainer(e)) {
                f |= ARTICLE;
            }
            if (cues.hasClass(e, "site-class")) {
                f |= SITE;
                if (siteDepth == 0) {
                    siteLogos.add(new Found(e, order, articleDepth > 0, true, "site"));
                }
            }
            boolean byline = bylineDepth == 0 && !tag.equals("meta") && cues.hasClass(e, "byline-class");
            if (byline) {
                f |= BYLINE;
            }
            boolean date = dateDepth == 0 && cues.hasClass(e, "date-class");
            if (date) {
                f |= DATE;
            }
            flags.push(f);
            articleDepth += (f & ARTICLE) != 0 ? 1 : 0;
            siteDepth += (f & SITE) != 0 ? 1 : 0;
            bylineDepth += byline ? 1 : 0;
            dateDepth += date ? 1 : 0;
            boolean inArticle = articleDepth > 0;
            boolean inSite = siteDepth > 0;
            if (tag.equals("h1")) {
                h1s.add(new Found(e, order, inArticle, inSite, "h1"));
            } else if (cues.hasClass(e, "headline-class") && !tag.equals("meta") && !tag.equals("body")) {
                headlines.add(new Found(e, order, inArticle, inSite, "headline"));
            }
            if (tag.equals("time")) {
                times.add(new Found(e, order, inArticle, inSite, "time"));
            }
            if (byline) {
                bylines.add(new Found(e, order, inArticle, inSite, "byline"));
            }
            if (date) {
                dates.add(new Found(e, order, inArticle, inSite, "date"));
            }
            String field = propField(e);
            if (field != null) {
                props.add(new Found(e, order, inArticle, inSite, field));
            }
            if (blocks.size() < MAX_BLOCKS && BLOCK_TAGS.contains(tag) && !hasBlockChild(e)) {
                String text = e.text();
                if (!text.isEmpty()) {
                    int words = text.split(" ").length;
                    if (words <= SEGMENTED_WORDS) {
                        text = segmentedText(e);
                    }
                    blocks.add(new Block(e, text.length() > MAX_BLOCK_CHARS ? text.substring(0, MAX_BLOCK_CHARS) : text,
                            words, order, inArticle));
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element && !flags.isEmpty()) {
                int f = flags.pop();
                articleDepth -= (f & ARTICLE) != 0 ? 1 : 0;
                siteDepth -= (f & SITE) != 0 ? 1 : 0;
                bylineDepth -= (f & BYLINE) != 0 ? 1 : 0;
                dateDepth -= (f & DATE) != 0 ? 1 : 0;
            }
            return FilterResult.CONTINUE;
        }

        private boolean isSkipped(Element e, String tag) {
            if (cues.isSkipTag(tag)) {
                return true; // JSON-LD scripts are read page-wide by JsonLd, not here
            }
            if (NEVER_CLASS_SKIPPED.contains(tag) || protectedElements.contains(e)) {
                return false;
            }
            if (tag.equals("footer")) {
                return articleDepth == 0; // an article's own footer often holds its byline and date
            }
            return cues.hasClass(e, "skip-class");
        }

        /** The metadata field a microdata or RDFa attribute names on this element, or null. */
        private String propField(Element e) {
            for (String attr : new String[] {"itemprop", "property", "rel"}) {
                String v = e.attr(attr);
                if (v.isEmpty()) {
                    continue;
                }
                for (String token : v.split("\\s+")) {
                    String field = cues.propField(token);
                    if (field != null) {
                        return field;
                    }
                }
            }
            return null;
        }
    }

    /**
     * The text of a short block with a space at each inner element boundary: "Par <a>Jean Dupont</a><time>19 sept.
     * 2023</time>" reads "Par Jean Dupont 19 sept. 2023", as CSS spacing shows it, not "Dupont19".
     */
    static String segmentedText(Element e) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof org.jsoup.nodes.TextNode t) {
                    out.append(t.getWholeText());
                } else if (depth > 0 && node instanceof Element el && !INLINE_FORMATTING.contains(el.normalName())) {
                    out.append(' ');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (depth > 0 && node instanceof Element el && !INLINE_FORMATTING.contains(el.normalName())) {
                    out.append(' ');
                }
            }
        }, e);
        return org.jsoup.internal.StringUtil.normaliseWhitespace(out.toString()).strip();
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            if (BLOCK_TAGS.contains(c.normalName())) {
                return true;
            }
        }
        return false;
    }
}
