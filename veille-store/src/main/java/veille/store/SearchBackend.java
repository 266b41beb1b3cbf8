package veille.store;

import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * What the REST API asks of a corpus: the embedded Lucene store ({@link StoreSearch}) or an OpenSearch index
 * ({@link OpenSearchBackend}) answer the same questions with the same JSON-ready maps (docs/store.md describes each
 * answer), so one API test suite runs against both. Implementations are thread-safe.
 */
public interface SearchBackend {
    /** Articles held. */
    long count();

    /** Checks a request's filters and query (a {@link BadRequest} when one cannot be read) without running it. */
    void validate(Params p);

    Map<String, Object> stats();

    Map<String, Object> search(Params p);

    /** The analysis row with its id first; empty for an unknown id. */
    Optional<String> article(String id);

    Map<String, Object> entities(String q, int limit);

    Optional<Map<String, Object>> entity(String id);

    Map<String, Object> quotes(Params p);

    Map<String, Object> events(Params p);

    Map<String, Object> timeline(Params p);

    Map<String, Object> graph(Params p);

    /** Calls {@code each} with (id, stored row) for every match, oldest first. */
    void forEachMatch(Params p, BiConsumer<String, String> each);
}
