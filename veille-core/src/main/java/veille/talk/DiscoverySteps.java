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
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import java.util.function.LongPredicate;
import java.util.function.ToIntFunction;

/**
 * The steps of talking-point discovery, callable one by one: what one article gives (its shingle hashes and
 * fingerprints, its phrase n-grams and their sides, its runs of candidate n-grams), what one pair of articles gives
 * (the aligned passages), the test of one shared n-gram, and the clustering of passage groups and phrase runs.
 * {@link TalkingPointIndex} chains them incrementally in one process; a distributed job (veille-spark) runs the
 * per-article and per-pair steps where the data lies and the clustering once. Pure and thread-safe.
 */
public final class DiscoverySteps {
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
    private static final String CLOSING = ".!?…»\"”)";

    private final DiscoverySettings settings;
    private final Set<String> functionWords;
    private final java.util.function.Predicate<String> cues;

    /** The steps over these settings and the built-in function words and cues. */
    public DiscoverySteps(DiscoverySettings settings) {
        this.settings = settings;
        this.functionWords = functionWords();
        this.cues = cues();
    }

    public DiscoverySettings settings() {
        return settings;
    }

    // ---------------------------------------------------------------- one article: candidates

    /** Every shingle hash of an article's words, by position. */
    public long[] shingles(Words w) {
        int k = settings.shingle();
        long[] out = new long[Math.max(0, w.size() - k + 1)];
        for (int i = 0; i < out.length; i++) {
            out[i] = w.hash(i, k);
        }
        return out;
    }

    /**
     * The article's passage fingerprints: the winnowed shingle hashes in order, each once (the order in which the
     * index looks up earlier articles, so the order of candidates).
     */
    public long[] fingerprints(long[] shingles) {
        LinkedHashSet<Long> out = new LinkedHashSet<>();
        for (int i : winnow(shingles)) {
            out.add(shingles[i]);
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    /** Winnowing (Schleimer, Wilkerson and Aiken 2003): the rightmost smallest hash of each window, once each. */
    static List<Integer> winnow(long[] hashes) {
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
     * An article's phrase n-grams (with a content word and no figure), each once in order of first occurrence, with
     * the hashes of their two sides (0: a side of function words alone, not tested), and its distinct sides (n - 1
     * words with a content word), whose document frequencies cohesion reads.
     */
    public record PhraseGrams(long[] grams, long[] left, long[] right, long[] sides) implements java.io.Serializable {
    }

    public PhraseGrams phraseGrams(Words w) {
        int n = settings.phraseWords();
        Map<Long, Integer> grams = new LinkedHashMap<>();
        Set<Long> subs = new LinkedHashSet<>();
        for (int i = 0; i + n - 1 <= w.size(); i++) {
            if (hasContentWord(w, i, n - 1)) {
                subs.add(w.hash(i, n - 1));
            }
            if (i + n <= w.size() && hasContentWord(w, i, n) && !hasFigure(w, i, n)) {
                grams.putIfAbsent(w.hash(i, n), i);
            }
        }
        long[] g = new long[grams.size()];
        long[] l = new long[g.length];
        long[] r = new long[g.length];
        int k = 0;
        for (var e : grams.entrySet()) {
            g[k] = e.getKey();
            l[k] = side(w, e.getValue(), n - 1);
            r[k] = side(w, e.getValue() + 1, n - 1);
            k++;
        }
        return new PhraseGrams(g, l, r, subs.stream().mapToLong(Long::longValue).toArray());
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

    // ---------------------------------------------------------------- one pair: verification

    /**
     * Aligns a newer article with an older one sharing a fingerprint: every shingle they share is a seed (position
     * in the newer, first position in the older), chained and kept as in {@link #align(List)}. Word spans
     * {newerFrom, newerTo, olderFrom, olderTo, sharedWords}.
     */
    public List<int[]> align(long[] newer, long[] older) {
        Map<Long, Integer> firstAt = new HashMap<>();
        for (int j = 0; j < older.length; j++) {
            firstAt.putIfAbsent(older[j], j);
        }
        List<long[]> seeds = new ArrayList<>();
        for (int i = 0; i < newer.length; i++) {
            Integer j = firstAt.get(newer[i]);
            if (j != null) {
                seeds.add(new long[] {i, j});
            }
        }
        return seeds.size() >= 2 ? align(seeds) : List.of();
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

    // ---------------------------------------------------------------- one shared n-gram: the phrase test

    /** Most articles an n-gram of a phrase may be in: a share of the collection, never fewer than ten. */
    public double maxPhraseDocs(int articles) {
        return Math.max(10, settings.maxPhraseDocShare() * articles);
    }

    /** Fewest outlets of a phrase. */
    public int phraseMinOutlets() {
        return Math.max(3, settings.minOutlets());
    }

    /**
     * Whether a shared n-gram may carry a talking point: in few articles ({@code count}, at most {@code maxDocs})
     * of several outlets, and cohesive: neither side (its document frequency, or -1 for a side of function words
     * alone) is a commoner phrase that the n-gram merely extends by a word ("a plaidé pour" + the first word of a
     * formula). Its content word and no figure were tested when it was made.
     */
    public boolean gramPasses(int count, int outlets, double maxDocs, int leftCount, int rightCount) {
        if (count < phraseMinOutlets() || count > maxDocs || outlets < phraseMinOutlets()) {
            return false;
        }
        return cohesive(count, leftCount) && cohesive(count, rightCount);
    }

    private static boolean cohesive(double df, int sub) {
        return sub <= 0 || df / sub >= 0.5;
    }

    // ---------------------------------------------------------------- one article: runs and members

    /**
     * A run of candidate n-grams in one article: its words, the n-grams that link it to other runs, its folded
     * wording, whether it stands in someone's statement.
     */
    public record Run(int doc, int from, int to, long[] grams, String form, boolean said) implements java.io.Serializable {
    }

    /** The runs of candidate n-grams in article {@code no} (trailing function words trimmed). */
    public Run[] runs(int no, Article a, Words w, LongPredicate candidate) {
        int n = settings.phraseWords();
        List<Run> out = new ArrayList<>();
        int from = -1;
        int last = -1;
        List<Long> hashes = new ArrayList<>();
        for (int i = 0; i + n <= w.size(); i++) {
            long h = w.hash(i, n);
            if (candidate.test(h)) {
                if (from < 0 || i > last + 1) {
                    if (from >= 0) {
                        out.add(run(no, a, w, from, last + n, hashes));
                    }
                    from = i;
                    hashes = new ArrayList<>();
                }
                last = i;
                hashes.add(h);
            }
        }
        if (from >= 0) {
            out.add(run(no, a, w, from, last + n, hashes));
        }
        return out.toArray(Run[]::new);
    }

    private Run run(int no, Article a, Words w, int from, int to, List<Long> hashes) {
        while (to - from > 1 && functionWords.contains(w.folded()[to - 1])) {
            to--;
        }
        return new Run(no, from, to, hashes.stream().mapToLong(Long::longValue).toArray(),
                String.join(" ", Arrays.asList(w.folded()).subList(from, to)), inSpeech(a, w, from, to));
    }

    /**
     * Whether words [from, to) of an article stand in someone's statement: in a quote, or after a cue of saying or
     * advocating (or "selon") earlier in their sentence.
     */
    private boolean inSpeech(Article a, Words w, int from, int to) {
        int start = w.starts()[from];
        int end = w.ends()[to - 1];
        for (Article.Quoted q : a.quotes()) {
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

    /** The member of words [from, to) of an article, with the speaker of the quote it lies in. */
    public Cluster.Member member(Article a, Words w, int from, int to) {
        int start = w.starts()[from];
        int end = w.ends()[to - 1];
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

    /**
     * One article's part of a passage group: whether words [from, to) hold no sentence end, their character span,
     * and the member with the marks that close its last sentence or quote.
     */
    public record Piece(boolean oneSentence, int start, int end, Cluster.Member member) implements java.io.Serializable {
    }

    public Piece piece(Article a, Words w, int from, int to) {
        return new Piece(oneSentence(w, from, to), w.starts()[from], w.ends()[to - 1],
                withClosingMarks(a.text(), member(a, w, from, to)));
    }

    /** Whether words [from, to) of an article hold no sentence end (a full stop, ! or ? before a space, a line break). */
    private static boolean oneSentence(Words w, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
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

    /** A passage with the marks that close its last sentence or quote (". », ...") right after its last word. */
    private static Cluster.Member withClosingMarks(String text, Cluster.Member m) {
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

    // ---------------------------------------------------------------- clustering

    /**
     * A passage group: whether all its members are one sentence, each article's character span (by article
     * number), its members.
     */
    public record Group(boolean oneSentence, Map<Integer, int[]> chars, List<Cluster.Member> members) {
    }

    /** A passage group from its articles' pieces (article number → piece, in the group's order). */
    public static Group group(Map<Integer, Piece> pieces) {
        boolean one = true;
        Map<Integer, int[]> chars = new LinkedHashMap<>();
        List<Cluster.Member> members = new ArrayList<>();
        for (var e : pieces.entrySet()) {
            one &= e.getValue().oneSentence();
            chars.put(e.getKey(), new int[] {e.getValue().start(), e.getValue().end()});
            members.add(e.getValue().member());
        }
        return new Group(one, chars, members);
    }

    /**
     * The clusters of the passage groups and the phrase runs, by spread (most outlets first).
     *
     * @param groups the passage groups of two articles or more, in the order of their occurrences
     * @param runs every run of candidate n-grams, by article number then position
     * @param outletOf an article number's outlet number
     * @param numberOf a source's article number (ties of first seen go to the article added first)
     * @param memberOf a run's member, read only for the runs of groups that pass the tests the runs decide
     */
    public List<Cluster> clusters(List<Group> groups, List<Run> runs, IntUnaryOperator outletOf,
                                  ToIntFunction<String> numberOf, Function<Run, Cluster.Member> memberOf) {
        // A passage of one sentence that holds a recurring phrase is that phrase with the same words around it
        // (a carrier sentence used twice), not a copied passage: it gives way to the phrase. A wording found
        // mostly inside the copies of one longer passage is part of that passage, not a phrase.
        List<Group> sentences = new ArrayList<>();
        List<Group> passages = new ArrayList<>();
        for (Group group : groups) {
            (group.oneSentence() ? sentences : passages).add(group);
        }
        List<Cluster> phrases = new ArrayList<>();
        for (Cluster c : phraseClusters(runs, outletOf, numberOf, memberOf)) {
            if (!partOfOnePassage(c, passages, numberOf)) {
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
            for (Cluster.Member m : g.members()) {
                int[] span = g.chars().get(numberOf.applyAsInt(m.source()));
                if (phraseSpans.getOrDefault(m.source(), List.of()).stream()
                        .anyMatch(sp -> sp[0] >= span[0] && sp[1] <= span[1])) {
                    holding++;
                }
            }
            if (holding * 2 < g.chars().size()) {
                passages.add(g);
            }
        }
        List<Cluster> out = new ArrayList<>();
        for (Group g : passages) {
            Cluster c = cluster("reuse", g.members(), null, numberOf);
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
    private static boolean partOfOnePassage(Cluster c, List<Group> passages, ToIntFunction<String> numberOf) {
        for (Group g : passages) {
            int inside = 0;
            for (Cluster.Member m : c.members()) {
                int[] span = g.chars().get(numberOf.applyAsInt(m.source()));
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

    /** Runs sharing an n-gram form one group (union-find); a group said, of enough outlets and a formula is kept. */
    private List<Cluster> phraseClusters(List<Run> runs, IntUnaryOperator outletOf, ToIntFunction<String> numberOf,
                                         Function<Run, Cluster.Member> memberOf) {
        Map<Long, Integer> firstRun = new HashMap<>();
        TalkingPointIndex.UnionFind uf = new TalkingPointIndex.UnionFind();
        for (int r = 0; r < runs.size(); r++) {
            uf.add();
            for (long h : runs.get(r).grams()) {
                Integer prior = firstRun.putIfAbsent(h, r);
                if (prior != null) {
                    uf.union(prior, r);
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
                outlets.add(outletOf.applyAsInt(r.doc()));
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
                members.add(memberOf.apply(r));
            }
            Cluster c = cluster("phrase", members, common, numberOf);
            if (c.outlets().size() >= phraseMinOutlets() && formula(c.text())) {
                out.add(c);
            }
        }
        return out;
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

    private static Cluster cluster(String kind, List<Cluster.Member> members, String commonForm,
                                   ToIntFunction<String> numberOf) {
        Comparator<Cluster.Member> byTime = Comparator.comparing((Cluster.Member m) -> timeKey(m))
                .thenComparingInt(m -> numberOf.applyAsInt(m.source()));
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

    // ---------------------------------------------------------------- knowledge

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
        try (InputStream in = DiscoverySteps.class.getResourceAsStream("/veille/kb/prose-words.txt")) {
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
}
