package veille.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.StringJoiner;
import veille.io.InputException;
import veille.source.FeedItemReader;
import veille.source.ItemReader;
import veille.source.SourceItem;
import veille.source.SourceKind;
import veille.source.SourceSniffer;
import veille.source.WarcItemReader;

/**
 * The articles the command line's FILE arguments hold, one {@link Unit} at a time: a document file as it is, a feed or
 * a WARC archive entry by entry, read as the batch goes so an archive of any size never sits in memory.
 *
 * <p>A container that breaks off gives its good entries, then one {@link Failed} unit in its place; one that had
 * entries passed over (non-HTML records, redirects) ends with a {@link Note}. Not thread-safe: the batch pulls units
 * on one thread; the units themselves are analysed on any.
 */
final class SourceInputs implements Iterator<SourceInputs.Unit>, AutoCloseable {
    /** How the files are taken: sniffed, or all as one kind ({@code --input}). */
    enum Mode { AUTO, DOCUMENT, FEED, WARC }

    /** One thing for the batch to do, in input order. */
    sealed interface Unit {
        /** The name errors and notes are reported under. */
        String source();
    }

    /** A document file (read by the worker, in parallel), or standard input when {@code stdin} is set. */
    record Document(InputFiles.Item item, InputStream stdin) implements Unit {
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
    record Failed(String source, String reason) implements Unit {
    }

    /** Something to know that is not a failure: what a container passed over. */
    record Note(String source, String note) implements Unit {
    }

    private final List<InputFiles.Item> items;
    private final Mode mode;
    private final long maxBytes;
    private final FeedItemReader.LinkPolicy links;
    private int nextItem;
    private ItemReader current;
    private String currentSource;
    private SourceKind currentKind;
    private long currentSize;
    private int entriesInCurrent;
    private long produced;
    private Unit lookahead;

    SourceInputs(List<InputFiles.Item> items, Mode mode, long maxBytes, FeedItemReader.LinkPolicy links) {
        this.items = List.copyOf(items);
        this.mode = mode;
        this.maxBytes = maxBytes;
        this.links = links;
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
     * The expected number of units, for the progress bar: those produced, the files not opened yet, and for an open
     * container its entries so far scaled by how much of it is left.
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
                    return new Failed(currentSource, e.getMessage());
                } catch (RuntimeException | StackOverflowError e) {
                    // A reader bug must not end the batch: the container stops here, the other files go on.
                    close();
                    return new Failed(currentSource, "internal error while reading: " + e + " (please report it with the file)");
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
        InputStream stdin = null;
        SourceKind kind;
        if (item.isStdin()) {
            stdin = new BufferedInputStream(System.in, 1 << 16);
            kind = switch (mode) {
                case AUTO -> peekKind(stdin);
                case DOCUMENT -> SourceKind.DOCUMENT;
                case FEED -> SourceKind.FEED;
                case WARC -> SourceKind.WARC;
            };
        } else {
            kind = switch (mode) {
                case AUTO -> SourceSniffer.sniff(item.path());
                case DOCUMENT -> SourceKind.DOCUMENT;
                case FEED -> SourceKind.FEED;
                case WARC -> SourceKind.WARC;
            };
        }
        if (kind == SourceKind.DOCUMENT) {
            return new Document(item, stdin);
        }
        try {
            if (!item.isStdin() && Files.isDirectory(item.path())) {
                return new Failed(item.source(), "is a directory");
            }
            currentSize = item.isStdin() ? 0 : Files.size(item.path());
            if (kind == SourceKind.FEED) {
                InputStream in = item.isStdin() ? stdin : Files.newInputStream(item.path());
                current = FeedItemReader.open(in, item.source(), null, maxBytes, links);
            } else {
                // A file is read through a channel, whose position measures progress in compressed bytes.
                current = item.isStdin() ? WarcItemReader.open(stdin, item.source(), maxBytes)
                        : WarcItemReader.open(item.path(), item.source(), maxBytes);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            return new Failed(item.source(), "no such file");
        } catch (java.nio.file.AccessDeniedException e) {
            return new Failed(item.source(), "permission denied");
        } catch (IOException e) {
            return new Failed(item.source(), "cannot read: " + e.getMessage());
        } catch (InputException e) {
            return new Failed(item.source(), e.getMessage());
        } catch (RuntimeException e) {
            return new Failed(item.source(), "internal error while opening: " + e + " (please report it with the file)");
        }
        currentSource = item.source();
        currentKind = kind;
        entriesInCurrent = 0;
        return null;
    }

    private Unit endNote() {
        Map<String, Integer> skipped = current.skipped();
        String what = currentKind == SourceKind.FEED ? "entr" : "page";
        String read = entriesInCurrent + " " + what + (currentKind == SourceKind.FEED
                ? (entriesInCurrent == 1 ? "y" : "ies") : (entriesInCurrent == 1 ? "" : "s"));
        if (skipped.isEmpty()) {
            return entriesInCurrent == 0 ? new Note(currentSource, "holds no " + (currentKind == SourceKind.FEED
                    ? "entries" : "pages")) : null;
        }
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
