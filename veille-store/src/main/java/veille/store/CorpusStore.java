package veille.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.codecs.lucene103.Lucene103Codec;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import veille.kb.KnowledgeBase;

/**
 * The corpus store: one Lucene index in a folder, holding each article's analysis (the JSON row of {@code analyze})
 * with the fields of {@link Fields}.
 *
 * <p>An article's id is a stable hash of its source and text. {@link #add} is idempotent: the same article again
 * changes nothing; an article whose source is stored with another text replaces it (the index is keyed by source).
 * Writes become durable at each {@link #commit()} (every {@link #COMMIT_EVERY} articles or {@link #COMMIT_MILLIS}
 * ms, and on close): Lucene commits are atomic, so a process killed at any moment leaves the last commit intact, with
 * no half-written article and no duplicate, and the next run re-adds whatever came after it.
 *
 * <p>One process writes (Lucene's write lock); any number read, each seeing the last commit (or, in the writing
 * process, everything added so far). Thread-safe.
 */
public final class CorpusStore implements Closeable {
    /** Articles between two automatic commits. */
    public static final int COMMIT_EVERY = 5000;
    /** Time between two automatic commits, in milliseconds ({@code -Dveille.store.commitMillis} overrides it). */
    public static final long COMMIT_MILLIS = Long.getLong("veille.store.commitMillis", 5000);

    /**
     * How the stored rows are compressed: deflate by default (the JSON rows shrink to 40% of LZ4's size), LZ4 with
     * {@code -Dveille.store.compression=speed} (about a fifth less CPU per search; docs/store.md has both figures).
     */
    static final Lucene103Codec.Mode COMPRESSION = "speed".equals(System.getProperty("veille.store.compression"))
            ? Lucene103Codec.Mode.BEST_SPEED : Lucene103Codec.Mode.BEST_COMPRESSION;

    /**
     * The layout of the index this code writes and reads, kept in each commit's user data. A store written by an
     * older layout (1: before the {@link Fields#HIT} summaries; 2: the text stored beside the row rather than in
     * {@link Fields#STORED_TEXT} doc values) cannot be read: it must be built again.
     */
    public static final int FORMAT = 3;
    static final String FORMAT_KEY = "veille.store.format";

    /** What {@link #add} did. */
    public enum Outcome { ADDED, REPLACED, UNCHANGED }

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Lucene tells on stderr, through java.util.logging, that the JDK's incubating vector API is not enabled; the
     * store does not need it, and stderr is for the user's errors. Held here so that the setting is not collected.
     */
    private static final java.util.logging.Logger VECTOR_LOG =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    static {
        VECTOR_LOG.setLevel(java.util.logging.Level.OFF);
    }

    private final Path dir;
    private final Directory directory;
    private final KnowledgeBase kb;
    private final ArticleIndexer indexer;
    private final boolean writable;
    private IndexWriter writer;
    private DirectoryReader baseline;
    private IndexSearcher baselineSearcher;
    private SearcherManager searchers;
    private final Set<String> addedIds = ConcurrentHashMap.newKeySet();
    private final Set<String> addedSources = ConcurrentHashMap.newKeySet();
    private final AtomicLong sinceCommit = new AtomicLong();
    private volatile long lastCommit = System.currentTimeMillis();
    private volatile long lastRefresh;

    private CorpusStore(Path dir, KnowledgeBase kb, boolean writable) throws IOException {
        this.dir = dir;
        this.kb = kb;
        this.writable = writable;
        this.indexer = new ArticleIndexer(kb.outlets());
        Files.createDirectories(dir);
        this.directory = FSDirectory.open(dir);
        try {
            init();
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private void init() throws IOException {
        if (writable) {
            IndexWriterConfig c = new IndexWriterConfig(Analysis.perField());
            c.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            c.setRAMBufferSizeMB(64);
            c.setCodec(new Lucene103Codec(COMPRESSION));
            c.setCommitOnClose(true);
            checkFormat(dir, directory);
            writer = new IndexWriter(directory, c);
            writer.setLiveCommitData(Map.of(FORMAT_KEY, Integer.toString(FORMAT)).entrySet());
            writer.commit();
            baseline = DirectoryReader.open(directory);
            baselineSearcher = new IndexSearcher(baseline);
            searchers = new SearcherManager(writer, null);
        } else {
            if (!DirectoryReader.indexExists(directory)) {
                // An empty store: write its first (empty) commit so that readers can open it.
                try (IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(Analysis.perField()))) {
                    w.setLiveCommitData(Map.of(FORMAT_KEY, Integer.toString(FORMAT)).entrySet());
                    w.commit();
                }
            }
            checkFormat(dir, directory);
            searchers = new SearcherManager(directory, null);
        }
    }

    /**
     * Refuses a store whose last commit holds articles written in another layout than {@link #FORMAT}: its fields
     * would be missing or misread. An empty store takes the current layout.
     */
    private static void checkFormat(Path dir, Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return;
        }
        SegmentInfos last = SegmentInfos.readLatestCommit(directory);
        if (last.totalMaxDoc() == 0) {
            return;
        }
        String v = last.getUserData().getOrDefault(FORMAT_KEY, "1");
        if (!v.equals(Integer.toString(FORMAT))) {
            throw new StoreException("the store " + dir + " was written in layout " + v + " and this Veille reads layout "
                    + FORMAT + ": build it again (delete the folder, then run the same 'bin/veille ingest')");
        }
    }

    /**
     * The per-user store folder used when none is given: {@code $VEILLE_STORE} if set, else
     * {@code $XDG_DATA_HOME/veille/store}, else {@code ~/.local/share/veille/store} ({@code %LOCALAPPDATA%\veille\store}
     * on Windows).
     */
    public static Path defaultDir() {
        String v = System.getenv("VEILLE_STORE");
        if (v != null && !v.isBlank()) {
            return Path.of(v);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "veille", "store");
        }
        String local = System.getenv("LOCALAPPDATA");
        if (local != null && !local.isBlank() && System.getProperty("os.name", "").startsWith("Windows")) {
            return Path.of(local, "veille", "store");
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "veille", "store");
    }

    /**
     * Opens (or creates) the store in {@code dir} for writing: one writing process at a time.
     *
     * @throws StoreException when another process writes it, or it was written in another layout ({@link #FORMAT})
     */
    public static CorpusStore open(Path dir, KnowledgeBase kb) {
        try {
            return new CorpusStore(dir, kb, true);
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            throw new StoreException("the store " + dir + " is being written by another process", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens the store in {@code dir} for reading (creating an empty one if none); sees new commits as they come.
     *
     * @throws StoreException when the store was written in another layout ({@link #FORMAT})
     */
    public static CorpusStore openReadOnly(Path dir, KnowledgeBase kb) {
        try {
            return new CorpusStore(dir, kb, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dir() {
        return dir;
    }

    public KnowledgeBase kb() {
        return kb;
    }

    /**
     * Stores one analysis row (the JSON of {@code analyze}).
     *
     * @throws StoreException when the row is not such an object
     */
    public Outcome add(String row) {
        if (!writable) {
            throw new IllegalStateException("this store was opened read-only");
        }
        JsonNode node;
        try {
            node = JSON.readTree(row);
        } catch (IOException e) {
            throw new StoreException("not a JSON object: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), e);
        }
        if (node == null || !node.isObject() || !node.path("source").isTextual() || !node.path("text").isTextual()) {
            throw new StoreException("not an analysis row: it needs a source and a text");
        }
        String source = node.get("source").asText();
        String id = ArticleIndexer.id(source, node.get("text").asText());
        try {
            if (addedIds.contains(id) || isLive(baselineSearcher, Fields.ID, id) && !addedSources.contains(source)) {
                return Outcome.UNCHANGED;
            }
            boolean replaced = addedSources.contains(source) || isLive(baselineSearcher, Fields.SOURCE, source);
            writer.updateDocument(new Term(Fields.SOURCE, source), indexer.document(id, node, row));
            addedIds.add(id);
            addedSources.add(source);
            if (sinceCommit.incrementAndGet() >= COMMIT_EVERY || System.currentTimeMillis() - lastCommit >= COMMIT_MILLIS) {
                commit();
            }
            return replaced ? Outcome.REPLACED : Outcome.ADDED;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the last commit before this run holds a live document with this term. */
    private static boolean isLive(IndexSearcher baseline, String field, String value) throws IOException {
        if (baseline.getIndexReader().maxDoc() == 0) {
            return false;
        }
        return baseline.count(new TermQuery(new Term(field, value))) > 0;
    }

    /** Makes everything added so far durable. */
    public synchronized void commit() {
        if (writer == null) {
            return;
        }
        try {
            writer.commit();
            sinceCommit.set(0);
            lastCommit = System.currentTimeMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A searcher over the current state; release it with {@link #release}. A read-only store looks for new commits
     * at most once a second.
     */
    public IndexSearcher acquire() {
        try {
            long now = System.currentTimeMillis();
            if (writable || now - lastRefresh > 1000) {
                lastRefresh = now;
                searchers.maybeRefresh();
            }
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void release(IndexSearcher s) {
        try {
            searchers.release(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many articles the store holds. */
    public int count() {
        IndexSearcher s = acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            release(s);
        }
    }

    ArticleIndexer indexer() {
        return indexer;
    }

    @Override
    public synchronized void close() {
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (baseline != null) {
                baseline.close();
            }
            if (writer != null) {
                writer.close(); // commits
                writer = null;
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A store that cannot be opened or a row that cannot be stored. */
    public static final class StoreException extends RuntimeException {
        public StoreException(String message) {
            super(message);
        }

        public StoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
