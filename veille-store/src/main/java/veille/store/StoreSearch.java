package veille.store;

import static veille.store.LocalMatch.actorIn;
import static veille.store.LocalMatch.inRange;
import static veille.store.LocalMatch.matches;
import static veille.store.LocalMatch.parseIn;
import static veille.store.LocalMatch.speakerIn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * The questions asked of a {@link CorpusStore}: search with facets, snippets and deep paging, articles, entities and
 * their profiles, quotes, merged events, timelines, graphs and exports. Every answer is a JSON-ready map (the REST
 * API writes it as it is; docs/store.md and {@code /openapi.json} describe each). Thread-safe.
 */
public final class StoreSearch implements SearchBackend {
    static final ObjectMapper JSON = new ObjectMapper();
    /** Article ids: 32 hex digits. */
    static final java.util.regex.Pattern ARTICLE_ID = java.util.regex.Pattern.compile("[0-9a-f]{32}");
    /** Entity ids: knowledge-base ids ({@code vladimir-putin}, {@code CN}, {@code media:afp}, {@code new:...}). */
    static final java.util.regex.Pattern ENTITY_ID = java.util.regex.Pattern.compile("[\\p{L}\\p{N}:._'\\-]{1,200}");

    private final CorpusStore store;
    private final int facetCache;
    private volatile Stats stats;

    public StoreSearch(CorpusStore store) {
        this(store, FACET_CACHE);
    }

    /** @param facetCache how many queries' counts to keep for the current reader (0: count every time) */
    public StoreSearch(CorpusStore store, int facetCache) {
        this.store = store;
        this.facetCache = facetCache;
    }

    public CorpusStore store() {
        return store;
    }

    @Override
    public long count() {
        return store.count();
    }

    private record Stats(IndexReader reader, Map<String, Object> value) {
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private interface Work<T> {
        T run(IndexSearcher s) throws IOException;
    }

    private <T> T with(Work<T> work) {
        IndexSearcher s = store.acquire();
        try {
            return work.run(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            store.release(s);
        }
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** The ids an entity id or alias (any script, any case, with or without accents) names in the store or the KB. */
    Set<String> resolve(IndexReader reader, String value) {
        Set<String> ids = new LinkedHashSet<>();
        if (docFreq(reader, Fields.ENTITY, value) > 0) {
            ids.add(value);
            return ids;
        }
        String key = Analysis.aliasKey(value) + Fields.SEP;
        for (String t : Matches.termsWithPrefix(reader, Fields.ALIAS_ID, key, 100)) {
            ids.add(t.substring(key.length()));
        }
        if (ids.isEmpty()) {
            store.kb().actors().candidates(value).forEach(a -> ids.add(a.id()));
        }
        return ids;
    }

    /** Documents holding a term, deleted ones included until merged away: a cheap existence check and estimate. */
    static int docFreq(IndexReader reader, String field, String value) {
        try {
            return reader.docFreq(new Term(field, value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The query of a request: {@code q} plus every filter. */
    Query query(IndexReader reader, Params p) {
        String q = p.get("q");
        return query(reader, p, q == null ? null : contentQuery(reader, q));
    }

    /** The query of a request whose {@code q} is parsed already ({@code content}, null without one). */
    private Query query(IndexReader reader, Params p, Query content) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        if (content != null) {
            b.add(content, BooleanClause.Occur.MUST);
            any = true;
        }
        Long from = p.day("from", false);
        Long to = p.day("to", true);
        if (from != null || to != null) {
            if (from != null && to != null && from > to) {
                throw new BadRequest("bad_parameter", "from is after to");
            }
            b.add(LongPoint.newRangeQuery(Fields.PUBLISHED, from == null ? Long.MIN_VALUE : from,
                    to == null ? Long.MAX_VALUE : to), BooleanClause.Occur.FILTER);
            any = true;
        }
        List<String> outlets = p.all("outlet");
        if (!outlets.isEmpty()) {
            List<BytesRef> terms = new ArrayList<>();
            for (String o : outlets) {
                terms.add(new BytesRef(o));
                store.kb().outlets().find(o).ifPresent(x -> terms.add(new BytesRef(x.name())));
            }
            b.add(new TermInSetQuery(Fields.OUTLET, terms), BooleanClause.Occur.FILTER);
            any = true;
        }
        for (String lang : p.all("lang")) {
            b.add(new TermQuery(new Term(Fields.LANG, lang.toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
            any = true;
        }
        for (String country : p.all("country")) {
            b.add(new TermQuery(new Term(Fields.OUTLET_COUNTRY, country.toUpperCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
            any = true;
        }
        for (String e : p.all("entity")) {
            b.add(StoreQueryParser.ids(Fields.ENTITY, resolve(reader, e)), BooleanClause.Occur.FILTER);
            any = true;
        }
        for (String e : p.all("event")) {
            b.add(new TermQuery(new Term(Fields.EVENT_TYPE, e.toUpperCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
            any = true;
        }
        Boolean state = p.bool("state_affiliated");
        if (state != null) {
            b.add(new TermQuery(new Term(Fields.STATE_AFFILIATED, state.toString())), BooleanClause.Occur.FILTER);
            any = true;
        }
        return any ? b.build() : new MatchAllDocsQuery();
    }

    /** Checks the parameters of a query (a {@link BadRequest} when one cannot be read) without running it. */
    public void validate(Params p) {
        with(s -> query(s.getIndexReader(), p));
    }

    Query contentQuery(IndexReader reader, String q) {
        return new StoreQueryParser(v -> resolve(reader, v)).parseQuery(q);
    }

    // ---- stats ---------------------------------------------------------------------------------------------

    /** {@code {"articles", "entities", "quotes", "events"}}: events are event reports (one per article that reports one). */
    public Map<String, Object> stats() {
        return with(s -> {
            Stats st = stats;
            if (st != null && st.reader() == s.getIndexReader()) {
                return st.value();
            }
            IndexReader r = s.getIndexReader();
            long quotes = 0;
            long events = 0;
            for (LeafReaderContext ctx : r.leaves()) {
                var live = ctx.reader().getLiveDocs();
                NumericDocValues nq = ctx.reader().getNumericDocValues(Fields.N_QUOTES);
                NumericDocValues ne = ctx.reader().getNumericDocValues(Fields.N_EVENTS);
                for (int d = 0; d < ctx.reader().maxDoc(); d++) {
                    if (live != null && !live.get(d)) {
                        continue;
                    }
                    if (nq != null && nq.advanceExact(d)) {
                        quotes += nq.longValue();
                    }
                    if (ne != null && ne.advanceExact(d)) {
                        events += ne.longValue();
                    }
                }
            }
            Set<String> entities = new java.util.HashSet<>();
            for (LeafReaderContext ctx : r.leaves()) {
                var terms = ctx.reader().terms(Fields.ENTITY);
                if (terms == null) {
                    continue;
                }
                var te = terms.iterator();
                var live = ctx.reader().getLiveDocs();
                for (BytesRef t = te.next(); t != null; t = te.next()) {
                    var pe = te.postings(null, org.apache.lucene.index.PostingsEnum.NONE);
                    for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                        if (live == null || live.get(d)) {
                            entities.add(t.utf8ToString());
                            break;
                        }
                    }
                }
            }
            Map<String, Object> v = map("articles", r.numDocs(), "entities", entities.size(), "quotes", quotes,
                    "events", events);
            stats = new Stats(r, v);
            return v;
        });
    }

    // ---- search --------------------------------------------------------------------------------------------

    /**
     * {@code {"total", "hits": [{id, title, outlet, published, source, snippet}], "facets": {outlet, entity,
     * event_type, month, lang}, "next"}}: {@code next} is the cursor of the next page, null after the last.
     */
    public Map<String, Object> search(Params p) {
        int limit = p.integer("limit", 20, 1, 1000);
        int facetLimit = p.integer("facet_limit", 10, 0, 1000);
        String sortName = p.choice("sort", p.get("q") != null ? "relevance" : "date", "relevance", "date", "date_asc");
        boolean wantSnippets = !Boolean.FALSE.equals(p.bool("snippets"));
        return with(s -> {
            IndexReader reader = s.getIndexReader();
            String q = p.get("q");
            Query content = q == null ? null : contentQuery(reader, q);
            Query query = query(reader, p, content);
            Sort sort = sort(sortName);
            FieldDoc after = last(s, cursor(p.get("cursor"), sortName));
            Counted counts = cached(reader, query);
            TopDocs top;
            if (counts == null && facetLimit > 0) {
                // One pass over the matches for the page and the counts.
                Object[] both = s.search(query, new org.apache.lucene.search.MultiCollectorManager(
                        new TopFieldCollectorManager(sort, limit, after, Integer.MAX_VALUE), new FacetCounts()));
                top = (TopDocs) both[0];
                counts = (Counted) both[1];
                keep(reader, query, counts);
            } else {
                top = s.searchAfter(after, query, limit, sort, false);
            }
            Map<String, Object> facets = new LinkedHashMap<>();
            int total = facets(counts, facetLimit, facets, () -> s.count(query));
            named(reader, facets.get("entity"));
            List<LeafReaderContext> leaves = reader.leaves();
            Hit[] shown = new Hit[top.scoreDocs.length];
            for (int i = 0; i < shown.length; i++) {
                int doc = top.scoreDocs[i].doc;
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                shown[i] = Hit.read(leaf.reader(), doc - leaf.docBase);
                if (shown[i] == null) {
                    shown[i] = new Hit(null, null, null, null, null, "");
                }
            }
            String[] snippets = snippets(s, content == null || !wantSnippets ? null : content, top, shown);
            List<Map<String, Object>> hits = new ArrayList<>();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                FieldDoc fd = (FieldDoc) top.scoreDocs[i];
                Hit h = shown[i];
                String snippet = snippets[i] != null ? snippets[i] : lead(h.lead());
                Map<String, Object> hit = map("id", ((BytesRef) fd.fields[fd.fields.length - 1]).utf8ToString(),
                        "title", h.title(), "outlet", h.outlet(), "published", h.published(), "lang", h.lang(),
                        "source", h.source(), "snippet", oneLine(snippet));
                if (sortName.equals("relevance")) {
                    hit.put("score", fd.fields[0]); // the score is the first sort value
                }
                hits.add(hit);
            }
            String next = top.scoreDocs.length == limit
                    ? encodeCursor((FieldDoc) top.scoreDocs[top.scoreDocs.length - 1], sortName) : null;
            return map("total", total, "hits", hits, "facets", facets, "next", next);
        });
    }

    /** The snippet on one line: each line break, with the white space around it, becomes one space; ends trimmed. */
    static String oneLine(String s) {
        if (s.indexOf('\n') < 0) {
            return s.strip();
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                int end = b.length();
                while (end > 0 && space(b.charAt(end - 1))) {
                    end--;
                }
                b.setLength(end);
                b.append(' ');
                while (i + 1 < s.length() && space(s.charAt(i + 1))) {
                    i++;
                }
            } else {
                b.append(c);
            }
        }
        return b.toString().strip();
    }

    /** White space as the regular expression {@code \\s} means it: ASCII only. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    static Sort sort(String name) {
        SortField id = new SortField(Fields.ID, SortField.Type.STRING);
        SortField published = new SortField(Fields.PUBLISHED, SortField.Type.LONG, !name.equals("date_asc"));
        published.setMissingValue(name.equals("date_asc") ? Long.MAX_VALUE : Long.MIN_VALUE);
        return switch (name) {
            case "relevance" -> new Sort(SortField.FIELD_SCORE, published, id);
            default -> new Sort(published, id);
        };
    }

    /**
     * The cursor after a hit: its sort values, base64url of a small JSON array ({@code ["relevance", score,
     * published, id]} or {@code ["date", published, id]}), written by hand: the values are a name, numbers and hex.
     */
    static String encodeCursor(FieldDoc fd, String sortName) {
        StringBuilder b = new StringBuilder("[\"").append(sortName).append('"');
        for (Object f : fd.fields) {
            b.append(',');
            if (f instanceof BytesRef r) {
                b.append('"').append(r.utf8ToString()).append('"');
            } else {
                b.append(f); // Float.toString: the shortest form that reads back as the same float
            }
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b.append(']').toString()
                .getBytes(StandardCharsets.UTF_8));
    }

    static FieldDoc cursor(String cursor, String sortName) {
        if (cursor == null) {
            return null;
        }
        try {
            JsonNode a = JSON.readTree(Base64.getUrlDecoder().decode(cursor));
            if (!a.isArray() || !a.get(0).asText().equals(sortName)) {
                throw new BadRequest("bad_cursor", "the cursor belongs to another sort order");
            }
            Object[] fields;
            if (sortName.equals("relevance")) {
                fields = new Object[] {(float) a.get(1).asDouble(), a.get(2).asLong(), new BytesRef(a.get(3).asText())};
            } else {
                fields = new Object[] {a.get(1).asLong(), new BytesRef(a.get(2).asText())};
            }
            float score = sortName.equals("relevance") ? (float) a.get(1).asDouble() : Float.NaN;
            return new FieldDoc(0, score, fields);
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw new BadRequest("bad_cursor", "the cursor cannot be read: pass the 'next' value of the previous page");
        }
    }

    /**
     * A cursor's position as Lucene takes it: the last doc id, so that a hit with the same sort values (only the
     * cursor's own article, ids being unique) is not repeated.
     */
    private static FieldDoc last(IndexSearcher s, FieldDoc cursor) {
        return cursor == null ? null : new FieldDoc(Math.max(0, s.getIndexReader().maxDoc() - 1), cursor.score, cursor.fields);
    }

    /**
     * Snippets from the query's terms in each hit's postings (phrases still only where the phrase is), each word
     * marked; {@code -Dveille.store.weightMatches=true} marks from the whole query's matches instead (a phrase as one
     * mark) for about a sixth more CPU per search.
     */
    private static final boolean WEIGHT_MATCHES = Boolean.getBoolean("veille.store.weightMatches");

    /** The names of the facets in the answer, and the doc-values fields they count. */
    private static final String[] FACET_NAMES = {"outlet", "entity", "event_type", "month", "lang"};
    private static final String[] FACET_FIELDS = {Fields.OUTLET, Fields.ENTITY, Fields.EVENT_TYPE, Fields.MONTH, Fields.LANG};
    /** The most values kept per facet (the largest {@code facet_limit}). */
    private static final int FACET_KEEP = 1000;
    /**
     * Queries whose counts are kept for the reader they were counted on ({@code -Dveille.store.facetCache}, 0 for
     * none): the pages of one search, and a search asked again, cost no second count while the store is unchanged.
     */
    static final int FACET_CACHE = Integer.getInteger("veille.store.facetCache", 256);

    /** The counts of one query: its number of matches and each facet's values, ranked (month: in date order). */
    private record Counted(int total, List<List<Map.Entry<String, Integer>>> ranked) {
    }

    private final Map<Query, Counted> counted = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Query, Counted> eldest) {
            return size() > facetCache;
        }
    };
    private IndexReader countedReader;

    private Counted cached(IndexReader reader, Query query) {
        synchronized (counted) {
            if (countedReader != reader) {
                counted.clear();
                countedReader = reader;
                return null;
            }
            return counted.get(query);
        }
    }

    private void keep(IndexReader reader, Query query, Counted c) {
        if (facetCache <= 0) {
            return;
        }
        synchronized (counted) {
            if (countedReader == reader) {
                counted.put(query, c);
            }
        }
    }

    private interface Count {
        int get() throws IOException;
    }

    /** Puts the facets of {@code c} in {@code out} (empty ones when it is null); returns the number of matches. */
    private static int facets(Counted c, int n, Map<String, Object> out, Count total) throws IOException {
        for (int i = 0; i < FACET_NAMES.length; i++) {
            List<Map<String, Object>> values = new ArrayList<>();
            List<Map.Entry<String, Integer>> ranked = c == null ? List.of() : c.ranked().get(i);
            boolean month = FACET_NAMES[i].equals("month");
            for (int j = 0; j < ranked.size() && (month ? n > 0 : j < n); j++) {
                values.add(map("value", ranked.get(j).getKey(), "count", ranked.get(j).getValue()));
            }
            out.put(FACET_NAMES[i], values);
        }
        return c != null ? c.total() : total.get();
    }

    /** Gives each value of the entity facet the entity's name and type beside its id (the filter's value). */
    @SuppressWarnings("unchecked")
    private void named(IndexReader r, Object facet) {
        for (Map<String, Object> v : (List<Map<String, Object>>) facet) {
            String[] info = infoOf(r, (String) v.get("value"));
            v.put("name", info[1]);
            v.put("type", info[0]);
        }
    }

    /** Names and types already looked up for the current reader: most searches show the same frequent entities. */
    private final Map<String, String[]> infos = new HashMap<>();
    private IndexReader infosReader;

    private String[] infoOf(IndexReader r, String id) {
        synchronized (infos) {
            if (infosReader != r || infos.size() > 10_000) {
                infos.clear();
                infosReader = r;
            }
            String[] known = infos.get(id);
            if (known != null) {
                return known;
            }
        }
        String[] info = info(r, id);
        synchronized (infos) {
            if (infosReader == r) {
                infos.put(id, info);
            }
        }
        return info;
    }

    /** Counts the matches and the values of each facet field over them (doc values, per segment). */
    private static final class FacetCounts implements CollectorManager<FacetCounts.Counter, Counted> {
        static final class Counter implements Collector {
            final Matches.FacetCounter[] counters = new Matches.FacetCounter[FACET_FIELDS.length];
            int total;
            /** The segment being counted: its counts join the totals when the next one starts, or at the end. */
            private Matches.FacetCounter.Segment[] open;

            Counter() {
                for (int i = 0; i < FACET_FIELDS.length; i++) {
                    counters[i] = new Matches.FacetCounter(FACET_FIELDS[i]);
                }
            }

            @Override
            public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
                finish();
                Matches.FacetCounter.Segment[] segs = new Matches.FacetCounter.Segment[counters.length];
                for (int i = 0; i < counters.length; i++) {
                    segs[i] = counters[i].segment(ctx);
                }
                open = segs;
                return new LeafCollector() {
                    @Override
                    public void setScorer(Scorable scorer) {
                    }

                    @Override
                    public void collect(int doc) {
                        total++;
                        for (Matches.FacetCounter.Segment seg : segs) {
                            seg.accept(doc);
                        }
                    }
                };
            }

            void finish() {
                if (open != null) {
                    for (Matches.FacetCounter.Segment seg : open) {
                        seg.finish();
                    }
                    open = null;
                }
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        }

        @Override
        public Counter newCollector() {
            return new Counter();
        }

        @Override
        public Counted reduce(java.util.Collection<Counter> collectors) {
            int total = 0;
            List<Map<String, Integer>> merged = new ArrayList<>();
            for (int i = 0; i < FACET_FIELDS.length; i++) {
                merged.add(new HashMap<>());
            }
            for (Counter c : collectors) {
                c.finish();
                total += c.total;
                for (int i = 0; i < FACET_FIELDS.length; i++) {
                    Map<String, Integer> m = merged.get(i);
                    c.counters[i].totals().forEach((v, n) -> m.merge(v, n, Integer::sum));
                }
            }
            List<List<Map.Entry<String, Integer>>> ranked = new ArrayList<>();
            for (int i = 0; i < FACET_FIELDS.length; i++) {
                ranked.add(FACET_NAMES[i].equals("month") ? List.copyOf(new TreeMap<>(merged.get(i)).entrySet())
                        : List.copyOf(Matches.top(merged.get(i), FACET_KEEP)));
            }
            return new Counted(total, ranked);
        }
    }

    /**
     * Highlighted passages of the page's hits (null where the text holds no match): offsets come from the postings
     * (indexed with them), the text from the stored row, read only as far as the text.
     */
    private String[] snippets(IndexSearcher s, Query q, TopDocs top, Hit[] shown) throws IOException {
        String[] out = new String[top.scoreDocs.length];
        if (q == null || top.scoreDocs.length == 0) {
            return out;
        }
        UnifiedHighlighter.Builder b = UnifiedHighlighter.builder(s, Analysis.perField())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(new SentenceBreaks(), 200, 0.3f))
                .withMaxLength(200_000)
                .withMaxNoHighlightPassages(0)
                .withWeightMatches(WEIGHT_MATCHES);
        UnifiedHighlighter h = new UnifiedHighlighter(b) {
            @Override
            protected OffsetSource getOffsetSource(String field) {
                // Both text fields carry offsets in their postings; a field absent from the index (no text in
                // another language yet) must not fall back to analysing every hit's text again.
                return OffsetSource.POSTINGS;
            }

            @Override
            protected PassageScorer getScorer(String field) {
                return SCORER;
            }

            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
                                                           int cacheCharsThreshold) throws IOException {
                // The texts come from their doc values, one reader per segment touched (docs come in order).
                List<CharSequence[]> values = new ArrayList<>();
                List<LeafReaderContext> leaves = s.getIndexReader().leaves();
                LeafReaderContext leaf = null;
                BinaryDocValues texts = null;
                for (int d = docIter.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docIter.nextDoc()) {
                    if (leaf == null || d >= leaf.docBase + leaf.reader().maxDoc()) {
                        leaf = leaves.get(ReaderUtil.subIndex(d, leaves));
                        texts = leaf.reader().getBinaryDocValues(Fields.STORED_TEXT);
                    }
                    String text = texts != null && texts.advanceExact(d - leaf.docBase)
                            ? texts.binaryValue().utf8ToString() : "";
                    CharSequence[] v = new CharSequence[fields.length];
                    java.util.Arrays.fill(v, text);
                    values.add(v);
                }
                return values;
            }
        };
        // Each hit's text is in one field, by its language (as ArticleIndexer put it): highlight only that one.
        for (String field : new String[] {Fields.TEXT, Fields.TEXT_OTHER}) {
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < shown.length; i++) {
                String lang = shown[i].lang();
                boolean french = lang == null || lang.equals("fr") || lang.equals("und");
                if (french == field.equals(Fields.TEXT)) {
                    at.add(i);
                }
            }
            if (at.isEmpty()) {
                continue;
            }
            int[] docs = new int[at.size()];
            for (int i = 0; i < docs.length; i++) {
                docs[i] = top.scoreDocs[at.get(i)].doc;
            }
            String[] hl = h.highlightFields(new String[] {field}, q, docs, new int[] {2}).get(field);
            for (int i = 0; i < docs.length; i++) {
                if (hl[i] != null && hl[i].contains("<mark>")) {
                    out[at.get(i)] = hl[i];
                }
            }
        }
        return out;
    }

    /**
     * Lucene's passage scoring (BM25 over the passage's distinct terms), with the same arithmetic in the same order,
     * but the distinct terms found by comparing the few matches of a passage with each other: the default builds a
     * hash with a 32 KB block for every passage scored, a sixth of a search's allocation.
     */
    static final PassageScorer SCORER = new PassageScorer() {
        @Override
        public float score(Passage passage, int contentLength) {
            int n = passage.getNumMatches();
            if (n > 64) {
                return super.score(passage, contentLength);
            }
            BytesRef[] terms = passage.getMatchTerms();
            int[] inDoc = passage.getMatchTermFreqsInDoc();
            int[] first = new int[n]; // the match where each distinct term was first seen
            int[] inPassage = new int[n];
            int distinct = 0;
            for (int i = 0; i < n; i++) {
                int t = 0;
                while (t < distinct && !terms[first[t]].bytesEquals(terms[i])) {
                    t++;
                }
                if (t == distinct) {
                    first[distinct++] = i;
                }
                inPassage[t]++;
            }
            double score = 0;
            for (int t = 0; t < distinct; t++) {
                score += tf(inPassage[t], passage.getLength()) * weight(contentLength, inDoc[first[t]]);
            }
            score *= norm(passage.getStartOffset());
            return (float) score;
        }
    };

    /** The stored fields to load for a whole row. */
    static final Set<String> ROW = Set.of(Fields.JSON);

    /**
     * The top-level fields a hit shows, read from a whole row with the streaming parser (the rest of the row is
     * skipped, not built): for a backend without the {@link Fields#HIT} summaries (OpenSearch).
     */
    static JsonNode summary(String json) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        try (com.fasterxml.jackson.core.JsonParser p = JSON.getFactory().createParser(json)) {
            if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                return o;
            }
            while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                String name = p.currentName();
                com.fasterxml.jackson.core.JsonToken t = p.nextToken();
                if (t == com.fasterxml.jackson.core.JsonToken.VALUE_STRING && SUMMARY.contains(name)) {
                    o.put(name, p.getText());
                } else {
                    p.skipChildren();
                }
            }
        }
        return o;
    }

    private static final Set<String> SUMMARY = Set.of("source", "lang", "title", "outlet", "published", "text");

    /**
     * The named top-level fields of a row, read with the streaming parser (the rest is skipped, not built): the
     * text, the mentions and the quotes of an article are most of its row, and a list of events reads none of them.
     */
    static JsonNode partial(String json, Set<String> names) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        try (com.fasterxml.jackson.core.JsonParser p = JSON.getFactory().createParser(json)) {
            if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                return o;
            }
            while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (names.contains(name)) {
                    o.set(name, JSON.readTree(p));
                } else {
                    p.skipChildren();
                }
            }
        }
        return o;
    }

    /** The first 200 characters of a text, HTML-escaped like the highlighted snippets. */
    static String lead(String text) {
        String t = text.length() > 200 ? text.substring(0, 199) + "…" : text;
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#x27;").replace("\n\n", " ");
    }

    // ---- articles ------------------------------------------------------------------------------------------

    /** The article's analysis (the JSON contract) with its {@code id} first; empty for an unknown id. */
    public Optional<String> article(String id) {
        if (!ARTICLE_ID.matcher(id).matches()) {
            throw new BadRequest("bad_id", "an article id is 32 hexadecimal digits");
        }
        return with(s -> {
            TopDocs top = s.search(new TermQuery(new Term(Fields.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(withId(id, s.storedFields().document(top.scoreDocs[0].doc, ROW).get(Fields.JSON)));
        });
    }

    static String withId(String id, String json) {
        // The row is an object: put the id in front without re-serialising the rest.
        return "{\"id\":\"" + id + "\"," + json.substring(json.indexOf('{') + 1);
    }

    // ---- entities ------------------------------------------------------------------------------------------

    /** Entities whose id or an alias starts with {@code q} (any script, case and accents ignored), most articles first. */
    public Map<String, Object> entities(String q, int limit) {
        if (q == null || q.isBlank()) {
            throw new BadRequest("missing_parameter", "q is required: a name or the start of one");
        }
        return with(s -> {
            IndexReader r = s.getIndexReader();
            Set<String> ids = new LinkedHashSet<>();
            String key = Analysis.aliasKey(q);
            for (String t : Matches.termsWithPrefix(r, Fields.ALIAS_ID, key, 5000)) {
                ids.add(t.substring(t.indexOf(Fields.SEP) + 1));
            }
            if (docFreq(r, Fields.ENTITY, q.strip()) > 0) {
                ids.add(q.strip());
            }
            // Ranked by document frequency (cheap), then counted exactly for the ones returned.
            List<String> ranked = new ArrayList<>(ids);
            Map<String, Integer> df = new HashMap<>();
            ranked.forEach(id -> df.put(id, docFreq(r, Fields.ENTITY, id)));
            ranked.sort((a, b) -> Integer.compare(df.get(b), df.get(a)));
            List<Map<String, Object>> out = new ArrayList<>();
            for (String id : ranked) {
                if (out.size() >= limit) {
                    break;
                }
                int n = Matches.liveCount(r, Fields.ENTITY, id);
                if (n > 0) {
                    String[] info = info(r, id);
                    out.add(map("id", id, "type", info[0], "name", info[1], "articles", n));
                }
            }
            out.sort((a, b) -> Integer.compare((int) b.get("articles"), (int) a.get("articles")));
            return map("entities", out);
        });
    }

    /** Type and name of an entity, from the most frequent of its {@code id␁type␁name} terms. */
    private static String[] info(IndexReader r, String id) {
        String best = null;
        int bestN = -1;
        for (String t : Matches.termsWithPrefix(r, Fields.ID_INFO, id + Fields.SEP, 20)) {
            int n = docFreq(r, Fields.ID_INFO, t);
            if (n > bestN) {
                best = t;
                bestN = n;
            }
        }
        if (best == null) {
            return new String[] {null, id};
        }
        String[] parts = best.split(String.valueOf(Fields.SEP), 3);
        return new String[] {parts[1], parts[2]};
    }

    /**
     * An entity's profile: aliases seen (with article counts), roles with the dates they were seen, articles per
     * month, first and last seen, co-occurring entities, quotes and event counts; empty for an unknown id.
     */
    public Optional<Map<String, Object>> entity(String id) {
        if (!ENTITY_ID.matcher(id).matches()) {
            throw new BadRequest("bad_id", "not an entity id: letters, digits and : . _ ' - only");
        }
        return with(s -> {
            IndexReader r = s.getIndexReader();
            Map<String, Integer> months = new TreeMap<>();
            long[] range = {Long.MAX_VALUE, Long.MIN_VALUE};
            int[] articles = {0};
            Map<String, Integer> co = new HashMap<>();
            Map<LeafReaderContext, int[]> perLeaf = new HashMap<>();
            Map<LeafReaderContext, NumericDocValues> dates = new HashMap<>();
            Map<LeafReaderContext, SortedSetDocValues> ents = new HashMap<>();
            Map<LeafReaderContext, SortedSetDocValues> outlets = new HashMap<>();
            Map<LeafReaderContext, int[]> outletsPerLeaf = new HashMap<>();
            Matches.postings(r, Fields.ENTITY, id, (ctx, doc, freq) -> {
                articles[0]++;
                NumericDocValues pub = dates.computeIfAbsent(ctx, c -> dv(c, Fields.PUBLISHED));
                if (pub != null && pub.advanceExact(doc)) {
                    long day = pub.longValue();
                    range[0] = Math.min(range[0], day);
                    range[1] = Math.max(range[1], day);
                    months.merge(LocalDate.ofEpochDay(day).toString().substring(0, 7), 1, Integer::sum);
                }
                SortedSetDocValues e = ents.computeIfAbsent(ctx, c -> sdv(c, Fields.ENTITY));
                if (e != null && e.advanceExact(doc)) {
                    int[] counts = perLeaf.computeIfAbsent(ctx, c -> new int[(int) e.getValueCount()]);
                    for (int i = e.docValueCount(); i > 0; i--) {
                        counts[(int) e.nextOrd()]++;
                    }
                }
                SortedSetDocValues o = outlets.computeIfAbsent(ctx, c -> sdv(c, Fields.OUTLET));
                if (o != null && o.advanceExact(doc)) {
                    int[] counts = outletsPerLeaf.computeIfAbsent(ctx, c -> new int[(int) o.getValueCount()]);
                    for (int i = o.docValueCount(); i > 0; i--) {
                        counts[(int) o.nextOrd()]++;
                    }
                }
            });
            if (articles[0] == 0) {
                return Optional.<Map<String, Object>>empty();
            }
            for (var leaf : perLeaf.entrySet()) {
                SortedSetDocValues e = sdv(leaf.getKey(), Fields.ENTITY);
                int[] counts = leaf.getValue();
                for (int ord = 0; ord < counts.length; ord++) {
                    if (counts[ord] > 0) {
                        co.merge(e.lookupOrd(ord).utf8ToString(), counts[ord], Integer::sum);
                    }
                }
            }
            co.remove(id);
            Map<String, Integer> byOutlet = new HashMap<>();
            for (var leaf : outletsPerLeaf.entrySet()) {
                SortedSetDocValues o = sdv(leaf.getKey(), Fields.OUTLET);
                int[] counts = leaf.getValue();
                for (int ord = 0; ord < counts.length; ord++) {
                    if (counts[ord] > 0) {
                        byOutlet.merge(o.lookupOrd(ord).utf8ToString(), counts[ord], Integer::sum);
                    }
                }
            }
            List<Map<String, Object>> outletList = new ArrayList<>();
            for (var o : Matches.top(byOutlet, 10)) {
                outletList.add(map("outlet", o.getKey(), "articles", o.getValue()));
            }
            String[] info = info(r, id);
            List<Map<String, Object>> aliases = new ArrayList<>();
            String prefix = id + Fields.SEP;
            for (String t : Matches.termsWithPrefix(r, Fields.ID_ALIAS, prefix, 500)) {
                int n = docFreq(r, Fields.ID_ALIAS, t);
                if (n > 0) {
                    aliases.add(map("alias", t.substring(prefix.length()), "articles", n));
                }
            }
            aliases.sort((a, b) -> Integer.compare((int) b.get("articles"), (int) a.get("articles")));
            List<Map<String, Object>> roles = new ArrayList<>();
            for (String t : Matches.termsWithPrefix(r, Fields.ID_ROLE, prefix, 100)) {
                long[] rr = {Long.MAX_VALUE, Long.MIN_VALUE};
                int[] n = {0};
                Map<LeafReaderContext, NumericDocValues> pubs = new HashMap<>();
                Matches.postings(r, Fields.ID_ROLE, t, (ctx, doc, freq) -> {
                    n[0]++;
                    NumericDocValues pub = pubs.computeIfAbsent(ctx, c -> dv(c, Fields.PUBLISHED));
                    if (pub != null && pub.advanceExact(doc)) {
                        rr[0] = Math.min(rr[0], pub.longValue());
                        rr[1] = Math.max(rr[1], pub.longValue());
                    }
                });
                if (n[0] > 0) {
                    roles.add(map("role", t.substring(prefix.length()), "articles", n[0],
                            "first_seen", day(rr[0]), "last_seen", day(rr[1])));
                }
            }
            List<Map<String, Object>> coList = new ArrayList<>();
            for (var e : Matches.top(co, 20)) {
                String[] ci = info(r, e.getKey());
                coList.add(map("id", e.getKey(), "type", ci[0], "name", ci[1], "articles", e.getValue()));
            }
            List<Map<String, Object>> perMonth = new ArrayList<>();
            months.forEach((k, v) -> perMonth.add(map("month", k, "articles", v)));
            return Optional.of(map("id", id, "type", info[0], "name", info[1], "articles", articles[0],
                    "first_seen", day(range[0]), "last_seen", day(range[1]), "aliases", aliases, "roles", roles,
                    "months", perMonth, "cooccurring", coList, "outlets", outletList,
                    "quotes", Matches.liveFreq(r, Fields.SPEAKER, id),
                    "events", Matches.liveFreq(r, Fields.PARTICIPANT, id)));
        });
    }

    private static String day(long d) {
        return d == Long.MAX_VALUE || d == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(d).toString();
    }

    private static NumericDocValues dv(LeafReaderContext c, String field) {
        try {
            return c.reader().getNumericDocValues(field);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SortedSetDocValues sdv(LeafReaderContext c, String field) {
        try {
            return c.reader().getSortedSetDocValues(field);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- quotes, events ------------------------------------------------------------------------------------

    /**
     * Quotes by a speaker (id or alias) and/or matching {@code q} (in the quote's own words), newest articles first
     * ({@code sort=date}) or oldest first ({@code sort=date_asc}):
     * {@code {"quotes": [{article, source, title, outlet, published, text, kind, speaker, cue}], "next"}}. A page
     * ends at an article's end, so it may hold a few more than {@code limit}.
     */
    public Map<String, Object> quotes(Params p) {
        int limit = p.integer("limit", 50, 1, 1000);
        String order = p.choice("sort", "date", "date", "date_asc");
        return with(s -> {
            IndexReader r = s.getIndexReader();
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            b.add(query(r, without(p, "q", "sort")), BooleanClause.Occur.MUST);
            Set<String> speakers = null;
            String speaker = p.get("speaker");
            if (speaker != null) {
                speakers = StoreQueryParser.withNames(speaker, resolve(r, speaker));
                b.add(StoreQueryParser.ids(Fields.SPEAKER, speakers), BooleanClause.Occur.FILTER);
            }
            String q = p.get("q");
            Query quoteQuery = null;
            if (q != null) {
                quoteQuery = parseIn(Fields.QUOTE, q);
                b.add(quoteQuery, BooleanClause.Occur.MUST);
            } else {
                b.add(new org.apache.lucene.search.FieldExistsQuery(Fields.N_QUOTES), BooleanClause.Occur.FILTER);
            }
            Sort sort = sort(order);
            FieldDoc after = last(s, cursor(p.get("cursor"), order));
            List<Map<String, Object>> out = new ArrayList<>();
            String next = null;
            StoredFields stored = s.storedFields();
            while (out.size() < limit) {
                TopDocs top = s.searchAfter(after, b.build(), 50, sort, false);
                for (ScoreDoc sd : top.scoreDocs) {
                    after = (FieldDoc) sd;
                    JsonNode row = JSON.readTree(stored.document(sd.doc, ROW).get(Fields.JSON));
                    String id = ((BytesRef) after.fields[1]).utf8ToString();
                    for (JsonNode qt : row.path("quotes")) {
                        if (speakers != null && !speakerIn(qt.path("speaker"), speakers)) {
                            continue;
                        }
                        if (quoteQuery != null && !matches(quoteQuery, qt.path("text").asText(""))) {
                            continue;
                        }
                        out.add(map("article", id, "source", ArticleIndexer.text(row, "source"),
                                "title", ArticleIndexer.text(row, "title"), "outlet", ArticleIndexer.text(row, "outlet"),
                                "published", ArticleIndexer.text(row, "published"), "text", qt.path("text").asText(),
                                "kind", qt.path("kind").asText(null), "speaker", qt.get("speaker"), "cue", qt.get("cue")));
                    }
                    if (out.size() >= limit) {
                        break;
                    }
                }
                if (top.scoreDocs.length < 50 || out.size() >= limit) {
                    next = out.size() >= limit ? encodeCursor(after, order) : null;
                    break;
                }
            }
            return map("quotes", out, "next", next);
        });
    }

    static Params without(Params p, String... names) {
        return new Params(p.copyWithout(names));
    }

    /** At most this many articles are read to merge events; the answer says when more matched. */
    static final int EVENT_ARTICLES = 5000;

    /**
     * The order events' articles are read in: newest first (undated ones before all), ties by id from the end, so
     * that the articles of a window, taken back to front, come in {@code date_asc} order for the merger.
     */
    static Sort eventSort() {
        SortField published = new SortField(Fields.PUBLISHED, SortField.Type.LONG, true);
        published.setMissingValue(Long.MAX_VALUE);
        return new Sort(published, new SortField(Fields.ID, SortField.Type.STRING, true));
    }

    /** The parts of a stored row that events read: the article's few fields, and its events as a tree. */
    static final Set<String> EVENT_ROW = Set.of("source", "title", "outlet", "published", "events");

    /**
     * Events matching type / participant / place / dates, merged across articles ({@link veille.event.EventMerger}),
     * each with its sources: {@code {"events": [...], "articles": N, "truncated": bool, "next"}}. The newest
     * {@code articles} (at most {@link #EVENT_ARTICLES}) matching articles are read; {@code next}, when more
     * matched, continues with the older ones.
     */
    public Map<String, Object> events(Params p) {
        int limit = p.integer("limit", 100, 1, 10_000);
        int window = p.integer("articles", EVENT_ARTICLES, 1, EVENT_ARTICLES);
        return with(s -> {
            IndexReader r = s.getIndexReader();
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            b.add(query(r, without(p, "from", "to", "cursor")), BooleanClause.Occur.MUST);
            b.add(new org.apache.lucene.search.FieldExistsQuery(Fields.EVENT_TYPE), BooleanClause.Occur.FILTER);
            String type = p.get("type");
            if (type != null) {
                type = type.toUpperCase(Locale.ROOT);
                b.add(new TermQuery(new Term(Fields.EVENT_TYPE, type)), BooleanClause.Occur.FILTER);
            }
            Set<String> participants = p.get("participant") == null ? null
                    : StoreQueryParser.withNames(p.get("participant"), resolve(r, p.get("participant")));
            if (participants != null) {
                b.add(StoreQueryParser.ids(Fields.PARTICIPANT, participants), BooleanClause.Occur.FILTER);
            }
            Set<String> places = null;
            if (p.get("place") != null) {
                places = StoreQueryParser.withNames(p.get("place"), resolve(r, p.get("place")));
                b.add(StoreQueryParser.ids(Fields.PLACE, places), BooleanClause.Occur.FILTER);
            }
            Long from = p.day("from", false);
            Long to = p.day("to", true);
            if (from != null || to != null) {
                long lo = from == null ? Long.MIN_VALUE : from;
                long hi = to == null ? Long.MAX_VALUE : to;
                // An event's own date when it has one, else its article's.
                BooleanQuery.Builder dates = new BooleanQuery.Builder();
                dates.add(LongPoint.newRangeQuery(Fields.EVENT_DATE, lo, hi), BooleanClause.Occur.SHOULD);
                dates.add(LongPoint.newRangeQuery(Fields.PUBLISHED, lo, hi), BooleanClause.Occur.SHOULD);
                b.add(dates.build(), BooleanClause.Occur.FILTER);
            }
            FieldDoc after = last(s, cursor(p.get("cursor"), "events"));
            TopDocs top = s.searchAfter(after, b.build(), window + 1, eventSort(), false);
            veille.event.EventMerger merger = new veille.event.EventMerger();
            Map<String, Map<String, Object>> articles = new HashMap<>();
            StoredFields stored = s.storedFields();
            int n = Math.min(top.scoreDocs.length, window);
            for (int i = n - 1; i >= 0; i--) { // oldest first, as the merger expects
                FieldDoc fd = (FieldDoc) top.scoreDocs[i];
                String id = ((BytesRef) fd.fields[1]).utf8ToString();
                JsonNode row = partial(stored.document(fd.doc, ROW).get(Fields.JSON), EVENT_ROW);
                addReports(merger, articles, id, row, type, participants, places, from, to);
            }
            boolean truncated = top.scoreDocs.length > window;
            return mergedEvents(merger, articles, limit, n, truncated,
                    truncated ? encodeCursor((FieldDoc) top.scoreDocs[n - 1], "events") : null);
        });
    }

    /**
     * Feeds the merger with the events of one article's row (its {@link #EVENT_ROW} fields) that pass the filters,
     * and keeps the article's summary for the sources (both backends, oldest article first).
     */
    static void addReports(veille.event.EventMerger merger, Map<String, Map<String, Object>> articles, String id,
                           JsonNode row, String type, Set<String> participants, Set<String> places, Long from, Long to) {
        String published = ArticleIndexer.text(row, "published");
        articles.put(id, map("id", id, "source", ArticleIndexer.text(row, "source"),
                "title", ArticleIndexer.text(row, "title"), "outlet", ArticleIndexer.text(row, "outlet"),
                "published", published));
        for (JsonNode ev : row.path("events")) {
            veille.doc.Event e = event(ev);
            if (e == null || type != null && !type.equals(e.type())
                    || participants != null && e.participants().stream().noneMatch(a -> actorIn(a, participants))
                    || places != null && (e.place() == null || !actorIn(e.place(), places))
                    || !inRange(e.date() != null && ArticleIndexer.epochDay(e.date()) != null ? e.date() : published, from, to)) {
                continue;
            }
            merger.add(new veille.event.EventMerger.Report(id, published, e));
        }
    }

    /** The answer of {@code /api/events} from a merger fed with the articles read (both backends). */
    static Map<String, Object> mergedEvents(veille.event.EventMerger merger, Map<String, Map<String, Object>> articles,
                                            int limit, int read, boolean truncated, String next) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (veille.event.EventMerger.Merged m : merger.merged()) {
            if (out.size() >= limit) {
                break;
            }
            List<Map<String, Object>> sources = new ArrayList<>();
            for (String id : m.sources()) {
                sources.add(articles.get(id));
            }
            out.add(map("type", m.type(), "mode", m.mode(), "date", m.date(), "status", m.status(),
                    "participants", m.participants().stream().map(a -> map("id", a.id(), "name", a.name())).toList(),
                    "place", m.place() == null ? null : map("id", m.place().id(), "name", m.place().name()),
                    "reports", m.reports().size(), "sources", sources));
        }
        return map("events", out, "articles", read, "truncated", truncated, "next", next);
    }

    /** An event of a stored row, as the merger takes it; null for one that cannot be read back. */
    static veille.doc.Event event(JsonNode ev) {
        try {
            List<veille.doc.Event.Actor> who = new ArrayList<>();
            for (JsonNode a : ev.path("participants")) {
                who.add(actor(a));
            }
            JsonNode place = ev.path("place");
            List<veille.doc.Event.Evidence> evidence = new ArrayList<>();
            JsonNode first = ev.path("evidence");
            evidence.add(new veille.doc.Event.Evidence(first.path("start").asInt(0), first.path("end").asInt(0)));
            return new veille.doc.Event(ev.path("start").asInt(0), ev.path("end").asInt(0), ev.path("type").asText(),
                    ArticleIndexer.text(ev, "mode"), who, place.isObject() ? actor(place) : null,
                    ArticleIndexer.text(ev, "date"), ev.path("status").asText("happened"),
                    ArticleIndexer.text(ev, "occasion"), evidence);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static veille.doc.Event.Actor actor(JsonNode a) {
        return new veille.doc.Event.Actor(ArticleIndexer.text(a, "id"), a.path("name").asText(""));
    }

    // ---- timeline, graph -----------------------------------------------------------------------------------

    /** Articles per day, week (its Monday) or month over the matches of the filters: {@code {"interval", "buckets"}}. */
    public Map<String, Object> timeline(Params p) {
        String interval = p.choice("interval", "month", "day", "week", "month");
        return with(s -> {
            Query q = query(s.getIndexReader(), p);
            Map<Long, Integer> days = new TreeMap<>();
            Matches.forEach(s, q, ctx -> {
                NumericDocValues pub = dv(ctx, Fields.PUBLISHED);
                return doc -> {
                    try {
                        if (pub != null && pub.advanceExact(doc)) {
                            days.merge(pub.longValue(), 1, Integer::sum);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                };
            });
            Map<String, Integer> buckets = new TreeMap<>();
            days.forEach((d, n) -> {
                LocalDate date = LocalDate.ofEpochDay(d);
                String key = switch (interval) {
                    case "day" -> date.toString();
                    case "week" -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
                    default -> date.toString().substring(0, 7);
                };
                buckets.merge(key, n, Integer::sum);
            });
            List<Map<String, Object>> out = new ArrayList<>();
            buckets.forEach((k, v) -> out.add(map("date", k, "count", v)));
            return map("interval", interval, "buckets", out);
        });
    }

    /**
     * The actors around the matches: nodes (the {@code limit} most frequent entities, the asked entity first) and
     * edges, {@code cooccurrence} (articles naming both) and {@code event} (events they share, by type).
     */
    public Map<String, Object> graph(Params p) {
        int limit = p.integer("limit", 30, 2, 200);
        return with(s -> {
            IndexReader r = s.getIndexReader();
            Query q = query(r, p);
            // Pass 1: entity counts. Pass 2: pairs among the top ones, and event edges.
            Matches.FacetCounter ents = new Matches.FacetCounter(Fields.ENTITY);
            List<Runnable> finish = new ArrayList<>();
            Matches.forEach(s, q, ctx -> {
                var seg = ents.segment(ctx);
                finish.add(seg::finish);
                return seg;
            });
            finish.forEach(Runnable::run);
            Set<String> asked = new LinkedHashSet<>();
            for (String e : p.all("entity")) {
                asked.addAll(resolve(r, e));
            }
            List<String> top = new ArrayList<>();
            asked.stream().filter(ents.totals()::containsKey).forEach(top::add);
            for (var e : Matches.top(ents.totals(), limit)) {
                if (top.size() < limit && !top.contains(e.getKey())) {
                    top.add(e.getKey());
                }
            }
            Set<String> nodes = new java.util.HashSet<>(top);
            Map<String, Integer> pairs = new HashMap<>();
            Map<String, Integer> eventEdges = new HashMap<>();
            Matches.forEach(s, q, ctx -> {
                SortedSetDocValues e = sdv(ctx, Fields.ENTITY);
                SortedSetDocValues ev = sdv(ctx, Fields.EVENT_EDGE);
                return doc -> {
                    try {
                        if (e != null && e.advanceExact(doc)) {
                            List<String> here = new ArrayList<>();
                            for (int i = e.docValueCount(); i > 0; i--) {
                                String id = e.lookupOrd(e.nextOrd()).utf8ToString();
                                if (nodes.contains(id)) {
                                    here.add(id);
                                }
                            }
                            for (int i = 0; i < here.size(); i++) {
                                for (int j = i + 1; j < here.size(); j++) {
                                    pairs.merge(here.get(i) + Fields.SEP + here.get(j), 1, Integer::sum);
                                }
                            }
                        }
                        if (ev != null && ev.advanceExact(doc)) {
                            for (int i = ev.docValueCount(); i > 0; i--) {
                                String edge = ev.lookupOrd(ev.nextOrd()).utf8ToString();
                                String[] parts = edge.split(String.valueOf(Fields.SEP));
                                if (nodes.contains(parts[1]) && nodes.contains(parts[2])) {
                                    eventEdges.merge(edge, 1, Integer::sum);
                                }
                            }
                        }
                    } catch (IOException x) {
                        throw new UncheckedIOException(x);
                    }
                };
            });
            List<Map<String, Object>> nodeList = new ArrayList<>();
            for (String id : top) {
                String[] info = info(r, id);
                nodeList.add(map("id", id, "type", info[0], "name", info[1], "articles", ents.totals().get(id)));
            }
            List<Map<String, Object>> edges = new ArrayList<>();
            pairs.forEach((k, v) -> {
                String[] ab = k.split(String.valueOf(Fields.SEP));
                edges.add(map("source", ab[0], "target", ab[1], "kind", "cooccurrence", "weight", v));
            });
            eventEdges.forEach((k, v) -> {
                String[] t = k.split(String.valueOf(Fields.SEP));
                edges.add(map("source", t[1], "target", t[2], "kind", "event", "type", t[0], "weight", v));
            });
            edges.sort((a, b) -> Integer.compare((int) b.get("weight"), (int) a.get("weight")));
            return map("nodes", nodeList, "edges", edges);
        });
    }

    // ---- export --------------------------------------------------------------------------------------------

    /** Calls {@code each} with (id, stored row) for every match, in date order, a page at a time. */
    public void forEachMatch(Params p, java.util.function.BiConsumer<String, String> each) {
        with(s -> {
            Query q = query(s.getIndexReader(), p);
            Sort sort = sort("date_asc");
            FieldDoc after = null;
            StoredFields stored = s.storedFields();
            while (true) {
                TopDocs top = s.searchAfter(after, q, 1000, sort, false);
                for (ScoreDoc sd : top.scoreDocs) {
                    after = (FieldDoc) sd;
                    each.accept(((BytesRef) after.fields[1]).utf8ToString(), stored.document(sd.doc, ROW).get(Fields.JSON));
                }
                if (top.scoreDocs.length < 1000) {
                    return null;
                }
            }
        });
    }

    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static byte[] bytes(Object o) {
        try {
            return JSON.writeValueAsBytes(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String string(Object o) {
        return new String(bytes(o), StandardCharsets.UTF_8);
    }
}
