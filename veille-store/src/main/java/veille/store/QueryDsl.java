package veille.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefIterator;

/**
 * A Lucene query, as {@link StoreQueryParser} builds it (words already analysed, entity aliases already resolved to
 * ids), written in OpenSearch's query DSL with term-level queries only: the index analyses its fields with the same
 * chains, so the terms mean the same there. One parser, one syntax, two engines.
 */
final class QueryDsl {
    private QueryDsl() {
    }

    static ObjectNode of(Query q) {
        ObjectNode o = StoreSearch.object();
        if (q instanceof BooleanQuery b) {
            if (b.clauses().isEmpty()) {
                // Lucene's empty Boolean query (only stop words) matches nothing; OpenSearch's would match all.
                o.putObject("match_none");
                return o;
            }
            ObjectNode bool = o.putObject("bool");
            for (BooleanClause c : b.clauses()) {
                String occur = switch (c.occur()) {
                    case MUST -> "must";
                    case SHOULD -> "should";
                    case FILTER -> "filter";
                    case MUST_NOT -> "must_not";
                };
                (bool.has(occur) ? (ArrayNode) bool.get(occur) : bool.putArray(occur)).add(of(c.query()));
            }
            if (b.getMinimumNumberShouldMatch() > 0) {
                bool.put("minimum_should_match", b.getMinimumNumberShouldMatch());
            }
        } else if (q instanceof BoostQuery bq) {
            ObjectNode bool = o.putObject("bool");
            bool.putArray("must").add(of(bq.getQuery()));
            bool.put("boost", bq.getBoost());
        } else if (q instanceof TermQuery t) {
            o.putObject("term").putObject(t.getTerm().field()).put("value", t.getTerm().text());
        } else if (q instanceof TermInSetQuery t) {
            ArrayNode a = o.putObject("terms").putArray(t.getField());
            try {
                BytesRefIterator it = t.getBytesRefIterator();
                for (BytesRef r = it.next(); r != null; r = it.next()) {
                    a.add(r.utf8ToString());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else if (q instanceof PhraseQuery p) {
            Term[] terms = p.getTerms();
            if (terms.length == 0) {
                o.putObject("match_none");
            } else if (terms.length == 1) {
                o.putObject("term").putObject(terms[0].field()).put("value", terms[0].text());
            } else {
                // Stop words leave gaps between positions: the span may stretch over them.
                int[] pos = p.getPositions();
                int gaps = pos[pos.length - 1] - pos[0] - (pos.length - 1);
                ObjectNode near = o.putObject("span_near");
                ArrayNode clauses = near.putArray("clauses");
                for (Term t : terms) {
                    clauses.addObject().putObject("span_term").put(t.field(), t.text());
                }
                near.put("slop", p.getSlop() + gaps);
                near.put("in_order", p.getSlop() == 0);
            }
        } else if (q instanceof PrefixQuery p) {
            o.putObject("prefix").putObject(p.getField()).put("value", p.getPrefix().text());
        } else if (q instanceof WildcardQuery w) {
            o.putObject("wildcard").putObject(w.getField()).put("value", w.getTerm().text());
        } else if (q instanceof FuzzyQuery f) {
            o.putObject("fuzzy").putObject(f.getField()).put("value", f.getTerm().text())
                    .put("fuzziness", f.getMaxEdits()).put("prefix_length", f.getPrefixLength())
                    .put("transpositions", f.getTranspositions());
        } else if (q instanceof TermRangeQuery r) {
            ObjectNode range = o.putObject("range").putObject(r.getField());
            if (r.getLowerTerm() != null) {
                range.put(r.includesLower() ? "gte" : "gt", r.getLowerTerm().utf8ToString());
            }
            if (r.getUpperTerm() != null) {
                range.put(r.includesUpper() ? "lte" : "lt", r.getUpperTerm().utf8ToString());
            }
        } else if (q instanceof PointRangeQuery r && r.getNumDims() == 1) {
            ObjectNode range = o.putObject("range").putObject(r.getField());
            if (r.getBytesPerDim() == Long.BYTES && r.getField().equals(Fields.AMOUNT)) {
                range.put("gte", DoublePoint.decodeDimension(r.getLowerPoint(), 0));
                range.put("lte", DoublePoint.decodeDimension(r.getUpperPoint(), 0));
            } else {
                long lo = LongPoint.decodeDimension(r.getLowerPoint(), 0);
                long hi = LongPoint.decodeDimension(r.getUpperPoint(), 0);
                if (lo != Long.MIN_VALUE) {
                    range.put("gte", lo);
                }
                if (hi != Long.MAX_VALUE) {
                    range.put("lte", hi);
                }
            }
        } else if (q instanceof SynonymQuery s) {
            ArrayNode should = o.putObject("bool").putArray("should");
            for (Term t : s.getTerms()) {
                should.addObject().putObject("term").putObject(t.field()).put("value", t.text());
            }
        } else if (q instanceof FieldExistsQuery e) {
            o.putObject("exists").put("field", e.getField());
        } else if (q instanceof MatchAllDocsQuery) {
            o.putObject("match_all");
        } else if (q instanceof MatchNoDocsQuery) {
            o.putObject("match_none");
        } else {
            throw new BadRequest("bad_query", "this query cannot be run on OpenSearch: " + q);
        }
        return o;
    }
}
