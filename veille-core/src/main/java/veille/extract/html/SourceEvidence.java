package veille.extract.html;

import java.util.List;
import org.jsoup.nodes.Element;
import veille.doc.Fact;

/**
 * Puts a metadata value read off an untracked DOM ({@link Sourced} without a range) back on the characters of the
 * HTML source it came from, cheaply, without jsoup's position tracking:
 *
 * <ul>
 *   <li>an attribute value ({@code <meta content>}, {@code <time datetime>}, {@code <link href>},
 *       {@code <html lang>}): the raw value where it stands in a tag that also holds the element's key
 *       ({@code og:title}, {@code datePublished}), else the first tag holding the key;</li>
 *   <li>a JSON-LD or Fusion value: the value's raw string inside its script, after its key when the key is written
 *       there ({@code "datePublished"}), else the key, else the script's text;</li>
 *   <li>a text value (h1, byline, stamp, credit, logo, footer): inside the source range of the element's first
 *       aligned block ({@link SourceAligner}) that holds it, exactly when written as is, else that block's
 *       range; an element the extractor does not read (the {@code <title>}) is found by a bounded search.</li>
 * </ul>
 *
 * A value that cannot be located gets the empty evidence {@code [0, 0)} at line 0. One instance per page; not
 * thread-safe.
 */
final class SourceEvidence {
    /** How many occurrences of a raw value are tried before settling for the first. */
    private static final int MAX_TRIES = 16;
    /** Longest tag looked at around an attribute value. */
    private static final int MAX_TAG_CHARS = 4000;

    private final HtmlPage page;
    private final String source;
    private final SourceLines lines;

    SourceEvidence(HtmlPage page) {
        this.page = page;
        this.source = page.source;
        this.lines = page.lines;
    }

    /** The value as a document fact, its evidence the characters it was read from. */
    Fact<String> fact(Sourced<String> s) {
        if (s.hasRange() && s.end() <= source.length()) {
            return s.toFact(lines::lineOf); // the caller's DOM was tracked
        }
        int[] r = switch (s.source()) {
            case JSON_LD, FUSION -> inScript(s.element(), s.key(), s.value());
            case OPEN_GRAPH, TWITTER, META_NAME, LINK, HTML_LANG -> inTag(s.element(), s.value());
            case DOMAIN -> s.element().normalName().equals("link") ? inTag(s.element(), s.value()) : null;
            case TIME, MICRODATA -> attributeValued(s.element()) ? inTag(s.element(), s.value())
                    : inText(s.element(), s.value());
            case TITLE -> inTitle(s.value());
            default -> inText(s.element(), s.value());
        };
        if (r == null) {
            return new Fact<>(s.value(), 0, 0, 0);
        }
        return new Fact<>(s.value(), lines.lineOf(r[0]), r[0], r[1]);
    }

    /**
     * A date and time ({@code 2023-09-19T08:30:00+08:00}) as a fact whose evidence is the value as the page wrote it
     * ({@code 2023-09-19T08:30:00.000+0800}): its date, hour and minute are looked for as written ("T" or a space
     * between them), then the range runs on over the seconds, fraction and offset.
     */
    Fact<String> timeFact(Sourced<String> s) {
        String value = s.value();
        if (value.length() >= 16) {
            for (String prefix : new String[] {value.substring(0, 16), value.substring(0, 10) + " "
                    + value.substring(11, 16)}) {
                Fact<String> f = fact(s.withValue(prefix));
                if (f.inputEnd() > f.inputStart() && source.startsWith(prefix, f.inputStart())) {
                    int end = f.inputEnd();
                    while (end < source.length() && "0123456789:.,+-Zz".indexOf(source.charAt(end)) >= 0) {
                        end++;
                    }
                    return new Fact<>(value, f.line(), f.inputStart(), end);
                }
            }
        }
        return fact(s);
    }

    private static boolean attributeValued(Element e) {
        return e.hasAttr("content") || e.hasAttr("datetime");
    }

    /** The attribute the element's value was read from, by the element's kind. */
    private static String valueAttribute(Element e) {
        for (String a : new String[] {"content", "datetime", "href", "lang", "xml:lang"}) {
            if (e.hasAttr(a)) {
                return a;
            }
        }
        return null;
    }

    /** What names the element in its tag: its property, name, itemprop, http-equiv or rel. */
    private static String keyOf(Element e) {
        for (String a : new String[] {"property", "name", "itemprop", "http-equiv", "rel"}) {
            String v = e.attr(a).strip();
            if (!v.isEmpty()) {
                return v;
            }
        }
        return null;
    }

    /**
     * The raw attribute value in a tag naming the element's key; else the value (or, for a normalised value such
     * as an ISO date, the raw one) wherever it first stands; else the key's tag.
     */
    private int[] inTag(Element e, String value) {
        String attr = valueAttribute(e);
        String raw = attr == null ? null : e.attr(attr);
        String key = keyOf(e);
        if (e.normalName().equals("html") && raw != null && !raw.isEmpty()) {
            int at = HtmlExtractor.indexOfIgnoreCase(source, "<html", 0);
            return at < 0 ? null : valueInTag(at, raw);
        }
        for (String needle : new String[] {raw, value}) {
            if (needle == null || needle.isEmpty()) {
                continue;
            }
            int first = -1;
            int at = source.indexOf(needle);
            for (int tries = 0; at >= 0 && tries < MAX_TRIES; tries++) {
                if (first < 0) {
                    first = at;
                }
                if (key == null || tagAround(at, key)) {
                    return new int[] {at, at + needle.length()};
                }
                at = source.indexOf(needle, at + 1);
            }
            if (first >= 0) {
                return new int[] {first, first + needle.length()};
            }
        }
        if (key != null) {
            int at = source.indexOf(key);
            if (at >= 0) {
                int from = source.lastIndexOf('<', at);
                int to = source.indexOf('>', at);
                if (from >= 0 && to > at) {
                    return new int[] {from, to + 1};
                }
            }
        }
        return null;
    }

    /** Whether the tag around a position (between the nearest {@code <} before it and {@code >} after it) holds key. */
    private boolean tagAround(int at, String key) {
        int from = source.lastIndexOf('<', at);
        if (from < 0 || at - from > MAX_TAG_CHARS || source.lastIndexOf('>', at) > from) {
            return false;
        }
        int to = source.indexOf('>', at);
        if (to < 0 || to - from > MAX_TAG_CHARS) {
            return false;
        }
        int k = source.indexOf(key, from);
        return k >= 0 && k < to;
    }

    /** The raw attribute value inside the tag starting at {@code tagStart}, else the whole tag. */
    private int[] valueInTag(int tagStart, String raw) {
        int end = source.indexOf('>', tagStart);
        if (end < 0) {
            return null;
        }
        int at = source.indexOf(raw, tagStart);
        return at >= 0 && at + raw.length() <= end ? new int[] {at, at + raw.length()} : new int[] {tagStart, end + 1};
    }

    /** A JSON-LD (or Fusion) value inside its script's text as written. */
    private int[] inScript(Element script, String key, String value) {
        String data = JsonLd.data(script);
        if (data.isEmpty()) {
            return null;
        }
        int base = source.indexOf(data);
        if (base < 0) {
            return null;
        }
        int end = base + data.length();
        String field = key.substring(key.lastIndexOf('.') + 1);
        int keyAt = field.isEmpty() ? -1 : indexIn("\"" + field + "\"", base, end);
        int from = keyAt >= 0 ? keyAt : base;
        for (String written : new String[] {value, value.replace("/", "\\/"), jsonEscaped(value)}) {
            int at = indexIn(written, from, end);
            if (at < 0 && from != base) {
                at = indexIn(written, base, end);
            }
            if (at >= 0) {
                return new int[] {at, at + written.length()};
            }
        }
        if (keyAt >= 0) {
            return new int[] {keyAt, keyAt + field.length() + 2};
        }
        return new int[] {base, end};
    }

    /** A value as JSON writes non-ASCII characters when it escapes them ({@code \u00e9}). */
    private static String jsonEscaped(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                sb.append(c);
            } else {
                sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return sb.toString();
    }

    private int indexIn(String needle, int from, int end) {
        int at = source.indexOf(needle, from);
        return at >= 0 && at + needle.length() <= end ? at : -1;
    }

    /** The {@code <title>} element's text, or the value where it stands in it. */
    private int[] inTitle(String value) {
        int open = HtmlExtractor.indexOfIgnoreCase(source, "<title", 0);
        int from = open < 0 ? -1 : source.indexOf('>', open) + 1;
        int to = from <= 0 ? -1 : HtmlExtractor.indexOfIgnoreCase(source, "</title", from);
        if (from <= 0 || to < 0) {
            return null;
        }
        int at = indexIn(value, from, to);
        if (at >= 0) {
            return new int[] {at, at + value.length()};
        }
        while (from < to && SourceAligner.isSpace(source.charAt(from))) {
            from++;
        }
        while (to > from && SourceAligner.isSpace(source.charAt(to - 1))) {
            to--;
        }
        return new int[] {from, to};
    }

    /**
     * A text value inside the first block of the element that holds it: exactly when the source writes it as is,
     * else the block's range; an element with no block (not read by the extractor) by a search of the whole source.
     */
    private int[] inText(Element e, String value) {
        Integer i = indexOf(e);
        if (i != null) {
            int[] holder = null;
            int[] first = null;
            for (HtmlPage.TextBlock b : page.blocks) {
                if (b.owner < i || !page.within(b.owner, i) || b.sourceEnd <= b.sourceStart) {
                    continue;
                }
                int at = indexIn(value, b.sourceStart, b.sourceEnd);
                if (at >= 0) {
                    return new int[] {at, at + value.length()};
                }
                if (holder == null && b.text.contains(value)) {
                    holder = new int[] {b.sourceStart, b.sourceEnd};
                }
                if (first == null) {
                    first = new int[] {b.sourceStart, b.sourceEnd};
                }
            }
            if (holder != null || first != null) {
                return holder != null ? holder : first;
            }
        }
        int at = source.indexOf(value);
        return at >= 0 ? new int[] {at, at + value.length()} : null;
    }

    /**
     * The element's place among the page's visible elements, or null when the extractor does not read it. A page
     * locates a handful of text values: a scan per value costs less than indexing thousands of elements.
     */
    private Integer indexOf(Element e) {
        List<Element> elements = page.elements;
        for (int k = 0, n = elements.size(); k < n; k++) {
            if (elements.get(k) == e) {
                return k;
            }
        }
        return null;
    }
}
