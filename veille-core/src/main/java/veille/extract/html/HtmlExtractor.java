package veille.extract.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import veille.doc.ArticleMeta;
import veille.doc.Block;
import veille.doc.BlockKind;
import veille.doc.Blocks;
import veille.doc.Document;
import veille.doc.Fact;
import veille.doc.Input;
import veille.extract.Extractor;
import veille.extract.text.Copyrights;
import veille.extract.text.PageTextExtractor;
import veille.extract.text.PageTextMetadata;
import veille.extract.text.TextCues;
import veille.kb.KnowledgeBase;
import veille.kb.MatchKey;
import veille.kb.Outlet;
import veille.kb.Outlets;

/**
 * Extracts the article from an HTML page by reading its DOM: the text blocks of the article's container (found by
 * text and link density, paragraph clusters and the page's semantic markup, see {@link ContentFinder}) are the
 * body; figure captions, bylines, stamps, share bars, "read also" lists, comments and everything outside the
 * container are set apart with their kind and reason. The metadata comes from the page's markup
 * ({@link HtmlMetadataReader}) merged with what those blocks say, each value's evidence located in the HTML source.
 *
 * <p>The text is the title line then the body paragraphs, separated by a blank line, as
 * {@link PageTextExtractor} builds it. Each block records its DOM path and its source range in the HTML (see
 * {@link Block}). Parsing and every walk are iterative, so deep nesting cannot overflow the stack. Thread-safe.
 */
public final class HtmlExtractor implements Extractor {
    /** Words above which a block is prose, not a cue line ("Partager", "Par X", "Publié le ..."). */
    private static final int CUE_MAX_WORDS = 30;
    /** Caption, byline and stamp containers are small; a big one is a wrapper that happens to be named so. */
    private static final int FURNITURE_MAX_CHARS = 400;
    /** A block whose text is at least this share of link text is a link, not a paragraph. */
    private static final double LINK_BLOCK = 0.75;
    /** How many blocks before the article are read for bylines and stamps. */
    private static final int HEADER_WINDOW = 40;
    /** How much of a block metadata is read from. */
    private static final int METADATA_MAX_CHARS = 400;
    /** A text this short before the headline, with no sentence end, is a kicker or section label ("Afrique"). */
    private static final int LABEL_MAX_WORDS = 4;
    /** A lead before the article has this many words, or fewer ending a sentence (not a label). */
    private static final int LEAD_MIN_WORDS = 8;
    /** A lead is prose, not a list of links. */
    private static final double LEAD_MAX_LINKS = 0.3;
    /** Path steps kept (the nearest ancestors). */
    private static final int PATH_STEPS = 8;

    private final HtmlCues cues;
    private final TextCues textCues;
    private final PageTextMetadata metadata;
    private final Outlets outlets;
    private final HtmlMetadataReader reader;
    private final ContentFinder finder = new ContentFinder();

    /** An extractor with the built-in cues and knowledge base. */
    public HtmlExtractor() {
        this(KnowledgeBase.builtIn());
    }

    /** An extractor with the built-in cues and the given knowledge base (outlets, places). */
    public HtmlExtractor(KnowledgeBase kb) {
        this.cues = HtmlCues.builtIn();
        this.textCues = TextCues.builtIn();
        this.metadata = new PageTextMetadata(kb);
        this.outlets = kb.outlets();
        this.reader = new HtmlMetadataReader(kb);
    }

    @Override
    public java.util.Map<String, String> tableHashes() {
        return java.util.Map.of("html-cues", cues.sha256(), "html-meta-cues", reader.cuesSha256(),
                "page-cues", textCues.sha256());
    }

    @Override
    public String name() {
        return "html";
    }

    /**
     * Parses HTML with source positions tracked by jsoup, for callers that read positions off the DOM themselves
     * (every node's {@code sourceRange()}). HTML5 rules, no error list kept.
     */
    public static org.jsoup.nodes.Document parse(String html) {
        return Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true).setTrackErrors(0));
    }

    /**
     * Parses HTML without position tracking, about twice as fast as {@link #parse(String)}, and without the bodies of
     * the scripts and style sheets no stage reads ({@link UnreadScripts}), which halves what the parser reads on a
     * typical news page; the extractor then finds its blocks' source ranges by aligning their text with the source
     * ({@link SourceAligner}).
     */
    public static org.jsoup.nodes.Document parseFast(String html) {
        return parseFast(html, "");
    }

    /**
     * Parses HTML without position tracking and with every script and style body, as jsoup alone does: what
     * {@link #parseFast(String)} saves, for comparisons ({@code bin/veille bench extract --peers veille-whole-parse}).
     */
    public static org.jsoup.nodes.Document parseWhole(String html) {
        return Jsoup.parse(html, "", Parser.htmlParser().setTrackErrors(0));
    }

    private static org.jsoup.nodes.Document parseFast(String html, String baseUri) {
        int[] cuts = UnreadScripts.cuts(html);
        Parser parser = Parser.htmlParser().setTrackErrors(0);
        return cuts.length == 0 ? Jsoup.parse(html, baseUri, parser)
                : parser.parseInput(UnreadScripts.reader(html, cuts), baseUri);
    }

    @Override
    public Document extract(Input input) {
        return extract(input, parseFast(input.content(), baseUri(input.source())));
    }

    /**
     * The page's address when its source names one: a fetched page or a feed entry's link ({@code https://...}), an
     * archived page ({@code ARCHIVE#https://...}); the metadata reader resolves links and knows outlets by host
     * from it. Empty for a file.
     */
    static String baseUri(String source) {
        int at = source.startsWith("http://") || source.startsWith("https://") ? 0 : source.indexOf("#http");
        if (at < 0) {
            return "";
        }
        String url = at == 0 ? source : source.substring(at + 1);
        return url.startsWith("http://") || url.startsWith("https://") ? url : "";
    }

    /**
     * Extraction from a page already parsed from {@code input.content()}, with {@link #parse(String)} (source
     * ranges from jsoup's tracking) or {@link #parseFast(String)} (ranges from aligning text with the source; when
     * that fails, for text the parser moved, the page is parsed again with tracking).
     */
    public Document extract(Input input, org.jsoup.nodes.Document dom) {
        HtmlPage page = page(input.content(), dom);
        if (page.dom != dom) {
            dom = page.dom;
        }
        ContentFinder.Content content = finder.find(page);
        Classified c = classify(page, content, dom);

        StringBuilder text = new StringBuilder();
        List<Block> blocks = new ArrayList<>(page.blocks.size() + 1);
        List<PageTextMetadata.Line> lines = new ArrayList<>();
        List<int[]> lineRanges = new ArrayList<>(); // virtual start, virtual end, block index in blocks
        int virtual = 0;
        String[] steps = new String[page.elements.size()];
        String[] paths = new String[page.elements.size()];
        if (c.headTitle != null) {
            HeadTitle t = c.headTitle;
            text.append(t.text);
            blocks.add(new Block(BlockKind.TITLE, t.line, t.start, t.end, 0, text.length(), "the page's <title>",
                    "html>head>title"));
            lines.add(new PageTextMetadata.Line(t.line, virtual, t.text, BlockKind.TITLE));
            lineRanges.add(new int[] {virtual, virtual + t.text.length(), 0, exact(input, t.start, t.text)});
            virtual += t.text.length() + 1;
        }
        for (int i = 0; i < page.blocks.size(); i++) {
            HtmlPage.TextBlock b = page.blocks.get(i);
            BlockKind k = c.kind[i];
            String path = paths[b.owner];
            if (path == null) {
                path = paths[b.owner] = path(page, b.owner, steps);
            }
            if (k.inText()) {
                if (!text.isEmpty()) {
                    text.append(PageTextExtractor.PARAGRAPH_BREAK);
                }
                int start = text.length();
                text.append(b.text);
                blocks.add(new Block(k, b.line, b.sourceStart, b.sourceEnd, start, text.length(), c.reason[i], path));
            } else {
                blocks.add(new Block(k, b.line, b.sourceStart, b.sourceEnd, -1, -1, c.reason[i], path));
            }
            if (c.forMetadata[i]) {
                // Metadata sits in short lines or at a paragraph's start (a dateline): a bounded prefix keeps the
                // readers' patterns off megabyte-long blocks.
                String t = b.text.length() > METADATA_MAX_CHARS ? b.text.substring(0, METADATA_MAX_CHARS) : b.text;
                lines.add(new PageTextMetadata.Line(b.line, virtual, t, k));
                lineRanges.add(new int[] {virtual, virtual + t.length(), blocks.size() - 1,
                        exact(input, b.sourceStart, t)});
                virtual += t.length() + 1;
            }
        }
        ArticleMeta fromBlocks = remap(metadata.read(lines), lineRanges, blocks);
        ArticleMeta meta = readMetadata(page, fromBlocks, c.headTitle != null);
        return Document.of(input, text.toString())
                .with(Blocks.KEY, new Blocks(blocks))
                .with(ArticleMeta.KEY, meta);
    }

    /**
     * Diagnostics: the DOM paths of the containers taken as the article (the best candidate and the siblings that
     * joined it) with their scores, for {@code bin/veille bench extract --page}.
     */
    public List<String> containers(Input input) {
        HtmlPage page = page(input.content(), parseFast(input.content()));
        ContentFinder.Content content = finder.find(page);
        String[] steps = new String[page.elements.size()];
        List<String> out = new ArrayList<>();
        for (int r : content.roots()) {
            out.add(String.format(java.util.Locale.ROOT, "%s score %.1f%s", path(page, r, steps), content.scores()[r],
                    r == content.best() ? " (best)" : ""));
        }
        Integer[] order = new Integer[page.elements.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(content.scores()[b], content.scores()[a]));
        for (int k = 0; k < Math.min(5, order.length) && content.scores()[order[k]] > 0; k++) {
            out.add(String.format(java.util.Locale.ROOT, "candidate %s score %.1f, %d paragraph chars",
                    path(page, order[k], steps), content.scores()[order[k]], page.paragraphChars[order[k]]));
        }
        return out;
    }

    /** The page's blocks and figures; a page whose text cannot be aligned is parsed again with tracking. */
    private HtmlPage page(String html, org.jsoup.nodes.Document dom) {
        HtmlPage page = HtmlPage.of(dom, cues, html);
        return page != null ? page : HtmlPage.of(Jsoup.parse(html, dom.location(),
                Parser.htmlParser().setTrackPosition(true).setTrackErrors(0)), cues, html);
    }

    /**
     * The page's metadata: what its markup says ({@link HtmlMetadataReader}: JSON-LD, OpenGraph, {@code <meta>},
     * microdata, {@code <time>}, bylines, stamps) merged field by field with what the classified blocks say
     * ({@code fromBlocks}: page-text's reader on the title, byline, stamp, credit and copyright blocks and the first
     * paragraph's dateline). Precedence, documented in docs/html.md:
     *
     * <ul>
     *   <li>title: the reader's when it is a visible headline (an {@code h1} or headline element it checked against
     *       the page's metadata and site names); else the title block when it is a heading of the page; else the
     *       reader's metadata title without the site's name, which beats the {@code <title>} stand-in;</li>
     *   <li>published: the reader's (machine dates, corrected by the visible stamps for UTC day shifts and for a
     *       "publication" date that is the update); else the blocks' (stamps, dated credits, the dateline); else the
     *       reader's update date, as page text falls back to an update stamp;</li>
     *   <li>authors: the reader's when it names any (structured authors, or the byline nearest the headline); else
     *       the blocks' bylines;</li>
     *   <li>outlet: the reader's (site name, publisher, the URL's host, a copyright footer, the logo); else
     *       {@code og:site_name}; else the blocks' (a copyright footer);</li>
     *   <li>credits: the reader's, then the blocks' that it lacks (page text knows state media's credit lines and
     *       datelines), in that order;</li>
     *   <li>dateline: the blocks' (the HTML reader reads no datelines).</li>
     * </ul>
     *
     * A field neither gives stays null (or empty); nothing is filled in from elsewhere. Evidence is the source
     * characters each value was read from ({@link SourceEvidence}), the DOM being untracked unless the caller passed
     * a tracked one.
     */
    private ArticleMeta readMetadata(HtmlPage page, ArticleMeta fromBlocks, boolean headTitleStandsIn) {
        HtmlMetadata read = reader.read(page.dom);
        SourceEvidence evidence = new SourceEvidence(page);

        Fact<String> title = fromBlocks.title();
        if (read.title() != null && (isVisibleHeadline(read.title()) || title == null || headTitleStandsIn)) {
            title = evidence.fact(read.title());
        }
        Fact<String> published = read.published() != null ? evidence.fact(read.published())
                : fromBlocks.published() != null ? fromBlocks.published()
                : read.modified() != null ? evidence.fact(read.modified()) : null;
        List<Fact<String>> authors = read.authors().isEmpty() ? fromBlocks.authors()
                : read.authors().stream().map(evidence::fact).toList();
        Fact<String> outlet = read.outlet() != null ? evidence.fact(read.outlet())
                : siteName(page.dom, page.source, page.lines).orElse(fromBlocks.outlet());
        List<Fact<String>> credits = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (Sourced<String> c : read.credits()) {
            if (named.add(c.value())) {
                credits.add(evidence.fact(c));
            }
        }
        for (Fact<String> c : fromBlocks.credits()) {
            if (named.add(c.value())) {
                credits.add(c);
            }
        }
        // the time only with the date it belongs to: the reader's with the reader's date, the blocks' with theirs
        Fact<String> publishedAt = read.published() != null
                ? read.publishedAt() != null ? evidence.timeFact(read.publishedAt()) : null
                : published == fromBlocks.published() ? fromBlocks.publishedAt() : null;
        return new ArticleMeta(title, outlet, credits, authors, published, fromBlocks.dateline(), publishedAt);
    }

    /** Whether the reader's title is a headline shown on the page rather than a metadata title. */
    private static boolean isVisibleHeadline(Sourced<String> title) {
        return switch (title.source()) {
            case H1, HEADLINE -> true;
            case MICRODATA -> !title.element().normalName().equals("meta");
            default -> false;
        };
    }

    /**
     * {@code <meta property="og:site_name">}: the outlet's canonical name when the outlet list knows it; the evidence
     * is the meta tag in the source.
     */
    private Optional<Fact<String>> siteName(org.jsoup.nodes.Document dom, String source, SourceLines lines) {
        Element head = dom.head();
        for (Element m : head.getElementsByTag("meta")) {
            if (m.attr("property").equalsIgnoreCase("og:site_name")) {
                String name = m.attr("content").strip();
                if (name.isEmpty()) {
                    continue;
                }
                String value = outlets.find(name).map(Outlet::name).orElse(name);
                int at = indexOfIgnoreCase(source, "og:site_name", 0);
                int from = at < 0 ? -1 : source.lastIndexOf('<', at);
                int to = at < 0 ? -1 : source.indexOf('>', at);
                if (from < 0 || to < 0) {
                    return Optional.of(new Fact<>(value, 0, 0, 0));
                }
                return Optional.of(new Fact<>(value, lines.lineOf(from), from, to + 1));
            }
        }
        return Optional.empty();
    }

    /** Where {@code what} (lower case, starting with a non-letter or a letter) first occurs, in any case. */
    static int indexOfIgnoreCase(String s, String what, int from) {
        char lower = what.charAt(0);
        char upper = Character.toUpperCase(lower);
        int i = from;
        while (true) {
            int a = s.indexOf(lower, i);
            int b = upper == lower ? -1 : s.indexOf(upper, i);
            int at = a < 0 ? b : b < 0 ? a : Math.min(a, b);
            if (at < 0 || at + what.length() > s.length()) {
                return -1;
            }
            if (s.regionMatches(true, at, what, 0, what.length())) {
                return at;
            }
            i = at + 1;
        }
    }

    /** Evidence read off virtual page-text lines, put back on the source range of the block each came from. */
    private static ArticleMeta remap(ArticleMeta m, List<int[]> ranges, List<Block> blocks) {
        return new ArticleMeta(remap(m.title(), ranges, blocks), remap(m.outlet(), ranges, blocks),
                m.credits().stream().map(f -> remap(f, ranges, blocks)).toList(),
                m.authors().stream().map(f -> remap(f, ranges, blocks)).toList(),
                remap(m.published(), ranges, blocks), remap(m.dateline(), ranges, blocks),
                remap(m.publishedAt(), ranges, blocks));
    }

    /**
     * A value read at virtual offsets, put on the HTML source: on its exact characters when the block's source is its
     * text as written (no tags, entities or extra white space in between), else on the block's whole source range.
     */
    private static Fact<String> remap(Fact<String> f, List<int[]> ranges, List<Block> blocks) {
        if (f == null) {
            return null;
        }
        for (int[] r : ranges) {
            if (f.inputStart() >= r[0] && f.inputStart() <= r[1]) {
                Block b = blocks.get(r[2]);
                if (r[3] == 1 && f.inputEnd() <= r[1]) {
                    return new Fact<>(f.value(), b.line(), b.inputStart() + f.inputStart() - r[0],
                            b.inputStart() + f.inputEnd() - r[0]);
                }
                return new Fact<>(f.value(), b.line(), b.inputStart(), b.inputEnd());
            }
        }
        return new Fact<>(f.value(), 0, 0, 0);
    }

    /** 1 when the source at {@code start} reads {@code text} character for character, else 0. */
    private static int exact(Input input, int start, String text) {
        return input.content().regionMatches(start, text, 0, text.length()) ? 1 : 0;
    }

    /** The title taken from {@code <title>} when no heading in the body carries it. */
    private record HeadTitle(String text, int line, int start, int end) {
    }

    /** Each block's kind and reason, whether metadata is read from it, and the head title if used. */
    private record Classified(BlockKind[] kind, String[] reason, boolean[] forMetadata, HeadTitle headTitle) {
    }

    private Classified classify(HtmlPage page, ContentFinder.Content content, org.jsoup.nodes.Document dom) {
        int n = page.blocks.size();
        BlockKind[] kind = new BlockKind[n];
        String[] reason = new String[n];
        boolean[] forMetadata = new boolean[n];
        boolean[] inContent = new boolean[n];
        int first = -1;
        int last = -1;
        for (int i = 0; i < n; i++) {
            inContent[i] = content.contains(page, page.blocks.get(i).owner);
            if (inContent[i]) {
                last = i;
                if (first < 0) {
                    first = i;
                }
            }
        }
        Furniture furniture = furniture(page, content);
        int titleAt = findTitle(page, titleReferences(dom), first, inContent, furniture.role);
        HeadTitle headTitle = titleAt < 0 ? headTitle(dom, page.source, page.lines) : null;
        int endScope = -1; // after "Related articles" or "Comments", the rest of that heading's box is not the story
        int leadScope = leadScope(page, titleAt, first);
        String[] described = new String[page.elements.size()];
        for (int i = 0; i < n; i++) {
            HtmlPage.TextBlock b = page.blocks.get(i);
            int role = furniture.role[b.owner];
            String roleWhy = "";
            if (role != R_NONE) {
                int from = furniture.from[b.owner];
                roleWhy = described[from] != null ? described[from]
                        : (described[from] = describe(page.elements.get(from))); // a share bar holds many blocks
            }
            boolean nearArticle = first >= 0 && i >= first - HEADER_WINDOW && i <= last + 10;
            // Words are counted, and cues read, only near the article and not on bare links (menus, teasers): the
            // page's other blocks are boilerplate whatever they say, and cues cost regex time.
            int words = inContent[i] || nearArticle || role == R_BYLINE || role == R_STAMP
                    ? words(b.text, CUE_MAX_WORDS + 1) : Integer.MAX_VALUE;
            TextCues.Match cue = (inContent[i] || nearArticle) && words <= CUE_MAX_WORDS && b.linkDensity() < 0.9
                    ? textCues.match(b.text).orElse(null) : null;
            if (i == titleAt) {
                kind[i] = BlockKind.TITLE;
                reason[i] = "headline";
            } else if (role == R_HIDDEN) {
                kind[i] = BlockKind.BOILERPLATE;
                reason[i] = "hidden (" + roleWhy + ")";
            } else if (role == R_CAPTION) {
                kind[i] = BlockKind.CAPTION;
                reason[i] = "in a caption (" + roleWhy + ")";
            } else if (cue != null && cue.kind() != BlockKind.BOILERPLATE && cue.kind() != BlockKind.BODY) {
                kind[i] = cue.kind();
                reason[i] = cue.why();
            } else if (role == R_BYLINE && words <= CUE_MAX_WORDS) {
                kind[i] = BlockKind.BYLINE;
                reason[i] = "in a byline (" + roleWhy + ")";
            } else if (role == R_STAMP && words <= CUE_MAX_WORDS && hasDigit(b.text)) {
                kind[i] = BlockKind.STAMP;
                reason[i] = "in a date (" + roleWhy + ")";
            } else if (!inContent[i] && cue == null && isLead(page, b, i, titleAt, first, leadScope, role, words)) {
                kind[i] = BlockKind.BODY;
                reason[i] = "lead between the headline and the article";
            } else if (!inContent[i]) {
                kind[i] = BlockKind.BOILERPLATE;
                reason[i] = "outside the article's container";
            } else if (role == R_BOILERPLATE) {
                kind[i] = BlockKind.BOILERPLATE;
                reason[i] = "in page furniture (" + roleWhy + ")";
                if (isHeading(page, b.owner) && page.attr[b.owner].has(HtmlCues.Role.END)) {
                    endScope = page.parent[b.owner]; // "Related posts" as a heading: the rest of its box follows suit
                }
            } else if (cue != null && !inTableCell(page, b.owner)) {
                kind[i] = BlockKind.BOILERPLATE;
                reason[i] = cue.why();
                if (cue.ends()) {
                    endScope = page.parent[b.owner];
                }
            } else if (endScope >= 0 && page.within(b.owner, endScope)) {
                kind[i] = BlockKind.BOILERPLATE;
                reason[i] = "after a closing label (related articles, comments) in its box";
            } else if (i < titleAt && words <= LABEL_MAX_WORDS && !endsSentence(b.text)) {
                kind[i] = BlockKind.BOILERPLATE;
                reason[i] = "a label before the headline (kicker, section)";
            } else if (b.linkDensity() >= LINK_BLOCK) {
                kind[i] = BlockKind.BOILERPLATE;
                reason[i] = "a link";
            } else {
                kind[i] = BlockKind.BODY;
                reason[i] = isHeading(page, b.owner) ? "subheading in the article" : "paragraph in the article";
            }
            BlockKind k = kind[i];
            forMetadata[i] = k == BlockKind.TITLE || k == BlockKind.STAMP || k == BlockKind.BYLINE
                    || k == BlockKind.CREDIT || k == BlockKind.DATELINE
                    || (k == BlockKind.BOILERPLATE && isCopyright(b.text));
        }
        markDuplicates(page, kind, reason);
        // The first body paragraph carries the dateline, if any.
        for (int i = 0; i < n; i++) {
            if (kind[i] == BlockKind.BODY) {
                forMetadata[i] = true;
                break;
            }
        }
        return new Classified(kind, reason, forMetadata, headTitle);
    }

    /**
     * The element a lead (standfirst, deck) shares with the headline: the headline's grandparent, when the headline
     * stands before the article's container and that element is not the page's body; else -1.
     */
    private static int leadScope(HtmlPage page, int titleAt, int first) {
        if (titleAt < 0 || first < 0 || titleAt >= first) {
            return -1;
        }
        int p = page.parent[page.blocks.get(titleAt).owner];
        int g = p >= 0 ? page.parent[p] : -1;
        if (g < 0) {
            return -1;
        }
        String tag = page.elements.get(g).normalName();
        return tag.equals("body") || tag.equals("html") ? -1 : g;
    }

    /**
     * A lead: prose between the headline and the article's container, in the headline's own box (a header's deck
     * paragraph, an {@code hgroup} subtitle), that no furniture or cue claims. Article templates often put it in the
     * header beside the headline, outside the body's container.
     */
    private static boolean isLead(HtmlPage page, HtmlPage.TextBlock b, int i, int titleAt, int first, int leadScope,
                                  int role, int words) {
        return leadScope >= 0 && i > titleAt && i < first && role == R_NONE
                && page.within(b.owner, leadScope) && b.linkDensity() < LEAD_MAX_LINKS
                && (words >= LEAD_MIN_WORDS || words >= LABEL_MAX_WORDS + 1 && endsSentence(b.text));
    }

    private static final int R_NONE = 0;
    private static final int R_HIDDEN = 1;
    private static final int R_CAPTION = 2;
    private static final int R_BOILERPLATE = 3;
    private static final int R_BYLINE = 4;
    private static final int R_STAMP = 5;

    /** For each element, the nearest furniture role on it or an ancestor, and the element that gave it. */
    private record Furniture(int[] role, int[] from) {
    }

    /**
     * Inherits furniture roles top-down. A furniture cue on an element holding half the article's paragraphs or
     * more (a wrapper named "main-content has-sidebar") is ignored, as are cues on the container's ancestors;
     * caption, byline and stamp cues only hold on small elements.
     */
    private Furniture furniture(HtmlPage page, ContentFinder.Content content) {
        int n = page.elements.size();
        int[] role = new int[n];
        int[] from = new int[n];
        int best = content.best();
        int articleChars = best >= 0 ? page.paragraphChars[best] : 0;
        for (int i = 0; i < n; i++) {
            int own = ownRole(page, i, best, articleChars);
            int p = page.parent[i];
            if (own != R_NONE) {
                role[i] = own;
                from[i] = i;
            } else if (p >= 0) {
                role[i] = role[p];
                from[i] = from[p];
            }
        }
        return new Furniture(role, from);
    }

    private static int ownRole(HtmlPage page, int i, int best, int articleChars) {
        HtmlCues.AttrCues a = page.attr[i];
        HtmlCues.Role tag = page.tagRole[i];
        boolean wrapsArticle = best >= 0 && (page.within(best, i)
                || page.paragraphChars[i] >= 0.5 * articleChars && articleChars > 0);
        if (a.has(HtmlCues.Role.HIDDEN) && !wrapsArticle && page.paragraphChars[i] <= page.paragraphChars[0] / 2) {
            return R_HIDDEN;
        }
        boolean small = page.chars[i] <= FURNITURE_MAX_CHARS;
        if (tag == HtmlCues.Role.CAPTION || (a.has(HtmlCues.Role.CAPTION) && small)
                || (page.elements.get(i).normalName().equals("figure") && page.paragraphChars[i] < 300)) {
            return R_CAPTION;
        }
        if ((tag == HtmlCues.Role.BOILERPLATE || a.furniture() || isAuthorBox(a, small)) && !wrapsArticle) {
            return R_BOILERPLATE;
        }
        if ((a.has(HtmlCues.Role.BYLINE) || a.has(HtmlCues.Role.PROFILE)) && small) {
            return R_BYLINE;
        }
        if ((tag == HtmlCues.Role.STAMP || a.has(HtmlCues.Role.STAMP)) && small) {
            return R_STAMP;
        }
        return R_NONE;
    }

    /** An author box ("author-bio", "about-the-author") bigger than a byline: the writer's biography, not the story. */
    private static boolean isAuthorBox(HtmlCues.AttrCues a, boolean small) {
        return !small && a.has(HtmlCues.Role.PROFILE);
    }

    /** "div.share-bar", "nav", "figcaption": the element a role comes from, for reasons. */
    private static String describe(Element e) {
        String cls = e.className().strip();
        if (!cls.isEmpty()) {
            // the first class, cut in place: split("\\s+") compiles a pattern at each call, once per furniture block
            int end = 0;
            while (end < cls.length() && !SpaceTokens.isRegexSpace(cls.charAt(end))) {
                end++;
            }
            return e.normalName() + "." + cls.substring(0, end);
        }
        String id = e.id();
        return id.isEmpty() ? e.normalName() : e.normalName() + "#" + id;
    }

    /**
     * What the page says its title is: og:title or twitter:title, and {@code <title>} without its site name; empty
     * when it says nothing.
     */
    private static List<Set<String>> titleReferences(org.jsoup.nodes.Document dom) {
        List<Set<String>> out = new ArrayList<>(2);
        // one walk over the head for its metas and first <title> (what Document.title() reads), without the
        // stream-based element collectors
        List<Element> metas = new ArrayList<>();
        Element[] titleElement = {null};
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e) {
                if (e.nameIs("meta")) {
                    metas.add(e);
                } else if (titleElement[0] == null && e.nameIs("title")) {
                    titleElement[0] = e;
                }
            }
        }, dom.head());
        for (Element m : metas) {
            String p = m.attr("property").isEmpty() ? m.attr("name") : m.attr("property");
            if (p.equalsIgnoreCase("og:title") || p.equalsIgnoreCase("twitter:title")) {
                Set<String> w = wordSet(MatchKey.of(m.attr("content")));
                if (!w.isEmpty()) {
                    out.add(w);
                    break;
                }
            }
        }
        String title = titleElement[0] == null ? ""
                : org.jsoup.internal.StringUtil.normaliseWhitespace(titleElement[0].text()).trim();
        Set<String> t = wordSet(MatchKey.of(cutSiteName(title.strip())));
        if (!t.isEmpty()) {
            out.add(t);
        }
        return out;
    }

    /**
     * The headline block: an {@code h1} the page's own title names (see {@link #namedBy}); else the first {@code h1}
     * in the article or just above it; else an {@code h2}/{@code h3} just above the article that the page's title
     * names. -1 when none, and the {@code <title>} stands in.
     */
    private int findTitle(HtmlPage page, List<Set<String>> references, int first, boolean[] inContent, int[] role) {
        int nearH1 = -1;
        int lower = -1;
        for (int i = 0; i < page.blocks.size(); i++) {
            HtmlPage.TextBlock b = page.blocks.get(i);
            String tag = headingTag(page, b.owner);
            if (tag == null || b.text.length() > 400) {
                continue;
            }
            int w = words(b.text);
            if (w < 1 || w > 40) {
                continue;
            }
            boolean near = inContent[i] || (first >= 0 && i < first && i >= first - HEADER_WINDOW);
            boolean named = namedBy(b.text, references);
            if (tag.equals("h1")) {
                if (named) {
                    return i;
                }
                if (nearH1 < 0 && near && role[b.owner] == R_NONE) {
                    nearH1 = i;
                }
            } else if (named && lower < 0 && near && (tag.equals("h2") || tag.equals("h3"))) {
                lower = i;
            }
        }
        return nearH1 >= 0 ? nearH1 : lower;
    }

    /**
     * Whether the page's title names a heading: the words they share are at least half of the longer of the two, so
     * neither the site's name in a logo {@code h1} nor a section label passes.
     */
    private static boolean namedBy(String heading, List<Set<String>> references) {
        Set<String> h = wordSet(MatchKey.of(heading));
        if (h.isEmpty()) {
            return false;
        }
        for (Set<String> r : references) {
            int shared = 0;
            for (String w : h) {
                if (r.contains(w)) {
                    shared++;
                }
            }
            if (shared >= 0.5 * Math.max(h.size(), r.size())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The {@code <title>} element as the title block, its site suffix ("Headline | Outlet") cut off; its source range
     * is the element's text in the source, white space trimmed.
     */
    private static HeadTitle headTitle(org.jsoup.nodes.Document dom, String source, SourceLines lines) {
        Element t = dom.head().selectFirst("title");
        if (t == null) {
            return null;
        }
        String text = t.text().strip();
        if (text.isEmpty()) {
            return null;
        }
        String cut = cutSiteName(text);
        int open = indexOfIgnoreCase(source, "<title", 0);
        int from = open < 0 ? -1 : source.indexOf('>', open) + 1;
        int to = from <= 0 ? -1 : indexOfIgnoreCase(source, "</title", from);
        if (from <= 0 || to < 0) {
            return new HeadTitle(cut, 0, 0, 0);
        }
        while (from < to && SourceAligner.isSpace(source.charAt(from))) {
            from++;
        }
        while (to > from && SourceAligner.isSpace(source.charAt(to - 1))) {
            to--;
        }
        return new HeadTitle(cut, lines.lineOf(from), from, to);
    }

    /** "Headline | Outlet", "Headline - Outlet": the headline, when the cut-off part is the shorter. */
    static String cutSiteName(String title) {
        for (String sep : List.of(" | ", " – ", " — ", " - ", " :: ", " « ")) {
            int at = title.lastIndexOf(sep);
            if (at > 0) {
                String head = title.substring(0, at).strip();
                String tail = title.substring(at + sep.length()).strip();
                if (words(tail) <= 5 && head.length() > tail.length()) {
                    return head;
                }
            }
        }
        return title;
    }

    private static String headingTag(HtmlPage page, int owner) {
        if (page.tagRole[owner] == HtmlCues.Role.HEADING) {
            return page.elements.get(owner).normalName();
        }
        return null;
    }

    /** Table cells hold data ("5040", "Top 10"), which page-text cues would take for counters and buttons. */
    private static boolean inTableCell(HtmlPage page, int owner) {
        String tag = page.elements.get(owner).normalName();
        return tag.equals("td") || tag.equals("th");
    }

    private static boolean isHeading(HtmlPage page, int owner) {
        return page.tagRole[owner] == HtmlCues.Role.HEADING;
    }

    /** Share of a text's words found in a word set. */
    private static double coverage(String text, Set<String> ref) {
        String[] ws = MatchKey.of(text).split(" ");
        int in = 0;
        int all = 0;
        for (String w : ws) {
            if (w.isEmpty()) {
                continue;
            }
            all++;
            if (ref.contains(w)) {
                in++;
            }
        }
        return all == 0 ? 0 : in / (double) all;
    }

    private static Set<String> wordSet(String key) {
        return key.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(key.split(" ")));
    }

    private static void markDuplicates(HtmlPage page, BlockKind[] kind, String[] reason) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < kind.length; i++) {
            if (kind[i] != BlockKind.BODY) {
                continue;
            }
            String t = page.blocks.get(i).text;
            if (t.length() < 20) {
                continue; // short subheadings may legitimately repeat
            }
            if (!seen.add(t)) {
                kind[i] = BlockKind.DUPLICATE;
                reason[i] = "verbatim repeat of an earlier paragraph";
            }
        }
    }

    /**
     * The DOM path of an element: its nearest {@value #PATH_STEPS} steps, {@code tag#id[k]} each ({@code k} its
     * 1-based place among its parent's child elements, given when it has siblings). {@code cache} holds each
     * element's step, shared by the blocks of one page.
     */
    static String path(HtmlPage page, int i, String[] cache) {
        String[] steps = new String[PATH_STEPS];
        int n = 0;
        int a = i;
        while (a >= 0 && n < PATH_STEPS) {
            String st = cache[a];
            if (st == null) {
                st = cache[a] = step(page, a);
            }
            steps[n++] = st;
            a = page.parent[a];
        }
        int length = 4;
        for (int k = 0; k < n; k++) {
            length += steps[k].length() + 1;
        }
        StringBuilder sb = new StringBuilder(length); // sized once: paths run past a default buffer
        sb.append(a >= 0 ? "…" : "html");
        for (int k = n - 1; k >= 0; k--) {
            sb.append('>').append(steps[k]);
        }
        return sb.toString();
    }

    private static String step(HtmlPage page, int i) {
        Element e = page.elements.get(i);
        StringBuilder s = new StringBuilder(e.normalName());
        // the parser lower-cases attribute names: an exact lookup, not Element.id()'s case-folding scan
        String id = e.attributesSize() > 0 ? e.attributes().get("id") : "";
        if (!id.isEmpty() && id.length() <= 40 && id.indexOf(' ') < 0) {
            s.append('#').append(id);
        }
        int p = page.parent[i];
        boolean siblings = p >= 0 ? page.childElements[p] > 1 : e.parent() != null && e.parent().childrenSize() > 1;
        if (siblings) {
            s.append('[').append(page.nth[i]).append(']');
        }
        return s.toString();
    }

    private static boolean isCopyright(String text) {
        return text.length() < 200 && Copyrights.isNotice(text);
    }

    private static boolean endsSentence(String s) {
        String t = s.strip();
        return !t.isEmpty() && ".!?…»\"".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Runs of letters or digits. */
    static int words(String s) {
        return words(s, Integer.MAX_VALUE);
    }

    /** Runs of letters or digits, counted no further than {@code max}: a paragraph's count only meets small bounds. */
    static int words(String s, int max) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean w = c < 0x80 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    : Character.isLetterOrDigit(c);
            if (w && !in && ++n >= max) {
                return max;
            }
            in = w;
        }
        return n;
    }
}
