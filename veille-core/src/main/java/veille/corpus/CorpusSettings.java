package veille.corpus;

import java.util.Objects;
import veille.fetch.FetchOptions;
import veille.io.InputReader;

/**
 * How a corpus run reads and fetches its inputs and how much it runs at once.
 *
 * @param kind     how the inputs are taken: sniffed, or all as one kind
 * @param maxBytes the largest file, feed entry, archived page or response accepted
 * @param threads  worker threads, at least 1
 * @param window   the most inputs in flight at once (memory stays bounded by it), or 0 for
 *                 {@linkplain Batch#window(int) four per thread}
 * @param fetch    how to fetch pages, or null when fetching is off: a feed entry that is only a link is then an error
 *                 ({@link CorpusRunner#fetch} needs it)
 */
public record CorpusSettings(InputKind kind, long maxBytes, int threads, int window, FetchOptions fetch) {
    public CorpusSettings {
        Objects.requireNonNull(kind, "kind");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (window < 0) {
            throw new IllegalArgumentException("window must be 0 (the default) or more, got " + window);
        }
    }

    /** Inputs sniffed, the default size limit, one thread per core, the default window, no fetching. */
    public static CorpusSettings defaults() {
        return new CorpusSettings(InputKind.AUTO, InputReader.DEFAULT_MAX_BYTES,
                Runtime.getRuntime().availableProcessors(), 0, null);
    }

    public CorpusSettings withKind(InputKind kind) {
        return new CorpusSettings(kind, maxBytes, threads, window, fetch);
    }

    public CorpusSettings withMaxBytes(long maxBytes) {
        return new CorpusSettings(kind, maxBytes, threads, window, fetch);
    }

    public CorpusSettings withThreads(int threads) {
        return new CorpusSettings(kind, maxBytes, threads, window, fetch);
    }

    public CorpusSettings withWindow(int window) {
        return new CorpusSettings(kind, maxBytes, threads, window, fetch);
    }

    /** Fetching on ({@code options}) or off (null). */
    public CorpusSettings withFetch(FetchOptions options) {
        return new CorpusSettings(kind, maxBytes, threads, window, options);
    }

    /** The window in effect: {@code window}, or the default for the number of threads. */
    public int inFlight() {
        return window > 0 ? window : Batch.window(threads);
    }
}
