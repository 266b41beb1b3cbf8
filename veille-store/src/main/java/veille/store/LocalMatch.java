package veille.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

/**
 * The checks a backend makes on one fact of a stored row once the article matched: which quotes match a quote query,
 * which speaker or actor a filter names, whether a date is in range. Both {@link StoreSearch} and the
 * OpenSearch backend apply exactly these.
 */
final class LocalMatch {
    private LocalMatch() {
    }

    /** A query over one field: bare words are looked for in it (a quote query looks in the quote's words only). */
    static Query parseIn(String field, String q) {
        QueryParser qp = new QueryParser(field, Analysis.perField());
        qp.setDefaultOperator(QueryParser.Operator.AND);
        qp.setAllowLeadingWildcard(false);
        try {
            return qp.parse(q);
        } catch (ParseException e) {
            throw new BadRequest("bad_query", "cannot read the query: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** Whether one quote's words match the query (the article matched it as a whole). */
    static boolean matches(Query q, String text) {
        MemoryIndex m = new MemoryIndex();
        m.addField(Fields.QUOTE, text, Analysis.perField());
        return m.search(q) > 0;
    }

    static boolean speakerIn(JsonNode sp, Set<String> ids) {
        if (!sp.isObject()) {
            return false;
        }
        String id = ArticleIndexer.text(sp, "id");
        return id != null ? ids.contains(id) : ids.contains("name:" + Analysis.aliasKey(sp.path("name").asText()));
    }

    static boolean actorIn(veille.doc.Event.Actor a, Set<String> keys) {
        return a.id() != null ? keys.contains(a.id()) : keys.contains("name:" + Analysis.aliasKey(a.name()));
    }

    static boolean inRange(String date, Long from, Long to) {
        if (from == null && to == null) {
            return true;
        }
        Long d = ArticleIndexer.epochDay(date);
        return d != null && (from == null || d >= from) && (to == null || d <= to);
    }
}
