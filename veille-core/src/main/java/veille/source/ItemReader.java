package veille.source;

import java.util.Map;
import veille.io.InputException;

/**
 * Reads the articles of one container (a feed, an archive) one at a time, holding only the current one in memory.
 *
 * <p>Not thread-safe: one reader per container, on one thread; the items it returns are immutable and may be
 * analysed on any thread.
 */
public interface ItemReader extends AutoCloseable {
    /**
     * The next item, or null after the last one.
     *
     * @throws InputException when the container breaks off here (truncated, corrupt): the items returned before
     *                        are good, there are no more
     */
    SourceItem next() throws InputException;

    /** Bytes of the container consumed so far (compressed bytes for gzip), for progress. */
    long position();

    /** Entries passed over, by reason ({@code "not HTML" -> 12}), in first-seen order. */
    Map<String, Integer> skipped();

    @Override
    void close();
}
