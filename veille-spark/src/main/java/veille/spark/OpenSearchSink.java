package veille.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.VoidFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import veille.store.OpenSearchHttp;
import veille.store.OpenSearchIndex;

/**
 * Writes the job's analysis rows into an OpenSearch index from the executors, {@link #BATCH} rows a bulk request,
 * with the embedded store's fields and analysis ({@link OpenSearchIndex}); {@code bin/veille serve --opensearch URL
 * --index NAME} then serves them. The document id is a hash of the source, so a job run again over the same inputs
 * replaces its documents instead of adding copies. A row OpenSearch refuses is counted, never fatal to the job.
 */
final class OpenSearchSink implements VoidFunction<Iterator<Row>> {
    private static final long serialVersionUID = 1L;

    /** Rows per bulk request: a few megabytes of JSON. */
    static final int BATCH = 500;

    /** Where to index: the cluster's address and the index name. */
    record Target(String url, String index) implements Serializable {
    }

    private final Target target;
    private final String kb;
    private final LongAccumulator indexed;
    private final LongAccumulator refused;

    OpenSearchSink(Target target, String kb, LongAccumulator indexed, LongAccumulator refused) {
        this.target = target;
        this.kb = kb;
        this.indexed = indexed;
        this.refused = refused;
    }

    /** Creates the index with Veille's mapping unless it exists (on the driver, before any task). */
    static void prepare(Target target, String kb) {
        index(target, kb).create();
    }

    /** Makes every indexed row visible to searches (on the driver, after the last task). */
    static void refresh(Target target, String kb) {
        index(target, kb).refresh();
    }

    private static OpenSearchIndex index(Target target, String kb) {
        // The outlets of the knowledge base give each article its country and state affiliation, as in the store.
        return new OpenSearchIndex(new OpenSearchHttp(target.url()), target.index(),
                Pipelines.get(kb).analyzer().knowledgeBase());
    }

    @Override
    public void call(Iterator<Row> rows) {
        OpenSearchIndex index = index(target, kb);
        List<String> batch = new ArrayList<>(BATCH);
        while (rows.hasNext()) {
            batch.add(rows.next().getString(0));
            if (batch.size() == BATCH || !rows.hasNext()) {
                OpenSearchIndex.Written w = index.add(batch);
                indexed.add(w.written());
                refused.add(w.errors().size());
                batch.clear();
            }
        }
    }
}
