package veille.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/** Low-level walks over the index: every match of a query, a term's live postings, the terms under a prefix. */
final class Matches {
    private Matches() {
    }

    /** What to do in one segment: a consumer of its matching doc ids (segment-relative), made per segment. */
    interface Visitor {
        IntConsumer leaf(LeafReaderContext ctx) throws IOException;
    }

    /** Calls the visitor on every live document matching {@code query}, segment by segment, in doc order. */
    static void forEach(IndexSearcher searcher, Query query, Visitor visitor) {
        try {
            searcher.search(query, new CollectorManager<Collector, Void>() {
                @Override
                public Collector newCollector() {
                    return new Collector() {
                        @Override
                        public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
                            IntConsumer each = visitor.leaf(ctx);
                            return new LeafCollector() {
                                @Override
                                public void setScorer(Scorable scorer) {
                                }

                                @Override
                                public void collect(int doc) {
                                    each.accept(doc);
                                }
                            };
                        }

                        @Override
                        public ScoreMode scoreMode() {
                            return ScoreMode.COMPLETE_NO_SCORES;
                        }
                    };
                }

                @Override
                public Void reduce(Collection<Collector> collectors) {
                    return null;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts the values of a multi-valued doc-values field over the documents a segment hands it. */
    static final class FacetCounter {
        private final String field;
        private final Map<String, Integer> totals = new LinkedHashMap<>();

        FacetCounter(String field) {
            this.field = field;
        }

        /** The per-segment counter; call {@link #finish} on what it returns once the segment is done. */
        Segment segment(LeafReaderContext ctx) throws IOException {
            return new Segment(ctx.reader().getSortedSetDocValues(field));
        }

        Map<String, Integer> totals() {
            return totals;
        }

        final class Segment implements IntConsumer {
            private final SortedSetDocValues dv;
            /** The same values when each document has at most one (outlet, month): read without the ord list. */
            private final SortedDocValues single;
            private final int[] counts;

            Segment(SortedSetDocValues dv) {
                this.dv = dv;
                this.single = dv == null ? null : DocValues.unwrapSingleton(dv);
                this.counts = dv == null ? new int[0] : new int[(int) dv.getValueCount()];
            }

            @Override
            public void accept(int doc) {
                if (dv == null) {
                    return;
                }
                try {
                    if (single != null) {
                        if (single.advanceExact(doc)) {
                            counts[single.ordValue()]++;
                        }
                    } else if (dv.advanceExact(doc)) {
                        for (int i = dv.docValueCount(); i > 0; i--) {
                            counts[(int) dv.nextOrd()]++;
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            void finish() {
                try {
                    for (int ord = 0; ord < counts.length; ord++) {
                        if (counts[ord] > 0) {
                            totals.merge(dv.lookupOrd(ord).utf8ToString(), counts[ord], Integer::sum);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** The top {@code n} of a count map, by count then value. */
    static List<Map.Entry<String, Integer>> top(Map<String, Integer> counts, int n) {
        List<Map.Entry<String, Integer>> l = new ArrayList<>(counts.entrySet());
        l.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return l.size() > n ? l.subList(0, n) : l;
    }

    /** Calls {@code each} with (segment, doc, freq) for every live document holding the term. */
    interface Posting {
        void accept(LeafReaderContext ctx, int doc, int freq) throws IOException;
    }

    static void postings(IndexReader reader, String field, String value, Posting each) {
        try {
            BytesRef term = new BytesRef(value);
            for (LeafReaderContext ctx : reader.leaves()) {
                PostingsEnum p = ctx.reader().postings(new Term(field, term), PostingsEnum.FREQS);
                if (p == null) {
                    continue;
                }
                Bits live = ctx.reader().getLiveDocs();
                for (int doc = p.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = p.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        each.accept(ctx, doc, p.freq());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Live documents holding the term. */
    static int liveCount(IndexReader reader, String field, String value) {
        int[] n = {0};
        postings(reader, field, value, (ctx, doc, freq) -> n[0]++);
        return n[0];
    }

    /** Occurrences of the term in live documents (quotes of a speaker, say). */
    static long liveFreq(IndexReader reader, String field, String value) {
        long[] n = {0};
        postings(reader, field, value, (ctx, doc, freq) -> n[0] += freq);
        return n[0];
    }

    /** The terms of a field that start with {@code prefix}, in order, at most {@code max}. */
    static List<String> termsWithPrefix(IndexReader reader, String field, String prefix, int max) {
        List<String> out = new ArrayList<>();
        try {
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms == null) {
                return out;
            }
            TermsEnum te = terms.iterator();
            BytesRef p = new BytesRef(prefix);
            if (te.seekCeil(p) == TermsEnum.SeekStatus.END) {
                return out;
            }
            for (BytesRef t = te.term(); t != null && out.size() < max; t = te.next()) {
                if (!startsWith(t, p)) {
                    break;
                }
                out.add(t.utf8ToString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static boolean startsWith(BytesRef t, BytesRef p) {
        if (t.length < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (t.bytes[t.offset + i] != p.bytes[p.offset + i]) {
                return false;
            }
        }
        return true;
    }
}
