package veille.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads the fields that describe a page rather than date or sign it, in the order of {@code docs/html-metadata.md}:
 * language ({@code <html lang>}, JSON-LD, {@code <meta>}), description and section ({@code <meta>}, then JSON-LD,
 * then Fusion for the section), keywords ({@code <meta>} lists or repeated tags, then JSON-LD).
 */
final class DescriptiveFields {
    private static final Pattern LANG = Pattern.compile("(?i)^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;]");
    // parsed once: Element.selectFirst(String) parses its query at each call
    private static final Evaluator HTML_ELEMENT = QueryParser.parse("html");

    private DescriptiveFields() {
    }

    /** The page's language code ("fr"), or null. */
    static Sourced<String> language(MetaIndex index) {
        Element html = index.page().selectFirst(HTML_ELEMENT);
        if (html != null) {
            String code = languageCode(html.attr("lang"));
            if (code == null) {
                code = languageCode(html.attr("xml:lang"));
            }
            if (code != null) {
                int[] r = SourceRanges.attribute(html, html.hasAttr("lang") ? "lang" : "xml:lang");
                return new Sourced<>(code, MetaSource.HTML_LANG, "lang", html, r[0], r[1]);
            }
        }
        String inLanguage = index.ldText("inLanguage");
        if (languageCode(inLanguage) != null) {
            return index.ldSourced(index.article(), "inLanguage", inLanguage).withValue(languageCode(inLanguage));
        }
        for (MetaIndex.MetaHit h : index.metas("lang")) {
            String code = languageCode(h.content());
            if (code != null) {
                return index.metaSourced(h, code);
            }
        }
        return null;
    }

    /** The page's description, or null. */
    static Sourced<String> description(MetaIndex index) {
        for (MetaIndex.MetaHit h : index.metas("description")) {
            return index.metaSourced(h, MetaText.normaliseSpace(h.content()));
        }
        String d = index.ldText("description");
        return d == null ? null : index.ldSourced(index.article(), "description", MetaText.normaliseSpace(d));
    }

    /** The page's section ("International"), or null. */
    static Sourced<String> section(MetaIndex index) {
        for (MetaIndex.MetaHit h : index.metas("section")) {
            return index.metaSourced(h, h.content());
        }
        String s = index.ldText("articleSection");
        if (s != null) {
            return index.ldSourced(index.article(), "articleSection", s);
        }
        if (index.fusion() != null) {
            String f = JsonLd.text(JsonLd.path(index.fusion().json(), "taxonomy", "primary_section", "name"));
            if (f != null) {
                return index.ldSourced(index.fusion(), "taxonomy.primary_section", f);
            }
        }
        return null;
    }

    /** The page's keywords, each once (in any case), in the order written. */
    static List<Sourced<String>> keywords(MetaIndex index) {
        List<Sourced<String>> out = new ArrayList<>();
        for (MetaIndex.MetaHit h : index.bestMetas("keywords")) {
            for (String k : LIST_SEPARATOR.split(h.content())) {
                addKeyword(out, k, index.metaSourced(h, h.content()));
            }
        }
        JsonLd.Node article = index.article();
        if (out.isEmpty() && article != null) {
            JsonNode k = article.json().get("keywords");
            if (k != null && k.isArray()) {
                for (JsonNode item : k) {
                    String v = JsonLd.text(item);
                    if (v != null) {
                        addKeyword(out, v, index.ldSourced(article, "keywords", v));
                    }
                }
            } else if (JsonLd.text(k) != null) {
                for (String v : LIST_SEPARATOR.split(JsonLd.text(k))) {
                    addKeyword(out, v, index.ldSourced(article, "keywords", v.strip()));
                }
            }
        }
        return out;
    }

    private static void addKeyword(List<Sourced<String>> out, String keyword, Sourced<String> where) {
        String k = MetaText.normaliseSpace(keyword);
        if (!k.isEmpty() && out.stream().noneMatch(o -> o.value().equalsIgnoreCase(k))) {
            out.add(where.withValue(k));
        }
    }

    private static String languageCode(String raw) {
        if (raw == null) {
            return null;
        }
        Matcher m = LANG.matcher(raw.strip());
        return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }
}
