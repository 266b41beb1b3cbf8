package veille.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.jsoup.nodes.Element;
import veille.kb.MatchKey;

/**
 * Reads a page's title and finds its headline in page order, the anchor that stamps, bylines and credits are
 * looked for around. In the order of {@code docs/html-metadata.md}: the page's own headline when it agrees with a
 * metadata title; else an {@code <h1>} inside the article, or the only {@code <h1>}; else the metadata titles
 * (JSON-LD, {@code <meta>}, microdata, Fusion, {@code <title>}), each with the site's name taken off.
 */
final class TitleReader {
    private static final int MAX_HEADLINE_WORDS = 40;

    /**
     * The page's title and where its headline stands.
     *
     * @param title the title, or null
     * @param anchorOrder the page-order index of the headline (0 when the page has none)
     */
    record Headline(Sourced<String> title, int anchorOrder) {
    }

    private final MetaIndex index;
    private final PageScan scan;
    private final HtmlMetaCues cues;
    private final SiteNames site;
    private final Sourced<String> section;

    private TitleReader(MetaIndex index, SiteNames site, Sourced<String> section) {
        this.index = index;
        this.scan = index.scan();
        this.cues = index.cues();
        this.site = site;
        this.section = section;
    }

    /**
     * The headline of the page {@code index} holds.
     *
     * @param site the site's names, taken off titles ("Titre | Le Monde")
     * @param section the page's section, taken off a title after the site's name; or null
     */
    static Headline read(MetaIndex index, SiteNames site, Sourced<String> section) {
        TitleReader r = new TitleReader(index, site, section);
        Sourced<String> title = r.title();
        return new Headline(title, r.anchorOrder(title));
    }

    private Sourced<String> title() {
        List<Sourced<String>> cleaned = new ArrayList<>();
        for (Sourced<String> m : metaTitles()) {
            String c = cleanTitle(MetaText.normaliseSpace(m.value()));
            if (!c.isEmpty()) {
                cleaned.add(m.withValue(c));
            }
        }
        List<Sourced<String>> visible = visibleHeadlines();
        List<String> cleanedKeys = cleaned.stream().map(m -> MatchKey.of(m.value())).toList();
        for (Sourced<String> v : visible) {
            String visibleKey = MatchKey.of(v.value());
            for (String metaKey : cleanedKeys) {
                if (consistentKeys(visibleKey, metaKey)) {
                    return v; // the page's own headline, as shown, agreeing with its metadata
                }
            }
        }
        List<Sourced<String>> trusted = visible.stream()
                .filter(v -> v.source() == MetaSource.H1 && v.value().split(" ").length >= 3).toList();
        for (Sourced<String> v : trusted) {
            if (isInArticle(v.element())) {
                return v; // an article's own h1 beats an SEO title that says something else
            }
        }
        if (trusted.size() == 1 && scan.h1s.size() == 1) {
            return trusted.get(0);
        }
        if (!cleaned.isEmpty()) {
            return cleaned.get(0);
        }
        return visible.isEmpty() ? null : visible.get(0);
    }

    /** The titles the markup gives, in priority order, as written. */
    private List<Sourced<String>> metaTitles() {
        List<Sourced<String>> out = new ArrayList<>();
        JsonLd.Node article = index.article();
        if (article != null) {
            String headline = index.ldText("headline");
            if (headline == null) {
                headline = index.ldText("name");
            }
            if (headline != null) {
                out.add(index.ldSourced(article, "headline", headline));
            }
        }
        for (MetaIndex.MetaHit h : index.metas("title")) {
            out.add(index.metaSourced(h, h.content()));
        }
        for (PageScan.Found p : scan.props) {
            if (p.field().equals("headline") && p.element().normalName().equals("meta")) {
                String v = p.element().attr("content").strip();
                if (!v.isEmpty()) {
                    int[] r = SourceRanges.attribute(p.element(), "content");
                    out.add(new Sourced<>(v, MetaSource.MICRODATA, "headline", p.element(), r[0], r[1]));
                }
            }
        }
        if (index.fusion() != null) {
            String headline = JsonLd.text(JsonLd.path(index.fusion().json(), "headlines", "basic"));
            if (headline != null) {
                out.add(index.ldSourced(index.fusion(), "headlines.basic", headline));
            }
        }
        Element titleElement = scan.titleElement;
        if (titleElement != null && !titleElement.text().isBlank()) {
            int[] r = SourceRanges.inner(titleElement);
            out.add(new Sourced<>(titleElement.text().strip(), MetaSource.TITLE, "title", titleElement, r[0], r[1]));
        }
        return out;
    }

    private boolean isInArticle(Element e) {
        for (PageScan.Found h : scan.h1s) {
            if (h.element() == e) {
                return h.inArticle();
            }
        }
        return false;
    }

    /** The page's h1s and headline elements that are not the site's logo or name, article ones first. */
    private List<Sourced<String>> visibleHeadlines() {
        List<PageScan.Found> found = new ArrayList<>();
        found.addAll(scan.h1s);
        found.addAll(scan.headlines);
        for (PageScan.Found p : scan.props) {
            if (p.field().equals("headline") && !p.element().normalName().equals("meta")) {
                found.add(p);
            }
        }
        List<Sourced<String>> out = new ArrayList<>();
        for (boolean inArticle : new boolean[] {true, false}) {
            for (PageScan.Found f : found) {
                if (f.inArticle() != inArticle || f.inSiteLogo()) {
                    continue;
                }
                String text = f.element().text().strip();
                if (text.isEmpty() || text.split(" ").length > MAX_HEADLINE_WORDS || site.isSiteName(text)
                        || out.stream().anyMatch(o -> o.element() == f.element())) {
                    continue;
                }
                int[] r = SourceRanges.text(f.element(), text);
                MetaSource source = f.element().normalName().equals("h1") ? MetaSource.H1
                        : f.field().equals("headline") && !f.element().attr("itemprop").isEmpty()
                        ? MetaSource.MICRODATA : MetaSource.HEADLINE;
                out.add(new Sourced<>(text, source, f.element().normalName(), f.element(), r[0], r[1]));
            }
        }
        return out;
    }

    /** Removes the site's name (and then a section name) joined to a headline by a separator, at either end. */
    private String cleanTitle(String title) {
        String t = title;
        boolean strippedSite = false;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < cues.titleSeparatorPatterns.size(); i++) {
                if (!cues.mayHoldSeparator(t, i)) {
                    continue; // the pattern cannot match: nothing to cut
                }
                Matcher m = cues.titleSeparatorPatterns.get(i).matcher(t);
                int lastStart = -1;
                int lastEnd = -1;
                int firstStart = -1;
                int firstEnd = -1;
                while (m.find()) {
                    if (firstStart < 0) {
                        firstStart = m.start();
                        firstEnd = m.end();
                    }
                    lastStart = m.start();
                    lastEnd = m.end();
                }
                if (lastStart > 0) {
                    String suffix = t.substring(lastEnd).strip();
                    if (site.isSiteName(suffix) || strippedSite && isSection(suffix)) {
                        t = t.substring(0, lastStart).strip();
                        strippedSite = true;
                        changed = true;
                        break;
                    }
                }
                if (firstStart > 0) {
                    String prefix = t.substring(0, firstStart).strip();
                    if (site.isSiteName(prefix)) {
                        t = t.substring(firstEnd).strip();
                        strippedSite = true;
                        changed = true;
                        break;
                    }
                }
            }
        }
        return t;
    }

    private boolean isSection(String s) {
        return section != null && MatchKey.of(section.value()).equals(MatchKey.of(s));
    }

    /**
     * Whether a visible headline and a metadata title say the same (one may be cut or carry a kicker), given
     * their match keys (computed once for a text compared many times).
     */
    private static boolean consistentKeys(String v, String m) {
        if (v.isEmpty() || m.isEmpty()) {
            return false;
        }
        if (v.equals(m)) {
            return true;
        }
        String shorter = v.length() <= m.length() ? v : m;
        String longer = v.length() <= m.length() ? m : v;
        return shorter.length() * 2 >= longer.length() && shorter.length() >= 12 && longer.contains(shorter);
    }

    /** The page-order index of the title's element, else of a block saying the title, else of the first h1. */
    private int anchorOrder(Sourced<String> title) {
        if (title != null) {
            for (List<PageScan.Found> list : List.of(scan.h1s, scan.headlines, scan.props)) {
                for (PageScan.Found f : list) {
                    if (f.element() == title.element()) {
                        return f.order();
                    }
                }
            }
        }
        if (title != null) {
            String titleKey = MatchKey.of(title.value());
            for (PageScan.Block b : scan.blocks) {
                if (b.words() <= MAX_HEADLINE_WORDS && consistentKeys(MatchKey.of(b.text()), titleKey)) {
                    return b.order(); // a headline in a table cell or an unmarked element
                }
            }
        }
        return scan.h1s.stream().filter(h -> !h.inSiteLogo()).findFirst().map(PageScan.Found::order).orElse(0);
    }
}
