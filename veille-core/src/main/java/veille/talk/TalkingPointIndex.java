package veille.talk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
    /** Fewest words of a recurring phrase: shorter shared wordings are stock phrases or names. */
    private static final int MIN_PHRASE_WORDS = 5;
    /** Shingles per winnowing window: a run of 8 identical words (with 5-word shingles) always shares a fingerprint. */
    private static final int WINDOW = 4;
    /**
     * Endings of third-person and participle forms after a cue's stem ("plaid" + "e", "é", "ait" ...): a noun
     * ("pour rappel") or the narrator's "rappelons" is no one's statement.
     */
    private static final Set<String> ENDINGS = Set.of("e", "es", "ent", "ee", "ees", "er", "era", "erait", "ait",
            "aient", "a", "ant", "le", "lent", "lera", "i", "ie", "it", "is", "u", "ue", "t", "nent");

    private final DiscoverySettings settings;
    private final Set<String> functionWords;
    private final java.util.function.Predicate<String> cues;
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
        this.functionWords = functionWords();
        this.cues = cues();
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
        indexPhrases(d);
        alignPassages(d);
        return true;
    }

    // ---------------------------------------------------------------- passages

    private void alignPassages(Doc d) {
        long[] mine = shingleHashes(d.words());
        // Candidates: the articles sharing a fingerprint (winnowing keeps about two shingles in five, and any run
        // of WINDOW + shingle - 1 identical words shares one); then every shared shingle of the pair is a seed.
        Set<Integer> candidates = new LinkedHashSet<>();
        Set<Long> seen = new HashSet<>();
        for (int i : winnow(mine)) {
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
        if (candidates.isEmpty()) {
            return;
        }
        for (int no : candidates) {
            Doc other = doc(no);
            long[] theirs = shingleHashes(other.words());
            Map<Long, Integer> firstAt = new HashMap<>();
            for (int j = 0; j < theirs.length; j++) {
                firstAt.putIfAbsent(theirs[j], j);
            }
            List<long[]> seeds = new ArrayList<>();
            for (int i = 0; i < mine.length; i++) {
                Integer j = firstAt.get(mine[i]);
                if (j != null) {
                    seeds.add(new long[] {i, j});
                }
            }
            if (seeds.size() >= 2) {
                for (int[] pair : align(seeds)) {
                    int a = occ.add(d.no, pair[0], pair[1]);
                    int b = occ.add(other.no, pair[2], pair[3]);
                    occ.union(a, b);
                }
            }
        }
    }

    private long[] shingleHashes(Words w) {
        int k = settings.shingle();
        long[] out = new long[Math.max(0, w.size() - k + 1)];
        for (int i = 0; i < out.length; i++) {
            out[i] = w.hash(i, k);
        }
        return out;
    }

    /** Winnowing (Schleimer, Wilkerson and Aiken 2003): the rightmost smallest hash of each window, once each. */
    private static List<Integer> winnow(long[] hashes) {
        List<Integer> out = new ArrayList<>();
        if (hashes.length <= WINDOW) {
            for (int i = 0; i < hashes.length; i++) {
                out.add(i);
            }
            return out;
        }
        int last = -1;
        for (int start = 0; start + WINDOW <= hashes.length; start++) {
            int min = start;
            for (int i = start + 1; i < start + WINDOW; i++) {
                if (hashes[i] <= hashes[min]) {
                    min = i;
                }
            }
            if (min != last) {
                out.add(min);
                last = min;
            }
        }
        return out;
    }

    /**
     * Chains shared shingles (positions i in the new article, j in the other) into aligned passages: a seed extends
     * a chain when it follows it within the gap in both texts; chains close in both texts merge (swapped clauses or
     * sentences). Returns word spans {aFrom, aTo, bFrom, bTo} of at least {@code minPassageWords} words.
     */
    private List<int[]> align(List<long[]> seeds) {
        int k = settings.shingle();
        int gap = settings.gap();
        seeds.sort(Comparator.<long[]>comparingLong(s -> s[0]).thenComparingLong(s -> s[1]));
        List<int[]> chains = new ArrayList<>(); // aFrom, aLast, bFrom, bLast, bMin, bMax, seeds
        for (long[] s : seeds) {
            int i = (int) s[0];
            int j = (int) s[1];
            int[] best = null;
            int bestShift = Integer.MAX_VALUE;
            for (int[] c : chains) {
                int di = i - c[1];
                int dj = j - c[3];
                if (di > 0 && di <= gap + 1 && dj > 0 && dj <= gap + 1) {
                    int shift = Math.abs(di - dj);
                    if (shift < bestShift) {
                        bestShift = shift;
                        best = c;
                    }
                }
            }
            if (best == null) {
                chains.add(new int[] {i, i, j, j, j, j, 1, k, i + k});
            } else {
                best[1] = i;
                best[3] = j;
                best[4] = Math.min(best[4], j);
                best[5] = Math.max(best[5], j);
                best[6]++;
                best[7] += Math.min(k, i + k - Math.max(i, best[8]));
                best[8] = i + k;
            }
        }
        // Spans: [from, last + k).
        List<int[]> spans = new ArrayList<>();
        for (int[] c : chains) {
            if (c[6] >= 2) {
                spans.add(new int[] {c[0], c[1] + k, c[4], c[5] + k, c[7]});
            }
        }
        spans.sort(Comparator.comparingInt(s -> s[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] s : spans) {
            int[] into = null;
            for (int[] m : merged) {
                if (s[0] - m[1] <= gap && m[0] - s[1] <= gap && s[2] - m[3] <= gap && m[2] - s[3] <= gap) {
                    into = m;
                    break;
                }
            }
            if (into == null) {
                merged.add(s.clone());
            } else {
                into[0] = Math.min(into[0], s[0]);
                into[1] = Math.max(into[1], s[1]);
                into[2] = Math.min(into[2], s[2]);
                into[3] = Math.max(into[3], s[3]);
                into[4] += s[4];
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int[] m : merged) {
            // Shared words over the span: an edited copy keeps most words; a template filled with other names and
            // figures (a results table, a series' standard sentence) keeps few.
            double coverage = (double) m[4] / (m[1] - m[0]);
            if (m[1] - m[0] >= settings.minPassageWords() && m[3] - m[2] >= settings.minPassageWords()
                    && coverage >= settings.minCoverage()) {
                out.add(m);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- phrases

    private void indexPhrases(Doc d) {
        int n = settings.phraseWords();
        Words w = d.words();
        Map<Long, Integer> grams = new LinkedHashMap<>();
        Set<Long> subs = new HashSet<>();
        // Only what a phrase can use: n-grams with a content word and no figure; sides with a content word
        // (cohesion does not test a side of function words alone).
        for (int i = 0; i + n - 1 <= w.size(); i++) {
            if (hasContentWord(w, i, n - 1)) {
                subs.add(w.hash(i, n - 1));
            }
            if (i + n <= w.size() && hasContentWord(w, i, n) && !hasFigure(w, i, n)) {
                grams.putIfAbsent(w.hash(i, n), i);
            }
        }
        for (var e : grams.entrySet()) {
            long g = e.getKey();
            int count = ngrams.add(g, d.no);
            if (count == 2) {
                int i = e.getValue();
                share(g, side(w, i, n - 1), side(w, i + 1, n - 1));
            } else if (count > 2) {
                dirty.set((int) shared.get(g, 0));
            }
        }
        for (long s : subs) {
            subgrams.add(s);
            if (verdicts && touched != null) {
                touched.put(s, 1);
                if (touched.size() > MAX_TOUCHED) {
                    touched = null;
                }
            }
        }
    }

    /** The hash of a side of an n-gram, or 0 when it is function words alone (cohesion does not test it). */
    private long side(Words w, int from, int n) {
        for (int k = from; k < from + n; k++) {
            if (!functionWords.contains(w.folded()[k])) {
                long h = w.hash(from, n);
                return h == 0 ? 1 : h;
            }
        }
        return 0;
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

    private boolean hasContentWord(Words w, int from, int n) {
        for (int k = from; k < from + n; k++) {
            if (!functionWords.contains(w.folded()[k])) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasFigure(Words w, int from, int n) {
        for (int k = from; k < from + n; k++) {
            if (w.numeric(k)) {
                return true;
            }
        }
        return false;
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
        if (distinct < need) {
            return false;
        }
        // Cohesion: the n-gram is not merely a commoner phrase with one more word on either side ("a plaidé
        // pour" + the first word of a formula). A side of function words alone ("et à la") is common by nature
        // and says nothing.
        double df = count;
        return cohesive(df, sharedLeft[i]) && cohesive(df, sharedRight[i]);
    }

    private boolean cohesive(double df, long side) {
        if (side == 0) {
            return true;
        }
        long sub = subgrams.get(side);
        return sub == 0 || df / sub >= 0.5;
    }

    /** Most articles an n-gram of a phrase may be in: a share of the collection, never fewer than ten. */
    private double maxPhraseDocs() {
        return Math.max(10, settings.maxPhraseDocShare() * size());
    }

    private int phraseMinOutlets() {
        return Math.max(3, settings.minOutlets());
    }

    // ---------------------------------------------------------------- clusters

    /** The clusters of every article added so far, by spread (most outlets first). */
    public List<Cluster> clusters() {
        // A passage of one sentence that holds a recurring phrase is that phrase with the same words around it
        // (a carrier sentence used twice), not a copied passage: it gives way to the phrase. A wording found
        // mostly inside the copies of one longer passage is part of that passage, not a phrase.
        Map<String, Group> built = new HashMap<>();
        List<Group> sentences = new ArrayList<>();
        List<Group> passages = new ArrayList<>();
        for (Map<Integer, int[]> g : passageGroups()) {
            String key = groupKey(g);
            Group group = groupCache.get(key);
            if (group == null) {
                group = group(g);
            }
            built.put(key, group);
            (group.oneSentence() ? sentences : passages).add(group);
        }
        // Only the groups of this call stay: a group that changed is built again, the others are read from here.
        groupCache.clear();
        groupCache.putAll(built);
        List<Cluster> phrases = new ArrayList<>();
        for (Cluster c : phraseClusters()) {
            if (!partOfOnePassage(c, passages)) {
                phrases.add(c);
            }
        }
        Map<String, List<int[]>> phraseSpans = new HashMap<>();
        for (Cluster c : phrases) {
            for (Cluster.Member m : c.members()) {
                phraseSpans.computeIfAbsent(m.source(), k -> new ArrayList<>()).add(new int[] {m.start(), m.end()});
            }
        }
        for (Group g : sentences) {
            int holding = 0;
            for (var e : g.chars().entrySet()) {
                int start = e.getValue()[0];
                int end = e.getValue()[1];
                if (phraseSpans.getOrDefault(sources.get(e.getKey()), List.of()).stream()
                        .anyMatch(sp -> sp[0] >= start && sp[1] <= end)) {
                    holding++;
                }
            }
            if (holding * 2 < g.chars().size()) {
                passages.add(g);
            }
        }
        List<Cluster> out = new ArrayList<>();
        for (Group g : passages) {
            Cluster c = cluster("reuse", g.members(), null);
            if (c.outlets().size() >= Math.max(2, settings.minOutlets())) {
                out.add(c);
            }
        }
        out.addAll(phrases);
        out.sort(Comparator.comparingInt((Cluster c) -> -c.outlets().size())
                .thenComparingInt(c -> -c.members().size()).thenComparing(c -> timeKey(c.first())));
        List<Cluster> numbered = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Cluster c = out.get(i);
            numbered.add(new Cluster("tp" + (i + 1), c.kind(), c.text(), c.members(), c.first(), c.outlets(),
                    c.spread(), c.catalogue()));
        }
        return numbered;
    }

    /**
     * Whether most members of a phrase cluster lie in the members of one passage cluster: the wording is part of a
     * copied passage, not a phrase of its own. (A phrase that one copied passage happens to hold stays a phrase.)
     */
    private boolean partOfOnePassage(Cluster c, List<Group> passages) {
        for (Group g : passages) {
            int inside = 0;
            for (Cluster.Member m : c.members()) {
                int[] span = g.chars().get(bySource.get(m.source()));
                if (span != null && span[0] <= m.start() && m.end() <= span[1]) {
                    inside++;
                }
            }
            if (inside * 2 >= c.members().size()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A passage group as clusters() uses it: whether all its members are one sentence, each article's character
     * span, its members. Kept between calls (and in the saved state) while the group's spans stay the same, so
     * an update reads back only the articles of groups that changed.
     */
    private record Group(boolean oneSentence, Map<Integer, int[]> chars, List<Cluster.Member> members) {
    }

    private final Map<String, Group> groupCache = new HashMap<>();

    private static String groupKey(Map<Integer, int[]> g) {
        StringBuilder b = new StringBuilder();
        g.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> b.append(e.getKey()).append(':')
                .append(e.getValue()[0]).append('-').append(e.getValue()[1]).append(';'));
        return b.toString();
    }

    private Group group(Map<Integer, int[]> g) {
        boolean one = true;
        Map<Integer, int[]> chars = new LinkedHashMap<>();
        List<Cluster.Member> members = new ArrayList<>();
        for (var e : g.entrySet()) {
            Doc d = doc(e.getKey());
            one &= oneSentence(d, e.getValue());
            Words w = d.words();
            chars.put(e.getKey(), new int[] {w.starts()[e.getValue()[0]], w.ends()[e.getValue()[1] - 1]});
            members.add(withClosingMarks(member(d, e.getValue()[0], e.getValue()[1])));
        }
        return new Group(one, chars, members);
    }

    /** The passage occurrences grouped by cluster: article → word span, for clusters of two articles or more. */
    private List<Map<Integer, int[]>> passageGroups() {
        Map<Integer, Map<Integer, int[]>> groups = new LinkedHashMap<>(); // root → article → word span
        for (int o = 0; o < occ.size(); o++) {
            int[] span = groups.computeIfAbsent(occ.find(o), x -> new LinkedHashMap<>())
                    .computeIfAbsent(occ.doc(o), x -> new int[] {Integer.MAX_VALUE, -1});
            span[0] = Math.min(span[0], occ.from(o));
            span[1] = Math.max(span[1], occ.to(o));
        }
        return groups.values().stream().filter(g -> g.size() >= 2).toList();
    }

    /** Whether words [from, to) of an article hold no sentence end (a full stop, ! or ? before a space, a line break). */
    private static boolean oneSentence(Doc d, int[] span) {
        Words w = d.words();
        for (int i = span[0]; i + 1 < span[1]; i++) {
            if (sentenceBreak(w.text(), w.ends()[i], w.starts()[i + 1])) {
                return false;
            }
        }
        return true;
    }

    /** Whether the characters between two words end a sentence. */
    private static boolean sentenceBreak(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n' || ((c == '.' || c == '!' || c == '?') && k + 1 < text.length()
                    && Character.isWhitespace(text.charAt(k + 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether words [from, to) of an article stand in someone's statement: in a quote, or after a cue of saying or
     * advocating (or "selon") earlier in their sentence.
     */
    private boolean inSpeech(Doc d, int from, int to) {
        Words w = d.words();
        int start = w.starts()[from];
        int end = w.ends()[to - 1];
        for (Article.Quoted q : d.article.quotes()) {
            if ((Math.min(end, q.end()) - Math.max(start, q.start())) * 2 >= end - start) {
                return true;
            }
        }
        for (int k = from - 1; k >= 0 && !sentenceBreak(w.text(), w.ends()[k], w.starts()[k + 1]); k--) {
            if (cues.test(w.folded()[k])) {
                return true;
            }
        }
        return false;
    }

    /**
     * A run of candidate n-grams in one article: its words, the n-grams that link it to other runs, its folded
     * wording, whether it stands in someone's statement. Kept between calls, per article.
     */
    private record Run(int doc, int from, int to, long[] grams, String form, boolean said) {
    }

    /**
     * Runs of candidate n-grams in each article holding one, computed again only for the articles added since the
     * last call and the holders of n-grams whose verdict changed; grouping them is then work in memory.
     */
    private List<Cluster> phraseClusters() {
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
        Map<Long, Integer> firstRun = new HashMap<>();
        UnionFind uf = new UnionFind();
        for (Run[] rs : runsByDoc.values()) {
            for (Run run : rs) {
                int r = runs.size();
                runs.add(run);
                uf.add();
                for (long h : run.grams()) {
                    Integer prior = firstRun.putIfAbsent(h, r);
                    if (prior != null) {
                        uf.union(prior, r);
                    }
                }
            }
        }
        Map<Integer, List<Run>> groups = new LinkedHashMap<>();
        for (int r = 0; r < runs.size(); r++) {
            groups.computeIfAbsent(uf.find(r), x -> new ArrayList<>()).add(runs.get(r));
        }
        List<Cluster> out = new ArrayList<>();
        for (List<Run> g : groups.values()) {
            Map<Integer, Run> perDoc = new LinkedHashMap<>();
            for (Run r : g) {
                perDoc.merge(r.doc(), r, (a, b) -> (a.to() - a.from()) >= (b.to() - b.from()) ? a : b);
            }
            if (perDoc.size() < 2) {
                continue;
            }
            Map<String, Integer> forms = new HashMap<>();
            long said = 0;
            Set<Integer> outlets = new HashSet<>();
            for (Run r : perDoc.values()) {
                forms.merge(r.form(), 1, Integer::sum);
                said += r.said() ? 1 : 0;
                outlets.add(docOutlet[r.doc()]);
            }
            String common = forms.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
            // What the runs tell without reading the articles: the group is said, of enough outlets, and its
            // wording long enough; only then are its members read back.
            if (said * 2 < perDoc.size() || outlets.size() < phraseMinOutlets() || !formulaWords(common)) {
                continue;
            }
            List<Cluster.Member> members = new ArrayList<>();
            for (Run r : perDoc.values()) {
                members.add(member(doc(r.doc()), r.from(), r.to()));
            }
            Cluster c = cluster("phrase", members, common);
            if (c.outlets().size() >= phraseMinOutlets() && formula(c.text())) {
                out.add(c);
            }
        }
        return out;
    }

    /** The runs of candidate n-grams in an article (trailing function words trimmed). */
    private Run[] runsOf(int no, Set<Long> grams) {
        int n = settings.phraseWords();
        Doc d = doc(no);
        Words w = d.words();
        List<Run> out = new ArrayList<>();
        int from = -1;
        int last = -1;
        List<Long> hashes = new ArrayList<>();
        for (int i = 0; i + n <= w.size(); i++) {
            long h = w.hash(i, n);
            if (grams.contains(h)) {
                if (from < 0 || i > last + 1) {
                    if (from >= 0) {
                        out.add(run(d, from, last + n, hashes));
                    }
                    from = i;
                    hashes = new ArrayList<>();
                }
                last = i;
                hashes.add(h);
            }
        }
        if (from >= 0) {
            out.add(run(d, from, last + n, hashes));
        }
        return out.toArray(Run[]::new);
    }

    private Run run(Doc d, int from, int to, List<Long> hashes) {
        Words w = d.words();
        while (to - from > 1 && functionWords.contains(w.folded()[to - 1])) {
            to--;
        }
        return new Run(d.no, from, to, hashes.stream().mapToLong(Long::longValue).toArray(),
                String.join(" ", Arrays.asList(w.folded()).subList(from, to)), inSpeech(d, from, to));
    }

    /** The part of {@link #formula} that the folded wording decides: enough words, enough content words. */
    private boolean formulaWords(String form) {
        String[] words = form.split(" ");
        if (words.length < MIN_PHRASE_WORDS) {
            return false;
        }
        int content = 0;
        for (String word : words) {
            if (!functionWords.contains(word)) {
                content++;
            }
        }
        return content >= 3;
    }

    /**
     * Whether a recurring wording reads as a formula rather than a name or a stock phrase: long enough to be a
     * statement ({@code minPhraseWords}), with several content words, and not mostly capitalised words (names,
     * titles) after its first word.
     */
    private boolean formula(String text) {
        Words w = Words.of(text);
        if (w.size() < MIN_PHRASE_WORDS) {
            return false;
        }
        int content = 0;
        int capitals = 0;
        for (int i = 0; i < w.size(); i++) {
            if (!functionWords.contains(w.folded()[i])) {
                content++;
            }
            if (i > 0 && w.capitalised(i)) {
                capitals++;
            }
        }
        return content >= 3 && capitals * 3 < w.size();
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

    // ---------------------------------------------------------------- members

    private Cluster.Member member(Doc d, int from, int to) {
        Words w = d.words();
        int start = w.starts()[from];
        int end = w.ends()[to - 1];
        Article a = d.article;
        String speaker = null;
        for (Article.Quoted q : a.quotes()) {
            int overlap = Math.min(end, q.end()) - Math.max(start, q.start());
            if (q.speaker() != null && overlap * 2 >= end - start) {
                speaker = q.speaker();
                break;
            }
        }
        return new Cluster.Member(a.source(), start, end, a.text().substring(start, end), a.outlet(), a.published(),
                a.publishedAt(), speaker, a.stateAffiliated());
    }

    /** A passage with the marks that close its last sentence or quote (". », ...") right after its last word. */
    private Cluster.Member withClosingMarks(Cluster.Member m) {
        String text = doc(bySource.get(m.source())).article().text();
        int end = m.end();
        int k = end;
        while (k < text.length() && (CLOSING.indexOf(text.charAt(k)) >= 0
                || (text.charAt(k) == ' ' || text.charAt(k) == '\u00a0' || text.charAt(k) == '\u202f')
                && k + 1 < text.length() && CLOSING.indexOf(text.charAt(k + 1)) >= 0)) {
            k++;
            if (CLOSING.indexOf(text.charAt(k - 1)) >= 0) {
                end = k;
            }
        }
        if (end == m.end()) {
            return m;
        }
        return new Cluster.Member(m.source(), m.start(), end, text.substring(m.start(), end), m.outlet(),
                m.published(), m.publishedAt(), m.speaker(), m.stateAffiliated());
    }

    private static final String CLOSING = ".!?…»\"”)";

    private Cluster cluster(String kind, List<Cluster.Member> members, String commonForm) {
        Comparator<Cluster.Member> byTime = Comparator.comparing((Cluster.Member m) -> timeKey(m))
                .thenComparingInt(m -> bySource.get(m.source()));
        List<Cluster.Member> sorted = members.stream().sorted(byTime).toList();
        Set<String> outlets = new LinkedHashSet<>();
        Map<String, Integer> spread = new TreeMap<>();
        for (Cluster.Member m : sorted) {
            if (m.outlet() != null) {
                outlets.add(m.outlet());
            }
            if (m.published() != null) {
                spread.merge(m.published(), 1, Integer::sum);
            }
        }
        Cluster.Member first = sorted.get(0);
        String text = first.text();
        if (commonForm != null) {
            for (Cluster.Member m : sorted) {
                if (String.join(" ", Arrays.asList(Words.of(m.text()).folded())).equals(commonForm)) {
                    text = m.text();
                    break;
                }
            }
        }
        return new Cluster("", kind, text, sorted, first, List.copyOf(outlets), spread, List.of());
    }

    private static String timeKey(Cluster.Member m) {
        String t = m.publishedAt() != null ? m.publishedAt() : m.published();
        return t == null || t.startsWith("--") ? "~" : t;
    }

    // ---------------------------------------------------------------- state

    /** Closes the article log (an index in a folder). */
    @Override
    public void close() {
        log.close();
    }

    /** The cues of veille/kb/talking-point-cues.tsv as a test on a folded word. */
    private static java.util.function.Predicate<String> cues() {
        List<String> stems = new ArrayList<>();
        Set<String> whole = new HashSet<>();
        for (Map<String, String> row : veille.kb.TsvFile.resource("/veille/kb/talking-point-cues.tsv").rows()) {
            String stem = Words.fold(row.get("stem"));
            if ("word".equals(row.get("kind"))) {
                whole.add(stem);
            } else {
                stems.add(stem);
            }
        }
        // Each word's answer is kept (a bounded memo): a run's sentence is scanned back for cues word by word.
        Map<String, Boolean> memo = new java.util.concurrent.ConcurrentHashMap<>();
        return word -> {
            Boolean known = memo.get(word);
            if (known != null) {
                return known;
            }
            boolean cue = whole.contains(word);
            for (int i = 0; i < stems.size() && !cue; i++) {
                String stem = stems.get(i);
                cue = word.startsWith(stem) && ENDINGS.contains(word.substring(stem.length()));
            }
            if (memo.size() < 200_000) {
                memo.put(word, cue);
            }
            return cue;
        };
    }

    private static Set<String> functionWords() {
        Set<String> out = new HashSet<>();
        try (InputStream in = TalkingPointIndex.class.getResourceAsStream("/veille/kb/prose-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("Knowledge-base resource /veille/kb/prose-words.txt is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(Words.fold(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** An article of the index with its words, split when first needed (a few thousand are cached). */
    private static final class Doc {
        final int no;
        final Article article;
        final int outlet;
        private Words words;

        Doc(int no, Article article, int outlet) {
            this.no = no;
            this.article = article;
            this.outlet = outlet;
        }

        Article article() {
            return article;
        }

        Words words() {
            if (words == null) {
                words = Words.of(article.text());
            }
            return words;
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

    /** Passage occurrences: per article, word spans that overlapping alignments widen; union-find across them. */
    private static final class Occurrences {
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

        void union(int a, int b) {
            uf.union(a, b);
        }

        /** The occurrence of words [f, t) in article d: an overlapping one widened, or a new one. */
        int add(int d, int f, int t) {
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
