package veille.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import veille.Analyzer;
import veille.doc.Document;
import veille.fetch.Fetcher;
import veille.io.InputReader;
import veille.source.FeedItemReader;

/**
 * Runs the analysis over a corpus: from a list of inputs to one {@link CorpusResult} per article, in input order.
 *
 * <pre>{@code
 * try (CorpusRunner runner = new CorpusRunner(Analyzer.standard(), CorpusSettings.defaults())) {
 *     CorpusSummary s = runner.run(List.of("articles/", "feed.xml", "crawl.warc.gz"), CorpusProgress.NONE,
 *             result -> ...);
 * }
 * }</pre>
 *
 * <p>Inputs are files, folders (recursively), {@code -} for standard input, RSS/Atom feeds and WARC archives (one
 * article per entry), or, with {@link #fetch}, URLs of pages and feeds. The work runs on
 * {@linkplain CorpusSettings#threads() several threads} with a bounded {@linkplain CorpusSettings#inFlight() window}
 * in flight, so memory stays bounded however long the corpus; results are handed to the caller's sink in input order,
 * on the calling thread. An input that cannot be read, fetched or analysed is one {@link CorpusResult.Failed} and the
 * others go on. A sink that throws stops the run (the exception comes out of {@code run}).
 *
 * <p>One runner may serve several runs, one at a time; it holds the {@link Fetcher} (made on first need, so its
 * per-host pacing spans the runs) until closed.
 */
public final class CorpusRunner implements AutoCloseable {
    private final Analyzer analyzer;
    private final CorpusSettings settings;
    private final InputReader reader;
    private final Supplier<InputStream> stdin;
    private Fetcher fetcher;

    /**
     * @param analyzer the analysis, or null for a runner that only {@linkplain #fetch fetches and saves}
     */
    public CorpusRunner(Analyzer analyzer, CorpusSettings settings) {
        this(analyzer, settings, () -> System.in);
    }

    /** @param stdin what the input {@code -} reads */
    CorpusRunner(Analyzer analyzer, CorpusSettings settings, Supplier<InputStream> stdin) {
        this.analyzer = analyzer;
        this.settings = Objects.requireNonNull(settings, "settings");
        this.reader = new InputReader(settings.maxBytes());
        this.stdin = stdin;
    }

    /** Analyses every input and hands each document on as it is, in input order. */
    public CorpusSummary run(List<String> inputs, CorpusProgress progress, Consumer<? super CorpusResult<Document>> sink) {
        return run(inputs, Function.identity(), progress, sink);
    }

    /**
     * Analyses every input: files, folders, {@code -}, feeds and archives.
     *
     * @param render   what each document becomes, on the worker thread (its JSON, say, so that writing it runs in
     *                 parallel too); a failure there is the input's error
     * @param progress told after each result
     * @param sink     each result, in input order, on the calling thread
     */
    public <T> CorpusSummary run(List<String> inputs, Function<? super Document, ? extends T> render,
                                 CorpusProgress progress, Consumer<? super CorpusResult<T>> sink) {
        return runItems(InputFiles.expand(inputs), render, progress, sink);
    }

    /**
     * Like {@link #run(List, Function, CorpusProgress, Consumer)} over inputs already expanded, each read from its
     * path and reported under its own name: a slice of a corpus listed elsewhere (a Spark partition's files, copied
     * from a distributed file system, keep their URIs as names).
     */
    public <T> CorpusSummary runItems(List<InputFiles.Item> items, Function<? super Document, ? extends T> render,
                                      CorpusProgress progress, Consumer<? super CorpusResult<T>> sink) {
        if (analyzer == null) {
            throw new IllegalStateException("this runner only fetches and saves: it was made without an analyzer");
        }
        FeedItemReader.LinkPolicy links = settings.fetch() != null ? FeedItemReader.LinkPolicy.WHEN_NO_CONTENT
                : FeedItemReader.LinkPolicy.NEVER;
        UnitAnalyzer analyses = new UnitAnalyzer(analyzer, reader, settings.kind().format(),
                settings.fetch() != null ? this::fetcher : null);
        try (CorpusInputs units = new CorpusInputs(items, settings.kind(), settings.maxBytes(),
                links, stdin)) {
            Tally tally = new Tally(progress, units.expectedTotal());
            Batch.run(units, settings.threads(), settings.inFlight(),
                    unit -> UnitAnalyzer.<T>rendered(analyses.analyze(unit), render), result -> {
                        tally.count(result);
                        sink.accept(result);
                        tally.step(units.expectedTotal());
                    });
            return tally.summary();
        }
    }

    /**
     * Fetches pages politely (robots.txt, per-host pacing, size limits; {@link CorpusSettings#fetch()} says how), a
     * feed's entries after it, and analyses them when this runner has an analyzer. Each URL's results come in
     * order: the page, or the feed ({@link CorpusResult.Saved} when it could be fetched) and then its entries.
     *
     * @param saveDir  where to save the pages ({@code <host>/<name>-<hash>.<ext>}), with a line per fetch appended to
     *                 {@code manifest.jsonl}, failures included; null to save nothing
     * @param render   what each document becomes, on the worker thread; unused without an analyzer
     * @param progress told after each URL and each feed entry; the expected total grows as feeds are read
     * @throws UncheckedIOException when the folder or its manifest cannot be written
     */
    public <T> CorpusSummary fetch(List<String> urls, Path saveDir, Function<? super Document, ? extends T> render,
                                   CorpusProgress progress, Consumer<? super CorpusResult<T>> sink) {
        if (settings.fetch() == null) {
            throw new IllegalStateException("fetching is off: give the settings fetch options");
        }
        Tally tally = new Tally(progress, urls.size());
        UnitAnalyzer analyses = analyzer == null ? null : new UnitAnalyzer(analyzer, reader, null, this::fetcher);
        try (SavedPages pages = saveDir == null ? null : SavedPages.open(saveDir)) {
            UrlFetches<T> work = new UrlFetches<>(fetcher(), analyses, render, pages, settings.maxBytes(), tally);
            Batch.run(urls.iterator(), settings.threads(), settings.inFlight(), work::fetchOne, fetched -> {
                try {
                    for (UrlFetches.Fetched<T> f : fetched) {
                        if (f.manifest() != null) {
                            pages.append(f.manifest());
                        }
                        tally.count(f.result());
                        sink.accept(f.result());
                    }
                    if (pages != null) {
                        pages.flush();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                tally.step();
            });
            return tally.summary();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
            fetcher = new Fetcher(settings.fetch());
        }
        return fetcher;
    }

    /**
     * The counts of a run and the progress it reports: one call to the listener at a time, counts never going back,
     * whichever thread reports (a worker reading a feed adds its entries).
     */
    static final class Tally {
        private final CorpusProgress listener;
        private long done;
        private long expected;
        private long analysed;
        private long failed;
        private long notes;
        private long saved;

        Tally(CorpusProgress listener, long expected) {
            this.listener = Objects.requireNonNull(listener, "progress");
            this.expected = expected;
            listener.progress(0, expected);
        }

        /** Counts a result as it is handed on. */
        synchronized void count(CorpusResult<?> result) {
            switch (result) {
                case CorpusResult.Analysed<?> a -> analysed++;
                case CorpusResult.Failed<?> f -> failed++;
                case CorpusResult.Note<?> n -> notes++;
                case CorpusResult.Saved<?> s -> saved++;
            }
        }

        /** More results to expect (a feed's entries, found while fetching). */
        synchronized void grow(long more) {
            expected += more;
            listener.progress(done, expected);
        }

        /** One more done. */
        synchronized void step() {
            done++;
            listener.progress(done, Math.max(expected, done));
        }

        /** One more done, with a new estimate of the total. */
        synchronized void step(long expected) {
            this.expected = expected;
            step();
        }

        synchronized CorpusSummary summary() {
            return new CorpusSummary(analysed, failed, notes, saved);
        }
    }
}
