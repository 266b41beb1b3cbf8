package veille.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The machine-readable metadata of one page, indexed once for every field's reader: the page's scan, its JSON-LD
 * (and Fusion) objects with the article object picked out, and its {@code <meta>} tags by the field they hold, best
 * key first. Read-only after construction.
 */
final class MetaIndex {
    private static final String[] META_KEY_ATTRIBUTES = {"property", "name", "http-equiv"};

    /** A {@code <meta>} holding a known field. */
    record MetaHit(Element element, String key, String field, int rank, String content) {
    }

    private final Document page;
    private final HtmlMetaCues cues;
    private final PageScan scan;
    private final JsonLd ld;
    private final JsonLd.Node article;
    private final Map<String, List<MetaHit>> metas = new LinkedHashMap<>();

    MetaIndex(Document page, HtmlMetaCues cues) {
        this.page = page;
        this.cues = cues;
        this.scan = PageScan.of(page, cues);
        this.ld = JsonLd.of(scan.scripts);
        this.article = articleNode();
        readMetas();
    }

    Document page() {
        return page;
    }

    HtmlMetaCues cues() {
        return cues;
    }

    PageScan scan() {
        return scan;
    }

    JsonLd ld() {
        return ld;
    }

    /** The article's JSON-LD object, or null. */
    JsonLd.Node article() {
        return article;
    }

    /** Arc's Fusion content object, or null. */
    JsonLd.Node fusion() {
        return ld.fusion();
    }

    private JsonLd.Node articleNode() {
        JsonLd.Node first = null;
        JsonLd.Node webPage = null;
        for (JsonLd.Node n : ld.nodes()) {
            if (JsonLd.hasType(n.json(), cues::isArticleType)) {
                if (first == null || !hasHeadline(first.json()) && hasHeadline(n.json())) {
                    first = n;
                }
            } else if (webPage == null && JsonLd.hasType(n.json(), t -> t.endsWith("WebPage") || t.equals("ItemPage"))
                    && n.json().has("datePublished")) {
                webPage = n; // a page object stands in for a missing article object
            }
        }
        return first != null ? first : webPage;
    }

    private static boolean hasHeadline(JsonNode n) {
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

    /** The {@code <meta>} tags holding {@code field}, best-ranked key first, page order within a key. */
    List<MetaHit> metas(String field) {
        return metas.getOrDefault(field, List.of());
    }

    /** All hits of the best-ranked key present for {@code field} ("article:tag" may repeat). */
    List<MetaHit> bestMetas(String field) {
        List<MetaHit> hits = metas(field);
        if (hits.isEmpty()) {
            return hits;
        }
        int best = hits.get(0).rank();
        return hits.stream().filter(h -> h.rank() == best).toList();
    }

    /** {@code value}, read from the content of {@code h}. */
    Sourced<String> metaSourced(MetaHit h, String value) {
        int[] r = SourceRanges.attribute(h.element(), "content");
        return new Sourced<>(MetaText.unescape(value), metaSource(h.key()), h.key(), h.element(), r[0], r[1]);
    }

    private static MetaSource metaSource(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        if (k.startsWith("og:") || k.startsWith("article:")) {
            return MetaSource.OPEN_GRAPH;
        }
        return k.startsWith("twitter:") ? MetaSource.TWITTER : MetaSource.META_NAME;
    }

    /** {@code value}, read from field {@code key} of a JSON-LD or Fusion object, located in its script. */
    Sourced<String> ldSourced(JsonLd.Node node, String key, String value) {
        int[] r = SourceRanges.script(node.script(), value);
        return new Sourced<>(MetaText.unescape(value), ldSource(node), key, node.script(), r[0], r[1]);
    }

    /** Where a JSON object's values come from: Fusion's content, or JSON-LD. */
    MetaSource ldSource(JsonLd.Node node) {
        return node == ld.fusion() ? MetaSource.FUSION : MetaSource.JSON_LD;
    }

    /** The text of the article object's {@code field}, or null. */
    String ldText(String field) {
        return article == null ? null : JsonLd.text(article.json().get(field));
    }
}
