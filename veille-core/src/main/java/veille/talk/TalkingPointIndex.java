package veille.talk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import veille.talk.DiscoverySteps.Group;
import veille.talk.DiscoverySteps.Run;

/**
 * Discovers talking points in a growing collection of articles: passages copied across articles (kind
 * {@code reuse}) and formulas that several outlets repeat (kind {@code phrase}).
 *
 * <p>Passages: every article's word shingles go into a hashed index; an article added is aligned with each earlier
 * article sharing shingles with it (seed and extend: shared shingles chained along a diagonal with a gap tolerance,
 * so inserted, deleted or substituted words and truncation keep one passage), and each aligned pair of spans joins
 * one cluster (single link over a union-find of occurrences). Adding an article touches only the articles it
 * shares shingles with.
 *
 * <p>Phrases: word n-grams with their document frequencies and outlets are counted as articles arrive; when
 * clusters are asked for, the n-grams that several outlets share and that are rare in the whole collection, cohesive
 * (their words come together, not as the end of a commoner phrase) and not names, numbers or function words, mark
 * runs in each article; runs sharing an n-gram form one cluster.
 *
 * <p>Not thread-safe: one writer adds, then reads {@link #clusters()}.
 */
public final class TalkingPointIndex implements AutoCloseable {
    private final DiscoverySettings settings;
    /** The steps of discovery that this index chains (per article, per pair, the clustering). */
    private final DiscoverySteps steps;
    /** The articles by number: on the heap, or in the state directory's log (an offset each on the heap). */
    private final ArticleLog log;
    /** Where {@link #save()} writes the state, or null for an index in memory only. */
    private final java.nio.file.Path dir;
    private final List<String> sources;
    private final Map<String, Integer> bySource;
    /** Each article's outlet number. */
    private int[] docOutlet;
    /** Passage shingle fingerprint → articles holding it (boilerplate: counted, no more postings). */
    private final Postings shingles;
    /** Phrase n-gram → articles holding it, ascending. */
    private final Postings ngrams;
    /**
     * The n-grams of two articles or more, the only ones a phrase can come from, kept as articles arrive: n-gram →
     * its number here. Each keeps the hashes of its two sides (0: a side of function words, not tested) and its
     * verdict of the last {@link #clusters()} call, tested again only when its articles or its sides' frequencies
     * changed since: an update costs what it adds, not the collection.
     */
    private final LongLongMap shared;
    private long[] sharedGram;
    private long[] sharedLeft;
    private long[] sharedRight;
    private int sharedCount;
    private final java.util.BitSet passes;
    private final java.util.BitSet dirty;
    /** Whether {@link #passes} holds the verdicts of the last clusters() call (else every n-gram is tested). */
    private boolean verdicts;
    private double lastMaxDocs;
    /** The sides whose frequency changed since the last verdicts (null past {@link #MAX_TOUCHED}: test all). */
    private LongLongMap touched = new LongLongMap();
    private static final int MAX_TOUCHED = 2_000_000;
    /** Sub-gram of the phrase index (n - 1 words) → document frequency. */
    private final SeenCounts subgrams;
    /** The runs of candidate n-grams of each article holding one, as of the last clusters() call. */
    private final java.util.TreeMap<Integer, Run[]> runsByDoc = new java.util.TreeMap<>();
    /** The articles whose runs are known: those added before the last clusters() call. */
    private int runsScanned;
    /** N-grams that stopped being candidates since their holders' runs were made. */
    private final List<Long> flipped = new ArrayList<>();
    private final Map<String, Integer> outletNo;
    /** Passage occurrences: article, word span, union-find parent. */
    private final Occurrences occ;
    /** The last articles read or split: alignment reads the recent articles that copies come from. */
    private final Map<Integer, Doc> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Doc> eldest) {
            return size() > CACHED;
        }
    };
    private static final int CACHED = 4096;

    /** An index over the default settings and the built-in function words. */
    public TalkingPointIndex() {
        this(DiscoverySettings.defaults());
    }

    /** An index over the given settings, in memory. */
    public TalkingPointIndex(DiscoverySettings settings) {
        this(settings, null, ArticleLog.inMemory(), new ArrayList<>(), new Postings(settings.maxShingleDocs() + 1),
                new Postings(Integer.MAX_VALUE), new LongLongMap(), new SeenCounts(), new LinkedHashMap<>(),
                new Occurrences());
    }

    private TalkingPointIndex(DiscoverySettings settings, java.nio.file.Path dir, ArticleLog log, List<String> sources,
                              Postings shingles, Postings ngrams, LongLongMap shared, SeenCounts subgrams,
                              Map<String, Integer> outletNo, Occurrences occ) {
        this.settings = settings;
        this.steps = new DiscoverySteps(settings);
        this.dir = dir;
        this.log = log;
        this.sources = sources;
        this.bySource = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            bySource.put(sources.get(i), i);
        }
        this.docOutlet = new int[Math.max(16, sources.size())];
        this.shingles = shingles;
        this.ngrams = ngrams;
        this.shared = shared;
        this.sharedGram = new long[16];
        this.sharedLeft = new long[16];
        this.sharedRight = new long[16];
        this.passes = new java.util.BitSet();
        this.dirty = new java.util.BitSet();
        this.subgrams = subgrams;
        this.outletNo = outletNo;
        this.occ = occ;
    }

    private static final int FORMAT = 3;
    private static final String STATE = "index.bin";
    private static final String ARTICLES = "articles.bin";

    /**
     * An index whose state lives in {@code dir} (a store's {@code talking-points} folder): the state {@link #save()}
     * wrote there last, when its settings are these, else an empty one. Articles go to a log in the folder, so
     * the heap holds the hashed index and an offset per article, not the texts; an update reads the state back
     * and adds the new articles instead of rebuilding.
     */
    public static TalkingPointIndex open(java.nio.file.Path dir, DiscoverySettings settings) throws java.io.IOException {
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Path state = dir.resolve(STATE);
        if (java.nio.file.Files.isRegularFile(state)) {
            try (java.io.DataInputStream in = new java.io.DataInputStream(new java.io.BufferedInputStream(
                    java.nio.file.Files.newInputStream(state), 1 << 16))) {
                if (in.readInt() == FORMAT && settingsKey(settings).equals(in.readUTF())) {
                    return read(in, dir, settings);
                }
            } catch (java.io.EOFException e) {
                // A state cut short: start again.
            }
            // The state of other settings (or a cut one) goes: the log is emptied below and must not outlive it.
            java.nio.file.Files.delete(state);
        }
        return new TalkingPointIndex(settings, dir, ArticleLog.file(dir.resolve(ARTICLES), new long[1], 0),
                new ArrayList<>(), new Postings(settings.maxShingleDocs() + 1), new Postings(Integer.MAX_VALUE),
                new LongLongMap(), new SeenCounts(), new LinkedHashMap<>(), new Occurrences());
    }

    /** What the state depends on: every setting (the minimum of outlets decides the phrase verdicts kept). */
    private static String settingsKey(DiscoverySettings s) {
        return s.toString();
    }

    /** Writes the state to the folder {@link #open} read it from (atomically: a crash keeps the last state). */
    public void save() throws java.io.IOException {
        if (dir == null) {
            throw new IllegalStateException("An index in memory has no folder to save to");
        }
        ArticleLog.OnDisk file = (ArticleLog.OnDisk) log;
        file.force();
        java.nio.file.Path tmp = dir.resolve(STATE + ".tmp");
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(new java.io.BufferedOutputStream(
                java.nio.file.Files.newOutputStream(tmp), 1 << 16))) {
            out.writeInt(FORMAT);
            out.writeUTF(settingsKey(settings));
            out.writeInt(sources.size());
            for (String src : sources) {
                StateFiles.writeString(out, src);
            }
            StateFiles.writeInts(out, docOutlet, sources.size());
            long[] offsets = file.offsets();
            StateFiles.writeLongs(out, offsets, offsets.length);
            out.writeInt(outletNo.size());
            for (String o : outletNo.keySet()) {
                StateFiles.writeString(out, o);
            }
            shingles.write(out);
            ngrams.write(out);
            StateFiles.writeLongs(out, sharedGram, sharedCount);
            StateFiles.writeLongs(out, sharedLeft, sharedCount);
            StateFiles.writeLongs(out, sharedRight, sharedCount);
            long[] bits = passes.toLongArray();
            StateFiles.writeLongs(out, bits, bits.length);
            bits = dirty.toLongArray();
            StateFiles.writeLongs(out, bits, bits.length);
            out.writeBoolean(verdicts && touched != null);
            out.writeDouble(lastMaxDocs);
            List<Long> keys = new ArrayList<>();
            if (touched != null) {
                touched.forEach((k, v) -> keys.add(k));
            }
            out.writeInt(keys.size());
            for (long k : keys) {
                out.writeLong(k);
            }
            subgrams.write(out);
            occ.write(out);
            out.writeInt(runsScanned);
            out.writeInt(flipped.size());
            for (long g : flipped) {
                out.writeLong(g);
            }
            out.writeInt(runsByDoc.size());
            for (Run[] runs : runsByDoc.values()) {
                out.writeInt(runs.length);
                for (Run r : runs) {
                    out.writeInt(r.doc());
                    out.writeInt(r.from());
                    out.writeInt(r.to());
                    StateFiles.writeLongs(out, r.grams(), r.grams().length);
                    StateFiles.writeString(out, r.form());
                    out.writeBoolean(r.said());
                }
            }
            out.writeInt(groupCache.size());
            for (Map.Entry<String, Group> e : groupCache.entrySet()) {
                StateFiles.writeString(out, e.getKey());
                Group g = e.getValue();
                out.writeBoolean(g.oneSentence());
                out.writeInt(g.chars().size());
                for (Map.Entry<Integer, int[]> c : g.chars().entrySet()) {
                    out.writeInt(c.getKey());
                    out.writeInt(c.getValue()[0]);
                    out.writeInt(c.getValue()[1]);
                }
                out.writeInt(g.members().size());
                for (Cluster.Member m : g.members()) {
                    StateFiles.writeString(out, m.source());
                    out.writeInt(m.start());
                    out.writeInt(m.end());
                    StateFiles.writeString(out, m.text());
                    StateFiles.writeString(out, m.outlet());
                    StateFiles.writeString(out, m.published());
                    StateFiles.writeString(out, m.publishedAt());
                    StateFiles.writeString(out, m.speaker());
                    out.writeBoolean(m.stateAffiliated());
                }
            }
        }
        java.nio.file.Files.move(tmp, dir.resolve(STATE), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static TalkingPointIndex read(java.io.DataInputStream in, java.nio.file.Path dir, DiscoverySettings settings)
            throws java.io.IOException {
        int n = in.readInt();
        List<String> sources = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sources.add(StateFiles.readString(in));
        }
        int[] outlets = StateFiles.readInts(in);
        long[] offsets = StateFiles.readLongs(in);
        int o = in.readInt();
        Map<String, Integer> outletNo = new LinkedHashMap<>();
        for (int i = 0; i < o; i++) {
            outletNo.put(StateFiles.readString(in), i);
        }
        Postings shingles = Postings.read(in, settings.maxShingleDocs() + 1);
        Postings ngrams = Postings.read(in, Integer.MAX_VALUE);
        long[] gram = StateFiles.readLongs(in);
        long[] left = StateFiles.readLongs(in);
        long[] right = StateFiles.readLongs(in);
        java.util.BitSet passes = java.util.BitSet.valueOf(StateFiles.readLongs(in));
        java.util.BitSet dirty = java.util.BitSet.valueOf(StateFiles.readLongs(in));
        boolean verdicts = in.readBoolean();
        double lastMaxDocs = in.readDouble();
        int t = in.readInt();
        LongLongMap touched = new LongLongMap();
        for (int i = 0; i < t; i++) {
            touched.put(in.readLong(), 1);
        }
        SeenCounts subgrams = SeenCounts.read(in);
        Occurrences occ = Occurrences.read(in);
        LongLongMap shared = new LongLongMap();
        for (int i = 0; i < gram.length; i++) {
            shared.put(gram[i], i);
        }
        TalkingPointIndex x = new TalkingPointIndex(settings, dir, ArticleLog.file(dir.resolve(ARTICLES), offsets, n),
                sources, shingles, ngrams, shared, subgrams, outletNo, occ);
        x.docOutlet = Arrays.copyOf(outlets, Math.max(16, n));
        x.sharedGram = Arrays.copyOf(gram, Math.max(16, gram.length));
        x.sharedLeft = Arrays.copyOf(left, Math.max(16, gram.length));
        x.sharedRight = Arrays.copyOf(right, Math.max(16, gram.length));
        x.sharedCount = gram.length;
        x.passes.or(passes);
        x.dirty.or(dirty);
        x.verdicts = verdicts;
        x.lastMaxDocs = lastMaxDocs;
        x.touched = touched;
        x.runsScanned = in.readInt();
        int f = in.readInt();
        for (int i = 0; i < f; i++) {
            x.flipped.add(in.readLong());
        }
        int docs = in.readInt();
        for (int i = 0; i < docs; i++) {
            Run[] runs = new Run[in.readInt()];
            for (int r = 0; r < runs.length; r++) {
                runs[r] = new Run(in.readInt(), in.readInt(), in.readInt(), StateFiles.readLongs(in),
                        StateFiles.readString(in), in.readBoolean());
            }
            x.runsByDoc.put(runs[0].doc(), runs);
        }
        int groups = in.readInt();
        for (int i = 0; i < groups; i++) {
            String key = StateFiles.readString(in);
            boolean one = in.readBoolean();
            Map<Integer, int[]> chars = new LinkedHashMap<>();
            int c = in.readInt();
            for (int k = 0; k < c; k++) {
                chars.put(in.readInt(), new int[] {in.readInt(), in.readInt()});
            }
            int m = in.readInt();
            List<Cluster.Member> members = new ArrayList<>(m);
            for (int k = 0; k < m; k++) {
                members.add(new Cluster.Member(StateFiles.readString(in), in.readInt(), in.readInt(),
                        StateFiles.readString(in), StateFiles.readString(in), StateFiles.readString(in),
                        StateFiles.readString(in), StateFiles.readString(in), in.readBoolean()));
            }
            x.groupCache.put(key, new Group(one, chars, members));
        }
        return x;
    }

    /** Number of articles added. */
    public int size() {
        return sources.size();
    }

    /** Whether an article of this source was added. */
    public boolean contains(String source) {
        return bySource.containsKey(source);
    }

    /** The article of a number (0 for the first added). */
    private Doc doc(int no) {
        Doc d = cache.get(no);
        if (d == null) {
            d = new Doc(no, log.get(no), docOutlet[no]);
            cache.put(no, d);
        }
        return d;
    }

    /**
     * Adds an article: indexes its shingles and n-grams and aligns it with the earlier articles sharing passages with
     * it. An article whose source was added already is ignored.
     *
     * @return whether the article was added
     */
    public boolean add(Article article) {
        if (bySource.containsKey(article.source())) {
            return false;
        }
        int no = log.append(article);
        int outlet = outletNo.computeIfAbsent(article.outlet() == null ? "?" + article.source() : article.outlet(),
                k -> outletNo.size());
        if (no == docOutlet.length) {
            docOutlet = Arrays.copyOf(docOutlet, no * 2);
        }
        docOutlet[no] = outlet;
        sources.add(article.source());
        bySource.put(article.source(), no);
        Doc d = new Doc(no, article, outlet);
        cache.put(no, d);
        Words w = Words.of(article.text());
        indexPhrases(d, w);
        alignPassages(d, w);
        return true;
    }

    // ---------------------------------------------------------------- passages

    private void alignPassages(Doc d, Words w) {
        long[] mine = d.shingles(w);
        // Candidates: the articles sharing a fingerprint (winnowing keeps about two shingles in five, and any run
        // of WINDOW + shingle - 1 identical words shares one); then every shared shingle of the pair is a seed.
        Set<Integer> candidates = new LinkedHashSet<>();
        Set<Long> seen = new HashSet<>();
        for (int i : DiscoverySteps.winnow(mine)) {
            long h = mine[i];
            int count = shingles.count(h);
            if (count > 0 && count <= settings.maxShingleDocs()) {
                for (int p : shingles.get(h)) {
                    if (p != d.no) {
                        candidates.add(p);
                    }
                }
            }
            if (seen.add(h)) {
                shingles.add(h, d.no);
            }
        }
        for (int no : candidates) {
            Doc other = doc(no);
            for (int[] pair : steps.align(mine, other.shingles(null))) {
                int a = occ.add(d.no, pair[0], pair[1]);
                int b = occ.add(other.no, pair[2], pair[3]);
                occ.union(a, b);
            }
        }
    }

    // ---------------------------------------------------------------- phrases

    private void indexPhrases(Doc d, Words w) {
        // Only what a phrase can use: n-grams with a content word and no figure; sides with a content word
        // (cohesion does not test a side of function words alone).
        DiscoverySteps.PhraseGrams pg = steps.phraseGrams(w);
        for (int k = 0; k < pg.grams().length; k++) {
            long g = pg.grams()[k];
            int count = ngrams.add(g, d.no);
            if (count == 2) {
                share(g, pg.left()[k], pg.right()[k]);
            } else if (count > 2) {
                dirty.set((int) shared.get(g, 0));
            }
        }
        for (long s : pg.sides()) {
            subgrams.add(s);
            if (verdicts && touched != null) {
                touched.put(s, 1);
                if (touched.size() > MAX_TOUCHED) {
                    touched = null;
                }
            }
        }
    }

    private void share(long gram, long left, long right) {
        int i = sharedCount++;
        if (i == sharedGram.length) {
            sharedGram = Arrays.copyOf(sharedGram, i * 2);
            sharedLeft = Arrays.copyOf(sharedLeft, i * 2);
            sharedRight = Arrays.copyOf(sharedRight, i * 2);
        }
        sharedGram[i] = gram;
        sharedLeft[i] = left;
        sharedRight[i] = right;
        shared.put(gram, i);
        dirty.set(i);
    }

    /** The articles holding an n-gram, ascending; empty when none. */
    private int[] holders(long hash) {
        return ngrams.get(hash);
    }

    /**
     * Whether shared n-gram {@code i} may carry a talking point: in few articles of several outlets, cohesive (its
     * content word and no figure were tested when it was indexed).
     */
    private boolean gramPasses(int i, double maxDocs) {
        int count = ngrams.count(sharedGram[i]);
        if (count < phraseMinOutlets() || count > maxDocs) {
            return false;
        }
        // Distinct outlets, counted up to the least needed.
        int need = phraseMinOutlets();
        int[] outlets = new int[need];
        int distinct = 0;
        for (int h : holders(sharedGram[i])) {
            int o = docOutlet[h];
            boolean known = false;
            for (int k = 0; k < distinct && !known; k++) {
                known = outlets[k] == o;
            }
            if (!known) {
                outlets[distinct++] = o;
                if (distinct == need) {
                    break;
                }
            }
        }
        long left = sharedLeft[i];
        long right = sharedRight[i];
        return steps.gramPasses(count, distinct, maxDocs, left == 0 ? 0 : subgrams.get(left),
                right == 0 ? 0 : subgrams.get(right));
    }

    private double maxPhraseDocs() {
        return steps.maxPhraseDocs(size());
    }

    private int phraseMinOutlets() {
        return steps.phraseMinOutlets();
    }

    // ---------------------------------------------------------------- clusters

    /** The clusters of every article added so far, by spread (most outlets first). */
    public List<Cluster> clusters() {
        Map<String, Group> built = new HashMap<>();
        List<Group> groups = new ArrayList<>();
        for (Map<Integer, int[]> g : occ.groups()) {
            String key = groupKey(g);
            Group group = groupCache.get(key);
            if (group == null) {
                group = group(g);
            }
            built.put(key, group);
            groups.add(group);
        }
        // Only the groups of this call stay: a group that changed is built again, the others are read from here.
        groupCache.clear();
        groupCache.putAll(built);
        return steps.clusters(groups, phraseRuns(), no -> docOutlet[no], bySource::get,
                r -> {
                    Doc d = doc(r.doc());
                    return steps.member(d.article(), d.words(), r.from(), r.to());
                });
    }

    /**
     * The passage groups as clusters() used them, by their spans. Kept between calls (and in the saved state) while
     * a group's spans stay the same, so an update reads back only the articles of groups that changed.
     */
    private final Map<String, Group> groupCache = new HashMap<>();

    private static String groupKey(Map<Integer, int[]> g) {
        StringBuilder b = new StringBuilder();
        g.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> b.append(e.getKey()).append(':')
                .append(e.getValue()[0]).append('-').append(e.getValue()[1]).append(';'));
        return b.toString();
    }

    private Group group(Map<Integer, int[]> g) {
        Map<Integer, DiscoverySteps.Piece> pieces = new LinkedHashMap<>();
        for (var e : g.entrySet()) {
            Doc d = doc(e.getKey());
            pieces.put(e.getKey(), steps.piece(d.article(), d.words(), e.getValue()[0], e.getValue()[1]));
        }
        return DiscoverySteps.group(pieces);
    }

    /**
     * Runs of candidate n-grams in each article holding one, computed again only for the articles added since the
     * last call and the holders of n-grams whose verdict changed; grouping them is then work in memory.
     */
    private List<Run> phraseRuns() {
        Set<Long> grams = candidateGrams();
        java.util.TreeSet<Integer> affected = new java.util.TreeSet<>();
        for (long g : grams) {
            int[] hs = holders(g);
            for (int k = hs.length - 1; k >= 0 && hs[k] >= runsScanned; k--) {
                affected.add(hs[k]);
            }
        }
        for (long g : flipped) {
            for (int h : holders(g)) {
                affected.add(h);
            }
        }
        flipped.clear();
        runsScanned = size();
        for (int no : affected) {
            Run[] runs = runsOf(no, grams);
            if (runs.length == 0) {
                runsByDoc.remove(no);
            } else {
                runsByDoc.put(no, runs);
            }
        }
        List<Run> runs = new ArrayList<>();
        for (Run[] rs : runsByDoc.values()) {
            runs.addAll(Arrays.asList(rs));
        }
        return runs;
    }

    /** The runs of candidate n-grams in an article (trailing function words trimmed). */
    private Run[] runsOf(int no, Set<Long> grams) {
        Doc d = doc(no);
        return steps.runs(no, d.article(), d.words(), grams::contains);
    }

    /**
     * The n-grams that may carry a talking point. Verdicts are kept between calls: an n-gram is tested again when
     * an article joined it, when a side's frequency changed, or when the collection's size moved the largest
     * document frequency allowed across its own.
     */
    private Set<Long> candidateGrams() {
        double maxDocs = maxPhraseDocs();
        boolean all = !verdicts || touched == null;
        double low = Math.min(maxDocs, lastMaxDocs);
        for (int i = 0; i < sharedCount; i++) {
            if (all || dirty.get(i) || touched.get(sharedLeft[i], 0) != 0 || touched.get(sharedRight[i], 0) != 0
                    || maxDocs != lastMaxDocs && ngrams.count(sharedGram[i]) > low) {
                boolean pass = gramPasses(i, maxDocs);
                if (pass != passes.get(i)) {
                    passes.set(i, pass);
                    flipped.add(sharedGram[i]);
                }
            }
        }
        verdicts = true;
        lastMaxDocs = maxDocs;
        dirty.clear();
        touched = new LongLongMap();
        Set<Long> out = new HashSet<>();
        for (int i = passes.nextSetBit(0); i >= 0; i = passes.nextSetBit(i + 1)) {
            out.add(sharedGram[i]);
        }
        return out;
    }

    // ---------------------------------------------------------------- state

    /** Closes the article log (an index in a folder). */
    @Override
    public void close() {
        log.close();
    }

    /**
     * An article of the index (a few thousand are cached) with its shingle hashes, made when first needed: what
     * aligning a later article with it reads. Its words are split again when asked for, not kept: a word as a
     * string costs about seven times its hash, and only clustering reads them, once per article.
     */
    private final class Doc {
        final int no;
        final Article article;
        final int outlet;
        private long[] shingles;

        Doc(int no, Article article, int outlet) {
            this.no = no;
            this.article = article;
            this.outlet = outlet;
        }

        Article article() {
            return article;
        }

        Words words() {
            return Words.of(article.text());
        }

        /** The shingle hashes, from these words (null: split here) when not made yet. */
        long[] shingles(Words w) {
            if (shingles == null) {
                shingles = steps.shingles(w != null ? w : words());
            }
            return shingles;
        }
    }

    /** A growable union-find over ints. */
    static final class UnionFind {
        private int[] parent = new int[16];
        private int size;

        int add() {
            if (size == parent.length) {
                parent = Arrays.copyOf(parent, size * 2);
            }
            parent[size] = size;
            return size++;
        }

        int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }

        int size() {
            return size;
        }

        void write(java.io.DataOutputStream out) throws java.io.IOException {
            StateFiles.writeInts(out, parent, size);
        }

        static UnionFind read(java.io.DataInputStream in) throws java.io.IOException {
            UnionFind uf = new UnionFind();
            int[] p = StateFiles.readInts(in);
            uf.parent = Arrays.copyOf(p, Math.max(16, p.length));
            uf.size = p.length;
            return uf;
        }
    }

    /**
     * Passage occurrences: per article, word spans that overlapping alignments widen; union-find across them. The
     * result depends on the order of the aligned pairs (a widened span may overlap the next): the index adds them
     * article by article, each article's candidates in the order of its fingerprints; a distributed job replays
     * its aligned pairs in that order.
     */
    public static final class Occurrences {
        private UnionFind uf = new UnionFind();
        private int[] doc = new int[16];
        private int[] from = new int[16];
        private int[] to = new int[16];
        private final Map<Integer, List<Integer>> byDoc = new HashMap<>();

        int size() {
            return uf.size();
        }

        int doc(int o) {
            return doc[o];
        }

        int from(int o) {
            return from[o];
        }

        int to(int o) {
            return to[o];
        }

        int find(int o) {
            return uf.find(o);
        }

        /** Joins two occurrences' clusters. */
        public void union(int a, int b) {
            uf.union(a, b);
        }

        /** The occurrences grouped by cluster: article → word span, for clusters of two articles or more. */
        public List<Map<Integer, int[]>> groups() {
            Map<Integer, Map<Integer, int[]>> groups = new LinkedHashMap<>(); // root → article → word span
            for (int o = 0; o < size(); o++) {
                int[] span = groups.computeIfAbsent(find(o), x -> new LinkedHashMap<>())
                        .computeIfAbsent(doc(o), x -> new int[] {Integer.MAX_VALUE, -1});
                span[0] = Math.min(span[0], from(o));
                span[1] = Math.max(span[1], to(o));
            }
            return groups.values().stream().filter(g -> g.size() >= 2).toList();
        }

        /** An empty set of occurrences. */
        public Occurrences() {
        }

        /** The occurrence of words [f, t) in article d: an overlapping one widened, or a new one. */
        public int add(int d, int f, int t) {
            List<Integer> list = byDoc.computeIfAbsent(d, x -> new ArrayList<>());
            for (int o : list) {
                int overlap = Math.min(t, to[o]) - Math.max(f, from[o]);
                if (overlap * 2 >= Math.min(t - f, to[o] - from[o])) {
                    from[o] = Math.min(from[o], f);
                    to[o] = Math.max(to[o], t);
                    return o;
                }
            }
            int o = uf.add();
            if (o == doc.length) {
                doc = Arrays.copyOf(doc, o * 2);
                from = Arrays.copyOf(from, o * 2);
                to = Arrays.copyOf(to, o * 2);
            }
            doc[o] = d;
            from[o] = f;
            to[o] = t;
            list.add(o);
            return o;
        }

        void write(java.io.DataOutputStream out) throws java.io.IOException {
            uf.write(out);
            StateFiles.writeInts(out, doc, size());
            StateFiles.writeInts(out, from, size());
            StateFiles.writeInts(out, to, size());
        }

        static Occurrences read(java.io.DataInputStream in) throws java.io.IOException {
            Occurrences o = new Occurrences();
            o.uf = UnionFind.read(in);
            int n = o.uf.size();
            o.doc = Arrays.copyOf(StateFiles.readInts(in), Math.max(16, n));
            o.from = Arrays.copyOf(StateFiles.readInts(in), Math.max(16, n));
            o.to = Arrays.copyOf(StateFiles.readInts(in), Math.max(16, n));
            for (int i = 0; i < n; i++) {
                o.byDoc.computeIfAbsent(o.doc[i], x -> new ArrayList<>()).add(i);
            }
            return o;
        }

    }
}
