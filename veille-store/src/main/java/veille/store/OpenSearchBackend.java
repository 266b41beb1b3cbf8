package veille.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import veille.kb.KnowledgeBase;

/**
 * The store's questions answered by an OpenSearch index written by {@link OpenSearchIndex} (the same fields as the
 * embedded store): the REST API and the web UI run over it unchanged ({@code bin/veille serve --opensearch URL}).
 * Queries are parsed by the store's own parser and sent as term-level DSL ({@link QueryDsl}); facets, profiles,
 * timelines and graphs are aggregations; quotes and events are read from the stored rows and merged here by
 * {@link veille.event.EventMerger}, as the embedded store does. Counts are exact on one shard; on several, terms
 * aggregations may be approximate and the entity count is a cardinality estimate (exact below 40,000). Thread-safe.
 */
public final class OpenSearchBackend implements SearchBackend {
    private final OpenSearchHttp http;
    private final String index;
    private final KnowledgeBase kb;

    public OpenSearchBackend(OpenSearchHttp http, String index, KnowledgeBase kb) {
        this.http = http;
        this.index = index;
        this.kb = kb;
    }

    // ---- requests ------------------------------------------------------------------------------------------

    private JsonNode search(ObjectNode body) {
        try {
            return http.send("POST", index + "/_search", body);
        } catch (OpenSearchHttp.Failure f) {
            if (f.status == 400) {
                throw new BadRequest("bad_query", "OpenSearch cannot run the query: " + reason(f.getMessage()));
            }
            throw f;
        }
    }

    private static String reason(String message) {
        int i = message.indexOf("\"reason\":\"");
        return i < 0 ? "refused" : message.substring(i + 10, Math.max(i + 10, message.indexOf('"', i + 10)));
    }

    private static ObjectNode body(ObjectNode query, int size) {
        ObjectNode b = StoreSearch.object();
        b.put("size", size);
        b.set("query", query);
        return b;
    }

    private static ObjectNode term(String field, String value) {
        ObjectNode o = StoreSearch.object();
        o.putObject("term").putObject(field).put("value", value);
        return o;
    }

    private static ObjectNode terms(String field, Collection<String> values) {
        ObjectNode o = StoreSearch.object();
        if (values.isEmpty()) {
            o.putObject("match_none");
            return o;
        }
        ArrayNode a = o.putObject("terms").putArray(field);
        values.forEach(a::add);
        return o;
    }

    private static ObjectNode range(String field, Long from, Long to) {
        ObjectNode o = StoreSearch.object();
        ObjectNode r = o.putObject("range").putObject(field);
        if (from != null && from != Long.MIN_VALUE) {
            r.put("gte", from);
        }
        if (to != null && to != Long.MAX_VALUE) {
            r.put("lte", to);
        }
        return o;
    }

    private static ObjectNode matchAll() {
        ObjectNode o = StoreSearch.object();
        o.putObject("match_all");
        return o;
    }

    /** A terms aggregation: the most frequent first, ties by value, as the embedded store's {@code Matches.top}. */
    private static ObjectNode termsAgg(String field, int size) {
        ObjectNode o = StoreSearch.object();
        ObjectNode t = o.putObject("terms").put("field", field).put("size", Math.max(1, size));
        ArrayNode order = t.putArray("order");
        order.addObject().put("_count", "desc");
        order.addObject().put("_key", "asc");
        return o;
    }

    /** A terms aggregation over the values that start with {@code prefix}, in value order. */
    private static ObjectNode prefixAgg(String field, String prefix, String rest, int size) {
        ObjectNode o = StoreSearch.object();
        o.putObject("terms").put("field", field).put("size", size).put("include", regex(prefix) + rest)
                .putObject("order").put("_key", "asc");
        return o;
    }

    /** A literal string as a Lucene regular expression (OpenSearch's {@code include}). */
    static String regex(String literal) {
        StringBuilder b = new StringBuilder();
        literal.codePoints().forEach(c -> {
            if (!Character.isLetterOrDigit(c)) {
                b.append('\\');
            }
            b.appendCodePoint(c);
        });
        return b.toString();
    }

    private static List<JsonNode> buckets(JsonNode aggs, String name) {
        List<JsonNode> out = new ArrayList<>();
        aggs.path(name).path("buckets").forEach(out::add);
        return out;
    }

    private static long total(JsonNode r) {
        return r.path("hits").path("total").path("value").asLong();
    }

    // ---- queries -------------------------------------------------------------------------------------------

    /** The ids an entity id or alias names (as {@code StoreSearch.resolve}): in one request. */
    Set<String> resolve(String value) {
        String key = Analysis.aliasKey(value) + Fields.SEP;
        ObjectNode b = body(matchAll(), 0);
        ObjectNode aggs = b.putObject("aggs");
        aggs.putObject("has").set("filter", term(Fields.ENTITY, value));
        aggs.set("alias", prefixAgg(Fields.ALIAS_ID, key, ".*", 100));
        JsonNode r = search(b).path("aggregations");
        Set<String> ids = new LinkedHashSet<>();
        if (r.path("has").path("doc_count").asLong() > 0) {
            ids.add(value);
            return ids;
        }
        for (JsonNode t : buckets(r, "alias")) {
            ids.add(t.path("key").asText().substring(key.length()));
        }
        if (ids.isEmpty()) {
            kb.actors().candidates(value).forEach(a -> ids.add(a.id()));
        }
        return ids;
    }

    /** The query of a request: {@code q} plus every filter (as {@code StoreSearch.query}). */
    ObjectNode query(Params p) {
        List<ObjectNode> must = new ArrayList<>();
        List<ObjectNode> filter = new ArrayList<>();
        String q = p.get("q");
        if (q != null) {
            must.add(QueryDsl.of(contentQuery(q)));
        }
        Long from = p.day("from", false);
        Long to = p.day("to", true);
        if (from != null || to != null) {
            if (from != null && to != null && from > to) {
                throw new BadRequest("bad_parameter", "from is after to");
            }
            filter.add(range(Fields.PUBLISHED, from, to));
        }
        List<String> outlets = p.all("outlet");
        if (!outlets.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (String o : outlets) {
                names.add(o);
                kb.outlets().find(o).ifPresent(x -> names.add(x.name()));
            }
            filter.add(terms(Fields.OUTLET, names));
        }
        for (String lang : p.all("lang")) {
            filter.add(term(Fields.LANG, lang.toLowerCase(Locale.ROOT)));
        }
        for (String country : p.all("country")) {
            filter.add(term(Fields.OUTLET_COUNTRY, country.toUpperCase(Locale.ROOT)));
        }
        for (String e : p.all("entity")) {
            filter.add(terms(Fields.ENTITY, resolve(e)));
        }
        for (String e : p.all("event")) {
            filter.add(term(Fields.EVENT_TYPE, e.toUpperCase(Locale.ROOT)));
        }
        Boolean state = p.bool("state_affiliated");
        if (state != null) {
            filter.add(term(Fields.STATE_AFFILIATED, state.toString()));
        }
        return bool(must, filter);
    }

    private static ObjectNode bool(List<ObjectNode> must, List<ObjectNode> filter) {
        if (must.isEmpty() && filter.isEmpty()) {
            return matchAll();
        }
        ObjectNode o = StoreSearch.object();
        ObjectNode b = o.putObject("bool");
        if (!must.isEmpty()) {
            must.forEach(b.putArray("must")::add);
        }
        if (!filter.isEmpty()) {
            filter.forEach(b.putArray("filter")::add);
        }
        return o;
    }

    Query contentQuery(String q) {
        return new StoreQueryParser(this::resolve).parseQuery(q);
    }

    @Override
    public void validate(Params p) {
        query(p);
    }

    @Override
    public long count() {
        return http.send("GET", index + "/_count", null).path("count").asLong();
    }

    // ---- stats, search -------------------------------------------------------------------------------------

    @Override
    public Map<String, Object> stats() {
        ObjectNode b = body(matchAll(), 0);
        b.put("track_total_hits", true);
        ObjectNode aggs = b.putObject("aggs");
        aggs.putObject("quotes").putObject("sum").put("field", Fields.N_QUOTES);
        aggs.putObject("events").putObject("sum").put("field", Fields.N_EVENTS);
        aggs.putObject("entities").putObject("cardinality").put("field", Fields.ENTITY).put("precision_threshold", 40000);
        JsonNode r = search(b);
        JsonNode a = r.path("aggregations");
        return StoreSearch.map("articles", (int) total(r), "entities", a.path("entities").path("value").asInt(),
                "quotes", a.path("quotes").path("value").asLong(), "events", a.path("events").path("value").asLong());
    }

    private static ArrayNode sort(String name) {
        ArrayNode s = StoreSearch.JSON.createArrayNode();
        if (name.equals("relevance")) {
            s.add("_score");
        }
        // Undated articles last in both directions, as the embedded store's missing values put them.
        s.addObject().putObject(Fields.PUBLISHED).put("order", name.equals("date_asc") ? "asc" : "desc")
                .put("missing", "_last");
        s.addObject().putObject(Fields.ID).put("order", "asc");
        return s;
    }

    /** The embedded store's cursor, read into OpenSearch's {@code search_after} values. */
    private static ArrayNode after(String cursor, String sortName) {
        FieldDoc fd = StoreSearch.cursor(cursor, sortName);
        if (fd == null) {
            return null;
        }
        ArrayNode a = StoreSearch.JSON.createArrayNode();
        for (Object f : fd.fields) {
            if (f instanceof Float x) {
                a.add(x);
            } else if (f instanceof Long x) {
                a.add(x);
            } else {
                a.add(((BytesRef) f).utf8ToString());
            }
        }
        return a;
    }

    /** A hit's sort values written as the embedded store writes its cursors. */
    private static String cursorOf(JsonNode hit, String sortName) {
        JsonNode s = hit.path("sort");
        Object[] fields = sortName.equals("relevance")
                ? new Object[] {(float) s.get(0).asDouble(), s.get(1).asLong(), new BytesRef(s.get(2).asText())}
                : new Object[] {s.get(0).asLong(), new BytesRef(s.get(1).asText())};
        return StoreSearch.encodeCursor(new FieldDoc(0, Float.NaN, fields), sortName);
    }

    private static String idOf(JsonNode hit) {
        JsonNode s = hit.path("sort");
        return s.get(s.size() - 1).asText();
    }

    private static String jsonOf(JsonNode hit) {
        return hit.path("_source").path(Fields.JSON).asText();
    }

    @Override
    public Map<String, Object> search(Params p) {
        int limit = p.integer("limit", 20, 1, 1000);
        int facetLimit = p.integer("facet_limit", 10, 0, 1000);
        String sortName = p.choice("sort", p.get("q") != null ? "relevance" : "date", "relevance", "date", "date_asc");
        ObjectNode b = body(query(p), limit);
        b.put("track_total_hits", true);
        b.set("sort", sort(sortName));
        b.putArray("_source").add(Fields.JSON);
        ArrayNode after = after(p.get("cursor"), sortName);
        if (after != null) {
            b.set("search_after", after);
        }
        String[] fields = {Fields.OUTLET, Fields.ENTITY, Fields.EVENT_TYPE, Fields.MONTH};
        String[] names = {"outlet", "entity", "event_type", "month", "lang"};
        if (facetLimit > 0) {
            ObjectNode aggs = b.putObject("aggs");
            for (int i = 0; i < 3; i++) {
                aggs.set(names[i], termsAgg(fields[i], facetLimit));
            }
            aggs.set("lang", termsAgg(Fields.LANG, facetLimit));
            aggs.putObject("month").putObject("terms").put("field", Fields.MONTH).put("size", 10_000)
                    .putObject("order").put("_key", "asc");
        }
        String q = p.get("q");
        if (q != null && !Boolean.FALSE.equals(p.bool("snippets"))) {
            ObjectNode h = b.putObject("highlight");
            h.put("type", "unified").put("encoder", "html").put("fragment_size", 200).put("number_of_fragments", 2)
                    .put("boundary_scanner", "sentence").put("boundary_scanner_locale", "fr-FR")
                    .put("no_match_size", 0);
            h.putArray("pre_tags").add("<mark>");
            h.putArray("post_tags").add("</mark>");
            h.set("highlight_query", QueryDsl.of(contentQuery(q)));
            h.putObject("fields").putObject(Fields.TEXT);
            ((ObjectNode) h.get("fields")).putObject(Fields.TEXT_OTHER);
        }
        JsonNode r = search(b);
        Map<String, Object> facets = new LinkedHashMap<>();
        for (String name : names) {
            List<Map<String, Object>> values = new ArrayList<>();
            for (JsonNode bk : buckets(r.path("aggregations"), name)) {
                values.add(StoreSearch.map("value", bk.path("key").asText(), "count", bk.path("doc_count").asInt()));
            }
            facets.put(name, values);
        }
        // Each entity value's name and type beside its id (the filter's value), as the embedded store gives them.
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entities = (List<Map<String, Object>>) facets.get("entity");
        Map<String, String[]> info = infos(entities.stream().map(v -> (String) v.get("value")).toList());
        for (Map<String, Object> v : entities) {
            v.put("name", info.get(v.get("value"))[1]);
            v.put("type", info.get(v.get("value"))[0]);
        }
        List<Map<String, Object>> hits = new ArrayList<>();
        JsonNode last = null;
        for (JsonNode hit : r.path("hits").path("hits")) {
            last = hit;
            JsonNode row;
            try {
                row = StoreSearch.summary(jsonOf(hit));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String snippet = null;
            for (String f : new String[] {Fields.TEXT, Fields.TEXT_OTHER}) {
                JsonNode frags = hit.path("highlight").path(f);
                if (snippet == null && frags.isArray() && !frags.isEmpty()) {
                    List<String> parts = new ArrayList<>();
                    frags.forEach(x -> parts.add(x.asText()));
                    String s = String.join(" … ", parts);
                    snippet = s.contains("<mark>") ? s : null;
                }
            }
            Map<String, Object> out = StoreSearch.map("id", idOf(hit), "title", ArticleIndexer.text(row, "title"),
                    "outlet", ArticleIndexer.text(row, "outlet"), "published", ArticleIndexer.text(row, "published"),
                    "lang", ArticleIndexer.text(row, "lang"), "source", ArticleIndexer.text(row, "source"),
                    "snippet", (snippet != null ? snippet : StoreSearch.lead(row.path("text").asText("")))
                            .replaceAll("\\s*\\n\\s*", " ").strip());
            if (sortName.equals("relevance")) {
                out.put("score", (float) hit.path("sort").get(0).asDouble());
            }
            hits.add(out);
        }
        String next = hits.size() == limit && last != null ? cursorOf(last, sortName) : null;
        return StoreSearch.map("total", (int) total(r), "hits", hits, "facets", facets, "next", next);
    }

    // ---- articles, entities --------------------------------------------------------------------------------

    @Override
    public Optional<String> article(String id) {
        if (!StoreSearch.ARTICLE_ID.matcher(id).matches()) {
            throw new BadRequest("bad_id", "an article id is 32 hexadecimal digits");
        }
        ObjectNode b = body(term(Fields.ID, id), 1);
        b.putArray("_source").add(Fields.JSON);
        JsonNode hits = search(b).path("hits").path("hits");
        return hits.isEmpty() ? Optional.empty() : Optional.of(StoreSearch.withId(id, jsonOf(hits.get(0))));
    }

    /**
     * Type and name of each entity: its most frequent {@code id␁type␁name} value, one request per 25 ids (the
     * {@code include} pattern stays short, under the index's regex length limit).
     */
    private Map<String, String[]> infos(Collection<String> ids) {
        Map<String, String[]> out = new HashMap<>();
        List<String> all = new ArrayList<>(new LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += 25) {
            List<String> alternatives = new ArrayList<>();
            List<String> some = all.subList(from, Math.min(all.size(), from + 25));
            some.forEach(i -> alternatives.add(regex(i)));
            ObjectNode b = body(matchAll(), 0);
            ObjectNode agg = termsAgg(Fields.ID_INFO, 20 * some.size());
            ((ObjectNode) agg.get("terms")).put("include", "(" + String.join("|", alternatives) + ")" + regex(
                    String.valueOf(Fields.SEP)) + ".*");
            b.putObject("aggs").set("info", agg);
            for (JsonNode bk : buckets(search(b).path("aggregations"), "info")) {
                String[] parts = bk.path("key").asText().split(String.valueOf(Fields.SEP), 3);
                if (parts.length == 3) {
                    out.putIfAbsent(parts[0], new String[] {parts[1], parts[2]});
                }
            }
        }
        ids.forEach(i -> out.putIfAbsent(i, new String[] {null, i}));
        return out;
    }

    @Override
    public Map<String, Object> entities(String q, int limit) {
        if (q == null || q.isBlank()) {
            throw new BadRequest("missing_parameter", "q is required: a name or the start of one");
        }
        ObjectNode b = body(matchAll(), 0);
        ObjectNode aggs = b.putObject("aggs");
        aggs.set("alias", prefixAgg(Fields.ALIAS_ID, Analysis.aliasKey(q), ".*", 5000));
        aggs.putObject("has").set("filter", term(Fields.ENTITY, q.strip()));
        JsonNode r = search(b).path("aggregations");
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode t : buckets(r, "alias")) {
            String k = t.path("key").asText();
            ids.add(k.substring(k.indexOf(Fields.SEP) + 1));
        }
        if (r.path("has").path("doc_count").asLong() > 0) {
            ids.add(q.strip());
        }
        Map<String, Integer> df = new HashMap<>();
        if (!ids.isEmpty()) {
            ObjectNode c = body(matchAll(), 0);
            ObjectNode agg = c.putObject("aggs").putObject("n").putObject("terms");
            agg.put("field", Fields.ENTITY).put("size", ids.size());
            ids.forEach(agg.putArray("include")::add);
            for (JsonNode bk : buckets(search(c).path("aggregations"), "n")) {
                df.put(bk.path("key").asText(), bk.path("doc_count").asInt());
            }
        }
        List<String> ranked = new ArrayList<>(ids);
        ranked.removeIf(id -> df.getOrDefault(id, 0) == 0);
        ranked.sort((x, y) -> Integer.compare(df.get(y), df.get(x)));
        if (ranked.size() > limit) {
            ranked = ranked.subList(0, limit);
        }
        Map<String, String[]> info = infos(ranked);
        List<Map<String, Object>> out = new ArrayList<>();
        for (String id : ranked) {
            out.add(StoreSearch.map("id", id, "type", info.get(id)[0], "name", info.get(id)[1], "articles", df.get(id)));
        }
        return StoreSearch.map("entities", out);
    }

    private static String day(JsonNode agg) {
        JsonNode v = agg.path("value");
        return v.isNumber() && Double.isFinite(v.asDouble()) ? LocalDate.ofEpochDay(v.asLong()).toString() : null;
    }

    /** The sum of the counts kept as {@code id␁count} values of a counted field (quotes of a speaker...). */
    private static long counted(JsonNode aggs, String name) {
        long n = 0;
        for (JsonNode bk : buckets(aggs, name)) {
            String k = bk.path("key").asText();
            n += Long.parseLong(k.substring(k.lastIndexOf(Fields.SEP) + 1)) * bk.path("doc_count").asLong();
        }
        return n;
    }

    @Override
    public Optional<Map<String, Object>> entity(String id) {
        if (!StoreSearch.ENTITY_ID.matcher(id).matches()) {
            throw new BadRequest("bad_id", "not an entity id: letters, digits and : . _ ' - only");
        }
        String prefix = id + Fields.SEP;
        ObjectNode b = body(matchAll(), 0);
        ObjectNode aggs = b.putObject("aggs");
        ObjectNode ent = aggs.putObject("ent");
        ent.set("filter", term(Fields.ENTITY, id));
        ObjectNode sub = ent.putObject("aggs");
        sub.putObject("months").putObject("terms").put("field", Fields.MONTH).put("size", 10_000)
                .putObject("order").put("_key", "asc");
        sub.putObject("first").putObject("min").put("field", Fields.PUBLISHED);
        sub.putObject("last").putObject("max").put("field", Fields.PUBLISHED);
        ObjectNode co = termsAgg(Fields.ENTITY, 20);
        ((ObjectNode) co.get("terms")).putArray("exclude").add(id);
        sub.set("co", co);
        sub.set("outlets", termsAgg(Fields.OUTLET, 10));
        aggs.set("aliases", prefixAgg(Fields.ID_ALIAS, prefix, ".*", 500));
        ObjectNode roles = prefixAgg(Fields.ID_ROLE, prefix, ".*", 100);
        ObjectNode rs = roles.putObject("aggs");
        rs.putObject("first").putObject("min").put("field", Fields.PUBLISHED);
        rs.putObject("last").putObject("max").put("field", Fields.PUBLISHED);
        aggs.set("roles", roles);
        aggs.set("quotes", prefixAgg(Fields.SPEAKER + "_n", prefix, "[0-9]+", 10_000));
        aggs.set("events", prefixAgg(Fields.PARTICIPANT + "_n", prefix, "[0-9]+", 10_000));
        JsonNode r = search(b).path("aggregations");
        JsonNode e = r.path("ent");
        int articles = e.path("doc_count").asInt();
        if (articles == 0) {
            return Optional.empty();
        }
        List<String> coIds = new ArrayList<>();
        Map<String, Integer> coCount = new LinkedHashMap<>();
        for (JsonNode bk : buckets(e, "co")) {
            coIds.add(bk.path("key").asText());
            coCount.put(bk.path("key").asText(), bk.path("doc_count").asInt());
        }
        List<String> wanted = new ArrayList<>(coIds);
        wanted.add(id);
        Map<String, String[]> info = infos(wanted);
        List<Map<String, Object>> aliases = new ArrayList<>();
        for (JsonNode bk : buckets(r, "aliases")) {
            aliases.add(StoreSearch.map("alias", bk.path("key").asText().substring(prefix.length()),
                    "articles", bk.path("doc_count").asInt()));
        }
        aliases.sort((x, y) -> Integer.compare((int) y.get("articles"), (int) x.get("articles")));
        List<Map<String, Object>> roleList = new ArrayList<>();
        for (JsonNode bk : buckets(r, "roles")) {
            roleList.add(StoreSearch.map("role", bk.path("key").asText().substring(prefix.length()),
                    "articles", bk.path("doc_count").asInt(), "first_seen", day(bk.path("first")),
                    "last_seen", day(bk.path("last"))));
        }
        List<Map<String, Object>> coList = new ArrayList<>();
        for (String c : coIds) {
            coList.add(StoreSearch.map("id", c, "type", info.get(c)[0], "name", info.get(c)[1], "articles", coCount.get(c)));
        }
        List<Map<String, Object>> outlets = new ArrayList<>();
        for (JsonNode bk : buckets(e, "outlets")) {
            outlets.add(StoreSearch.map("outlet", bk.path("key").asText(), "articles", bk.path("doc_count").asInt()));
        }
        List<Map<String, Object>> perMonth = new ArrayList<>();
        for (JsonNode bk : buckets(e, "months")) {
            perMonth.add(StoreSearch.map("month", bk.path("key").asText(), "articles", bk.path("doc_count").asInt()));
        }
        return Optional.of(StoreSearch.map("id", id, "type", info.get(id)[0], "name", info.get(id)[1],
                "articles", articles, "first_seen", day(e.path("first")), "last_seen", day(e.path("last")),
                "aliases", aliases, "roles", roleList, "months", perMonth, "cooccurring", coList, "outlets", outlets,
                "quotes", counted(r, "quotes"), "events", counted(r, "events")));
    }

    // ---- quotes, events ------------------------------------------------------------------------------------

    @Override
    public Map<String, Object> quotes(Params p) {
        int limit = p.integer("limit", 50, 1, 1000);
        String order = p.choice("sort", "date", "date", "date_asc");
        List<ObjectNode> must = new ArrayList<>();
        List<ObjectNode> filter = new ArrayList<>();
        must.add(query(StoreSearch.without(p, "q", "sort")));
        Set<String> speakers = null;
        String speaker = p.get("speaker");
        if (speaker != null) {
            speakers = StoreQueryParser.withNames(speaker, resolve(speaker));
            filter.add(terms(Fields.SPEAKER, speakers));
        }
        String q = p.get("q");
        Query quoteQuery = null;
        if (q != null) {
            quoteQuery = LocalMatch.parseIn(Fields.QUOTE, q);
            must.add(QueryDsl.of(quoteQuery));
        } else {
            filter.add(range(Fields.N_QUOTES, 1L, null));
        }
        ObjectNode b = body(bool(must, filter), 50);
        b.set("sort", sort(order));
        b.putArray("_source").add(Fields.JSON);
        ArrayNode after = after(p.get("cursor"), order);
        List<Map<String, Object>> out = new ArrayList<>();
        String next = null;
        JsonNode last = null;
        while (out.size() < limit) {
            if (after != null) {
                b.set("search_after", after);
            }
            JsonNode hits = search(b).path("hits").path("hits");
            for (JsonNode hit : hits) {
                last = hit;
                after = (ArrayNode) hit.path("sort");
                JsonNode row = StoreSearch.tree(jsonOf(hit));
                String id = idOf(hit);
                for (JsonNode qt : row.path("quotes")) {
                    if (speakers != null && !LocalMatch.speakerIn(qt.path("speaker"), speakers)) {
                        continue;
                    }
                    if (quoteQuery != null && !LocalMatch.matches(quoteQuery, qt.path("text").asText(""))) {
                        continue;
                    }
                    out.add(StoreSearch.map("article", id, "source", ArticleIndexer.text(row, "source"),
                            "title", ArticleIndexer.text(row, "title"), "outlet", ArticleIndexer.text(row, "outlet"),
                            "published", ArticleIndexer.text(row, "published"), "text", qt.path("text").asText(),
                            "kind", qt.path("kind").asText(null), "speaker", qt.get("speaker"), "cue", qt.get("cue")));
                }
                if (out.size() >= limit) {
                    break;
                }
            }
            if (hits.size() < 50 || out.size() >= limit) {
                next = out.size() >= limit && last != null ? cursorOf(last, order) : null;
                break;
            }
        }
        return StoreSearch.map("quotes", out, "next", next);
    }

    @Override
    public Map<String, Object> events(Params p) {
        int limit = p.integer("limit", 100, 1, 10_000);
        int window = p.integer("articles", StoreSearch.EVENT_ARTICLES, 1, StoreSearch.EVENT_ARTICLES);
        List<ObjectNode> must = new ArrayList<>();
        List<ObjectNode> filter = new ArrayList<>();
        must.add(query(StoreSearch.without(p, "from", "to", "cursor")));
        ObjectNode exists = StoreSearch.object();
        exists.putObject("exists").put("field", Fields.EVENT_TYPE);
        filter.add(exists);
        String type = p.get("type");
        if (type != null) {
            type = type.toUpperCase(Locale.ROOT);
            filter.add(term(Fields.EVENT_TYPE, type));
        }
        Set<String> participants = p.get("participant") == null ? null
                : StoreQueryParser.withNames(p.get("participant"), resolve(p.get("participant")));
        if (participants != null) {
            filter.add(terms(Fields.PARTICIPANT, participants));
        }
        Set<String> places = null;
        if (p.get("place") != null) {
            places = StoreQueryParser.withNames(p.get("place"), resolve(p.get("place")));
            filter.add(terms(Fields.PLACE, places));
        }
        Long from = p.day("from", false);
        Long to = p.day("to", true);
        if (from != null || to != null) {
            // An event's own date when it has one, else its article's.
            ObjectNode dates = StoreSearch.object();
            ArrayNode should = dates.putObject("bool").putArray("should");
            should.add(range(Fields.EVENT_DATE, from, to));
            should.add(range(Fields.PUBLISHED, from, to));
            filter.add(dates);
        }
        // The embedded store's order (StoreSearch.eventSort): newest first, undated first, ties by id from the end.
        ObjectNode b = body(bool(must, filter), window + 1);
        ArrayNode order = b.putArray("sort");
        order.addObject().putObject(Fields.PUBLISHED).put("order", "desc").put("missing", "_first");
        order.addObject().putObject(Fields.ID).put("order", "desc");
        b.putArray("_source").add(Fields.JSON);
        ArrayNode after = after(p.get("cursor"), "events");
        if (after != null) {
            b.set("search_after", after);
        }
        JsonNode hits = search(b).path("hits").path("hits");
        veille.event.EventMerger merger = new veille.event.EventMerger();
        Map<String, Map<String, Object>> articles = new HashMap<>();
        int n = Math.min(hits.size(), window);
        for (int i = n - 1; i >= 0; i--) { // oldest first, as the merger expects
            JsonNode hit = hits.get(i);
            String id = idOf(hit);
            JsonNode row;
            try {
                row = StoreSearch.partial(jsonOf(hit), StoreSearch.EVENT_ROW);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            StoreSearch.addReports(merger, articles, id, row, type, participants, places, from, to);
        }
        boolean truncated = hits.size() > window;
        return StoreSearch.mergedEvents(merger, articles, limit, n, truncated,
                truncated ? cursorOf(hits.get(n - 1), "events") : null);
    }

    // ---- timeline, graph, export ---------------------------------------------------------------------------

    @Override
    public Map<String, Object> timeline(Params p) {
        String interval = p.choice("interval", "month", "day", "week", "month");
        ObjectNode b = body(query(p), 0);
        b.putObject("aggs").putObject("days").putObject("histogram").put("field", Fields.PUBLISHED)
                .put("interval", 1).put("min_doc_count", 1);
        Map<String, Integer> buckets = new TreeMap<>();
        for (JsonNode bk : buckets(search(b).path("aggregations"), "days")) {
            LocalDate date = LocalDate.ofEpochDay(bk.path("key").asLong());
            String key = switch (interval) {
                case "day" -> date.toString();
                case "week" -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
                default -> date.toString().substring(0, 7);
            };
            buckets.merge(key, bk.path("doc_count").asInt(), Integer::sum);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        buckets.forEach((k, v) -> out.add(StoreSearch.map("date", k, "count", v)));
        return StoreSearch.map("interval", interval, "buckets", out);
    }

    @Override
    public Map<String, Object> graph(Params p) {
        int limit = p.integer("limit", 30, 2, 200);
        ObjectNode q = query(p);
        Set<String> asked = new LinkedHashSet<>();
        for (String e : p.all("entity")) {
            asked.addAll(resolve(e));
        }
        // Request 1: the most frequent entities (and the asked ones). Request 2: pairs among them, event edges.
        ObjectNode b = body(q, 0);
        ObjectNode aggs = b.putObject("aggs");
        aggs.set("top", termsAgg(Fields.ENTITY, limit));
        if (!asked.isEmpty()) {
            ObjectNode a = aggs.putObject("asked").putObject("terms").put("field", Fields.ENTITY).put("size", asked.size());
            asked.forEach(a.putArray("include")::add);
        }
        JsonNode r = search(b).path("aggregations");
        Map<String, Integer> counts = new HashMap<>();
        List<String> frequent = new ArrayList<>();
        for (JsonNode bk : buckets(r, "top")) {
            counts.put(bk.path("key").asText(), bk.path("doc_count").asInt());
            frequent.add(bk.path("key").asText());
        }
        for (JsonNode bk : buckets(r, "asked")) {
            counts.put(bk.path("key").asText(), bk.path("doc_count").asInt());
        }
        List<String> top = new ArrayList<>();
        asked.stream().filter(counts::containsKey).forEach(top::add);
        for (String e : frequent) {
            if (top.size() < limit && !top.contains(e)) {
                top.add(e);
            }
        }
        Set<String> nodes = new java.util.HashSet<>(top);
        Map<String, Integer> pairs = new HashMap<>();
        Map<String, Integer> eventEdges = new HashMap<>();
        if (!top.isEmpty()) {
            ObjectNode b2 = body(q, 0);
            ObjectNode aggs2 = b2.putObject("aggs");
            for (int i = 0; i < top.size(); i++) {
                ObjectNode f = aggs2.putObject("n" + i);
                f.set("filter", term(Fields.ENTITY, top.get(i)));
                ObjectNode t = f.putObject("aggs").putObject("co").putObject("terms").put("field", Fields.ENTITY)
                        .put("size", top.size());
                top.forEach(t.putArray("include")::add);
            }
            aggs2.putObject("edges").putObject("terms").put("field", Fields.EVENT_EDGE).put("size", 10_000);
            JsonNode r2 = search(b2).path("aggregations");
            for (int i = 0; i < top.size(); i++) {
                String a = top.get(i);
                for (JsonNode bk : buckets(r2.path("n" + i), "co")) {
                    String c = bk.path("key").asText();
                    if (a.compareTo(c) < 0) {
                        pairs.put(a + Fields.SEP + c, bk.path("doc_count").asInt());
                    }
                }
            }
            for (JsonNode bk : buckets(r2, "edges")) {
                String edge = bk.path("key").asText();
                String[] parts = edge.split(String.valueOf(Fields.SEP));
                if (parts.length == 3 && nodes.contains(parts[1]) && nodes.contains(parts[2])) {
                    eventEdges.put(edge, bk.path("doc_count").asInt());
                }
            }
        }
        Map<String, String[]> info = infos(top);
        List<Map<String, Object>> nodeList = new ArrayList<>();
        for (String id : top) {
            nodeList.add(StoreSearch.map("id", id, "type", info.get(id)[0], "name", info.get(id)[1], "articles", counts.get(id)));
        }
        List<Map<String, Object>> edges = new ArrayList<>();
        pairs.forEach((k, v) -> {
            String[] ab = k.split(String.valueOf(Fields.SEP));
            edges.add(StoreSearch.map("source", ab[0], "target", ab[1], "kind", "cooccurrence", "weight", v));
        });
        eventEdges.forEach((k, v) -> {
            String[] t = k.split(String.valueOf(Fields.SEP));
            edges.add(StoreSearch.map("source", t[1], "target", t[2], "kind", "event", "type", t[0], "weight", v));
        });
        edges.sort((x, y) -> Integer.compare((int) y.get("weight"), (int) x.get("weight")));
        return StoreSearch.map("nodes", nodeList, "edges", edges);
    }

    @Override
    public void forEachMatch(Params p, BiConsumer<String, String> each) {
        ObjectNode b = body(query(p), 1000);
        b.set("sort", sort("date_asc"));
        b.putArray("_source").add(Fields.JSON);
        while (true) {
            JsonNode hits = search(b).path("hits").path("hits");
            for (JsonNode hit : hits) {
                each.accept(idOf(hit), jsonOf(hit));
                b.set("search_after", hit.path("sort"));
            }
            if (hits.size() < 1000) {
                return;
            }
        }
    }
}
