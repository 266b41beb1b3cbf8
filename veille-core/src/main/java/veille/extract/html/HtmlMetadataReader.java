package veille.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import veille.doc.TextNormalizer;
import veille.kb.KnowledgeBase;
import veille.kb.MatchKey;
import veille.kb.Outlet;
import veille.kb.Outlets;
import veille.time.DateReader;
import veille.time.PartialDate;

/**
 * Reads an HTML page's article metadata ({@link HtmlMetadata}) from JSON-LD, OpenGraph and other {@code <meta>}
 * tags, microdata and RDFa, Arc's Fusion content, {@code <time>} elements, bylines and visible stamps.
 *
 * <p>Each field has an ordered list of sources and a few conflict rules, documented in {@code docs/html-metadata.md}:
 * in short, machine-readable metadata first, the visible page where it is more trustworthy (the article's own
 * {@code <h1>} for the title, the outlet's local calendar day for a date given in UTC). Cue words, classes and
 * {@code <meta>} keys are data ({@code veille/kb/html-meta-cues.tsv}). Dates are read by {@link DateReader}.
 *
 * <p>When the page was parsed with position tracking ({@code Parser#setTrackPosition(true)}) every value carries the
 * source offsets it was read from. A page of any shape is read without throwing: malformed JSON-LD is ignored,
 * deep nesting is walked iteratively, and an unexpected failure yields {@link HtmlMetadata#EMPTY}. Immutable and
 * thread-safe: build one reader and share it.
 */
public final class HtmlMetadataReader {
    /** A machine time in UTC ("T08:32:00Z", "08:32:00+00:00", "08:32 GMT"): its calendar day may not be the outlet's. */
    private static final Pattern UTC_TIME = Pattern.compile(
            "(?i)\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?\\s*(?:z|[+-]00:?00|gmt|utc)(?![a-z])");
    /** "PÉKIN, 19 septembre (Xinhua) -- ", "MOSCOU (AFP) - ": the agency in a dispatch's dateline. */
    private static final Pattern DATELINE_AGENCY = Pattern.compile(
            "^\\p{Lu}[\\p{L}'’. -]{1,40}?(?:,[^()]{1,30})?\\s*\\(([^()]{2,30})\\)\\s*[-–—]");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)©|\\(c\\)|copyright");
    /** "© 2024 L'Écho diplomatique. Tous droits réservés": the name between the year and the first separator. */
    private static final Pattern COPYRIGHT_NAME = Pattern.compile(
            "(?iu)(?:©|\\(c\\)|copyright)(?:\\s*(?:©|&copy;))?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*)?"
                    + "(?:(?:all rights reserved|tous droits réservés)\\s*[.,]?\\s*)?"
                    + "(\\p{L}[^|.,•–—]*?)\\s*(?:[|.,•–—]|\\d{4}|tous droits|all rights|$)");
    private static final int MAX_SITE_NAME_WORDS = 6;
    private static final Pattern TIME_OF_DAY = Pattern.compile("(?i)^(?:\\d{1,2}\\s*[h:]\\s*\\d{0,2}(?::\\d{2})?|am|pm)$");
    /** What separates the parts of a stamp line ("16.05.2024 09h05 | Source : ..."). */
    private static final Pattern STAMP_SEPARATOR = Pattern.compile("\\s[|•·]\\s|\\s[–—]\\s");
    private static final Pattern LANG = Pattern.compile("(?i)^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$");
    /** Stamps are short: a block longer than this is prose, whatever dates it holds. */
    private static final int MAX_STAMP_WORDS = 30;
    private static final int MAX_BYLINE_WORDS = 24;
    private static final int MAX_CREDIT_WORDS = 12;
    private static final int MAX_HEADLINE_WORDS = 40;
    /** A bare date counts as a date line when at most this many other words stand beside it. */
    private static final int MAX_DATE_LINE_OTHER_WORDS = 4;
    /** Visible credit lines are read from here on, relative to the headline: not in the site's top bar. */
    private static final int CREDIT_LINES_BEFORE_HEADLINE = 30;
    private static final int[] NO_RANGE = {-1, -1};
    /** Machine dates before this year are placeholders ("0001-01-01T00:00:00"), not publication dates. */
    private static final int MIN_YEAR = 1900;
    private static final int MAX_FOOTER_CHARS = 400;
    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?:the|le|la|les|l|el|al) ");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** Stamps are looked for this many elements around the headline (date-classed elements anywhere). */
    private static final int STAMP_WINDOW = 400;
    /** A paragraph this long may open with a dateline ("MOSCOU (AFP) - ..."). */
    private static final int DATELINE_PARAGRAPH_WORDS = 15;
    private static final int MAX_STAMP_CREDIT_WORDS = 8;
    private static final int MAX_OUTLET_NAME_CHARS = 60;
    static final Pattern BRACKETS = Pattern.compile("^[\\s(\\[]+|[\\s)\\].]+$");
    // Split patterns compiled once: String.split with a regex of more than one character compiles it at each call.
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;]");
    private static final String[] META_KEY_ATTRIBUTES = {"property", "name", "http-equiv"};
    // CSS queries parsed once: Element.selectFirst(String) parses its query (and compiles its regex) at each call.
    private static final Evaluator HTML_ELEMENT = QueryParser.parse("html");
    private static final Evaluator AUTHOR_NAME = QueryParser.parse(
            "[itemprop=name], [property~=(?i)^(schema|foaf):name$]");
    private static final Pattern STAMP_WORD_SEPARATOR = Pattern.compile("[\\s|•·,;–—()-]+");

    private final HtmlMetaCues cues;
    private final OutletNames outlets;
    private final Bylines bylines;

    /** A reader using the outlet list of {@code kb}. */
    public HtmlMetadataReader(KnowledgeBase kb) {
        this(kb.outlets());
    }

    HtmlMetadataReader(Outlets outlets) {
        this.cues = HtmlMetaCues.builtIn();
        this.outlets = new OutletNames(outlets);
        this.bylines = new Bylines(cues, this.outlets);
    }

    /** SHA-256 of the cue table in use, for provenance. */
    public String cuesSha256() {
        return cues.sha256;
    }

    /**
     * Reads one page's metadata. Never throws for a page's content; a failure nobody foresaw gives
     * {@link HtmlMetadata#EMPTY} rather than stopping a batch.
     */
    public HtmlMetadata read(Document page) {
        Objects.requireNonNull(page, "page");
        try {
            return readStrict(page);
        } catch (RuntimeException | StackOverflowError e) {
            return HtmlMetadata.EMPTY; // one hostile page must not stop the batch; its text is still extracted
        }
    }

    /**
     * {@link #read(Document)} of a page parsed from {@code source} with position tracking: every source range lies
     * within the source, even where jsoup places the end of a page cut inside a tag one past it.
     */
    public HtmlMetadata read(Document page, String source) {
        return read(page).within(source.length());
    }

    /** {@link #read} without its safety net, for tests that must see any failure. */
    HtmlMetadata readStrict(Document page) {
        return new PageRead(page).read();
    }

    /** {@link #read(Document, String)} without its safety net. */
    HtmlMetadata readStrict(Document page, String source) {
        return readStrict(page).within(source.length());
    }

    /** A date read from one place, with its role in the page, and its time when the place states one. */
    private record DateHit(PartialDate date, Sourced<String> sourced, String raw, Sourced<String> time) {
        DateHit(PartialDate date, Sourced<String> sourced, String raw) {
            this(date, sourced, raw, null);
        }

        /** This date with the time {@code from} states, if any (ISO 8601, read from its raw value, at its range). */
        DateHit withTimeOf(DateHit from) {
            String t = isoTime(from.raw());
            return t == null ? this : new DateHit(date, sourced, raw, from.sourced().withValue(t));
        }
    }

    /**
     * An ISO 8601 date and time ({@code 2023-09-19T08:30:00+08:00}, {@code 2023-09-19 08:30Z}, {@code +0800}), as
     * {@code 2023-09-19T08:30:00+08:00}, or without an offset when the value has none; null for anything else. A time
     * of exactly midnight is taken for a date-only value serialised with a time, as many CMSs do, and gives null.
     */
    static String isoTime(String raw) {
        if (raw == null || raw.length() > 40) {
            return null;
        }
        Matcher m = ISO_DATE_TIME.matcher(raw.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            java.time.LocalDateTime t = java.time.LocalDateTime.of(java.time.LocalDate.parse(m.group(1)),
                    java.time.LocalTime.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                            m.group(4) == null ? 0 : Integer.parseInt(m.group(4))));
            if (t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
                return null;
            }
            String out = t.format(java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT));
            String offset = m.group(5);
            if (offset == null) {
                return out;
            }
            if (offset.equalsIgnoreCase("z")) {
                return out + "Z";
            }
            String digits = offset.substring(1).replace(":", "");
            java.time.ZoneOffset z = java.time.ZoneOffset.ofHoursMinutes(
                    (offset.charAt(0) == '-' ? -1 : 1) * Integer.parseInt(digits.substring(0, 2)),
                    (offset.charAt(0) == '-' ? -1 : 1) * (digits.length() == 4 ? Integer.parseInt(digits.substring(2)) : 0));
            return out + (z.getTotalSeconds() == 0 ? "+00:00" : z.getId());
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static final Pattern ISO_DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?\\s*(Z|z|[+-]\\d{2}(?::?\\d{2})?)?");

    /** A short visible text holding dates, with its publication and update cues. */
    private record Stamp(Element element, String text, String folded, int order, boolean dateClassed,
                         List<DateReader.Found> dates, List<int[]> publishedCues, List<int[]> updatedCues) {
    }

    /** A {@code <meta>} holding a known field. */
    private record MetaHit(Element element, String key, String field, int rank, String content) {
    }

    /** The reading of one page. */
    private final class PageRead {
        private final Document page;
        private final PageScan scan;
        private final JsonLd ld;
        private final JsonLd.Node article;
        private final Map<String, List<MetaHit>> metas = new LinkedHashMap<>();
        private final Set<String> siteKeys = new HashSet<>();
        /** Bylines parsed on this page, by text: a byline element is often also a labelled block, or the meta author. */
        private final Map<String, Bylines.Parsed> parsedBylines = new HashMap<>();
        private final List<Sourced<String>> credits = new ArrayList<>();
        private Sourced<String> section;
        private int anchorOrder;
        private List<Stamp> stamps;
        /** The folded text of each block, made when first needed: stamps, bylines and credits all read it. */
        private String[] foldedBlocks;
        private String[] footerTexts;
        /** {@link #firstVisibleDate} by cue (published 2, updated 0) and role (publication 1). */
        private final DateHit[] visibleDate = new DateHit[4];
        private final boolean[] visibleDateRead = new boolean[4];

        PageRead(Document page) {
            this.page = page;
            this.scan = PageScan.of(page, cues);
            this.ld = JsonLd.of(scan.scripts);
            this.article = articleNode();
            readMetas();
        }

        HtmlMetadata read() {
            Sourced<String> canonical = canonicalUrl();
            Sourced<String> outlet = outlet(canonical);
            section = section();
            Sourced<String> title = title();
            anchorOrder = anchorOrder(title);
            DateHit published = date("published", "datePublished", cues.publishedCue, true);
            DateHit modified = date("modified", "dateModified", cues.updatedCue, false);
            if (published != null && modified != null) {
                if (modified.sourced().source() == MetaSource.TIME
                        && sameStamp(published.sourced().element(), modified.sourced().element())) {
                    modified = null; // one visible stamp is the publication; a theme classed it "updated"
                } else if (modified.raw().equals(published.raw())) {
                    // the same machine instant: the modification is the publication, in the same calendar
                    modified = new DateHit(published.date(), modified.sourced().withValue(published.sourced().value()),
                            modified.raw());
                }
            }
            List<Sourced<String>> authors = authors();
            visibleCredits();
            return new HtmlMetadata(title, published == null ? null : published.sourced(),
                    modified == null ? null : modified.sourced(), authors, credits, outlet, language(), canonical,
                    description(), section, keywords(), published == null ? null : published.time());
        }

        // ---------------------------------------------------------------- sources

        private JsonLd.Node articleNode() {
            JsonLd.Node first = null;
            JsonLd.Node page = null;
            for (JsonLd.Node n : ld.nodes()) {
                if (JsonLd.hasType(n.json(), cues::isArticleType)) {
                    if (first == null || !hasHeadline(first.json()) && hasHeadline(n.json())) {
                        first = n;
                    }
                } else if (page == null && JsonLd.hasType(n.json(), t -> t.endsWith("WebPage") || t.equals("ItemPage"))
                        && n.json().has("datePublished")) {
                    page = n; // a page object stands in for a missing article object
                }
            }
            return first != null ? first : page;
        }

        private boolean hasHeadline(JsonNode n) {
            return JsonLd.text(n.get("headline")) != null;
        }

        private void readMetas() {
            for (Element m : scan.metas) {
                String content = m.attr("content").strip();
                if (content.isEmpty()) {
                    continue;
                }
                for (String attr : META_KEY_ATTRIBUTES) {
                    // the keys are the value's white-space separated tokens (most values are one key)
                    SpaceTokens.first(m.attr(attr), key -> {
                        addMeta(m, key, content);
                        return null;
                    });
                }
            }
            for (List<MetaHit> hits : metas.values()) {
                hits.sort(Comparator.comparingInt(MetaHit::rank)); // stable: page order within one key
            }
        }

        private void addMeta(Element m, String key, String content) {
            String field = cues.metaField(key);
            if (field != null) {
                metas.computeIfAbsent(field, f -> new ArrayList<>())
                        .add(new MetaHit(m, key, field, cues.metaRank(key), content));
            }
        }

        private List<MetaHit> metas(String field) {
            return metas.getOrDefault(field, List.of());
        }

        /** All hits of the best-ranked key present for {@code field} ("article:tag" may repeat). */
        private List<MetaHit> bestMetas(String field) {
            List<MetaHit> hits = metas(field);
            if (hits.isEmpty()) {
                return hits;
            }
            int best = hits.get(0).rank();
            return hits.stream().filter(h -> h.rank() == best).toList();
        }

        private Sourced<String> metaSourced(MetaHit h, String value) {
            int[] r = attributeRange(h.element(), "content");
            return new Sourced<>(unescape(value), metaSource(h.key()), h.key(), h.element(), r[0], r[1]);
        }

        private MetaSource metaSource(String key) {
            String k = key.toLowerCase(Locale.ROOT);
            if (k.startsWith("og:") || k.startsWith("article:")) {
                return MetaSource.OPEN_GRAPH;
            }
            return k.startsWith("twitter:") ? MetaSource.TWITTER : MetaSource.META_NAME;
        }

        private Sourced<String> ldSourced(JsonLd.Node node, String key, String value) {
            int[] r = scriptRange(node.script(), value);
            return new Sourced<>(unescape(value), node == ld.fusion() ? MetaSource.FUSION : MetaSource.JSON_LD, key,
                    node.script(), r[0], r[1]);
        }

        private String ldText(String field) {
            return article == null ? null : JsonLd.text(article.json().get(field));
        }

        // ---------------------------------------------------------------- url, outlet, site names

        private Sourced<String> canonicalUrl() {
            for (Element link : scan.links) {
                if (hasToken(link.attr("rel"), "canonical") && !link.attr("href").isBlank()) {
                    String abs = link.absUrl("href");
                    int[] r = attributeRange(link, "href");
                    return new Sourced<>(abs.isEmpty() ? link.attr("href").strip() : abs, MetaSource.LINK,
                            "rel=canonical", link, r[0], r[1]);
                }
            }
            for (MetaHit h : metas("url")) {
                return metaSourced(h, h.content());
            }
            if (article != null) {
                String url = ldText("url");
                if (url == null) {
                    JsonNode main = article.json().get("mainEntityOfPage");
                    url = main != null && main.isObject() ? JsonLd.text(main.get("@id")) : JsonLd.text(main);
                }
                if (url != null && url.startsWith("http")) {
                    return ldSourced(article, "url", url);
                }
            }
            return null;
        }

        private Sourced<String> outlet(Sourced<String> canonical) {
            Sourced<String> o = outletChoice(canonical);
            if (o != null) {
                addSiteName(o.value());
                siteKeys.remove("");
            }
            return o;
        }

        /** A site name and its parts ("The Jerusalem Post | JPost.com"), with and without a leading article. */
        private void addSiteName(String name) {
            List<String> forms = new ArrayList<>();
            forms.add(name);
            for (int i = 0; i < cues.titleSeparatorPatterns.size(); i++) {
                // without the separator's characters the split is the name itself, as Pattern.split gives it
                forms.addAll(cues.mayHoldSeparator(name, i) ? List.of(cues.titleSeparatorPatterns.get(i).split(name))
                        : List.of(name));
            }
            for (String f : forms) {
                String key = MatchKey.of(f); // once: the compact key is it without spaces
                siteKeys.add(key.replace(" ", ""));
                Matcher article = LEADING_ARTICLE.matcher(key);
                if (article.lookingAt()) {
                    siteKeys.add(OutletNames.compact(key.substring(article.end())));
                }
            }
        }

        private Sourced<String> outletChoice(Sourced<String> canonical) {
            List<Sourced<String>> named = new ArrayList<>();
            for (MetaHit h : metas("site-name")) {
                named.add(metaSourced(h, h.content()));
            }
            if (article != null) {
                JsonNode publisher = ld.resolve(article.json().get("publisher"));
                String name = JsonLd.text(publisher);
                if (name != null) {
                    named.add(ldSourced(article, "publisher.name", name));
                }
            }
            for (JsonLd.Node n : ld.nodes()) {
                if (JsonLd.hasType(n.json(), "WebSite"::equals) && JsonLd.text(n.json().get("name")) != null) {
                    named.add(ldSourced(n, "WebSite.name", JsonLd.text(n.json().get("name"))));
                }
            }
            String host = OutletNames.host(canonical != null ? canonical.value() : page.location());
            Optional<Outlet> byHost = Optional.ofNullable(host).flatMap(outlets::findByHost);
            siteKeys.addAll(OutletNames.hostKeys(host));
            for (Sourced<String> n : named) {
                addSiteName(n.value());
                outlets.find(n.value()).ifPresent(this::addSiteKeys);
            }
            byHost.ifPresent(this::addSiteKeys);
            List<Sourced<String>> logos = siteLogos();
            for (Sourced<String> l : logos) {
                siteKeys.add(OutletNames.compact(l.value()));
            }
            siteKeys.remove("");
            for (Sourced<String> n : named) {
                if (looksLikeSiteName(n.value())) {
                    return n.withValue(outlets.find(n.value()).map(Outlet::name).orElse(n.value()));
                }
            }
            if (byHost.isPresent()) {
                Element at = canonical != null ? canonical.element() : page.root();
                return canonical != null
                        ? new Sourced<>(byHost.get().name(), MetaSource.DOMAIN, host, at, canonical.start(),
                        canonical.end())
                        : new Sourced<>(byHost.get().name(), MetaSource.DOMAIN, host, at, -1, -1);
            }
            Sourced<String> copyright = copyrightOutlet(true);
            if (copyright != null) {
                return copyright;
            }
            for (Sourced<String> logo : logos) {
                if (namedElsewhere(logo.value())) {
                    return logo.withValue(outlets.find(logo.value()).map(Outlet::name).orElse(logo.value()));
                }
            }
            return copyrightOutlet(false);
        }

        /**
         * Whether the page names the site a second time, in its title or a footer: a logo's text alone may be a
         * menu or a login link.
         */
        private boolean namedElsewhere(String name) {
            String key = MatchKey.of(name);
            if (key.isEmpty()) {
                return false;
            }
            if (scan.titleElement != null && MatchKey.of(scan.titleElement.text()).contains(key)) {
                return true;
            }
            for (int i = 0; i < scan.footers.size(); i++) {
                String text = footerText(i);
                if (text.length() <= MAX_FOOTER_CHARS && MatchKey.of(text).contains(key)) {
                    return true;
                }
            }
            return false;
        }

        /** The names the site's logo or name elements show as text ("L'Observateur de l'Est africain"). */
        private List<Sourced<String>> siteLogos() {
            List<Sourced<String>> out = new ArrayList<>();
            for (PageScan.Found f : scan.siteLogos) {
                String text = f.element().text().strip();
                if (!text.isEmpty() && text.split(" ").length <= MAX_SITE_NAME_WORDS
                        && Character.isUpperCase(text.codePointAt(0))) {
                    int[] r = textRange(f.element(), text);
                    out.add(new Sourced<>(text, MetaSource.LOGO, "class=" + f.element().className(), f.element(),
                            r[0], r[1]));
                }
            }
            return out;
        }

        private boolean looksLikeSiteName(String s) {
            return !s.isBlank() && WHITESPACE.split(s).length <= 8 && !s.startsWith("http") && !s.startsWith("@");
        }

        private void addSiteKeys(Outlet o) {
            siteKeys.add(OutletNames.compact(o.name()));
            siteKeys.add(OutletNames.compact(o.id()));
            for (String a : o.aliases()) {
                siteKeys.add(OutletNames.compact(a));
            }
        }

        /**
         * "© 2023 Le Quotidien du Peuple en ligne": a known outlet, never an agency (that is a credit); or, when
         * {@code known} is false, the name as written after the © and year.
         */
        private Sourced<String> copyrightOutlet(boolean known) {
            for (int i = 0; i < scan.footers.size(); i++) {
                Element e = scan.footers.get(i);
                String text = footerText(i);
                if (text.length() > MAX_FOOTER_CHARS) {
                    continue;
                }
                Matcher c = COPYRIGHT.matcher(text);
                if (!c.find()) {
                    continue;
                }
                if (known) {
                    for (Outlet o : outlets.findIn(text.substring(c.start()))) {
                        if (!o.isAgency()) {
                            addSiteKeys(o);
                            int[] r = innerRange(e);
                            return new Sourced<>(o.name(), MetaSource.COPYRIGHT, "©", e, r[0], r[1]);
                        }
                    }
                } else {
                    Matcher name = COPYRIGHT_NAME.matcher(text.substring(c.start()));
                    if (name.lookingAt()) {
                        String n = name.group(1).strip();
                        if (n.split(" ").length <= MAX_SITE_NAME_WORDS && Character.isUpperCase(n.codePointAt(0))
                                && outlets.find(n).map(o -> !o.isAgency()).orElse(true)) {
                            int[] r = textRange(e, n);
                            return new Sourced<>(n, MetaSource.COPYRIGHT, "©", e, r[0], r[1]);
                        }
                    }
                }
            }
            return null;
        }

        /** The text of footer {@code i}, read once: the copyright is looked for twice, and the logo's name in it. */
        private String footerText(int i) {
            if (footerTexts == null) {
                footerTexts = new String[scan.footers.size()];
            }
            String text = footerTexts[i];
            if (text == null) {
                text = footerTexts[i] = scan.footers.get(i).text();
            }
            return text;
        }

        private boolean isSiteName(String s) {
            String key = MatchKey.of(s); // once: the compact key and the outlet lookup both start from it
            String k = key.replace(" ", "");
            if (k.isEmpty()) {
                return false;
            }
            if (siteKeys.contains(k)) {
                return true;
            }
            Optional<Outlet> o = outlets.findByKey(key);
            return o.isPresent() && siteKeys.contains(OutletNames.compact(o.get().name()));
        }

        // ---------------------------------------------------------------- title

        private Sourced<String> title() {
            List<Sourced<String>> metaTitles = new ArrayList<>();
            if (article != null) {
                String headline = ldText("headline");
                if (headline == null) {
                    headline = ldText("name");
                }
                if (headline != null) {
                    metaTitles.add(ldSourced(article, "headline", headline));
                }
            }
            for (MetaHit h : metas("title")) {
                metaTitles.add(metaSourced(h, h.content()));
            }
            for (PageScan.Found p : scan.props) {
                if (p.field().equals("headline") && p.element().normalName().equals("meta")) {
                    String v = p.element().attr("content").strip();
                    if (!v.isEmpty()) {
                        int[] r = attributeRange(p.element(), "content");
                        metaTitles.add(new Sourced<>(v, MetaSource.MICRODATA, "headline", p.element(), r[0], r[1]));
                    }
                }
            }
            if (ld.fusion() != null) {
                String headline = JsonLd.text(JsonLd.path(ld.fusion().json(), "headlines", "basic"));
                if (headline != null) {
                    metaTitles.add(ldSourced(ld.fusion(), "headlines.basic", headline));
                }
            }
            Element titleElement = scan.titleElement;
            if (titleElement != null && !titleElement.text().isBlank()) {
                int[] r = innerRange(titleElement);
                metaTitles.add(new Sourced<>(titleElement.text().strip(), MetaSource.TITLE, "title", titleElement,
                        r[0], r[1]));
            }
            List<Sourced<String>> cleaned = new ArrayList<>();
            for (Sourced<String> m : metaTitles) {
                String c = cleanTitle(normaliseSpace(m.value()));
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
                    if (text.isEmpty() || text.split(" ").length > MAX_HEADLINE_WORDS || isSiteName(text)
                            || out.stream().anyMatch(o -> o.element() == f.element())) {
                        continue;
                    }
                    int[] r = textRange(f.element(), text);
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
                        if (isSiteName(suffix) || strippedSite && isSection(suffix)) {
                            t = t.substring(0, lastStart).strip();
                            strippedSite = true;
                            changed = true;
                            break;
                        }
                    }
                    if (firstStart > 0) {
                        String prefix = t.substring(0, firstStart).strip();
                        if (isSiteName(prefix)) {
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
        private boolean consistentKeys(String v, String m) {
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

        // ---------------------------------------------------------------- dates

        /**
         * The publication ({@code published}) or update date: JSON-LD, then {@code <meta>}, microdata/RDFa, Fusion,
         * {@code <time>}, then visible stamps; a visible stamp wins over a machine date when the two are a UTC day
         * shift apart, or when the machine "publication" date is in fact the visible update date.
         */
        private DateHit date(String field, String ldField, Pattern cue, boolean publication) {
            List<DateHit> machine = new ArrayList<>();
            if (article != null) {
                addMachineDate(machine, article, ldField);
                if (publication) {
                    addMachineDate(machine, article, "dateCreated");
                }
            }
            for (MetaHit h : metas(field)) {
                PartialDate d = firstDate(h.content());
                if (d != null) {
                    machine.add(new DateHit(d, metaSourced(h, d.iso()), h.content()));
                }
            }
            for (PageScan.Found p : scan.props) {
                if (p.field().equals(field)) {
                    Element e = p.element();
                    String attr = e.hasAttr("content") ? "content" : e.hasAttr("datetime") ? "datetime" : null;
                    String raw = attr != null ? e.attr(attr) : e.normalName().equals("meta") ? "" : e.text();
                    PartialDate d = firstDate(raw);
                    if (d != null) {
                        int[] r = attr != null ? attributeRange(e, attr) : innerRange(e);
                        machine.add(new DateHit(d, new Sourced<>(d.iso(), MetaSource.MICRODATA, firstToken(e),
                                e, r[0], r[1]), raw));
                    }
                }
            }
            if (ld.fusion() != null) {
                List<String> keys = publication ? List.of("first_publish_date", "display_date", "publish_date")
                        : List.of("last_updated_date");
                for (String k : keys) {
                    if (addMachineDate(machine, ld.fusion(), k)) {
                        break;
                    }
                }
            }
            List<DateHit> times = timeDates(publication);
            DateHit visible = firstVisibleDate(cue, publication);
            DateHit best = !machine.isEmpty() ? machine.get(0) : !times.isEmpty() ? times.get(0) : visible;
            if (best == null) {
                return null;
            }
            if (visible != null && best != visible) {
                if (UTC_TIME.matcher(best.raw()).find() && daysBetween(best.date(), visible.date()) == 1) {
                    // the outlet's day, not UTC's; the machine value's instant stays right
                    return new DateHit(visible.date(), visible.sourced(), best.raw()).withTimeOf(best);
                }
                if (publication) {
                    DateHit update = firstVisibleDate(cues.updatedCue, false);
                    if (update != null && update.date().equals(best.date())
                            && daysBetween(visible.date(), best.date()) > 0) {
                        return visible; // the "publication" metadata carries the update date
                    }
                }
            }
            return best.withTimeOf(best);
        }

        private boolean addMachineDate(List<DateHit> out, JsonLd.Node node, String key) {
            String raw = JsonLd.text(node.json().get(key));
            PartialDate d = raw == null ? null : firstDate(raw);
            if (d == null) {
                return false;
            }
            int[] r = scriptRange(node.script(), raw);
            out.add(new DateHit(d, new Sourced<>(d.iso(), node == ld.fusion() ? MetaSource.FUSION : MetaSource.JSON_LD,
                    key, node.script(), r[0], r[1]), raw));
            return true;
        }

        /** {@code <time>} elements of the given role, nearest the headline first. */
        private List<DateHit> timeDates(boolean publication) {
            List<DateHit> out = new ArrayList<>();
            List<PageScan.Found> sorted = new ArrayList<>(scan.times);
            sorted.sort(Comparator.comparingInt(f -> Math.abs(f.order() - anchorOrder)));
            for (PageScan.Found f : sorted) {
                Element t = f.element();
                boolean update = isUpdateTime(t);
                if (update == publication) {
                    continue;
                }
                String raw = t.attr("datetime");
                PartialDate d = firstDate(raw);
                int[] r = attributeRange(t, "datetime");
                if (d == null) {
                    raw = t.text();
                    d = firstDate(raw);
                    r = innerRange(t);
                }
                if (d != null) {
                    out.add(new DateHit(d, new Sourced<>(d.iso(), MetaSource.TIME, "time", t, r[0], r[1]), raw));
                }
            }
            return out;
        }

        /** Whether a {@code <time>} gives the update: its class, or an update cue just before it ("Mis à jour le"). */
        private boolean isUpdateTime(Element t) {
            if (t.hasAttr("pubdate") || t.attr("itemprop").equalsIgnoreCase("datePublished")) {
                return false;
            }
            String cls = (t.className() + " " + t.id()).toLowerCase(Locale.ROOT);
            if (cls.contains("updated") || cls.contains("modified") || cls.contains("maj")) {
                return true;
            }
            if (cls.contains("published") || cls.contains("publication")) {
                return false;
            }
            Element parent = t.parent();
            if (parent == null) {
                return false;
            }
            String before = textBefore(parent, t);
            if (before.length() > 200) {
                before = before.substring(before.length() - 200);
            }
            int upd = lastMatch(cues.updatedCue, before);
            int pub = lastMatch(cues.publishedCue, before);
            return upd > pub;
        }

        /**
         * The first date in visible stamps ({@link #visibleDate}), memoised per cue and role: the publication's
         * reading also asks for the update's.
         */
        private DateHit firstVisibleDate(Pattern cue, boolean publication) {
            int key = (cue == cues.publishedCue ? 2 : 0) | (publication ? 1 : 0);
            if (!visibleDateRead[key]) {
                visibleDate[key] = visibleDate(cue, publication);
                visibleDateRead[key] = true;
            }
            return visibleDate[key];
        }

        /**
         * The first of the dates in visible stamps, or null: those after a qualifying cue ({@code cue}) come first,
         * then (for publication only) bare dates in date-classed elements or date lines; nearest the headline first
         * within each kind. Only the first is located in the page, the costly step.
         */
        private DateHit visibleDate(Pattern cue, boolean publication) {
            record Candidate(Stamp stamp, DateReader.Found found, boolean cued, boolean hasYear, int distance,
                             boolean dateClassed) {
            }
            Comparator<Candidate> order = Comparator.comparing((Candidate c) -> !c.cued())
                    .thenComparing(c -> !c.hasYear()).thenComparingInt(Candidate::distance)
                    .thenComparing(c -> !c.dateClassed());
            Candidate first = null;
            for (Stamp s : stamps()) {
                for (DateReader.Found f : s.dates()) {
                    int pub = lastBefore(s.publishedCues(), f.start());
                    int upd = lastBefore(s.updatedCues(), f.start());
                    int mine = cue == cues.publishedCue ? pub : upd;
                    int other = cue == cues.publishedCue ? upd : pub;
                    boolean cued = mine >= 0 && mine > other;
                    boolean bare = publication && pub < 0 && upd < 0 && (s.dateClassed() || isDateLine(s.folded(), f));
                    if (!cued && !bare) {
                        continue;
                    }
                    Candidate c = new Candidate(s, f, cued, f.date().hasYear(), Math.abs(s.order() - anchorOrder),
                            s.dateClassed());
                    // A cue says what a date is; among bare dates the one beside the headline is the article's, not
                    // the site header's "today" nor a sidebar's. The earliest wins a tie, as in a stable sort.
                    if (first == null || order.compare(c, first) < 0) {
                        first = c;
                    }
                    break; // one date per stamp and role: the first
                }
            }
            if (first == null) {
                return null;
            }
            Stamp s = first.stamp();
            DateReader.Found f = first.found();
            String written = s.text().substring(f.start(), f.end());
            int[] r = textRange(s.element(), written);
            return new DateHit(f.date(), new Sourced<>(f.date().iso(), MetaSource.STAMP,
                    first.cued() ? "cue" : s.dateClassed() ? "class=date" : "date line", s.element(), r[0], r[1]),
                    written);
        }

        /** The short texts holding dates (date-classed elements, then text blocks), read once per page. */
        private List<Stamp> stamps() {
            if (stamps != null) {
                return stamps;
            }
            stamps = new ArrayList<>();
            // elements already read, by their place in page order (one element per place): no identity hashing
            java.util.BitSet seen = new java.util.BitSet();
            for (PageScan.Found d : scan.dates) {
                addStamp(seen, d.element(), PageScan.segmentedText(d.element()), d.order(), true, -1);
            }
            for (int i = 0; i < scan.blocks.size(); i++) {
                PageScan.Block b = scan.blocks.get(i);
                addStamp(seen, b.element(), b.text(), b.order(), false, i);
            }
            return stamps;
        }

        /** A stamp candidate: a date-classed element's text, or the text of block {@code block} (else -1). */
        private String foldedBlock(int i) {
            if (foldedBlocks == null) {
                foldedBlocks = new String[scan.blocks.size()];
            }
            String f = foldedBlocks[i];
            if (f == null) {
                f = foldedBlocks[i] = TextNormalizer.fold(scan.blocks.get(i).text());
            }
            return f;
        }

        private void addStamp(java.util.BitSet seen, Element e, String text, int order, boolean dateClassed,
                              int block) {
            boolean read = seen.get(order);
            seen.set(order);
            // Cheapest tests first: most blocks are far from the headline or are long paragraphs.
            if (read || !dateClassed && (Math.abs(order - anchorOrder) > STAMP_WINDOW
                    || HEADINGS.contains(e.normalName())) || text.isEmpty() || moreWordsThan(text, MAX_STAMP_WORDS)
                    || !hasDigit(text)) {
                return;
            }
            String folded = block >= 0 ? foldedBlock(block) : TextNormalizer.fold(text);
            List<DateReader.Found> found = DateReader.findAll(folded);
            if (!found.isEmpty()) {
                stamps.add(new Stamp(e, text, folded, order, dateClassed, found, stampCues(cues.publishedCue, folded),
                        stampCues(cues.updatedCue, folded)));
            }
        }

        /** Cue positions that open a stamp: at the start, after a separator, or capitalised ("Publié le"). */
        private List<int[]> stampCues(Pattern cue, String text) {
            List<int[]> out = new ArrayList<>();
            Matcher m = cue.matcher(text);
            while (m.find()) {
                String before = text.substring(0, m.start()).stripTrailing();
                boolean opens = before.isEmpty() || "|•·,;–—-(/:".indexOf(before.charAt(before.length() - 1)) >= 0
                        || Character.isUpperCase(text.charAt(m.start()));
                if (opens) {
                    out.add(new int[] {m.start(), m.end()});
                }
            }
            return out;
        }

        private static int lastBefore(List<int[]> positions, int at) {
            int best = -1;
            for (int[] p : positions) {
                if (p[1] <= at) {
                    best = Math.max(best, p[0]);
                }
            }
            return best;
        }

        /** Whether a line is essentially one date: few other words beside it ("mardi", "à 10h32", "Xinhua"). */
        private boolean isDateLine(String text, DateReader.Found f) {
            int from = 0;
            int to = text.length();
            Matcher sep = STAMP_SEPARATOR.matcher(text);
            while (sep.find()) {
                if (sep.end() <= f.start()) {
                    from = sep.end();
                } else if (sep.start() >= f.end()) {
                    to = sep.start();
                    break;
                }
            }
            String rest = (text.substring(from, f.start()) + " " + text.substring(f.end(), to)).strip();
            int others = 0;
            for (String w : STAMP_WORD_SEPARATOR.split(rest)) {
                if (!w.isEmpty() && !TIME_OF_DAY.matcher(w).matches() && hasLetterOrDigit(w)) {
                    others++;
                }
            }
            return others <= MAX_DATE_LINE_OTHER_WORDS;
        }

        // ---------------------------------------------------------------- authors and credits

        /**
         * Authors: the first machine source naming at least one person (JSON-LD, Fusion, {@code <meta>}, then
         * microdata/RDFa), else the byline nearest the headline (a byline element or a visible "Par ..." line). A
         * single byline naming the same persons and more (co-authors a CMS field left out) replaces a machine list.
         * Agencies met in any of them become credits.
         */
        private List<Sourced<String>> authors() {
            List<List<Sourced<String>>> machine = List.of(ldAuthors(), fusionAuthors(), metaAuthors(), propAuthors());
            List<List<Sourced<String>>> bylines = visibleBylines();
            for (int i = 0; i < machine.size(); i++) {
                List<Sourced<String>> chosen = machine.get(i);
                if (chosen.isEmpty()) {
                    continue;
                }
                Set<String> keys = keys(chosen);
                List<List<Sourced<String>>> fuller = new ArrayList<>(bylines);
                if (i < machine.size() - 1) {
                    fuller.add(0, machine.get(machine.size() - 1));
                }
                for (List<Sourced<String>> later : fuller) {
                    if (later.size() > chosen.size() && keys(later).containsAll(keys)) {
                        return later;
                    }
                }
                return chosen;
            }
            return bylines.isEmpty() ? List.of() : bylines.get(0);
        }

        /** The persons of each byline element and visible "Par ..." line that names any, nearest the headline first. */
        private List<List<Sourced<String>>> visibleBylines() {
            record Byline(List<Sourced<String>> persons, int distance) {
            }
            List<Byline> out = new ArrayList<>();
            for (PageScan.Found b : scan.bylines) {
                String text = PageScan.segmentedText(b.element());
                if (!text.isBlank() && PageScan.words(text) <= MAX_BYLINE_WORDS) {
                    List<Sourced<String>> persons = new ArrayList<>();
                    addParsed(persons, text, new Sourced<>(text, MetaSource.BYLINE, "class=" + b.element().className(),
                            b.element(), -1, -1));
                    out.add(new Byline(persons, Math.abs(b.order() - anchorOrder)));
                }
            }
            for (int i = 0; i < scan.blocks.size(); i++) {
                PageScan.Block b = scan.blocks.get(i);
                if (b.words() > MAX_BYLINE_WORDS) {
                    continue;
                }
                String folded = foldedBlock(i);
                if (!cues.mayOpenWithBylineLabel(folded)) {
                    continue; // no label can start the block
                }
                Matcher label = cues.bylineLabel.matcher(folded);
                if (label.lookingAt() && label.end() < b.text().length()
                        && Character.isUpperCase(b.text().codePointAt(label.end()))) {
                    List<Sourced<String>> persons = new ArrayList<>();
                    addParsed(persons, b.text(), new Sourced<>(b.text(), MetaSource.BYLINE, "text", b.element(), -1, -1));
                    out.add(new Byline(persons, Math.abs(b.order() - anchorOrder)));
                }
            }
            out.sort(Comparator.comparingInt(Byline::distance));
            return out.stream().map(Byline::persons).filter(p -> !p.isEmpty()).toList();
        }

        private Set<String> keys(List<Sourced<String>> names) {
            Set<String> out = new HashSet<>();
            for (Sourced<String> n : names) {
                out.add(MatchKey.of(n.value()));
            }
            return out;
        }

        private List<Sourced<String>> ldAuthors() {
            List<Sourced<String>> out = new ArrayList<>();
            if (article == null) {
                return out;
            }
            for (String field : List.of("author", "creator")) {
                JsonNode n = article.json().get(field);
                if (n == null) {
                    continue;
                }
                List<JsonNode> items = new ArrayList<>();
                if (n.isArray()) {
                    n.forEach(items::add);
                } else {
                    items.add(n);
                }
                for (JsonNode item : items) {
                    JsonNode a = ld.resolve(item);
                    String name = JsonLd.text(a);
                    if (name == null && a != null && a.isObject()) {
                        String given = JsonLd.text(a.get("givenName"));
                        String family = JsonLd.text(a.get("familyName"));
                        name = given != null && family != null ? given + " " + family : null;
                    }
                    if (name == null) {
                        continue;
                    }
                    String written = name;
                    boolean organization = a.isObject() && JsonLd.hasType(a, t -> t.endsWith("Organization"));
                    if (organization) {
                        outlets.find(written).filter(Outlet::isAgency).ifPresent(o -> addCredit(o,
                                ldSourced(article, field, written)));
                        continue;
                    }
                    addParsed(out, written, ldSourced(article, field, written));
                }
                if (!out.isEmpty()) {
                    break;
                }
            }
            JsonNode source = ld.resolve(article.json().get("sourceOrganization"));
            String sourceName = JsonLd.text(source);
            if (sourceName != null) {
                outlets.find(sourceName).filter(Outlet::isAgency)
                        .ifPresent(o -> addCredit(o, ldSourced(article, "sourceOrganization", sourceName)));
            }
            return out;
        }

        private List<Sourced<String>> fusionAuthors() {
            List<Sourced<String>> out = new ArrayList<>();
            if (ld.fusion() == null) {
                return out;
            }
            JsonNode by = JsonLd.path(ld.fusion().json(), "credits", "by");
            if (by != null && by.isArray()) {
                for (JsonNode a : by) {
                    String name = JsonLd.text(a.get("name"));
                    if (name != null) {
                        addParsed(out, name, ldSourced(ld.fusion(), "credits.by", name));
                    }
                }
            }
            return out;
        }

        private List<Sourced<String>> metaAuthors() {
            List<Sourced<String>> out = new ArrayList<>();
            for (MetaHit h : bestMetas("author")) {
                if (!h.content().startsWith("http") && !h.content().startsWith("@")) {
                    addParsed(out, h.content(), metaSourced(h, h.content()));
                }
            }
            return out;
        }

        private List<Sourced<String>> propAuthors() {
            List<Sourced<String>> out = new ArrayList<>();
            for (PageScan.Found p : scan.props) {
                if (!p.field().equals("author") || p.element().normalName().equals("link")) {
                    continue;
                }
                Element e = p.element();
                Element named = e.selectFirst(AUTHOR_NAME);
                Element at = named != null ? named : e;
                String value = at.hasAttr("content") ? at.attr("content") : at.normalName().equals("meta") ? "" : at.text();
                if (value.isBlank() || value.length() > 200) {
                    continue;
                }
                int[] r = at.hasAttr("content") ? attributeRange(at, "content") : NO_RANGE;
                Sourced<String> where = new Sourced<>(value, MetaSource.MICRODATA, firstToken(e), at, r[0], r[1]);
                addParsed(out, value, where);
            }
            return out;
        }

        /** Adds the persons a byline names to {@code out} (located in its element) and its agencies to the credits. */
        private void addParsed(List<Sourced<String>> out, String byline, Sourced<String> where) {
            // the site names are settled before the first byline is read (outlet() runs first): a text parses the same
            Bylines.Parsed parsed = parsedBylines.get(byline);
            if (parsed == null) {
                parsed = bylines.parse(byline, siteKeys);
                parsedBylines.put(byline, parsed);
            }
            for (String person : parsed.persons()) {
                String key = MatchKey.of(person);
                if (out.stream().noneMatch(o -> MatchKey.of(o.value()).equals(key))) {
                    out.add(locate(where, person));
                }
            }
            for (Outlet o : parsed.agencies()) {
                addCredit(o, locate(where, o.name()));
            }
        }

        /** The same provenance narrowed to where {@code value} stands inside it, when it can be found. */
        private Sourced<String> locate(Sourced<String> where, String value) {
            int[] r;
            if (where.source() == MetaSource.JSON_LD || where.source() == MetaSource.FUSION) {
                r = scriptRange(where.element(), value);
            } else if (where.element().normalName().equals("meta")) {
                r = new int[] {where.start(), where.end()};
            } else {
                r = textRange(where.element(), value);
            }
            return new Sourced<>(value, where.source(), where.key(), where.element(), r[0], r[1]);
        }

        private void addCredit(Outlet agency, Sourced<String> where) {
            if (credits.stream().noneMatch(c -> c.value().equals(agency.name()))) {
                credits.add(where.withValue(agency.name()));
            }
        }

        /**
         * Agency credits shown as text: "Avec AFP", "Source : Xinhua", "(AFP)", "Xinhua | 20.09.2023" lines, and a
         * dispatch's dateline ("MOSCOU (AFP) - ").
         */
        private void visibleCredits() {
            int from = anchorOrder - CREDIT_LINES_BEFORE_HEADLINE;
            Set<Element> dated = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (Stamp s : stamps()) {
                dated.add(s.element());
            }
            boolean datelineRead = false;
            for (int i = 0; i < scan.blocks.size(); i++) {
                PageScan.Block b = scan.blocks.get(i);
                if (b.order() < from || HEADINGS.contains(b.element().normalName())) {
                    continue;
                }
                if (b.words() > MAX_CREDIT_WORDS && (datelineRead || b.words() < DATELINE_PARAGRAPH_WORDS)) {
                    continue;
                }
                String folded = foldedBlock(i);
                if (!datelineRead && b.words() >= DATELINE_PARAGRAPH_WORDS && b.order() > anchorOrder) {
                    datelineRead = true; // only the article's first paragraph carries a dateline
                    Matcher d = DATELINE_AGENCY.matcher(folded);
                    if (d.lookingAt()) {
                        creditsIn(d.group(1), b, MetaSource.CREDIT, "dateline");
                    }
                    continue;
                }
                if (b.words() > MAX_CREDIT_WORDS) {
                    continue;
                }
                Matcher label = cues.mayOpenWithCreditLabel(folded) ? cues.creditLabel.matcher(folded) : null;
                if (label != null && label.lookingAt()) {
                    creditsIn(folded.substring(label.end()), b, MetaSource.CREDIT, "label");
                    continue;
                }
                String bare = mayHoldBrackets(folded) ? BRACKETS.matcher(folded).replaceAll("") : folded;
                Optional<Outlet> alone = bare.length() <= MAX_OUTLET_NAME_CHARS ? outlets.find(bare) : Optional.empty();
                if (alone.isPresent() && alone.get().isAgency()) {
                    creditsIn(bare, b, MetaSource.CREDIT, "agency");
                } else if (b.words() <= MAX_STAMP_CREDIT_WORDS && dated.contains(b.element())) {
                    creditsIn(folded, b, MetaSource.STAMP, "stamp"); // "Xinhua | 20.09.2023 08h36"
                }
            }
        }

        private void creditsIn(String text, PageScan.Block b, MetaSource source, String key) {
            for (Outlet o : outlets.findIn(text)) {
                if (o.isAgency()) {
                    int[] r = textRange(b.element(), o.name());
                    addCredit(o, new Sourced<>(o.name(), source, key, b.element(), r[0], r[1]));
                }
            }
        }

        // ---------------------------------------------------------------- language, description, section, keywords

        private Sourced<String> language() {
            Element html = page.selectFirst(HTML_ELEMENT);
            if (html != null) {
                String code = languageCode(html.attr("lang"));
                if (code == null) {
                    code = languageCode(html.attr("xml:lang"));
                }
                if (code != null) {
                    int[] r = attributeRange(html, html.hasAttr("lang") ? "lang" : "xml:lang");
                    return new Sourced<>(code, MetaSource.HTML_LANG, "lang", html, r[0], r[1]);
                }
            }
            String inLanguage = ldText("inLanguage");
            if (languageCode(inLanguage) != null) {
                return ldSourced(article, "inLanguage", inLanguage).withValue(languageCode(inLanguage));
            }
            for (MetaHit h : metas("lang")) {
                String code = languageCode(h.content());
                if (code != null) {
                    return metaSourced(h, code);
                }
            }
            return null;
        }

        private Sourced<String> description() {
            for (MetaHit h : metas("description")) {
                return metaSourced(h, normaliseSpace(h.content()));
            }
            String d = ldText("description");
            return d == null ? null : ldSourced(article, "description", normaliseSpace(d));
        }

        private Sourced<String> section() {
            for (MetaHit h : metas("section")) {
                return metaSourced(h, h.content());
            }
            String s = ldText("articleSection");
            if (s != null) {
                return ldSourced(article, "articleSection", s);
            }
            if (ld.fusion() != null) {
                String f = JsonLd.text(JsonLd.path(ld.fusion().json(), "taxonomy", "primary_section", "name"));
                if (f != null) {
                    return ldSourced(ld.fusion(), "taxonomy.primary_section", f);
                }
            }
            return null;
        }

        private List<Sourced<String>> keywords() {
            List<Sourced<String>> out = new ArrayList<>();
            for (MetaHit h : bestMetas("keywords")) {
                for (String k : LIST_SEPARATOR.split(h.content())) {
                    addKeyword(out, k, metaSourced(h, h.content()));
                }
            }
            if (out.isEmpty() && article != null) {
                JsonNode k = article.json().get("keywords");
                if (k != null && k.isArray()) {
                    for (JsonNode item : k) {
                        String v = JsonLd.text(item);
                        if (v != null) {
                            addKeyword(out, v, ldSourced(article, "keywords", v));
                        }
                    }
                } else if (JsonLd.text(k) != null) {
                    for (String v : LIST_SEPARATOR.split(JsonLd.text(k))) {
                        addKeyword(out, v, ldSourced(article, "keywords", v.strip()));
                    }
                }
            }
            return out;
        }

        private void addKeyword(List<Sourced<String>> out, String keyword, Sourced<String> where) {
            String k = normaliseSpace(keyword);
            if (!k.isEmpty() && out.stream().noneMatch(o -> o.value().equalsIgnoreCase(k))) {
                out.add(where.withValue(k));
            }
        }
    }

    // -------------------------------------------------------------------- helpers

    /** Whether two elements are one stamp: the same, or one inside the other. */
    private static boolean sameStamp(Element a, Element b) {
        return a == b || encloses(a, b) || encloses(b, a);
    }

    private static boolean encloses(Element outer, Element inner) {
        int steps = 0;
        for (Element p = inner.parent(); p != null && steps < 64; p = p.parent(), steps++) {
            if (p == outer) {
                return true;
            }
        }
        return false;
    }

    /** The first date of a machine value, skipping placeholders such as "0001-01-01". */
    private static PartialDate firstDate(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 200) {
            return null;
        }
        for (DateReader.Found f : DateReader.findAll(raw)) {
            if (!f.date().hasYear() || f.date().year() >= MIN_YEAR) {
                return f.date();
            }
        }
        return null;
    }

    /** Values some CMSs escape twice ("Bike &amp; Style", "&#8211;") as a reader sees them. */
    private static String unescape(String value) {
        return value.indexOf('&') >= 0 && value.indexOf(';') > 0 ? Parser.unescapeEntities(value, false) : value;
    }

    /** Days from {@code a} to {@code b}, or {@link Long#MAX_VALUE} when either lacks its year. */
    private static long daysBetween(PartialDate a, PartialDate b) {
        if (!a.hasYear() || !b.hasYear()) {
            return Long.MAX_VALUE;
        }
        return ChronoUnit.DAYS.between(LocalDate.of(a.year(), a.month(), a.day()), LocalDate.of(b.year(), b.month(),
                b.day()));
    }

    private static String languageCode(String raw) {
        if (raw == null) {
            return null;
        }
        Matcher m = LANG.matcher(raw.strip());
        return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static boolean hasToken(String attr, String token) {
        for (String t : WHITESPACE.split(attr)) {
            if (t.equalsIgnoreCase(token)) {
                return true;
            }
        }
        return false;
    }

    private static String firstToken(Element e) {
        for (String attr : new String[] {"itemprop", "property", "rel"}) {
            if (!e.attr(attr).isBlank()) {
                return WHITESPACE.split(e.attr(attr).strip())[0];
            }
        }
        return e.normalName();
    }

    static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

    /**
     * {@code SPACES.matcher(s).replaceAll(" ").strip()}, without the regex: each run of white space, no-break or
     * narrow no-break spaces becomes one space; a text with none but single spaces is returned as it is.
     */
    static String normaliseSpace(String s) {
        int n = s.length();
        int i = 0;
        // the first place a run is not already a single plain space
        while (i < n) {
            char c = s.charAt(i);
            if (isSpaceRun(c) && (c != ' ' || i + 1 < n && isSpaceRun(s.charAt(i + 1)))) {
                break;
            }
            i++;
        }
        if (i == n) {
            return s.strip();
        }
        StringBuilder out = new StringBuilder(n).append(s, 0, i);
        boolean inRun = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (isSpaceRun(c)) {
                if (!inRun) {
                    out.append(' ');
                    inRun = true;
                }
            } else {
                out.append(c);
                inRun = false;
            }
        }
        return out.toString().strip();
    }

    /** The characters of {@link #SPACES}. */
    private static boolean isSpaceRun(char c) {
        return SpaceTokens.isRegexSpace(c) || c == '\u00A0' || c == '\u202F';
    }

    /** Whether {@code text}, split at single spaces, has more than {@code max} parts; stops counting early. */
    private static boolean moreWordsThan(String text, int max) {
        int parts = 1;
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
            if (++parts > max) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@link #BRACKETS} can match: it only takes white space or brackets at the start, or white space,
     * closing brackets or full stops at the end.
     */
    static boolean mayHoldBrackets(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        char last = text.charAt(text.length() - 1);
        return SpaceTokens.isRegexSpace(first) || first == '(' || first == '['
                || SpaceTokens.isRegexSpace(last) || last == ')' || last == ']' || last == '.';
    }

    /** {@code text.chars().anyMatch(Character::isLetterOrDigit)}, without the stream. */
    private static boolean hasLetterOrDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit((int) text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int lastMatch(Pattern p, String text) {
        Matcher m = p.matcher(TextNormalizer.fold(text));
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    /** The text of {@code parent} before its descendant {@code stop}. */
    private static String textBefore(Element parent, Element stop) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == stop) {
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode t) {
                    out.append(t.text()).append(' ');
                }
                return out.length() > 2000 ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, parent);
        return out.toString();
    }

    // -------------------------------------------------------------------- source ranges

    /** The element's content (between its tags), or the element itself when it has no end tag. */
    private static int[] innerRange(Element e) {
        Range open = e.sourceRange();
        if (!open.isTracked()) {
            return NO_RANGE;
        }
        Range close = e.endSourceRange();
        if (close.isTracked() && close.startPos() >= open.endPos()) {
            return new int[] {open.endPos(), close.startPos()};
        }
        return new int[] {open.startPos(), open.endPos()};
    }

    private static int[] attributeRange(Element e, String attr) {
        Range.AttributeRange a = e.attributes().sourceRange(attr);
        if (a.valueRange().isTracked()) {
            return new int[] {a.valueRange().startPos(), a.valueRange().endPos()};
        }
        Range r = e.sourceRange();
        return r.isTracked() ? new int[] {r.startPos(), r.endPos()} : NO_RANGE;
    }

    /** Where {@code value} is written inside a script (as is, or with JSON's escaped slashes), else its content. */
    private static int[] scriptRange(Element script, String value) {
        Range open = script.sourceRange();
        if (!open.isTracked()) {
            return NO_RANGE;
        }
        // a script's data starts right after its start tag (its end tag's range is not reliable for raw text)
        int base = open.endPos();
        String data = JsonLd.data(script);
        int[] whole = {base, base + data.length()};
        if (value == null || value.isEmpty()) {
            return whole;
        }
        String written = value;
        int at = data.indexOf(written);
        if (at < 0) {
            written = value.replace("/", "\\/");
            at = data.indexOf(written);
        }
        return at >= 0 ? new int[] {base + at, base + at + written.length()} : whole;
    }

    /**
     * Where {@code needle} stands in the text of {@code e}: exactly when it lies in one text node written without
     * character references, else that text node, else the element's content.
     */
    private static int[] textRange(Element e, String needle) {
        int[][] found = {null};
        NodeTraversor.filter(new NodeFilter() {
            private int visited;

            @Override
            public FilterResult head(Node node, int depth) {
                if (++visited > 2000) {
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode t && t.text().contains(needle)) {
                    Range r = t.sourceRange();
                    if (r.isTracked()) {
                        String whole = t.getWholeText();
                        int at = whole.indexOf(needle);
                        found[0] = at >= 0 && r.endPos() - r.startPos() == whole.length()
                                ? new int[] {r.startPos() + at, r.startPos() + at + needle.length()}
                                : new int[] {r.startPos(), r.endPos()};
                    }
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        return found[0] != null ? found[0] : innerRange(e);
    }
}
