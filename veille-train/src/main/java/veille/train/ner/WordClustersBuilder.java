package veille.train.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import veille.doc.Sentence;
import veille.doc.Token;
import veille.stage.tokenize.FrenchTokenizer;
import veille.stage.tokenize.SentenceSplitter;
import veille.stage.ner.WordClusters;
import veille.eval.ner.WinerCorpus;

/**
 * Builds {@link WordClusters} from unlabelled French text with the predictive exchange algorithm (Uszkoreit and
 * Brants 2008, "Distributed word clustering for large scale class-based language modeling"): every word gets the
 * class that best predicts it from the word before, {@code p(w | v) = p(w | c(w)) p(c(w) | v)}; words move one at a
 * time to the class that most raises the likelihood of the text, until a pass moves none or the pass limit is hit.
 *
 * <p>The objective over within-sentence bigram counts is {@code sum_{v,c} N(v,c) log N(v,c) - sum_c N(c) log N(c)}
 * (constants dropped), so moving a word only needs the counts of its predecessors. One flat clustering is built
 * per granularity; together they play the role of Brown cluster prefixes of several lengths.
 *
 * <p>Reproducible: inputs are read in a fixed order, words are visited by descending count then spelling, the first
 * assignment is rank modulo the class count, ties keep the lower class, and counts are integers. Single-threaded;
 * meant for a command:
 * {@code java -cp "veille-cli/target/lib/*" veille.train.ner.WordClustersBuilder [--winer DIR] [--split TRAIN|FIT] [--europeana FILE]
 * [--fold K] [--sizes 64,256,1024] [--min-count N] [--passes N] --out FILE}.
 */
public final class WordClustersBuilder {
    /** Predecessor id of the sentence start. */
    private static final String START = "<s>";

    private WordClustersBuilder() {
    }

    /**
     * What the builder reads and how it clusters.
     *
     * @param winer the WiNER-fr folder, or null
     * @param split which WiNER-fr months to read (never DEV: its text must stay unseen)
     * @param europeana the Europeana French NER file (its words only; the labels are ignored), or null
     * @param sizes the class counts, one clustering each
     * @param minCount words seen fewer times are not clustered
     * @param passes the most passes over the vocabulary per clustering
     */
    public record Options(Path winer, WinerCorpus.Months split, Path europeana, int[] sizes, int minCount, int passes) {
        /** The options of the shipped file, given where the data is. */
        public static Options standard(Path winer, Path europeana) {
            return new Options(winer, WinerCorpus.Split.TRAIN, europeana, new int[] {64, 256, 1024}, 2, 20);
        }

        public Options {
            if (split == WinerCorpus.Split.DEV) {
                throw new IllegalArgumentException("split DEV is scoring data; clusters may read TRAIN or FIT only");
            }
        }
    }

    /** Sentences of cluster keys from the configured sources, in a fixed order. */
    static List<String[]> sentences(Options o) throws IOException {
        List<String[]> out = new ArrayList<>();
        if (o.winer() != null) {
            for (WinerCorpus.Doc d : WinerCorpus.read(o.winer(), o.split()).docs()) {
                String text = d.text();
                List<Token> tokens = FrenchTokenizer.standard().tokenize(text);
                List<Sentence> sents = SentenceSplitter.standard().split(text, tokens);
                int t = 0;
                for (Sentence s : sents) {
                    List<String> words = new ArrayList<>();
                    while (t < tokens.size() && tokens.get(t).start() < s.start()) {
                        t++;
                    }
                    while (t < tokens.size() && tokens.get(t).end() <= s.end()) {
                        Token tk = tokens.get(t++);
                        words.add(WordClusters.key(text.substring(tk.start(), tk.end())));
                    }
                    if (!words.isEmpty()) {
                        out.add(words.toArray(String[]::new));
                    }
                }
            }
        }
        if (o.europeana() != null) {
            // One "word LABEL" a line and no sentence breaks: end a sentence after . ! ? so bigrams stay local.
            List<String> words = new ArrayList<>();
            try (Stream<String> lines = Files.lines(o.europeana(), StandardCharsets.UTF_8)) {
                for (String line : (Iterable<String>) lines::iterator) {
                    int sp = line.lastIndexOf(' ');
                    String w = sp > 0 ? line.substring(0, sp) : line.strip();
                    if (w.isEmpty()) {
                        continue;
                    }
                    words.add(WordClusters.key(w));
                    if (w.equals(".") || w.equals("!") || w.equals("?")) {
                        out.add(words.toArray(String[]::new));
                        words.clear();
                    }
                }
            }
            if (!words.isEmpty()) {
                out.add(words.toArray(String[]::new));
            }
        }
        return out;
    }

    /** The cluster file's text for the given sentences. */
    static String build(List<String[]> sentences, Options o, List<String> provenance) {
        Map<String, Integer> counts = new HashMap<>();
        for (String[] s : sentences) {
            for (String w : s) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        List<String> vocab = new ArrayList<>();
        counts.forEach((w, c) -> {
            if (c >= o.minCount()) {
                vocab.add(w);
            }
        });
        vocab.sort((a, b) -> {
            int c = Integer.compare(counts.get(b), counts.get(a));
            return c != 0 ? c : a.compareTo(b);
        });
        int v = vocab.size();
        Map<String, Integer> id = new HashMap<>();
        for (int i = 0; i < v; i++) {
            id.put(vocab.get(i), i);
        }
        // Predecessor ids: the vocabulary, then the sentence start, then every rare word as one.
        int startId = v;
        int rareId = v + 1;
        Map<Long, Integer> bigrams = new HashMap<>();
        long[] successorCount = new long[v];
        for (String[] s : sentences) {
            int prev = startId;
            for (String w : s) {
                Integer cur = id.get(w);
                if (cur != null) {
                    bigrams.merge(((long) cur << 32) | prev, 1, Integer::sum);
                    successorCount[cur]++;
                }
                prev = cur == null ? rareId : cur;
            }
        }
        // For each word, its predecessors and bigram counts, in ascending predecessor order.
        int[][] predIds = new int[v][];
        int[][] predCounts = new int[v][];
        List<Long> keys = new ArrayList<>(bigrams.keySet());
        keys.sort(null);
        int[] fill = new int[v];
        for (long k : keys) {
            fill[(int) (k >>> 32)]++;
        }
        for (int w = 0; w < v; w++) {
            predIds[w] = new int[fill[w]];
            predCounts[w] = new int[fill[w]];
            fill[w] = 0;
        }
        for (long k : keys) {
            int w = (int) (k >>> 32);
            int p = (int) k;
            predIds[w][fill[w]] = p;
            predCounts[w][fill[w]] = bigrams.get(k);
            fill[w]++;
        }
        int[][] assignments = new int[o.sizes().length][];
        for (int g = 0; g < o.sizes().length; g++) {
            assignments[g] = exchange(v + 2, predIds, predCounts, successorCount, o.sizes()[g], o.passes());
        }
        StringBuilder b = new StringBuilder();
        for (String p : provenance) {
            b.append("# ").append(p).append('\n');
        }
        b.append("word");
        for (int size : o.sizes()) {
            b.append("\tc").append(size);
        }
        b.append('\n');
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < v; i++) {
            order.add(i);
        }
        order.sort((x, y) -> vocab.get(x).compareTo(vocab.get(y)));
        for (int w : order) {
            String word = vocab.get(w);
            if (word.indexOf('\t') >= 0 || word.indexOf('\n') >= 0 || word.startsWith("#")) {
                continue;
            }
            b.append(word);
            for (int[] a : assignments) {
                b.append('\t').append(a[w]);
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** One flat clustering of the {@code predIds.length} words into {@code size} classes. */
    private static int[] exchange(int predecessors, int[][] predIds, int[][] predCounts, long[] successorCount,
                                  int size, int passes) {
        int v = predIds.length;
        int[] cls = new int[v];
        long[] classCount = new long[size];
        // N(v, c) as one dense array: predecessors x classes.
        int[] pc = new int[predecessors * size];
        for (int w = 0; w < v; w++) {
            cls[w] = w % size;
            classCount[cls[w]] += successorCount[w];
            for (int k = 0; k < predIds[w].length; k++) {
                pc[predIds[w][k] * size + cls[w]] += predCounts[w][k];
            }
        }
        double[] delta = new double[size];
        for (int pass = 0; pass < passes; pass++) {
            int moved = 0;
            for (int w = 0; w < v; w++) {
                int from = cls[w];
                int[] ps = predIds[w];
                int[] ns = predCounts[w];
                long nw = successorCount[w];
                classCount[from] -= nw;
                for (int k = 0; k < ps.length; k++) {
                    pc[ps[k] * size + from] -= ns[k];
                }
                for (int c = 0; c < size; c++) {
                    delta[c] = -(xlogx(classCount[c] + nw) - xlogx(classCount[c]));
                }
                for (int k = 0; k < ps.length; k++) {
                    int base = ps[k] * size;
                    int n = ns[k];
                    double alone = xlogx(n);
                    for (int c = 0; c < size; c++) {
                        int have = pc[base + c];
                        delta[c] += have == 0 ? alone : xlogx(have + n) - xlogx(have);
                    }
                }
                int best = from;
                for (int c = 0; c < size; c++) {
                    if (delta[c] > delta[best] + 1e-9) {
                        best = c;
                    }
                }
                cls[w] = best;
                classCount[best] += nw;
                for (int k = 0; k < ps.length; k++) {
                    pc[ps[k] * size + best] += ns[k];
                }
                if (best != from) {
                    moved++;
                }
            }
            System.err.printf(Locale.ROOT, "  %d classes, pass %d: %d of %d words moved%n", size, pass + 1, moved, v);
            if (moved == 0) {
                break;
            }
        }
        return cls;
    }

    private static final double[] XLOGX = new double[1 << 16];

    static {
        for (int i = 1; i < XLOGX.length; i++) {
            XLOGX[i] = i * Math.log(i);
        }
    }

    private static double xlogx(long x) {
        return x < XLOGX.length ? XLOGX[(int) x] : x * Math.log(x);
    }

    /** Builds the cluster file. See the class comment for the arguments. */
    public static void main(String[] args) throws IOException {
        Path winer = Path.of("../shared/data/winer-fr");
        Path europeana = Path.of("../shared/data/europeana-fr/enp_FR.bnf.bio");
        Options std = Options.standard(winer, europeana);
        WinerCorpus.Months split = std.split();
        String splitName = "TRAIN";
        int[] sizes = std.sizes();
        int minCount = std.minCount();
        int passes = std.passes();
        Path out = Path.of("veille-core/src/main/resources" + WordClusters.RESOURCE);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--winer" -> winer = Path.of(args[++i]);
                case "--no-winer" -> winer = null;
                case "--europeana" -> europeana = Path.of(args[++i]);
                case "--no-europeana" -> europeana = null;
                case "--split" -> {
                    splitName = args[++i];
                    split = WinerCorpus.Split.valueOf(splitName);
                }
                case "--fold" -> {
                    int k = Integer.parseInt(args[++i]);
                    splitName = "TRAIN less fold " + k;
                    split = WinerCorpus.Months.fold(k, false);
                }
                case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--min-count" -> minCount = Integer.parseInt(args[++i]);
                case "--passes" -> passes = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> {
                    System.err.println("Unknown option '" + args[i] + "'. Known: --winer --no-winer --europeana "
                            + "--no-europeana --split --fold --sizes --min-count --passes --out");
                    System.exit(64);
                }
            }
        }
        Options o = new Options(winer, split, europeana, sizes, minCount, passes);
        long t0 = System.nanoTime();
        List<String[]> sentences = sentences(o);
        long tokens = sentences.stream().mapToLong(s -> s.length).sum();
        List<String> provenance = List.of(
                "Veille word clusters: word<TAB>class id per granularity (predictive exchange clustering).",
                "Built by veille.train.ner.WordClustersBuilder from " + tokens + " tokens of unlabelled text:"
                        + (o.winer() != null ? " WiNER-fr " + splitName + " months' texts (CC BY 2.5 Wikinews);" : "")
                        + (o.europeana() != null ? " Europeana Newspapers French OCR words (CC0);" : ""),
                "sizes " + Arrays.toString(o.sizes()) + ", min count " + o.minCount() + ", at most " + o.passes()
                        + " passes. Do not edit; rebuild with the command in docs/ner.md, then retrain the model.");
        String text = build(sentences, o, provenance);
        Files.writeString(out, text, StandardCharsets.UTF_8);
        System.err.printf(Locale.ROOT, "wrote %s: %d tokens read, %.1f s%n", out, tokens,
                (System.nanoTime() - t0) / 1e9);
    }
}
