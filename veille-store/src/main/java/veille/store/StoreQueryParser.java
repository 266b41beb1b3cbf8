package veille.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The store's query syntax: Lucene's classic syntax (words, "phrases", AND / OR / NOT, + and -, parentheses,
 * prefix*, fuzzy~) over the French analysis, all words required unless OR says otherwise, with field prefixes a reader
 * knows ({@code title:}, {@code text:}, {@code quote:}, {@code outlet:}, {@code author:}, {@code entity:},
 * {@code speaker:}, {@code participant:}, {@code place:}, {@code event:}, {@code lang:}, {@code country:},
 * {@code published:[2024-01-01 TO 2024-03-31]}). The entity prefixes take an id or any alias in any script.
 * docs/store.md has the table. Not thread-safe: one per query.
 */
final class StoreQueryParser extends MultiFieldQueryParser {
    /** The fields a bare word is looked for in, with their boosts. */
    static final Map<String, Float> DEFAULT_FIELDS = Map.of(Fields.TITLE, 2f, Fields.TEXT, 1f, Fields.TEXT_OTHER, 1f,
            Fields.NAMES, 0.5f);

    /** The prefixes a reader types, and the analysed field each searches. */
    private static final Map<String, String> TEXT_PREFIXES = Map.of("title", Fields.TITLE, "text", Fields.TEXT,
            "quote", Fields.QUOTE, "outlet", Fields.OUTLET_WORDS, "author", Fields.AUTHOR_WORDS,
            "name", Fields.NAMES);
    static final Set<String> PREFIXES = Set.of("title", "text", "quote", "outlet", "author", "name", "entity",
            "speaker", "participant", "place", "event", "lang", "country", "published");

    private final Function<String, Set<String>> resolve;

    /** @param resolve the ids an entity id or alias names */
    StoreQueryParser(Function<String, Set<String>> resolve) {
        super(DEFAULT_FIELDS.keySet().toArray(String[]::new), Analysis.perField(), DEFAULT_FIELDS);
        this.resolve = resolve;
        setDefaultOperator(QueryParser.Operator.AND);
        setAllowLeadingWildcard(false);
        setSplitOnWhitespace(true);
    }

    /** Parses {@code q}; a syntax error is a {@link BadRequest}. */
    Query parseQuery(String q) {
        try {
            return parse(q);
        } catch (ParseException | IllegalArgumentException e) {
            throw new BadRequest("bad_query", "cannot read the query: " + firstLine(e.getMessage())
                    + " (see the query syntax in docs/store.md)");
        } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
            throw new BadRequest("bad_query", "the query expands to too many terms");
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        Query q = special(field, queryText);
        return q != null ? q : super.getFieldQuery(textField(field), queryText, quoted);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        Query q = special(field, queryText);
        return q != null ? q : super.getFieldQuery(textField(field), queryText, slop);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        return super.getPrefixQuery(textField(field), termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        return super.getWildcardQuery(textField(field), termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        return super.getFuzzyQuery(textField(field), termStr, minSimilarity);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                  boolean endInclusive) throws ParseException {
        if ("published".equals(field)) {
            Long from = part1 == null || part1.equals("*") ? Long.MIN_VALUE : day(part1, false);
            Long to = part2 == null || part2.equals("*") ? Long.MAX_VALUE : day(part2, true);
            return LongPoint.newRangeQuery(Fields.PUBLISHED, startInclusive ? from : from + 1, endInclusive ? to : to - 1);
        }
        return super.getRangeQuery(textField(field), part1, part2, startInclusive, endInclusive);
    }

    private static long day(String v, boolean end) throws ParseException {
        try {
            return Params.of(Map.of("d", v)).day("d", end);
        } catch (BadRequest e) {
            throw new ParseException("published: " + e.getMessage());
        }
    }

    /** The analysed field behind a prefix; a bare word's fields pass through; an unknown prefix is an error. */
    private String textField(String field) throws ParseException {
        if (field == null || DEFAULT_FIELDS.containsKey(field)) {
            return field;
        }
        String f = TEXT_PREFIXES.get(field);
        if (f == null) {
            throw new ParseException("unknown field '" + field + "'; fields: " + String.join(", ", new java.util.TreeSet<>(PREFIXES)));
        }
        return f;
    }

    /** The query of a keyword prefix (ids, types, codes), or null for an analysed field. */
    private Query special(String field, String text) throws ParseException {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "entity" -> ids(Fields.ENTITY, resolve.apply(text));
            case "participant" -> ids(Fields.PARTICIPANT, withNames(text, resolve.apply(text)));
            case "speaker" -> ids(Fields.SPEAKER, withNames(text, resolve.apply(text)));
            case "place" -> ids(Fields.PLACE, withNames(text, resolve.apply(text)));
            case "event" -> new TermQuery(new Term(Fields.EVENT_TYPE, text.toUpperCase(Locale.ROOT)));
            case "lang" -> new TermQuery(new Term(Fields.LANG, text.toLowerCase(Locale.ROOT)));
            case "country" -> new TermQuery(new Term(Fields.OUTLET_COUNTRY, text.toUpperCase(Locale.ROOT)));
            case "published" -> {
                long from = day(text, false);
                yield LongPoint.newRangeQuery(Fields.PUBLISHED, from, day(text, true));
            }
            default -> null;
        };
    }

    /** The ids, and the name key under which an unlinked actor is indexed. */
    static Set<String> withNames(String text, Set<String> ids) {
        Set<String> out = new java.util.LinkedHashSet<>(ids);
        out.add("name:" + Analysis.aliasKey(text));
        return out;
    }

    static Query ids(String field, Set<String> ids) {
        if (ids.isEmpty()) {
            return new MatchNoDocsQuery("no entity of that name");
        }
        List<BytesRef> terms = new ArrayList<>();
        ids.forEach(i -> terms.add(new BytesRef(i)));
        return new TermInSetQuery(field, terms);
    }
}
