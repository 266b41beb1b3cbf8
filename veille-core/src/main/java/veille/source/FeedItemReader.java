package veille.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;
import org.jsoup.select.Evaluator;
import veille.doc.Decoding;
import veille.doc.InputFormat;
import veille.fetch.FetchException;
import veille.fetch.Urls;
import veille.io.InputException;

/**
 * Reads an RSS 2.0, RSS 1.0 (RDF) or Atom feed entry by entry, streaming: only the current entry is in memory.
 *
 * <p>Each entry becomes a {@link SourceItem} named by its link ({@code FEED#item-N} without one). What is analysed:
 * the full article when the entry carries it ({@code content:encoded}, Atom {@code content}); else the linked page
 * when the {@link LinkPolicy} allows fetching; else the entry's summary ({@code description}, {@code summary}), which
 * the origin marks as such. The text is handed on as a small HTML page whose head carries the entry's title,
 * authors and date ({@code <title>}, {@code <meta name="author">}, {@code article:published_time}) so the HTML
 * extractor reads them as the page's own metadata; the same values are kept in {@link Origin.FeedEntry}.
 *
 * <p>Parsing is lenient (jsoup's XML parser: undeclared entities, stray markup); a file that is not a feed, a feed
 * cut off mid-way, or an entry over the size limit ends the reading with one {@link InputException}, after the
 * entries read before it. Not thread-safe.
 */
public final class FeedItemReader implements ItemReader {
    /** When the page an entry links to is to be fetched instead of taking the feed's text. */
    public enum LinkPolicy {
        /** Never: the feed's text (full content, else summary) is analysed. */
        NEVER,
        /** When the entry carries no full article, only a summary or nothing ({@code --fetch-items}). */
        WHEN_NO_CONTENT,
        /** Always when there is a link ({@code bin/veille fetch FEED-URL}); the feed's text otherwise. */
        ALWAYS
    }

    private static final Pattern XML_ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*\\bencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    /** Atom and RSS entry elements, with or without a namespace prefix. */
    private static final Evaluator ENTRY = new Evaluator() {
        @Override
        public boolean matches(Element root, Element element) {
            String local = local(element);
            return local.equals("item") || local.equals("entry");
        }

        @Override
        public String toString() {
            return "item, entry";
        }
    };

    private final String container;
    private final long maxBytes;
    private final LinkPolicy links;
    private final CountingInputStream raw;
    private final CountingInputStream decoded;
    private final StreamParser parser;
    private final Decoding decoding;
    private int index;
    private String feedTitle;
    private boolean done;

    private FeedItemReader(String container, long maxBytes, LinkPolicy links, CountingInputStream raw,
                           CountingInputStream decoded, StreamParser parser, Decoding decoding) {
        this.container = container;
        this.maxBytes = maxBytes;
        this.links = links;
        this.raw = raw;
        this.decoded = decoded;
        this.parser = parser;
        this.decoding = decoding;
    }

    /**
     * Opens a feed (plain or gzip) for reading; closes {@code in} when the reader is closed or when opening fails.
     *
     * @param container the feed's name in messages and in each item's origin (a path or a URL; a URL also
     *                  resolves relative links)
     * @param declaredCharset the charset an HTTP header declared, or null; a BOM or the XML declaration wins over it
     * @param maxBytes the largest entry accepted, in bytes of feed
     * @throws InputException when the stream is not a feed
     */
    public static FeedItemReader open(InputStream in, String container, String declaredCharset, long maxBytes,
                                      LinkPolicy links) throws InputException {
        try {
            CountingInputStream raw = new CountingInputStream(in, Long.MAX_VALUE, "");
            BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16);
            byte[] head = peek(buffered);
            InputStream body = buffered;
            if (SourceSniffer.isGzip(head)) {
                body = new BufferedInputStream(new GZIPInputStream(buffered), 1 << 16);
                head = peek(body);
            }
            // An entry is at most maxBytes of text; escaped markup and the entry's other elements take more bytes.
            CountingInputStream decoded = new CountingInputStream(body, 4 * maxBytes + (1 << 20),
                    "an entry is over the size limit (raise it with --max-size)");
            String root = SourceSniffer.rootElement(head);
            if (root == null || !SourceSniffer.isFeedRoot(root)) {
                throw new InputException(root == null ? "not a feed: no XML element at its start"
                        : "not a feed: its first element is <" + root + ">, not <rss>, <feed> or <rdf:RDF>");
            }
            Charset charset = StandardCharsets.UTF_8;
            String how = "xml-default";
            int bom = 0;
            if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                bom = 3;
                how = "bom";
            } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
                bom = 2;
                charset = StandardCharsets.UTF_16LE;
                how = "bom";
            } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
                bom = 2;
                charset = StandardCharsets.UTF_16BE;
                how = "bom";
            } else {
                Matcher m = XML_ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1));
                Charset named = m.find() ? SourceItem.supportedCharset(m.group(1)) : SourceItem.supportedCharset(declaredCharset);
                if (named != null) {
                    charset = named;
                    how = "declared";
                }
            }
            decoded.skipNBytes(bom);
            Reader reader = new InputStreamReader(decoded, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
            String base = container.startsWith("http://") || container.startsWith("https://") ? container : "";
            StreamParser parser = new StreamParser(Parser.xmlParser().setTrackPosition(true)).parse(reader, base);
            return new FeedItemReader(container, maxBytes, links, raw, decoded, parser,
                    new Decoding(charset.name(), how, 0, 0));
        } catch (IOException e) {
            closeQuietly(in);
            throw new InputException("cannot read the feed: " + e.getMessage(), e);
        } catch (InputException | RuntimeException e) {
            closeQuietly(in);
            throw e;
        }
    }

    @Override
    public SourceItem next() throws InputException {
        if (done) {
            return null;
        }
        Element entry;
        try {
            decoded.startSpan();
            entry = parser.selectNext(ENTRY);
        } catch (IOException | UncheckedIOException e) {
            done = true;
            String why = e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
            throw new InputException("feed broken off after " + count(index) + ": " + why, e);
        }
        if (entry == null) {
            done = true;
            Element root = parser.document().firstElementChild();
            if (root != null && root.endSourceRange().isImplicit()) {
                throw new InputException("the feed is truncated: it ends before its closing </" + root.tagName()
                        + "> (" + count(index) + " read)");
            }
            return null;
        }
        if (entry.endSourceRange().isImplicit()) {
            done = true;
            throw new InputException("the feed is truncated inside entry " + (index + 1) + " (" + count(index)
                    + " read before it)");
        }
        index++;
        if (feedTitle == null) {
            feedTitle = feedTitle(entry);
        }
        SourceItem item = item(entry);
        entry.remove(); // only the current entry stays in memory
        return item;
    }

    @Override
    public long position() {
        return raw.count();
    }

    @Override
    public Map<String, Integer> skipped() {
        return Map.of();
    }

    @Override
    public void close() {
        parser.close();
    }

    private SourceItem item(Element e) {
        boolean atom = local(e).equals("entry");
        String title = text(first(e, "title"));
        String link = link(e);
        String date = text(first(e, "pubDate", "published", "date", "issued", "updated", "modified"));
        String published = FeedDates.day(date);
        List<String> authors = authors(e);
        String source = link != null ? link : container + "#item-" + index;

        Element full = first(e, "encoded");
        String fullLabel = "content:encoded";
        Element atomContent = first(e, "content");
        if (full == null && atomContent != null && !atomContent.hasAttr("src")) {
            full = atomContent;
            fullLabel = "content";
        }
        String fullHtml = full == null ? null : html(full, atom);
        Element summary = first(e, "description", "summary");
        String summaryHtml = summary == null ? null : html(summary, atom);
        String summaryLabel = summary == null ? null : local(summary);

        Origin.FeedEntry meta = new Origin.FeedEntry(feedTitle, index, title, date, published, authors, null);
        Origin origin = new Origin("feed", container, link, null, meta);
        boolean hasFull = fullHtml != null && !fullHtml.isBlank();
        boolean fetch = link != null && (links == LinkPolicy.ALWAYS || links == LinkPolicy.WHEN_NO_CONTENT && !hasFull);
        if (fetch) {
            try {
                return new SourceItem(source, new Payload.Link(Urls.parse(link)), withContent(origin, "link"));
            } catch (FetchException bad) {
                // An unusable link: fall back on the feed's own text below.
            }
        }
        if (hasFull) {
            return page(source, withContent(origin, fullLabel), title, published, date, authors, link, fullHtml);
        }
        if (summaryHtml != null && !summaryHtml.isBlank()) {
            return page(source, withContent(origin, summaryLabel), title, published, date, authors, link, summaryHtml);
        }
        return new SourceItem(source, new Payload.Unreadable(link != null
                ? "the feed entry has no text, only a link (fetch it with --fetch-items)"
                : "the feed entry has neither text nor link"), origin);
    }

    private SourceItem page(String source, Origin origin, String title, String published, String date,
                            List<String> authors, String link, String body) {
        if (body.length() > maxBytes) {
            return new SourceItem(source, new Payload.Unreadable("the feed entry holds " + body.length()
                    + " characters, over the " + maxBytes + "-byte limit (raise it with --max-size)"), origin);
        }
        StringBuilder html = new StringBuilder(body.length() + 512);
        html.append("<!DOCTYPE html>\n<html><head>\n");
        if (title != null) {
            html.append("<title>").append(escape(title)).append("</title>\n");
            html.append("<meta property=\"og:title\" content=\"").append(escape(title)).append("\">\n");
        }
        for (String a : authors) {
            html.append("<meta name=\"author\" content=\"").append(escape(a)).append("\">\n");
        }
        var instant = FeedDates.instant(date);
        String iso = instant != null ? instant.toString() : published;
        if (iso != null) {
            html.append("<meta property=\"article:published_time\" content=\"").append(iso).append("\">\n");
        }
        if (link != null) {
            html.append("<link rel=\"canonical\" href=\"").append(escape(link)).append("\">\n");
        }
        html.append("</head><body><article>\n").append(body).append("\n</article></body></html>\n");
        int replaced = (int) body.chars().filter(c -> c == '\uFFFD').count();
        Decoding d = new Decoding(decoding.charset(), decoding.how(), 0, replaced);
        return new SourceItem(source, new Payload.Text(html.toString(), InputFormat.HTML, d), origin);
    }

    private static Origin withContent(Origin o, String content) {
        return new Origin(o.kind(), o.container(), o.url(), o.capture(), o.entry().withContent(content));
    }

    /** The markup an element holds: inline XHTML or escaped HTML as HTML, Atom's plain text escaped into paragraphs. */
    private static String html(Element c, boolean atom) {
        String type = c.attr("type").strip();
        if (type.equals("xhtml") || c.childrenSize() > 0) {
            return c.html();
        }
        if (atom && (type.isEmpty() || type.equals("text") || type.equals("text/plain"))) {
            StringBuilder sb = new StringBuilder();
            for (String para : c.wholeText().strip().split("\\n\\s*\\n")) {
                sb.append("<p>").append(escape(para.strip())).append("</p>\n");
            }
            return sb.toString();
        }
        return c.wholeText();
    }

    private String link(Element e) {
        String found = null;
        for (Element c : e.children()) {
            if (!local(c).equals("link")) {
                continue;
            }
            String href = c.hasAttr("href") ? c.attr("href") : c.text();
            String rel = c.attr("rel");
            if (!href.isBlank() && (rel.isEmpty() || rel.equals("alternate"))) {
                found = href.strip();
                break;
            }
        }
        if (found == null) {
            Element guid = first(e, "guid");
            if (guid != null && !guid.attr("isPermaLink").equalsIgnoreCase("false") && guid.text().startsWith("http")) {
                found = guid.text().strip();
            } else if (!e.attr("rdf:about").isBlank()) {
                found = e.attr("rdf:about").strip();
            }
        }
        if (found == null) {
            return null;
        }
        if (!found.contains("://") && container.contains("://")) {
            try {
                return Urls.resolve(Urls.parse(container), found).toString();
            } catch (FetchException bad) {
                return found;
            }
        }
        return found;
    }

    private static List<String> authors(Element e) {
        Set<String> out = new LinkedHashSet<>();
        for (Element c : e.children()) {
            String local = local(c);
            String name = switch (local) {
                case "author" -> c.childrenSize() > 0 ? text(first(c, "name")) : rssAuthor(c.text());
                case "creator" -> text(c);
                default -> null;
            };
            if (name != null && !name.isBlank()) {
                out.add(name.strip());
            }
        }
        return new ArrayList<>(out);
    }

    /** RSS 2.0 wants an e-mail address, often with the name in parentheses: {@code jd@x.org (Jean Dupont)}. */
    private static String rssAuthor(String s) {
        int open = s.indexOf('(');
        int close = s.lastIndexOf(')');
        if (s.contains("@") && open >= 0 && close > open) {
            return s.substring(open + 1, close);
        }
        return s;
    }

    private String feedTitle(Element entry) {
        Element parent = entry.parent();
        while (parent != null) {
            Element t = first(parent, "title");
            if (text(t) != null) {
                return text(t);
            }
            // RSS 1.0 keeps its items beside the channel, not in it.
            Element channel = first(parent, "channel");
            if (channel != null && first(channel, "title") != null) {
                return text(first(channel, "title"));
            }
            parent = parent.parent();
        }
        return null;
    }

    /** The first child whose local name is the first of {@code names} present, then the second, and so on. */
    private static Element first(Element parent, String... names) {
        for (String n : names) {
            for (Element c : parent.children()) {
                if (local(c).equals(n)) {
                    return c;
                }
            }
        }
        return null;
    }

    /**
     * An element's text. HTML entities left in it are decoded too: Atom's {@code type="html"} titles hold escaped
     * markup, and many RSS feeds escape twice ({@code d&amp;#39;État}).
     */
    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.text();
        if (t.indexOf('&') >= 0) {
            t = Parser.unescapeEntities(t, false);
        }
        t = t.strip();
        return t.isEmpty() ? null : t;
    }

    private static String local(Element e) {
        String n = e.tagName();
        return n.substring(n.indexOf(':') + 1);
    }

    /** Escapes text for HTML content and double-quoted attributes. */
    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static byte[] peek(InputStream in) throws IOException {
        in.mark(SourceSniffer.HEAD_BYTES);
        byte[] head = in.readNBytes(SourceSniffer.HEAD_BYTES);
        in.reset();
        return head;
    }

    private static String count(int n) {
        return n + (n == 1 ? " entry" : " entries");
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // Nothing more to report than the error already thrown.
        }
    }
}
