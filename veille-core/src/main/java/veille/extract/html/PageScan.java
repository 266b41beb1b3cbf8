package veille.extract.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * One pass over a page collecting the elements metadata can come from, outside the zones that never hold the
 * article's own (navigation, related articles, comments, captions, share bars: {@code skip-*} cues).
 *
 * <p>The page's elements are first indexed in document order with their class cues, parents and subtree ends (one
 * DOM traversal, each class attribute read once); the zones are then decided on that index, so an h1 or the article
 * body protects the wrappers around it whatever their classes. Iterative, so 10,000-deep nesting does not overflow
 * the stack; it reads the first {@value #MAX_ELEMENTS} elements and keeps at most {@value #MAX_BLOCKS} text blocks,
 * since a page's metadata sits near its top. Built per page.
 */
final class PageScan {
    static final int MAX_ELEMENTS = 200_000;
    static final int MAX_BLOCKS = 5_000;
    /** Headlines, times, bylines, dates, microdata and logos kept per page; a page has a handful of each. */
    static final int MAX_FOUND = 300;
    /** A text block longer than this is stored cut: only the start of a paragraph is read (its dateline). */
    private static final int MAX_BLOCK_CHARS = 400;

    /** Tags that style words inside a run of text without separating it. */
    private static final Set<String> INLINE_FORMATTING = Set.of("a", "b", "strong", "em", "i", "u", "abbr", "sup",
            "sub", "small", "mark", "q", "cite", "bdi", "bdo", "wbr", "s");
    private static final Set<String> NEVER_CLASS_SKIPPED = Set.of("html", "head", "body", "main");
    private static final String[] PROP_ATTRIBUTES = {"itemprop", "property", "rel"};
    /** Index bits beside the class cues' ({@link HtmlMetaCues#SKIP}...): an h1, and {@code itemprop="articleBody"}. */
    private static final int H1 = 1 << 10;
    private static final int ARTICLE_BODY = 1 << 11;

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
    /** Page-wide, whatever zone they sit in: scripts, meta and link elements, the first title element. */
    final List<Element> scripts = new ArrayList<>();
    final List<Element> metas = new ArrayList<>();
    final List<Element> links = new ArrayList<>();
    Element titleElement;
    /** Footers and elements whose class or id names a copyright or footer, in page order. */
    final List<Element> footers = new ArrayList<>();

    private final HtmlMetaCues cues;
    private final TextReader blockText = new TextReader();
    private final Map<String, Integer> classCache = new HashMap<>();
    // the index: elements in document order, their class cues, parent and one past their last descendant
    private final List<Element> elements = new ArrayList<>();
    private int[] kinds = new int[256];
    private int[] parent = new int[256];
    private int[] end = new int[256];
    private boolean[] protectedZone;

    private PageScan(HtmlMetaCues cues) {
        this.cues = cues;
    }

    static PageScan of(Document page, HtmlMetaCues cues) {
        PageScan scan = new PageScan(cues);
        scan.index(page);
        scan.protectArticleAncestors();
        scan.walk();
        return scan;
    }

    /**
     * Numbers the elements in document order (the document itself first), depth first with an explicit stack: only
     * element children are followed, and each element's class, id and itemprop are read once here.
     */
    private void index(Document page) {
        // the open elements, outermost first: each with its index and the next child node to look at
        Element[] openElement = new Element[64];
        int[] openIndex = new int[64];
        int[] nextChild = new int[64];
        int depth = 0;
        if (!indexElement(page, -1)) {
            return;
        }
        openElement[0] = page;
        openIndex[0] = 0;
        depth = 1;
        walking:
        while (depth > 0) {
            Element top = openElement[depth - 1];
            int children = top.childNodeSize();
            int c = nextChild[depth - 1];
            while (c < children) {
                if (top.childNode(c++) instanceof Element child) {
                    nextChild[depth - 1] = c;
                    int i = elements.size();
                    if (!indexElement(child, openIndex[depth - 1])) {
                        break walking;
                    }
                    if (depth == openElement.length) {
                        openElement = Arrays.copyOf(openElement, depth * 2);
                        openIndex = Arrays.copyOf(openIndex, depth * 2);
                        nextChild = Arrays.copyOf(nextChild, depth * 2);
                    }
                    openElement[depth] = child;
                    openIndex[depth] = i;
                    nextChild[depth] = 0;
                    depth++;
                    continue walking;
                }
            }
            end[openIndex[--depth]] = elements.size();
            openElement[depth] = null;
        }
        // a stop leaves the open elements without an end: they end where the index does
        for (int i = 0; i < elements.size(); i++) {
            if (end[i] <= i) {
                end[i] = elements.size();
            }
        }
    }

    /** Indexes one element under {@code parentIndex}; false, indexing nothing, once {@value #MAX_ELEMENTS} are. */
    private boolean indexElement(Element e, int parentIndex) {
        int i = elements.size();
        if (i >= MAX_ELEMENTS) {
            return false;
        }
        grow(i);
        elements.add(e);
        parent[i] = parentIndex;
        int k = 0;
        String cls = "";
        String id = "";
        if (e.attributesSize() > 0) {
            // attribute names are lower-cased by the HTML parser: exact lookups, no case-folding scans
            org.jsoup.nodes.Attributes attributes = e.attributes();
            cls = attributes.get("class").strip();
            id = attributes.get("id");
            k = cues.classKinds(cls, id, classCache);
            if ("articleBody".equals(attributes.get("itemprop"))) {
                k |= ARTICLE_BODY;
            }
        }
        String tag = e.normalName();
        if (tag.equals("h1")) {
            k |= H1;
        }
        kinds[i] = k;
        collectPageWide(e, tag, k);
        return true;
    }

    private void collectPageWide(Element e, String tag, int k) {
        switch (tag) {
            case "script" -> scripts.add(e);
            case "meta" -> metas.add(e);
            case "link" -> links.add(e);
            case "title" -> {
                if (titleElement == null) {
                    titleElement = e;
                }
            }
            case "footer" -> footers.add(e);
            default -> {
                if ((k & HtmlMetaCues.FOOTER_NAME) != 0) {
                    footers.add(e); // the class or id names a copyright or footer
                }
            }
        }
    }

    private void grow(int i) {
        if (i == kinds.length) {
            kinds = Arrays.copyOf(kinds, i * 2);
            parent = Arrays.copyOf(parent, i * 2);
            end = Arrays.copyOf(end, i * 2);
        }
    }

    /**
     * An h1 or the article body is never inside a skipped zone, whatever classes its wrappers carry ("node-promoted",
     * "has-sidebar"). Article tags are not protected by themselves: related-article lists are made of them.
     */
    private void protectArticleAncestors() {
        protectedZone = new boolean[elements.size()];
        for (int i = 0; i < elements.size(); i++) {
            if ((kinds[i] & (H1 | HtmlMetaCues.ARTICLE | ARTICLE_BODY)) != 0) {
                for (int p = i; p >= 0 && !protectedZone[p]; p = parent[p]) {
                    protectedZone[p] = true;
                }
            }
        }
    }

    /** Walks the index in document order, jumping over skipped zones, and collects what metadata comes from. */
    private void walk() {
        int n = elements.size();
        // open ancestors that set a flag, with where their subtree ends
        int[] openEnd = new int[64];
        int[] openFlag = new int[64];
        int open = 0;
        int articleDepth = 0;
        int siteDepth = 0;
        int bylineDepth = 0;
        int dateDepth = 0;
        int i = 0;
        while (i < n) {
            while (open > 0 && openEnd[open - 1] <= i) {
                open--;
                int f = openFlag[open];
                articleDepth -= f & 1;
                siteDepth -= f >> 1 & 1;
                bylineDepth -= f >> 2 & 1;
                dateDepth -= f >> 3 & 1;
            }
            Element e = elements.get(i);
            String tag = e.normalName();
            int order = i + 1;
            if (isSkipped(i, e, tag, articleDepth)) {
                i = end[i];
                continue;
            }
            int k = kinds[i];
            boolean article = tag.equals("article") || (k & (HtmlMetaCues.ARTICLE | ARTICLE_BODY)) != 0;
            boolean site = (k & HtmlMetaCues.SITE) != 0;
            boolean byline = bylineDepth == 0 && !tag.equals("meta") && (k & HtmlMetaCues.BYLINE) != 0;
            boolean date = dateDepth == 0 && (k & HtmlMetaCues.DATE) != 0;
            if (site && siteDepth == 0) {
                add(siteLogos, new Found(e, order, articleDepth > 0, true, "site"));
            }
            int f = (article ? 1 : 0) | (site ? 2 : 0) | (byline ? 4 : 0) | (date ? 8 : 0);
            if (f != 0 && end[i] > i + 1) {
                if (open == openEnd.length) {
                    openEnd = Arrays.copyOf(openEnd, open * 2);
                    openFlag = Arrays.copyOf(openFlag, open * 2);
                }
                openEnd[open] = end[i];
                openFlag[open++] = f;
            }
            boolean inArticle = articleDepth > 0 || article;
            boolean inSite = siteDepth > 0 || site;
            if (f != 0 && end[i] > i + 1) {
                articleDepth += article ? 1 : 0;
                siteDepth += site ? 1 : 0;
                bylineDepth += byline ? 1 : 0;
                dateDepth += date ? 1 : 0;
            }
            // each list is capped: the reader reads their texts, which nested hostile markup would make quadratic
            if (tag.equals("h1")) {
                add(h1s, new Found(e, order, inArticle, inSite, "h1"));
            } else if ((k & HtmlMetaCues.HEADLINE) != 0 && !tag.equals("meta") && !tag.equals("body")) {
                add(headlines, new Found(e, order, inArticle, inSite, "headline"));
            }
            if (tag.equals("time")) {
                add(times, new Found(e, order, inArticle, inSite, "time"));
            }
            if (byline) {
                add(bylines, new Found(e, order, inArticle, inSite, "byline"));
            }
            if (date) {
                add(dates, new Found(e, order, inArticle, inSite, "date"));
            }
            String field = propField(e);
            if (field != null) {
                add(props, new Found(e, order, inArticle, inSite, field));
            }
            // a text block: a block tag without block children
            if (blocks.size() < MAX_BLOCKS && BlockTags.TEXT_BLOCKS.contains(tag) && !hasBlockChild(i)) {
                addBlock(e, order, inArticle);
            }
            i++;
        }
    }

    private static void add(List<Found> list, Found f) {
        if (list.size() < MAX_FOUND) {
            list.add(f);
        }
    }

    private void addBlock(Element e, int order, boolean inArticle) {
        String text = blockText.read(e, MAX_BLOCK_CHARS);
        if (text.isEmpty()) {
            return;
        }
        // a block cut at MAX_BLOCK_CHARS is prose: its count stays above every short-block threshold
        blocks.add(new Block(e, text, words(text), order, inArticle));
    }

    /** Words of a whitespace-normalised, stripped text (single spaces between them), counted without splitting. */
    static int words(String normalised) {
        int n = 1;
        for (int i = normalised.indexOf(' '); i >= 0; i = normalised.indexOf(' ', i + 1)) {
            n++;
        }
        return n;
    }

    private boolean isSkipped(int i, Element e, String tag, int articleDepth) {
        if (cues.isSkipTag(tag)) {
            return true; // JSON-LD scripts, metas and links were collected page-wide by the index
        }
        if (NEVER_CLASS_SKIPPED.contains(tag) || protectedZone[i]) {
            return false;
        }
        if (tag.equals("footer")) {
            return articleDepth == 0; // an article's own footer often holds its byline and date
        }
        return (kinds[i] & HtmlMetaCues.SKIP) != 0;
    }

    /** Whether one of the element's children is a block (children are the next indexed elements, subtree by subtree). */
    private boolean hasBlockChild(int i) {
        for (int c = i + 1; c < end[i]; c = end[c]) {
            if (BlockTags.TEXT_BLOCKS.contains(elements.get(c).normalName())) {
                return true;
            }
        }
        return false;
    }

    /** The metadata field a microdata or RDFa attribute names on this element, or null. */
    private String propField(Element e) {
        if (e.attributesSize() == 0) {
            return null;
        }
        for (String attr : PROP_ATTRIBUTES) {
            String v = e.attributes().get(attr);
            if (v.isEmpty()) {
                continue;
            }
            String field = SpaceTokens.first(v, cues::propField);
            if (field != null) {
                return field;
            }
        }
        return null;
    }

    /**
     * The text of a short block with a space at each inner element boundary: "Par <a>Jean Dupont</a><time>19 sept.
     * 2023</time>" reads "Par Jean Dupont 19 sept. 2023", as CSS spacing shows it, not "Dupont19".
     */
    static String segmentedText(Element e) {
        return segmentedText(e, Integer.MAX_VALUE);
    }

    /** {@link #segmentedText(Element)} read no further than about {@code limit} characters. */
    static String segmentedText(Element e, int limit) {
        return new TextReader().read(e, limit);
    }

    /**
     * Reads segmented texts with one iterative walk that collapses white space as it appends, the way jsoup's
     * {@code StringUtil.normaliseWhitespace} does on the whole text: no raw copy, no per-code-point appends. Its
     * buffers are reused from one block to the next of a page.
     */
    static final class TextReader {
        private final StringBuilder out = new StringBuilder(MAX_BLOCK_CHARS);
        private Element[] open = new Element[16];
        private int[] nextChild = new int[16];

        String read(Element e, int limit) {
            out.setLength(0);
            long rawLength = 0; // the text's length before collapsing: reading stops where it passes 2 * limit
            boolean lastWasWhite = false;
            open[0] = e;
            nextChild[0] = 0;
            int depth = 1;
            while (depth > 0) {
                Element top = open[depth - 1];
                int c = nextChild[depth - 1];
                if (c < top.childNodeSize()) {
                    nextChild[depth - 1] = c + 1;
                    Node child = top.childNode(c);
                    if (child instanceof TextNode t) {
                        String text = t.getWholeText();
                        rawLength += text.length();
                        lastWasWhite = appendCollapsed(out, text, lastWasWhite);
                        if (rawLength > 2L * limit) {
                            break;
                        }
                    } else if (child instanceof Element el) {
                        if (!INLINE_FORMATTING.contains(el.normalName())) {
                            rawLength++;
                            lastWasWhite = appendSpace(out, lastWasWhite); // the element's start: a boundary
                        }
                        if (depth == open.length) {
                            open = Arrays.copyOf(open, depth * 2);
                            nextChild = Arrays.copyOf(nextChild, depth * 2);
                        }
                        open[depth] = el;
                        nextChild[depth++] = 0;
                    }
                } else {
                    depth--;
                    if (depth > 0 && !INLINE_FORMATTING.contains(top.normalName())) {
                        rawLength++;
                        lastWasWhite = appendSpace(out, lastWasWhite); // the element's end
                    }
                }
            }
            int from = 0;
            int to = out.length();
            // String.strip's bounds, found in the buffer: one copy of the text, not two
            while (from < to && Character.isWhitespace(out.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(out.charAt(to - 1))) {
                to--;
            }
            return out.substring(from, to - from > limit ? from + limit : to);
        }
    }

    /**
     * Appends {@code text} with jsoup's white-space collapsing ({@code StringUtil.appendNormalisedWhitespace}): each
     * run of space, tab, line feed, form feed, carriage return or no-break space becomes one space, zero-width
     * spaces and soft hyphens are dropped. Returns whether the output now ends with a collapsed space.
     */
    static boolean appendCollapsed(StringBuilder out, String text, boolean lastWasWhite) {
        int n = text.length();
        int run = 0; // start of the current run of characters copied as they are
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < '\u00A0') {
                continue; // neither white space nor invisible (both are ' ' or below, or from U+00A0 on): most text
            }
            boolean white = StringUtil.isActuallyWhitespace(c);
            if (white || StringUtil.isInvisibleChar(c)) {
                if (i > run) {
                    out.append(text, run, i);
                    lastWasWhite = false;
                }
                run = i + 1;
                if (white) {
                    lastWasWhite = appendSpace(out, lastWasWhite);
                }
            }
        }
        if (n > run) {
            out.append(text, run, n);
            lastWasWhite = false;
        }
        return lastWasWhite;
    }

    private static boolean appendSpace(StringBuilder out, boolean lastWasWhite) {
        if (!lastWasWhite) {
            out.append(' ');
        }
        return true;
    }
}
