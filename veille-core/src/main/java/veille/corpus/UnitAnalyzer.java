package veille.corpus;

import java.util.function.Function;
import java.util.function.Supplier;
import veille.Analyzer;
import veille.doc.Document;
import veille.doc.Input;
import veille.doc.InputFormat;
import veille.fetch.FetchException;
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
 * <p>Entries that are only a link are fetched first, with the runner's one {@link Fetcher}, shared by all threads.
 * Thread-safe.
 */
final class UnitAnalyzer {
    private final Analyzer analyzer;
    private final InputReader reader;
    private final InputFormat forced;
    private final Supplier<Fetcher> fetcher;

    /**
     * @param forced  the format files are taken as, or null to sniff
     * @param fetcher the fetcher for linked entries, or null when fetching is not allowed
     */
    UnitAnalyzer(Analyzer analyzer, InputReader reader, InputFormat forced, Supplier<Fetcher> fetcher) {
        this.analyzer = analyzer;
        this.reader = reader;
        this.forced = forced;
        this.fetcher = fetcher;
    }

    /** Analyses a unit of {@link CorpusInputs}. */
    CorpusResult<Document> analyze(CorpusInputs.Unit unit) {
        return switch (unit) {
            case CorpusInputs.Unreadable u -> new CorpusResult.Failed<>(u.source(), u.reason());
            case CorpusInputs.Note n -> new CorpusResult.Note<>(n.source(), n.note());
            case CorpusInputs.Entry e -> analyze(e.item());
            case CorpusInputs.DocumentFile d -> guarded(d.source(), () -> {
                Input in = d.stdin() != null ? reader.read(d.stdin(), d.source(), forced)
                        : reader.read(d.item().path(), d.source(), forced);
                return analyzer.analyze(in);
            });
        };
    }

    /** Analyses an item from a feed, an archive or the web, fetching it first when it is only a link. */
    CorpusResult<Document> analyze(SourceItem item) {
        return guarded(item.source(), () -> {
            SourceItem ready = item;
            if (item.payload() instanceof Payload.Link link) {
                if (fetcher == null) {
                    throw new InputException("the entry is only a link and fetching is off");
                }
                try {
                    ready = item.withFetched(fetcher.get().fetch(link.uri()));
                } catch (FetchException e) {
                    throw new InputException(e.getMessage());
                }
            }
            return analyzer.analyze(ready.toInput(reader)).with(Origin.KEY, ready.origin());
        });
    }

    /**
     * What an analysed document becomes on the worker thread (its JSON, say); a failure there is the input's error
     * line, as a failure of the analysis is.
     */
    static <T> CorpusResult<T> rendered(CorpusResult<Document> result, Function<? super Document, ? extends T> render) {
        return switch (result) {
            case CorpusResult.Analysed<Document> a -> {
                try {
                    yield new CorpusResult.Analysed<>(a.source(), render.apply(a.value()));
                } catch (RuntimeException | StackOverflowError e) {
                    yield new CorpusResult.Failed<>(a.source(), internalError(e));
                }
            }
            case CorpusResult.Failed<Document> f -> new CorpusResult.Failed<>(f.source(), f.error());
            case CorpusResult.Note<Document> n -> new CorpusResult.Note<>(n.source(), n.note());
            case CorpusResult.Saved<Document> s -> new CorpusResult.Saved<>(s.source());
        };
    }

    private interface Work {
        Document run() throws InputException;
    }

    private static CorpusResult<Document> guarded(String source, Work work) {
        try {
            return new CorpusResult.Analysed<>(source, work.run());
        } catch (InputException e) {
            return new CorpusResult.Failed<>(source, e.getMessage());
        } catch (OutOfMemoryError e) {
            return new CorpusResult.Failed<>(source, "out of memory while analysing (try a smaller --max-size or more heap)");
        } catch (RuntimeException | StackOverflowError e) {
            return new CorpusResult.Failed<>(source, internalError(e));
        }
    }

    private static String internalError(Throwable e) {
        return "internal error: " + e + " (please report it with the file)";
    }
}
