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
public final class TalkingPointIndex {
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
    private final List<Doc> docs = new ArrayList<>();
    private final Map<String, Integer> bySource = new HashMap<>();
    /** Passage shingle fingerprint → articles holding it. */
    private final Postings shingles = new Postings();
    /** Phrase n-gram → articles holding it (slot 0: the count; then article numbers, ascending). */
    private final Postings ngrams = new Postings();
    /** The n-grams of two articles or more: the only ones a phrase can come from, kept as articles arrive. */
    private final LongLongMap shared = new LongLongMap(); // n-gram → article << 32 | word position of one occurrence
    /** Sub-gram of the phrase index (n - 1 words) → document frequency. */
    private final LongLongMap subgrams = new LongLongMap();
    /** One instance of each folded word, shared by every article's words (memory). */
    private final Map<String, String> vocabulary = new HashMap<>();
    private final Map<String, Integer> outletNo = new HashMap<>();
    /** Passage occurrences: article, word span, union-find parent. */
    private final Occurrences occ = new Occurrences();

    /** An index over the default settings and the built-in function words. */
    public TalkingPointIndex() {
        this(DiscoverySettings.defaults());
    }

    /** An index over the given settings. */
    public TalkingPointIndex(DiscoverySettings settings) {
        this.settings = settings;
        this.functionWords = functionWords();
        this.cues = cues();
    }

    /** Number of articles added. */
    public int size() {
        return docs.size();
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
        Doc d = new Doc(docs.size(), article, split(article.text()),
                outletNo.computeIfAbsent(article.outlet() == null ? "?" + article.source() : article.outlet(),
                        k -> outletNo.size()));
        docs.add(d);
        bySource.put(article.source(), d.no);
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
            long[] post = shingles.get(h);
            if (post != null && post[0] <= settings.maxShingleDocs()) {
                for (int p = 1; p <= (int) post[0]; p++) {
                    if ((int) post[p] != d.no) {
                        candidates.add((int) post[p]);
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
            Doc other = docs.get(no);
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
            if (ngrams.add(e.getKey(), d.no) == 2) {
                shared.put(e.getKey(), ((long) d.no << 32) | e.getValue());
            }
        }
        for (long s : subs) {
            subgrams.add(s, 1);
        }
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
        long[] post = ngrams.get(hash);
        if (post == null) {
            return new int[0];
        }
        int[] out = new int[(int) post[0]];
        for (int k = 0; k < out.length; k++) {
            out[k] = (int) post[k + 1];
        }
        return out;
    }

    /**
     * Whether an n-gram may carry a talking point, wherever it stands (at word {@code i} of {@code d}, one of its
     * occurrences): in few articles of several outlets, with a content word and no figure, cohesive.
     */
    private boolean gramPasses(long hash, Doc d, int i) {
        int n = settings.phraseWords();
        int[] holders = holders(hash);
        if (holders.length < 2 || holders.length > maxPhraseDocs()) {
            return false;
        }
        Set<Integer> outlets = new HashSet<>();
        for (int h : holders) {
            outlets.add(docs.get(h).outlet);
        }
        if (outlets.size() < phraseMinOutlets()) {
            return false;
        }
        Words w = d.words();
        int content = 0;
        for (int k = i; k < i + n; k++) {
            if (w.numeric(k)) {
                return false;
            }
            if (!functionWords.contains(w.folded()[k])) {
                content++;
            }
        }
        if (content < 1) {
            return false;
        }
        // Cohesion: the n-gram is not merely a commoner phrase with one more word on either side ("a plaidé
        // pour" + the first word of a formula). A side of function words alone ("et à la") is common by nature
        // and says nothing.
        double df = holders.length;
        return cohesive(df, w, i, n - 1) && cohesive(df, w, i + 1, n - 1);
    }

    private boolean cohesive(double df, Words w, int from, int n) {
        boolean function = true;
        for (int k = from; k < from + n && function; k++) {
            function = functionWords.contains(w.folded()[k]);
        }
        long sub = subgrams.get(w.hash(from, n), 0);
        return function || sub == 0 || df / sub >= 0.5;
    }

    /** Most articles an n-gram of a phrase may be in: a share of the collection, never fewer than ten. */
    private double maxPhraseDocs() {
        return Math.max(10, settings.maxPhraseDocShare() * docs.size());
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
        List<Map<Integer, int[]>> groups = passageGroups();
        List<Map<Integer, int[]>> sentences = new ArrayList<>();
        List<Map<Integer, int[]>> passages = new ArrayList<>();
        for (Map<Integer, int[]> g : groups) {
            (g.entrySet().stream().allMatch(e -> oneSentence(docs.get(e.getKey()), e.getValue())) ? sentences : passages)
                    .add(g);
        }
        List<Cluster> phrases = new ArrayList<>();
        for (Cluster c : phraseClusters(Map.of())) {
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
        for (Map<Integer, int[]> g : sentences) {
            int holding = 0;
            for (var e : g.entrySet()) {
                Doc d = docs.get(e.getKey());
                int start = d.words().starts()[e.getValue()[0]];
                int end = d.words().ends()[e.getValue()[1] - 1];
                if (phraseSpans.getOrDefault(d.article.source(), List.of()).stream()
                        .anyMatch(sp -> sp[0] >= start && sp[1] <= end)) {
                    holding++;
                }
            }
            if (holding * 2 < g.size()) {
                passages.add(g);
            }
        }
        List<Cluster> out = new ArrayList<>();
        for (Map<Integer, int[]> g : passages) {
            List<Cluster.Member> members = new ArrayList<>();
            for (var e : g.entrySet()) {
                members.add(withClosingMarks(member(docs.get(e.getKey()), e.getValue()[0], e.getValue()[1])));
            }
            Cluster c = cluster("reuse", members, null);
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
    private boolean partOfOnePassage(Cluster c, List<Map<Integer, int[]>> passages) {
        for (Map<Integer, int[]> g : passages) {
            int inside = 0;
            for (Cluster.Member m : c.members()) {
                int no = bySource.get(m.source());
                int[] span = g.get(no);
                if (span != null) {
                    Words w = docs.get(no).words();
                    if (w.starts()[span[0]] <= m.start() && m.end() <= w.ends()[span[1] - 1]) {
                        inside++;
                    }
                }
            }
            if (inside * 2 >= c.members().size()) {
                return true;
            }
        }
        return false;
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

    private List<Cluster> phraseClusters(Map<Integer, boolean[]> mask) {
        int n = settings.phraseWords();
        // Runs of candidate n-grams in each article, outside reused passages.
        List<int[]> runs = new ArrayList<>(); // doc, from, to
        Map<Long, Integer> firstRun = new HashMap<>();
        UnionFind uf = new UnionFind();
        Set<Long> grams = candidateGrams();
        Set<Integer> holders = new HashSet<>();
        for (long g : grams) {
            for (int h : holders(g)) {
                holders.add(h);
            }
        }
        for (int no : holders.stream().sorted().toList()) {
            Doc d = docs.get(no);
            boolean[] inPassage = mask.getOrDefault(no, new boolean[d.words().size()]);
            int from = -1;
            int last = -1;
            List<Long> hashes = new ArrayList<>();
            for (int i = 0; i + n <= d.words().size(); i++) {
                long h = d.words().hash(i, n);
                if (grams.contains(h) && !masked(inPassage, i, n)) {
                    if (from < 0 || i > last + 1) {
                        if (from >= 0) {
                            addRun(runs, uf, firstRun, hashes, no, from, last + n);
                        }
                        from = i;
                        hashes = new ArrayList<>();
                    }
                    last = i;
                    hashes.add(h);
                }
            }
            if (from >= 0) {
                addRun(runs, uf, firstRun, hashes, no, from, last + n);
            }
        }
        Map<Integer, List<int[]>> groups = new LinkedHashMap<>();
        for (int r = 0; r < runs.size(); r++) {
            groups.computeIfAbsent(uf.find(r), x -> new ArrayList<>()).add(runs.get(r));
        }
        List<Cluster> out = new ArrayList<>();
        for (List<int[]> g : groups.values()) {
            Map<Integer, int[]> perDoc = new LinkedHashMap<>();
            for (int[] r : g) {
                perDoc.merge(r[0], new int[] {r[1], r[2]}, (a, b) -> (a[1] - a[0]) >= (b[1] - b[0]) ? a : b);
            }
            if (perDoc.size() < 2) {
                continue;
            }
            List<Cluster.Member> members = new ArrayList<>();
            Map<String, Integer> forms = new HashMap<>();
            for (var e : perDoc.entrySet()) {
                Doc d = docs.get(e.getKey());
                members.add(member(d, e.getValue()[0], e.getValue()[1]));
                forms.merge(String.join(" ", Arrays.asList(d.words().folded()).subList(e.getValue()[0],
                        e.getValue()[1])), 1, Integer::sum);
            }
            String common = forms.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
            Cluster c = cluster("phrase", members, common);
            long said = perDoc.entrySet().stream().filter(e -> inSpeech(docs.get(e.getKey()), e.getValue()[0],
                    e.getValue()[1])).count();
            if (c.outlets().size() >= phraseMinOutlets() && formula(c.text()) && said * 2 >= perDoc.size()) {
                out.add(c);
            }
        }
        return out;
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

    private void addRun(List<int[]> runs, UnionFind uf, Map<Long, Integer> firstRun, List<Long> hashes, int doc,
                        int from, int to) {
        Words w = docs.get(doc).words();
        while (to - from > 1 && functionWords.contains(w.folded()[to - 1])) {
            to--;
        }
        int r = runs.size();
        runs.add(new int[] {doc, from, to});
        uf.add();
        for (long h : hashes) {
            Integer prior = firstRun.putIfAbsent(h, r);
            if (prior != null) {
                uf.union(prior, r);
            }
        }
    }

    /** The n-grams that may carry a talking point, each tested once at one of its occurrences. */
    private Set<Long> candidateGrams() {
        Set<Long> out = new HashSet<>();
        double maxDf = maxPhraseDocs();
        shared.forEach((g, at) -> {
            int df = ngrams.count(g);
            if (df >= phraseMinOutlets() && df <= maxDf && gramPasses(g, docs.get((int) (at >>> 32)), (int) at)) {
                out.add(g);
            }
        });
        return out;
    }

    private static boolean masked(boolean[] mask, int from, int n) {
        for (int k = from; k < from + n; k++) {
            if (mask[k]) {
                return true;
            }
        }
        return false;
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
        String text = docs.get(bySource.get(m.source())).article().text();
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
        return word -> {
            if (whole.contains(word)) {
                return true;
            }
            for (String stem : stems) {
                if (word.startsWith(stem) && ENDINGS.contains(word.substring(stem.length()))) {
                    return true;
                }
            }
            return false;
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

    /**
     * An article in the index. Its words are a cache that the collector may clear under memory pressure (a large
     * collection holds only texts and hashes); they are split again when needed.
     */
    private final class Doc {
        final int no;
        final Article article;
        final int outlet;
        private java.lang.ref.SoftReference<Words> words;

        Doc(int no, Article article, Words words, int outlet) {
            this.no = no;
            this.article = article;
            this.outlet = outlet;
            this.words = new java.lang.ref.SoftReference<>(words);
        }

        Article article() {
            return article;
        }

        Words words() {
            Words w = words.get();
            if (w == null) {
                w = split(article.text());
                words = new java.lang.ref.SoftReference<>(w);
            }
            return w;
        }
    }

    /** The words of a text, each folded word one shared instance. */
    private Words split(String text) {
        Words words = Words.of(text);
        String[] folded = words.folded();
        for (int i = 0; i < folded.length; i++) {
            folded[i] = vocabulary.computeIfAbsent(folded[i], w -> w);
        }
        return words;
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
    }

    /** Passage occurrences: per article, word spans that overlapping alignments widen; union-find across them. */
    private static final class Occurrences {
        private final UnionFind uf = new UnionFind();
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

        /** Which words of article d lie in a passage occurrence. */
        boolean[] mask(int d, int words) {
            boolean[] out = new boolean[words];
            for (int o : byDoc.getOrDefault(d, List.of())) {
                Arrays.fill(out, from[o], Math.min(words, to[o]), true);
            }
            return out;
        }
    }
}
