package veille.corpus;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import veille.doc.Document;
import veille.fetch.FetchException;
import veille.fetch.FetchResult;
import veille.fetch.Fetcher;
import veille.io.InputException;
import veille.source.FeedItemReader;
import veille.source.Origin;
import veille.source.Payload;
import veille.source.SourceItem;
import veille.source.SourceKind;
import veille.source.SourceSniffer;

/**
 * Fetches one URL, saves it and analyses it; a feed gives its entries' pages, fetched one after the other (they mostly
 * share the feed's host anyway). Never throws, so one URL cannot stop the batch. Thread-safe.
 *
 * @param analyses null to fetch and save without analysing
 * @param pages    where pages are saved, or null
 * @param progress told of each feed entry found and done
 */
record UrlFetches<T>(Fetcher fetcher, UnitAnalyzer analyses, Function<? super Document, ? extends T> render,
                     SavedPages pages, long maxBytes, CorpusRunner.Tally progress) {
    /** One result and, when pages are saved, its manifest line. */
    record Fetched<T>(CorpusResult<T> result, String manifest) {
    }

    /** Everything one URL gave, in order: the page, or the feed and then its entries. */
    List<Fetched<T>> fetchOne(String url) {
        try {
            return fetchUrl(url);
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(failed(url, "internal error: " + e + " (please report it with the URL)", null));
        }
    }

    private List<Fetched<T>> fetchUrl(String url) {
        FetchResult page;
        try {
            page = fetcher.fetch(url);
        } catch (FetchException e) {
            return List.of(failed(url, e.getMessage(), manifestLine(url, null, e)));
        }
        byte[] head = Arrays.copyOf(page.body(), Math.min(page.body().length, SourceSniffer.HEAD_BYTES));
        if (SourceSniffer.byContent(head) == SourceKind.FEED) {
            return feed(url, page);
        }
        SavedPages.Saved saved = save(url, page);
        if (analyses == null || saved.error() != null) {
            return List.of(savedOrFailed(url, saved));
        }
        SourceItem item = new SourceItem(url, new Payload.Bytes(page.body(), page.charset(), page.format()),
                new Origin("fetch", null, url, SourceItem.capture(page), null));
        return List.of(analysed(item, saved.manifest()));
    }

    private List<Fetched<T>> feed(String url, FetchResult page) {
        List<Fetched<T>> out = new ArrayList<>();
        out.add(savedOrFailed(url, save(url, page)));
        try (FeedItemReader entries = FeedItemReader.open(new ByteArrayInputStream(page.body()),
                page.finalUri().toString(), page.charset(), maxBytes, FeedItemReader.LinkPolicy.ALWAYS)) {
            SourceItem entry;
            while ((entry = entries.next()) != null) {
                progress.grow(1);
                out.add(entry(entry));
                progress.step();
            }
        } catch (InputException e) {
            out.add(failed(url, e.getMessage(), null));
        } catch (RuntimeException | StackOverflowError e) {
            out.add(failed(url, "internal error while reading the feed: " + e + " (please report it with the URL)", null));
        }
        return out;
    }

    private Fetched<T> entry(SourceItem entry) {
        if (!(entry.payload() instanceof Payload.Link link)) {
            if (analyses == null) {
                return new Fetched<>(new CorpusResult.Note<>(entry.source(), "the feed entry has no link: nothing to save"),
                        null);
            }
            return analysed(entry, null);
        }
        FetchResult page;
        try {
            page = fetcher.fetch(link.uri());
        } catch (FetchException e) {
            return failed(entry.source(), e.getMessage(), manifestLine(link.uri().toString(), null, e));
        }
        SavedPages.Saved saved = save(link.uri().toString(), page);
        if (saved.error() != null || analyses == null) {
            return savedOrFailed(entry.source(), saved);
        }
        return analysed(entry.withFetched(page), saved.manifest());
    }

    private Fetched<T> analysed(SourceItem item, String manifest) {
        return new Fetched<>(UnitAnalyzer.<T>rendered(analyses.analyze(item), render), manifest);
    }

    private Fetched<T> savedOrFailed(String source, SavedPages.Saved saved) {
        return saved.error() != null ? failed(source, saved.error(), saved.manifest())
                : new Fetched<>(new CorpusResult.Saved<>(source), saved.manifest());
    }

    private Fetched<T> failed(String source, String error, String manifest) {
        return new Fetched<>(new CorpusResult.Failed<>(source, error), manifest);
    }

    /** Saves the page when there is a folder; its manifest line either way (none without a folder). */
    private SavedPages.Saved save(String url, FetchResult page) {
        return pages == null ? new SavedPages.Saved(null, null) : pages.save(url, page);
    }

    private String manifestLine(String url, FetchResult page, Object fileOrError) {
        return pages == null ? null : SavedPages.manifestLine(url, page, fileOrError);
    }
}
