package veille.cli;

import veille.Analyzer;
import veille.doc.Document;
import veille.doc.Input;
import veille.doc.InputFormat;
import veille.fetch.FetchException;
import veille.fetch.FetchOptions;
import veille.fetch.Fetcher;
import veille.io.InputException;
import veille.io.InputReader;
import veille.source.Origin;
import veille.source.Payload;
import veille.source.SourceItem;

/**
 * Analyses one unit of a batch (a file, a feed entry, an archived page) and never throws: the result is the document,
 * or the one-line reason it could not be analysed, so one bad input cannot stop the batch.
 *
 * <p>Entries that are only a link ({@code --fetch-items}) are fetched first, with one {@link Fetcher} made on first
 * need and shared by all threads. Thread-safe.
 */
final class UnitAnalyzer implements AutoCloseable {
    /** What became of one unit: a document, an error, or a note (neither). */
    record Outcome(String source, Document doc, String error, String note) {
        static Outcome failed(String source, String error) {
            return new Outcome(source, null, error, null);
        }
    }

    private final Analyzer analyzer;
    private final InputReader reader;
    private final InputFormat forced;
    private final FetchOptions fetchOptions;
    private Fetcher fetcher;

    /**
     * @param forced the format files are taken as, or null to sniff
     * @param fetchOptions how to fetch linked entries, or null when fetching is not allowed
     */
    UnitAnalyzer(Analyzer analyzer, InputReader reader, InputFormat forced, FetchOptions fetchOptions) {
        this.analyzer = analyzer;
        this.reader = reader;
        this.forced = forced;
        this.fetchOptions = fetchOptions;
    }

    /** Analyses a unit of {@link SourceInputs}. */
    Outcome analyze(SourceInputs.Unit unit) {
        return switch (unit) {
            case SourceInputs.Failed f -> Outcome.failed(f.source(), f.reason());
            case SourceInputs.Note n -> new Outcome(n.source(), null, null, n.note());
            case SourceInputs.Entry e -> analyze(e.item());
            case SourceInputs.Document d -> guarded(d.source(), () -> {
                Input in = d.stdin() != null ? reader.read(d.stdin(), d.source(), forced)
                        : reader.read(d.item().path(), d.source(), forced);
                return analyzer.analyze(in);
            });
        };
    }

    /** Analyses an item from a feed, an archive or the web, fetching it first when it is only a link. */
    Outcome analyze(SourceItem item) {
        return guarded(item.source(), () -> {
            SourceItem ready = item;
            if (item.payload() instanceof Payload.Link link) {
                if (fetchOptions == null) {
                    throw new InputException("the entry is only a link and fetching is off");
                }
                try {
                    ready = item.withFetched(fetcher().fetch(link.uri()));
                } catch (FetchException e) {
                    throw new InputException(e.getMessage());
                }
            }
            return analyzer.analyze(ready.toInput(reader)).with(Origin.KEY, ready.origin());
        });
    }

    @Override
    public synchronized void close() {
        if (fetcher != null) {
            fetcher.close();
            fetcher = null;
        }
    }

    private synchronized Fetcher fetcher() {
        if (fetcher == null) {
            fetcher = new Fetcher(fetchOptions);
        }
        return fetcher;
    }

    private interface Work {
        Document run() throws InputException;
    }

    private static Outcome guarded(String source, Work work) {
        try {
            return new Outcome(source, work.run(), null, null);
        } catch (InputException e) {
            return Outcome.failed(source, e.getMessage());
        } catch (OutOfMemoryError e) {
            return Outcome.failed(source, "out of memory while analysing (try a smaller --max-size or more heap)");
        } catch (RuntimeException | StackOverflowError e) {
            return Outcome.failed(source, "internal error: " + e + " (please report it with the file)");
        }
    }
}
