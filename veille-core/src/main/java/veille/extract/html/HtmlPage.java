package veille.extract.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A parsed page cut into text blocks, with per-element figures computed in one bottom-up pass.
 *
 * <p>Elements are numbered in document order (pre-order), so an element's subtree is the index range
 * {@code [i, i + size[i])} and every child has a larger number than its parent: sums over subtrees are one
 * backward loop, with no recursion and no repeated {@code text()} calls, so 10,000-deep nesting costs no stack.
 *
 * <p>A text block is a run of visible text between block-level boundaries ({@code p}, {@code div}, {@code li},
 * {@code br}, ...): white space collapsed, entities decoded, with the source range from its first text's first
 * character to its last text's last character. Not thread-safe; one per extraction.
 */
final class HtmlPage {
    /** One run of visible text. */
    static final class TextBlock {
        final int owner;
        final String text;
        final int sourceStart;
        final int sourceEnd;
        final int line;
        final int linkChars;
        /** Whether the owner's text is cut into several blocks (text beside child blocks, or split by br). */
        boolean pseudoParagraph;

        TextBlock(int owner, String text, int sourceStart, int sourceEnd, int line, int linkChars) {
            this.owner = owner;
            this.text = text;
            this.sourceStart = sourceStart;
            this.sourceEnd = sourceEnd;
            this.line = line;
            this.linkChars = linkChars;
        }

        double linkDensity() {
            return text.isEmpty() ? 0 : linkChars / (double) text.length();
        }
    }

    final Document dom;
    final HtmlCues cues;
    /** The HTML source the page was parsed from, and its lines. */
    final String source;
    final SourceLines lines;
    /** Where text came from when the parser tracked no positions; null when it did. */
    private final SourceAligner aligner;
    /** Visible elements under {@code <body>} (body included, index 0), in document order. */
    final List<Element> elements = new ArrayList<>();
    int[] parent;
    int[] size;
    HtmlCues.Role[] tagRole;
    HtmlCues.AttrCues[] attr;
    /** Characters of block text in the subtree, and how many of them are link text. */
    int[] chars;
    int[] linkChars;
    /** Characters of paragraph-like blocks (25+ characters, mostly not links) in the subtree. */
    int[] paragraphChars;
    /** Number of paragraph-like blocks directly owned. */
    int[] ownParagraphs;
    /** Whether the element directly holds a block-level child element. */
    boolean[] hasBlockChild;
    /**
     * The element's 1-based place among its parent's child elements, and how many child elements it has (skipped
     * ones such as {@code script} and {@code br} included, as CSS {@code :nth-child} counts them). Counted during the
     * walk: jsoup's {@code elementSiblingIndex()} scans the sibling list, quadratic on a wide page.
     */
    int[] nth;
    int[] childElements;
    final List<TextBlock> blocks = new ArrayList<>();

    private int[] parentTmp = new int[256];

    private HtmlPage(Document dom, HtmlCues cues, String source, SourceAligner aligner) {
        this.dom = dom;
        this.cues = cues;
        this.source = source;
        this.lines = new SourceLines(source);
        this.aligner = aligner;
    }

    /** Thrown when a text node cannot be placed in the source; the page is then read from a tracked parse. */
    private static final class Unaligned extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unaligned() {
            super(null, null, false, false);
        }
    }

    /**
     * Cuts the page's body into blocks and computes the figures, with source ranges from the parser's own position
     * tracking when {@code dom} was parsed with it, else from a {@link SourceAligner}.
     *
     * @return the page, or null when the DOM is untracked and its text could not be aligned with the source
     */
    static HtmlPage of(Document dom, HtmlCues cues, String source) {
        boolean tracked = dom.parser() != null && dom.parser().isTrackPosition();
        HtmlPage p = new HtmlPage(dom, cues, source, tracked ? null : SourceAligner.of(source));
        Element body = dom.body();
        if (body != null) {
            try {
                if (p.aligner != null && dom.head() != null) {
                    p.pass(dom.head()); // the <title> often repeats the h1: match the body's text after it
                }
                p.segment(body);
            } catch (Unaligned e) {
                return null;
            }
        }
        p.computeFigures();
        return p;
    }

    private void segment(Element body) {
        Segmenter s = new Segmenter();
        NodeTraversor.filter(s, body);
        s.flush();
        int n = elements.size();
        parent = Arrays.copyOf(parentTmp, n);
        parentTmp = null;
        nth = Arrays.copyOf(s.nthTmp, n);
        childElements = Arrays.copyOf(s.childTmp, n);
        tagRole = Arrays.copyOf(s.roleTmp, n);
        if (n > 0) {
            nth[0] = body.elementSiblingIndex() + 1;
        }
    }

    /** The iterative walk that numbers elements and cuts text blocks. */
    private final class Segmenter implements NodeFilter {
        /** Index of the element being walked (the innermost open one). */
        private int current = -1;
        /** The innermost open block-level element. */
        private int blockOwner = -1;
        private int linkDepth;
        private final StringBuilder text = new StringBuilder(256);
        private int start = -1;
        private int end = -1;
        private int links;
        /** Innermost open block-level element for each open element, to restore on the way out. */
        private int[] ownerStack = new int[256];
        private int[] nthTmp = new int[256];
        private int[] childTmp = new int[256];
        private HtmlCues.Role[] roleTmp = new HtmlCues.Role[256];

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                appendText(t);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.SKIP_ENTIRELY; // comments, doctype, data nodes
            }
            String tag = e.normalName();
            HtmlCues.Role role = cues.tagRole(tag);
            int place = 0;
            if (current >= 0) {
                place = ++childTmp[current];
            }
            if (role == HtmlCues.Role.SKIP || hiddenByAttributes(e)) {
                if (aligner != null) {
                    pass(e);
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            if (role == HtmlCues.Role.BREAK) {
                flush();
                return FilterResult.SKIP_ENTIRELY;
            }
            int idx = elements.size();
            elements.add(e);
            if (idx == parentTmp.length) {
                parentTmp = Arrays.copyOf(parentTmp, idx * 2);
                ownerStack = Arrays.copyOf(ownerStack, idx * 2);
                nthTmp = Arrays.copyOf(nthTmp, idx * 2);
                childTmp = Arrays.copyOf(childTmp, idx * 2);
                roleTmp = Arrays.copyOf(roleTmp, idx * 2);
            }
            roleTmp[idx] = role;
            parentTmp[idx] = current;
            ownerStack[idx] = blockOwner;
            nthTmp[idx] = place;
            current = idx;
            if (role == HtmlCues.Role.LINK) {
                linkDepth++;
            }
            if (isBlock(role)) {
                flush();
                blockOwner = idx;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && current >= 0 && elements.get(current) == e) {
                HtmlCues.Role role = roleTmp[current];
                if (role == HtmlCues.Role.LINK) {
                    linkDepth--;
                }
                if (isBlock(role)) {
                    flush();
                }
                blockOwner = ownerStack[current];
                current = parentTmp[current];
            }
            return FilterResult.CONTINUE;
        }

        private void appendText(TextNode t) {
            String s = t.getWholeText();
            int before = text.length();
            boolean any = false;
            int n = s.length();
            int i = 0;
            while (i < n) {
                if (isCollapsible(s.charAt(i))) {
                    if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                        text.append(' ');
                    }
                    i++;
                    continue;
                }
                // a run of other characters is copied at once
                int j = i + 1;
                while (j < n && !isCollapsible(s.charAt(j))) {
                    j++;
                }
                text.append(s, i, j);
                any = true;
                i = j;
            }
            if (!any) {
                return;
            }
            if (linkDepth > 0) {
                links += text.length() - before;
            }
            int from;
            int to;
            if (aligner != null) {
                if (!aligner.align(s)) {
                    throw new Unaligned();
                }
                from = aligner.start;
                to = aligner.end;
            } else {
                Range r = t.sourceRange();
                if (!r.isTracked()) {
                    return;
                }
                // The node's range without its surrounding white space, as the aligner gives it.
                from = r.startPos();
                to = Math.min(r.endPos(), source.length());
                while (from < to && SourceAligner.isSpace(source.charAt(from))) {
                    from++;
                }
                while (to > from && SourceAligner.isSpace(source.charAt(to - 1))) {
                    to--;
                }
            }
            if (start < 0) {
                start = from;
            }
            end = to;
        }

        void flush() {
            int len = text.length();
            while (len > 0 && text.charAt(len - 1) == ' ') {
                len--;
            }
            if (len > 0 && hasVisible(text, len)) {
                int owner = blockOwner >= 0 ? blockOwner : Math.max(current, 0);
                int from = Math.max(start, 0);
                blocks.add(new TextBlock(owner, text.substring(0, len), from, Math.max(end, from),
                        lines.lineOf(from), Math.min(links, len)));
            }
            text.setLength(0);
            start = -1;
            end = -1;
            links = 0;
        }
    }

    /** The white space HTML collapses in text: space, line feed, tab, carriage return, form feed. */
    private static boolean isCollapsible(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }

    /** Moves the aligner past the text under an element the walk does not read. */
    private void pass(Element root) {
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                aligner.pass(t.getWholeText());
            }
        }, root);
    }

    private boolean isBlock(HtmlCues.Role role) {
        return role != HtmlCues.Role.NONE && role != HtmlCues.Role.LINK && role != HtmlCues.Role.STAMP;
    }

    /** Whether an element is hidden by its own attributes ({@code hidden}, {@code display:none}, aria-hidden). */
    static boolean hiddenByAttributes(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        // the HTML parser lower-cases attribute names: exact lookups, not Element.attr's case-folding scans
        org.jsoup.nodes.Attributes a = e.attributes();
        if (a.hasKey("hidden") || "true".equals(a.get("aria-hidden"))) {
            return true;
        }
        String style = a.get("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    private static boolean hasVisible(CharSequence s, int len) {
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200B' && c != '\uFEFF') {
                return true;
            }
        }
        return false;
    }

    /** Figures per element, summed bottom-up in one backward loop. */
    private void computeFigures() {
        int n = elements.size();
        size = new int[n];
        if (tagRole == null) {
            tagRole = new HtmlCues.Role[0]; // no body: no elements
        }
        attr = new HtmlCues.AttrCues[n];
        chars = new int[n];
        linkChars = new int[n];
        paragraphChars = new int[n];
        ownParagraphs = new int[n];
        hasBlockChild = new boolean[n];
        int[] ownBlocks = new int[n];
        HtmlCues.Memo memo = new HtmlCues.Memo();
        for (int i = 0; i < n; i++) {
            Element e = elements.get(i);
            attr[i] = i == 0 ? HtmlCues.AttrCues.NONE : cues.attrCues(e, memo); // body classes describe the page, not a part
            size[i] = 1;
            if (i > 0 && isBlock(tagRole[i])) {
                hasBlockChild[parent[i]] = true;
            }
        }
        for (TextBlock b : blocks) {
            chars[b.owner] += b.text.length();
            linkChars[b.owner] += b.linkChars;
            ownBlocks[b.owner]++;
            if (isParagraph(b)) {
                paragraphChars[b.owner] += b.text.length();
                ownParagraphs[b.owner]++;
            }
        }
        for (TextBlock b : blocks) {
            b.pseudoParagraph = ownBlocks[b.owner] > 1 || hasBlockChild[b.owner];
        }
        for (int i = n - 1; i > 0; i--) {
            int p = parent[i];
            size[p] += size[i];
            chars[p] += chars[i];
            linkChars[p] += linkChars[i];
            paragraphChars[p] += paragraphChars[i];
        }
    }

    /** A block long enough to score, and not mostly a link. */
    static boolean isParagraph(TextBlock b) {
        return b.text.length() >= 25 && b.linkDensity() < 0.5;
    }

    /** Link density of an element's subtree. */
    double linkDensity(int i) {
        return chars[i] == 0 ? 0 : linkChars[i] / (double) chars[i];
    }

    /** Whether element {@code i} is {@code ancestor} or lies under it. */
    boolean within(int i, int ancestor) {
        return i >= ancestor && i < ancestor + size[ancestor];
    }
}
