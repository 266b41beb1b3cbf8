package veille.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import veille.kb.KnowledgeBase;
import veille.talk.Article;
import veille.talk.Articles;
import veille.talk.Cluster;
import veille.talk.DiscoverySettings;
import veille.talk.TalkingPointIndex;
import veille.talk.TalkingPoints;

/**
 * Talking points of a corpus store, kept up to date incrementally: the discovery index lives in the store's
 * {@code talking-points} folder (its state and a log of the articles it holds), and an update adds only the
 * articles stored since the last one, read from the store one at a time, then saves the state. A store article
 * replaced by a new version (same source, other text) makes the index start again. One writer per folder: runs
 * in other processes wait on a file lock.
 */
public final class StoreTalkingPoints implements AutoCloseable {
    /** The folder in the store. */
    public static final String FOLDER = "talking-points";
    private static final String IDS = "ids.tsv";
    private static final Map<Path, Object> LOCKS = new ConcurrentHashMap<>();

    private final CorpusStore store;
    private final KnowledgeBase kb;
    private final DiscoverySettings settings;
    private final Path dir;
    private TalkingPointIndex index;
    /** Store id → source of each article in the index. */
    private Map<String, String> ids;
    private long stateStamp = -1;
    private List<Cluster> clusters;

    /**
     * The talking points of a store, over discovery settings whose minimum of outlets is 2 (a larger minimum is a
     * filter on the clusters, {@link #atLeast}): one state serves every query.
     */
    public StoreTalkingPoints(CorpusStore store) {
        this.store = store;
        this.kb = store.kb();
        this.settings = DiscoverySettings.defaults();
        this.dir = store.dir().resolve(FOLDER);
    }

    /** What an update did. */
    public record Update(int added, boolean rebuilt, int articles) {
    }

    /** The clusters of every stored article, updated with the articles stored since the last call. */
    public synchronized List<Cluster> clusters() {
        update();
        return clusters;
    }

    /** The store ids of the sources of the index (source → id). */
    public synchronized Map<String, String> idsBySource() {
        Map<String, String> out = new HashMap<>();
        ids.forEach((id, source) -> out.put(source, id));
        return out;
    }

    /** Adds the articles stored since the last update (all of them the first time) and saves the state. */
    public synchronized Update update() {
        Object lock = LOCKS.computeIfAbsent(dir.toAbsolutePath().normalize(), k -> new Object());
        synchronized (lock) {
            try {
                Files.createDirectories(dir);
                try (FileChannel ch = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE); FileLock fl = ch.lock()) {
                    return updateLocked();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Update updateLocked() throws IOException {
        Path state = dir.resolve("index.bin");
        long stamp = Files.exists(state) ? Files.getLastModifiedTime(state).toMillis() ^ Files.size(state) : 0;
        if (index == null || stamp != stateStamp) {
            // First use, or another process saved a newer state: read it.
            if (index != null) {
                index.close();
            }
            index = TalkingPointIndex.open(dir, settings);
            ids = index.size() == 0 ? new HashMap<>() : readIds();
            clusters = null;
        }
        List<NewDoc> fresh = newDocs();
        boolean rebuilt = false;
        int added = 0;
        if (ids.isEmpty() && !fresh.isEmpty()) {
            // A first build: every article, oldest first, streamed from the store.
            int[] n = {0};
            new StoreSearch(store).forEachMatch(Params.of(Map.of()), (id, row) -> {
                Article a = Articles.ofJson(row, kb.outlets());
                if (index.add(a)) {
                    n[0]++;
                }
                ids.put(id, a.source());
            });
            added = n[0];
        } else if (!fresh.isEmpty()) {
            List<String[]> rows = new ArrayList<>(); // id, row
            IndexSearcher s = store.acquire();
            try {
                StoredFields stored = s.storedFields();
                for (NewDoc d : fresh) {
                    rows.add(new String[] {d.id, stored.document(d.doc).get(Fields.JSON)});
                }
            } finally {
                store.release(s);
            }
            List<Map.Entry<String, Article>> articles = new ArrayList<>();
            for (String[] r : rows) {
                Article a = Articles.ofJson(r[1], kb.outlets());
                if (index.contains(a.source())) {
                    rebuilt = true;
                    break;
                }
                articles.add(Map.entry(r[0], a));
            }
            if (rebuilt) {
                // A stored article changed: its passages are no longer those indexed. Start again.
                index.close();
                index = null;
                try (var files = Files.list(dir)) {
                    for (Path p : files.filter(p -> !p.getFileName().toString().equals(".lock")).toList()) {
                        Files.delete(p);
                    }
                }
                index = TalkingPointIndex.open(dir, settings);
                ids = new HashMap<>();
                Update u = updateLocked();
                return new Update(u.added(), true, u.articles());
            }
            // Oldest first, as a first build adds them: ties of first seen fall to the earlier.
            articles.sort(Comparator.comparing((Map.Entry<String, Article> e) -> key(e.getValue()))
                    .thenComparing(e -> e.getValue().source()));
            for (Map.Entry<String, Article> e : articles) {
                if (index.add(e.getValue())) {
                    added++;
                }
                ids.put(e.getKey(), e.getValue().source());
            }
        }
        if (added > 0 || clusters == null) {
            clusters = TalkingPoints.named(index.clusters(), kb.talkingPoints());
            index.save();
            writeIds();
            stateStamp = Files.getLastModifiedTime(state).toMillis() ^ Files.size(state);
        }
        return new Update(added, rebuilt, index.size());
    }

    private static String key(Article a) {
        String t = a.publishedAt() != null ? a.publishedAt() : a.published();
        return t == null || t.startsWith("--") ? "~" : t;
    }

    private record NewDoc(int doc, String id) {
    }

    /** The live store documents whose ids the index does not hold (ids read from doc values: no JSON loaded). */
    private List<NewDoc> newDocs() throws IOException {
        List<NewDoc> out = new ArrayList<>();
        IndexSearcher s = store.acquire();
        try {
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                SortedDocValues values = leaf.reader().getSortedDocValues(Fields.ID);
                if (values == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                for (int d = values.nextDoc(); d != SortedDocValues.NO_MORE_DOCS; d = values.nextDoc()) {
                    if (live != null && !live.get(d)) {
                        continue;
                    }
                    String id = values.lookupOrd(values.ordValue()).utf8ToString();
                    if (!ids.containsKey(id)) {
                        out.add(new NewDoc(leaf.docBase + d, id));
                    }
                }
            }
        } finally {
            store.release(s);
        }
        return out;
    }

    private Map<String, String> readIds() throws IOException {
        Map<String, String> out = new HashMap<>();
        Path f = dir.resolve(IDS);
        if (Files.exists(f)) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    out.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        }
        return out;
    }

    private void writeIds() throws IOException {
        Path tmp = dir.resolve(IDS + ".tmp");
        try (var w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : ids.entrySet()) {
                w.write(e.getKey());
                w.write('\t');
                w.write(e.getValue().replace('\n', ' ').replace('\t', ' '));
                w.write('\n');
            }
        }
        Files.move(tmp, dir.resolve(IDS), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The clusters spanning at least {@code n} outlets. */
    public static List<Cluster> atLeast(List<Cluster> clusters, int n) {
        return clusters.stream().filter(c -> c.outlets().size() >= n).toList();
    }

    /**
     * A cluster cut to its members published in {@code [from, to]} (ISO dates, either null), its first member,
     * outlets and spread recomputed; null when fewer than two members remain.
     */
    public static Cluster within(Cluster c, String from, String to) {
        if (from == null && to == null) {
            return c;
        }
        List<Cluster.Member> kept = new ArrayList<>();
        for (Cluster.Member m : c.members()) {
            String d = m.published() == null ? null : m.published().substring(0, Math.min(10, m.published().length()));
            if (d != null && !d.startsWith("--") && (from == null || d.compareTo(from) >= 0)
                    && (to == null || d.compareTo(to) <= 0)) {
                kept.add(m);
            }
        }
        if (kept.size() < 2) {
            return null;
        }
        java.util.LinkedHashSet<String> outlets = new java.util.LinkedHashSet<>();
        Map<String, Integer> spread = new java.util.TreeMap<>();
        for (Cluster.Member m : kept) {
            if (m.outlet() != null) {
                outlets.add(m.outlet());
            }
            spread.merge(m.published(), 1, Integer::sum);
        }
        return new Cluster(c.id(), c.kind(), c.text(), kept, kept.get(0), List.copyOf(outlets), spread, c.catalogue());
    }

    @Override
    public synchronized void close() {
        if (index != null) {
            index.close();
            index = null;
        }
    }
}
