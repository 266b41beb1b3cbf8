package veille.corpus;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.StringJoiner;
import java.util.function.Supplier;
import veille.io.InputException;
import veille.source.FeedItemReader;
import veille.source.ItemReader;
import veille.source.SourceItem;
import veille.source.SourceKind;
import veille.source.SourceSniffer;
import veille.source.WarcItemReader;

/**
 * The articles a list of inputs holds, one {@link Unit} at a time: a document file as it is, a feed or a WARC archive
 * entry by entry, read as the batch goes so an archive of any size never sits in memory.
 *
 * <p>A container that breaks off gives its good entries, then one {@link Unreadable} unit in its place; one that had
 * entries passed over (non-HTML records, redirects) ends with a {@link Note}. Not thread-safe: the batch pulls units
 * on one thread; the units themselves are analysed on any.
 */
final class CorpusInputs implements Iterator<CorpusInputs.Unit>, AutoCloseable {
    /** One thing for the batch to do, in input order. */
    sealed interface Unit {
        /** The name errors and notes are reported under. */
        String source();
    }

    /** A document file (read by the worker, in parallel), or standard input when {@code stdin} is set. */
    record DocumentFile(InputFiles.Item item, InputStream stdin) implements Unit {
        @Override
        public String source() {
            return item.source();
        }
    }

    /** An article out of a feed or an archive. */
    record Entry(SourceItem item) implements Unit {
        @Override
        public String source() {
            return item.source();
        }
    }

    /** A container that cannot be read, or that broke off here. */
    record Unreadable(String source, String reason) implements Unit {
    }

    /** Something to know that is not a failure: what a container passed over. */
    record Note(String source, String note) implements Unit {
    }

    private final List<InputFiles.Item> items;
    private final InputKind kind;
    private final long maxBytes;
    private final FeedItemReader.LinkPolicy links;
    private final Supplier<InputStream> stdin;
    private int nextItem;
    private ItemReader current;
    private String currentSource;
    private SourceKind currentKind;
    private long currentSize;
    private int entriesInCurrent;
    private long produced;
    private Unit lookahead;

    /** @param stdin what {@code -} reads, asked for when that input is opened */
    CorpusInputs(List<InputFiles.Item> items, InputKind kind, long maxBytes, FeedItemReader.LinkPolicy links,
                 Supplier<InputStream> stdin) {
        this.items = List.copyOf(items);
        this.kind = kind;
        this.maxBytes = maxBytes;
        this.links = links;
        this.stdin = stdin;
    }

    @Override
    public boolean hasNext() {
        if (lookahead == null) {
            lookahead = advance();
        }
        return lookahead != null;
    }

    @Override
    public Unit next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Unit u = lookahead;
        lookahead = null;
        produced++;
        return u;
    }

    /**
     * The expected number of units, for progress: those produced, the files not opened yet, and for an open container
     * its entries so far scaled by how much of it is left.
     */
    long expectedTotal() {
        long total = produced + (items.size() - nextItem) + (lookahead != null ? 1 : 0);
        if (current != null && currentSize > 0) {
            long pos = Math.max(1, current.position());
            total += Math.round(entriesInCurrent * (double) Math.max(0, currentSize - pos) / pos);
        }
        return total;
    }

    @Override
    public void close() {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    private Unit advance() {
        while (true) {
            if (current != null) {
                try {
                    SourceItem item = current.next();
                    if (item != null) {
                        entriesInCurrent++;
                        return new Entry(item);
                    }
                    Unit end = endNote();
                    close();
                    if (end != null) {
                        return end;
                    }
                    continue;
                } catch (InputException e) {
                    close();
                    return new Unreadable(currentSource, e.getMessage());
                } catch (RuntimeException | StackOverflowError e) {
                    // A reader bug must not end the batch: the container stops here, the other files go on.
                    close();
                    return new Unreadable(currentSource, "internal error while reading: " + e + " (please report it with the file)");
                }
            }
            if (nextItem >= items.size()) {
                return null;
            }
            InputFiles.Item item = items.get(nextItem++);
            Unit u = open(item);
            if (u != null) {
                return u;
            }
        }
    }

    /** A document unit, a failure, or null after opening a container (its entries follow). */
    private Unit open(InputFiles.Item item) {
        InputStream in = null;
        SourceKind sourceKind;
        if (item.isStdin()) {
            in = new BufferedInputStream(stdin.get(), 1 << 16);
            sourceKind = switch (kind) {
                case AUTO -> peekKind(in);
                case TEXT, HTML, PLAIN -> SourceKind.DOCUMENT;
                case FEED -> SourceKind.FEED;
                case WARC -> SourceKind.WARC;
            };
        } else {
            sourceKind = switch (kind) {
                case AUTO -> SourceSniffer.sniff(item.path());
                case TEXT, HTML, PLAIN -> SourceKind.DOCUMENT;
                case FEED -> SourceKind.FEED;
                case WARC -> SourceKind.WARC;
            };
        }
        if (sourceKind == SourceKind.DOCUMENT) {
            return new DocumentFile(item, in);
        }
        try {
            if (!item.isStdin() && Files.isDirectory(item.path())) {
                return new Unreadable(item.source(), "is a directory");
            }
            currentSize = item.isStdin() ? 0 : Files.size(item.path());
            if (sourceKind == SourceKind.FEED) {
                current = FeedItemReader.open(item.isStdin() ? in : Files.newInputStream(item.path()), item.source(),
                        null, maxBytes, links);
            } else {
                // A file is read through a channel, whose position measures progress in compressed bytes.
                current = item.isStdin() ? WarcItemReader.open(in, item.source(), maxBytes)
                        : WarcItemReader.open(item.path(), item.source(), maxBytes);
            }
        } catch (NoSuchFileException e) {
            return new Unreadable(item.source(), "no such file");
        } catch (AccessDeniedException e) {
            return new Unreadable(item.source(), "permission denied");
        } catch (IOException e) {
            return new Unreadable(item.source(), "cannot read: " + e.getMessage());
        } catch (InputException e) {
            return new Unreadable(item.source(), e.getMessage());
        } catch (RuntimeException e) {
            return new Unreadable(item.source(), "internal error while opening: " + e + " (please report it with the file)");
        }
        currentSource = item.source();
        currentKind = sourceKind;
        entriesInCurrent = 0;
        return null;
    }

    private Unit endNote() {
        Map<String, Integer> skipped = current.skipped();
        boolean feed = currentKind == SourceKind.FEED;
        if (skipped.isEmpty()) {
            return entriesInCurrent == 0 ? new Note(currentSource, "holds no " + (feed ? "entries" : "pages")) : null;
        }
        String read = entriesInCurrent + " " + (feed ? (entriesInCurrent == 1 ? "entry" : "entries")
                : (entriesInCurrent == 1 ? "page" : "pages"));
        StringJoiner j = new StringJoiner(", ");
        skipped.forEach((why, n) -> j.add(n + " " + why));
        return new Note(currentSource, read + " read; passed over: " + j);
    }

    private static SourceKind peekKind(InputStream in) {
        try {
            in.mark(SourceSniffer.HEAD_BYTES);
            byte[] head = in.readNBytes(SourceSniffer.HEAD_BYTES);
            in.reset();
            return SourceSniffer.byContent(head);
        } catch (IOException e) {
            return SourceKind.DOCUMENT; // the document reader reports the error
        }
    }
}
