package veille.train.syntax;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import veille.eval.syntax.ConlluReader;
import veille.eval.syntax.UdParseEvaluation;
import veille.eval.syntax.UdSentence;
import veille.stage.syntax.ArcEager;
import veille.stage.syntax.DependencyParser;
import veille.stage.syntax.FeatureHash;
import veille.stage.syntax.Lemmatizer;
import veille.stage.syntax.LongIntMap;
import veille.stage.syntax.PosTagger;
import veille.stage.syntax.SyntaxModel;
import veille.stage.syntax.TokenFeatures;
import veille.stage.syntax.WeightTable;

/**
 * Trains the French syntax model ({@link SyntaxModel}) on UD treebanks; {@code bin/veille train syntax} runs it.
 * It learns with the runtime's own feature functions and transition system ({@link PosTagger},
 * {@link DependencyParser#features}, {@link ArcEager}), public in {@code veille-core} for that reason.
 *
 * <p>Deterministic: every map that decides anything is sorted, the shuffles use fixed seeds and the model file
 * is written in key order, so the same files and settings rebuild the model bit for bit.
 *
 * <pre>
 * bin/veille train syntax [--data ../shared/data/ud] [--out FILE]
 * java -Xmx6g -cp "veille-cli/target/lib/*" veille.train.syntax.SyntaxTrainer [--ud ../shared/data/ud]
 *     [--out veille-core/src/main/resources/veille/models/syntax-fr.bin] [--eval]
 * </pre>
 */
public final class SyntaxTrainer {
    /** The shipped model, relative to the repository root. */
    public static final String MODEL_PATH = "veille-core/src/main/resources/veille/models/syntax-fr.bin";


    /**
     * A training file and how many times each of its sentences is seen per epoch (a weight: the sentence is
     * still one sentence for the tag dictionary, the jackknife folds and the lemma tables).
     */
    public record TrainFile(String name, int repeat) {
        /** Parses {@code name} or {@code name:repeat}. */
        public static TrainFile parse(String spec) {
            int colon = spec.lastIndexOf(':');
            return colon < 0 ? new TrainFile(spec, 1)
                    : new TrainFile(spec.substring(0, colon), Integer.parseInt(spec.substring(colon + 1)));
        }

        @Override
        public String toString() {
            return repeat == 1 ? name : name + ":" + repeat;
        }
    }

    /** The training files of the shipped model, in {@code ../shared/data/ud}. */
    public static final List<TrainFile> TRAIN_FILES = List.of(
            new TrainFile("fr_sequoia-ud-train.conllu", 1), new TrainFile("fr_parisstories-ud-train.conllu", 1),
            new TrainFile("fr_gsd-ud-dev.conllu", 1));

    /**
     * How to train.
     *
     * @param tagEpochs passes over the data for the tagger
     * @param parseEpochs passes over the data for the parser
     * @param folds jackknife folds giving the parser predicted tags to learn from (0: gold tags)
     * @param seed seed of the shuffles and of the exploration
     * @param tagThreshold the tagger's averaged weights below this magnitude are dropped
     * @param parseThreshold the parser's averaged weights below this magnitude are dropped (most of the parser's
     *     features fired in a handful of mistakes; dropping them halves the model and doubles the speed for
     *     0.3 LAS points, see docs/syntax.md)
     * @param exploreFrom the first parser epoch (0-based) that follows the model's own transitions
     * @param explore how often, from then on, the parser follows its own transition rather than the oracle's
     */
    public record Settings(int tagEpochs, int parseEpochs, int folds, long seed, double tagThreshold,
            double parseThreshold, int exploreFrom, double explore) {
        /** The settings of the shipped model. */
        public static Settings standard() {
            return new Settings(10, 15, 5, 20_251_123L, 0.001, 1.0, 1, 0.9);
        }

        Settings withEpochs(int tag, int parse) {
            return new Settings(tag, parse, folds, seed, tagThreshold, parseThreshold, exploreFrom, explore);
        }

        Settings withFolds(int n) {
            return new Settings(tagEpochs, parseEpochs, n, seed, tagThreshold, parseThreshold, exploreFrom, explore);
        }
    }

    private SyntaxTrainer() {
    }

    /** Trains a model, every sentence seen once per epoch; {@code provenance} is stored with it. */
    public static SyntaxModel train(List<UdSentence> sentences, Settings settings, String provenance) {
        int[] repeats = new int[sentences.size()];
        Arrays.fill(repeats, 1);
        return train(sentences, repeats, settings, provenance);
    }

    /**
     * Trains a model, sentence {@code i} seen {@code repeats[i]} times per epoch by the taggers and the parser;
     * {@code provenance} is stored with it.
     */
    public static SyntaxModel train(List<UdSentence> sentences, int[] repeats, Settings settings, String provenance) {
        TreeSet<String> uposSet = new TreeSet<>(List.of("PUNCT"));
        TreeSet<String> featsSet = new TreeSet<>(List.of(""));
        TreeSet<String> labelSet = new TreeSet<>(List.of("root", "punct", "dep"));
        for (UdSentence s : sentences) {
            uposSet.addAll(Arrays.asList(s.upos()));
            featsSet.addAll(Arrays.asList(s.feats()));
            labelSet.addAll(Arrays.asList(s.relations()));
        }
        String[] upos = uposSet.toArray(String[]::new);
        String[] feats = featsSet.toArray(String[]::new);
        String[] labels = labelSet.toArray(String[]::new);
        if (labels.length > 64) {
            throw new IllegalArgumentException(labels.length + " relations; label sets hold at most 64");
        }
        Map<String, Integer> uposId = index(upos);
        Map<String, Integer> featsId = index(feats);
        Map<String, Integer> labelId = index(labels);
        List<Coded> coded = new ArrayList<>();
        for (UdSentence s : sentences) {
            coded.add(new Coded(s, ids(s.upos(), uposId), ids(s.feats(), featsId), ids(s.relations(), labelId)));
        }

        // the feature sets seen with each UPOS
        List<TreeSet<Integer>> allowedSets = new ArrayList<>();
        for (int u = 0; u < upos.length; u++) {
            allowedSets.add(new TreeSet<>());
        }
        for (Coded c : coded) {
            for (int i = 0; i < c.size(); i++) {
                allowedSets.get(c.upos[i]).add(c.feats[i]);
            }
        }
        int[][] allowed = new int[upos.length][];
        for (int u = 0; u < upos.length; u++) {
            if (allowedSets.get(u).isEmpty()) {
                allowedSets.get(u).add(featsId.get(""));
            }
            allowed[u] = allowedSets.get(u).stream().mapToInt(Integer::intValue).toArray();
        }

        TreeMap<Long, Integer> dictionary = tagDictionary(coded);
        long[] dictKeys = dictionary.keySet().stream().mapToLong(Long::longValue).toArray();
        int[] dictMasks = dictionary.values().stream().mapToInt(Integer::intValue).toArray();
        LongIntMap dict = toMap(dictionary);

        // The full tagger and the jackknife folds' taggers are independent: they are trained side by side, each
        // with its own seeded shuffle, so the result does not depend on the threads.
        int folds = settings.folds() > 1 ? settings.folds() : 0;
        List<java.util.concurrent.Callable<WeightTable[]>> jobs = new ArrayList<>();
        jobs.add(() -> trainTagger(coded, repeats, dict, upos.length, feats.length, allowed, settings));
        List<LongIntMap> foldDicts = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            List<Coded> rest = new ArrayList<>();
            List<Integer> restRepeats = new ArrayList<>();
            for (int i = 0; i < coded.size(); i++) {
                if (i % folds != fold) {
                    rest.add(coded.get(i));
                    restRepeats.add(repeats[i]);
                }
            }
            LongIntMap foldDict = toMap(tagDictionary(rest));
            foldDicts.add(foldDict);
            int[] r = restRepeats.stream().mapToInt(Integer::intValue).toArray();
            jobs.add(() -> trainTagger(rest, r, foldDict, upos.length, feats.length, allowed, settings));
        }
        List<WeightTable[]> taggers = runAll(jobs);
        WeightTable[] tagger = taggers.get(0);

        // the tags the parser learns from: predicted by taggers that did not see the sentence (jackknifing)
        int[][] parserTags = new int[coded.size()][];
        int[][] parserFeats = new int[coded.size()][];
        SyntaxModel probe = new SyntaxModel("", upos, feats, labels, new long[0], new int[0], allowed,
                emptyLemmas(), tagger[0], tagger[1], tagger[0]);
        if (folds > 0) {
            for (int fold = 0; fold < folds; fold++) {
                WeightTable[] foldTagger = taggers.get(fold + 1);
                LongIntMap foldDict = foldDicts.get(fold);
                PosTagger t = new PosTagger(foldTagger[0], foldTagger[1], upos.length, feats.length, allowed);
                for (int i = fold; i < coded.size(); i += folds) {
                    Coded c = coded.get(i);
                    int[] pu = new int[c.size()];
                    int[] pf = new int[c.size()];
                    t.tag(new TokenFeatures(c.sentence.forms(), foldDict), pu, pf);
                    parserTags[i] = new int[c.size()];
                    parserFeats[i] = pf;
                    for (int k = 0; k < c.size(); k++) {
                        parserTags[i][k] = probe.parserTag(pu[k], pf[k]);
                    }
                }
            }
        } else {
            for (int i = 0; i < coded.size(); i++) {
                Coded c = coded.get(i);
                parserTags[i] = new int[c.size()];
                parserFeats[i] = c.feats;
                for (int k = 0; k < c.size(); k++) {
                    parserTags[i][k] = probe.parserTag(c.upos[k], c.feats[k]);
                }
            }
        }
        WeightTable parser = trainParser(coded, repeats, parserTags, parserFeats, dict, labels.length,
                labelId.get("root"), settings);
        return new SyntaxModel(provenance, upos, feats, labels, dictKeys, dictMasks, allowed,
                lemmaTables(sentences, uposId), tagger[0], tagger[1], parser);
    }

    /** Runs independent jobs on the machine's cores; the results in the jobs' order. */
    private static <T> List<T> runAll(List<java.util.concurrent.Callable<T>> jobs) {
        int threads = Math.max(1, Math.min(jobs.size(), Runtime.getRuntime().availableProcessors()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<T> out = new ArrayList<>();
            for (java.util.concurrent.Future<T> f : pool.invokeAll(jobs)) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while training", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("training failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** A sentence with its tags and relations as class numbers. */
    private record Coded(UdSentence sentence, int[] upos, int[] feats, int[] labels) {
        int size() {
            return upos.length;
        }
    }

    private static Map<String, Integer> index(String[] names) {
        Map<String, Integer> m = new TreeMap<>();
        for (int i = 0; i < names.length; i++) {
            m.put(names[i], i);
        }
        return m;
    }

    private static int[] ids(String[] values, Map<String, Integer> index) {
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = index.get(values[i]);
        }
        return out;
    }

    private static TreeMap<Long, Integer> tagDictionary(List<Coded> coded) {
        TreeMap<Long, Integer> dict = new TreeMap<>();
        for (Coded c : coded) {
            for (int i = 0; i < c.size(); i++) {
                dict.merge(FeatureHash.string(c.sentence.forms()[i], true), 1 << c.upos[i], (a, b) -> a | b);
            }
        }
        return dict;
    }

    private static LongIntMap toMap(TreeMap<Long, Integer> sorted) {
        LongIntMap m = new LongIntMap(sorted.size());
        sorted.forEach(m::put);
        return m;
    }

    /** Each sentence index {@code repeats[i]} times, shuffled (all ones: the same order as before weights). */
    private static int[] shuffled(int[] repeats, Random random) {
        int size = 0;
        for (int r : repeats) {
            size += r;
        }
        int[] order = new int[size];
        int o = 0;
        for (int r = 0, most = Arrays.stream(repeats).max().orElse(0); r < most; r++) {
            for (int i = 0; i < repeats.length; i++) {
                if (repeats[i] > r) {
                    order[o++] = i;
                }
            }
        }
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int x = order[i];
            order[i] = order[j];
            order[j] = x;
        }
        return order;
    }

    private static WeightTable[] trainTagger(List<Coded> coded, int[] repeats, LongIntMap dict, int uposCount, int featsCount,
            int[][] allowed, Settings settings) {
        AveragedPerceptron uposModel = new AveragedPerceptron(uposCount);
        AveragedPerceptron featsModel = new AveragedPerceptron(featsCount);
        TokenFeatures[] tfs = new TokenFeatures[coded.size()];
        for (int i = 0; i < tfs.length; i++) {
            tfs[i] = new TokenFeatures(coded.get(i).sentence.forms(), dict);
        }
        Random random = new Random(settings.seed());
        long[] f = new long[PosTagger.MAX_FEATURES];
        float[] scores = new float[Math.max(uposCount, featsCount)];
        for (int epoch = 0; epoch < settings.tagEpochs(); epoch++) {
            for (int s : shuffled(repeats, random)) {
                Coded c = coded.get(s);
                TokenFeatures tf = tfs[s];
                int[] predicted = new int[c.size()];
                for (int i = 0; i < c.size(); i++) {
                    int count = PosTagger.uposFeatures(tf, i, i > 0 ? predicted[i - 1] : -1,
                            i > 1 ? predicted[i - 2] : -1, f);
                    Arrays.fill(scores, 0f);
                    uposModel.score(f, count, scores);
                    int guess = PosTagger.argmax(scores, uposCount);
                    uposModel.tick();
                    uposModel.update(f, count, c.upos[i], guess);
                    predicted[i] = guess;
                }
                int prevFeats = -1;
                for (int i = 0; i < c.size(); i++) {
                    int count = PosTagger.featsFeatures(tf, c.upos, i, prevFeats, f);
                    Arrays.fill(scores, 0f);
                    featsModel.score(f, count, scores);
                    int guess = PosTagger.argmax(scores, allowed[c.upos[i]]);
                    featsModel.tick();
                    featsModel.update(f, count, c.feats[i], guess);
                    prevFeats = guess;
                }
            }
        }
        return new WeightTable[] {uposModel.averaged(settings.tagThreshold()), featsModel.averaged(settings.tagThreshold())};
    }

    private static WeightTable trainParser(List<Coded> coded, int[] repeats, int[][] tags, int[][] morph, LongIntMap dict, int labelCount,
            int rootLabel, Settings settings) {
        int transitions = ArcEager.transitionCount(labelCount);
        AveragedPerceptron model = new AveragedPerceptron(transitions);
        TokenFeatures[] tfs = new TokenFeatures[coded.size()];
        int[][] goldHeads = new int[coded.size()][];
        int[][] goldLabels = new int[coded.size()][];
        long[][] lemmas = new long[coded.size()][];
        for (int i = 0; i < tfs.length; i++) {
            Coded c = coded.get(i);
            tfs[i] = new TokenFeatures(c.sentence.forms(), dict);
            lemmas[i] = new long[c.size()];
            for (int k = 0; k < c.size(); k++) {
                lemmas[i][k] = FeatureHash.string(c.sentence.lemmas()[k], false);
            }
            int[] h = new int[c.size() + 1];
            int[] l = new int[c.size() + 1];
            for (int k = 0; k < c.size(); k++) {
                h[k + 1] = c.sentence.heads()[k] + 1;
                l[k + 1] = c.labels[k];
            }
            if (isTree(h)) {
                goldHeads[i] = ArcEagerOracle.projectivize(h);
                goldLabels[i] = l;
            }
        }
        Random random = new Random(settings.seed() + 1);
        long[] f = new long[DependencyParser.MAX_FEATURES];
        float[] scores = new float[transitions];
        int[] costs = new int[transitions];
        for (int epoch = 0; epoch < settings.parseEpochs(); epoch++) {
            long mistakes = 0;
            long decisions = 0;
            for (int s : shuffled(repeats, random)) {
                if (goldHeads[s] == null) {
                    continue;
                }
                ArcEager c = new ArcEager(coded.get(s).size(), labelCount, rootLabel);
                while (!c.done()) {
                    int count = DependencyParser.features(c, tfs[s], tags[s], lemmas[s], morph[s], f);
                    Arrays.fill(scores, 0f);
                    model.score(f, count, scores);
                    int best = -1;
                    int bestZero = -1;
                    int minCost = ArcEagerOracle.costs(c, goldHeads[s], goldLabels[s], costs);
                    for (int t = 0; t < transitions; t++) {
                        if (costs[t] >= 0 && (best < 0 || scores[t] > scores[best])) {
                            best = t;
                        }
                    }
                    for (int t = 0; t < transitions; t++) {
                        if (costs[t] == minCost && (bestZero < 0 || scores[t] > scores[bestZero])) {
                            bestZero = t;
                        }
                    }
                    model.tick();
                    decisions++;
                    if (costs[best] != minCost) {
                        mistakes++;
                        model.update(f, count, bestZero, best);
                    }
                    boolean explore = epoch >= settings.exploreFrom() && random.nextDouble() < settings.explore();
                    c.apply(explore ? best : bestZero);
                }
            }
            System.err.printf(Locale.ROOT, "parser epoch %d: %.4f of %d decisions wrong%n", epoch + 1,
                    (double) mistakes / Math.max(1, decisions), decisions);
        }
        return model.averaged(settings.parseThreshold());
    }

    /** Whether heads (1..n, 0 for the root) form a tree with one root. */
    static boolean isTree(int[] heads) {
        int roots = 0;
        for (int d = 1; d < heads.length; d++) {
            if (heads[d] == 0) {
                roots++;
            }
            int a = d;
            for (int steps = 0; a != 0; steps++) {
                if (steps > heads.length || a < 0 || a >= heads.length) {
                    return false;
                }
                a = heads[a];
            }
        }
        return roots == 1;
    }

    private static SyntaxModel.LemmaTables emptyLemmas() {
        return new SyntaxModel.LemmaTables(new String[0], new long[0], new int[0], new long[0], new int[0],
                new long[0], new int[0], new String[0]);
    }

    private static final List<String> KEEPS_FORM = List.of("PROPN", "NUM", "PUNCT", "SYM");

    /** The lemma lookup tables and suffix rules, from the training pairs. */
    static SyntaxModel.LemmaTables lemmaTables(List<UdSentence> sentences, Map<String, Integer> uposId) {
        // (lower form, UPOS) -> lemma -> count; lower form -> lemma -> count
        TreeMap<String, TreeMap<String, Integer>> byPair = new TreeMap<>();
        TreeMap<String, TreeMap<String, Integer>> byForm = new TreeMap<>();
        for (UdSentence s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                if (KEEPS_FORM.contains(s.upos()[i])) {
                    continue;
                }
                String lower = s.forms()[i].toLowerCase(Locale.ROOT);
                byPair.computeIfAbsent(lower + "\t" + s.upos()[i], k -> new TreeMap<>()).merge(s.lemmas()[i], 1, Integer::sum);
                byForm.computeIfAbsent(lower, k -> new TreeMap<>()).merge(s.lemmas()[i], 1, Integer::sum);
            }
        }
        TreeSet<String> lemmaSet = new TreeSet<>();
        TreeMap<Long, String> pairLemma = new TreeMap<>();
        TreeMap<Long, String> formLemma = new TreeMap<>();
        // (UPOS, suffix) -> rule ("cut\tappend") -> number of (form, UPOS) types
        TreeMap<Long, TreeMap<String, Integer>> rules = new TreeMap<>();
        for (var e : byPair.entrySet()) {
            String[] parts = e.getKey().split("\t", -1);
            String lower = parts[0];
            int upos = uposId.get(parts[1]);
            String lemma = mostFrequent(e.getValue());
            lemmaSet.add(lemma);
            pairLemma.put(Lemmatizer.formAndTagKey(FeatureHash.string(lower, true), upos), lemma);
            int p = 0;
            while (p < lower.length() && p < lemma.length() && lower.charAt(p) == lemma.charAt(p)) {
                p++;
            }
            int cut = lower.length() - p;
            if (cut > Lemmatizer.MAX_SUFFIX || cut > 127) {
                continue;
            }
            String rule = cut + "\t" + lemma.substring(p);
            for (int k = Math.max(cut, 1); k <= Math.min(Lemmatizer.MAX_SUFFIX, lower.length()); k++) {
                long key = Lemmatizer.ruleKey(upos, FeatureHash.chars(lower, lower.length() - k, lower.length(), false));
                rules.computeIfAbsent(key, x -> new TreeMap<>()).merge(rule, 1, Integer::sum);
            }
        }
        for (var e : byForm.entrySet()) {
            String lemma = mostFrequent(e.getValue());
            lemmaSet.add(lemma);
            formLemma.put(Lemmatizer.formKey(FeatureHash.string(e.getKey(), true)), lemma);
        }
        String[] lemmas = lemmaSet.toArray(String[]::new);
        Map<String, Integer> lemmaId = index(lemmas);
        long[] ruleKeys = new long[rules.size()];
        int[] ruleCut = new int[rules.size()];
        String[] ruleAppend = new String[rules.size()];
        int r = 0;
        for (var e : rules.entrySet()) {
            String[] rule = mostFrequent(e.getValue()).split("\t", -1);
            ruleKeys[r] = e.getKey();
            ruleCut[r] = Integer.parseInt(rule[0]);
            ruleAppend[r] = rule[1];
            r++;
        }
        return new SyntaxModel.LemmaTables(lemmas,
                pairLemma.keySet().stream().mapToLong(Long::longValue).toArray(),
                pairLemma.values().stream().mapToInt(lemmaId::get).toArray(),
                formLemma.keySet().stream().mapToLong(Long::longValue).toArray(),
                formLemma.values().stream().mapToInt(lemmaId::get).toArray(),
                ruleKeys, ruleCut, ruleAppend);
    }

    /** The key with the highest count, the first in key order among ties. */
    private static String mostFrequent(TreeMap<String, Integer> counts) {
        String best = null;
        for (var e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    /** The licence of a UD French file, by treebank. */
    static String licence(String fileName) {
        if (fileName.contains("sequoia")) {
            return "LGPL-LR";
        }
        if (fileName.contains("gsd") || fileName.contains("parisstories")) {
            return "CC BY-SA 4.0";
        }
        return "unknown";
    }

    /** The provenance text of a model trained on the given files with the given settings. */
    static String provenance(List<Path> files, List<TrainFile> spec, Settings settings, int sentences, int tokens)
            throws IOException {
        StringBuilder sb = new StringBuilder("Veille French syntax model (tagger, lemmatizer, arc-eager parser)\n");
        sb.append("trained on ").append(sentences).append(" sentences, ").append(tokens).append(" surface tokens:\n");
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            sb.append("  ").append(f.getFileName()).append("  sha256 ").append(sha256(f)).append("  licence ")
                    .append(licence(f.getFileName().toString()));
            if (spec.get(i).repeat() != 1) {
                sb.append("  seen ").append(spec.get(i).repeat()).append(" times per epoch");
            }
            sb.append('\n');
        }
        sb.append("data: Universal Dependencies French (Sequoia: LGPL-LR; GSD, ParisStories: CC BY-SA 4.0); the model "
                + "carries the terms of the data it learned from\n");
        sb.append("settings: ").append(settings).append('\n');
        // Stored in the model: this line names the trainer where it was when the shipped model was trained, so
        // that the same data and settings still rebuild the shipped file bit for bit. Change it only with the model.
        sb.append("rebuild: veille.stage.syntax.SyntaxTrainer (docs/syntax.md)\n");
        return sb.toString();
    }

    private static String sha256(Path f) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A finished training run.
     *
     * @param model the model trained
     * @param out the file written
     * @param modelBytes the file's size
     * @param sha256 the file's SHA-256
     * @param trainSeconds wall time of the training alone
     */
    public record Result(SyntaxModel model, Path out, long modelBytes, String sha256, double trainSeconds) {
    }

    /**
     * Trains a model on {@link #TRAIN_FILES} in {@code ud} and writes it to {@code out}; reports progress on stderr.
     */
    public static Result trainAndWrite(Path ud, Settings settings, Path out) throws IOException {
        return trainAndWrite(ud, TRAIN_FILES, settings, out);
    }

    /** Trains a model on the given files in {@code ud} and writes it to {@code out}; reports progress on stderr. */
    public static Result trainAndWrite(Path ud, List<TrainFile> trainFiles, Settings settings, Path out)
            throws IOException {
        List<Path> files = new ArrayList<>();
        List<UdSentence> sentences = new ArrayList<>();
        List<Integer> repeatList = new ArrayList<>();
        for (TrainFile tf : trainFiles) {
            Path f = ud.resolve(tf.name());
            files.add(f);
            List<UdSentence> read = ConlluReader.read(List.of(f));
            sentences.addAll(read);
            read.forEach(x -> repeatList.add(tf.repeat()));
        }
        int[] repeats = repeatList.stream().mapToInt(Integer::intValue).toArray();
        int tokens = sentences.stream().mapToInt(UdSentence::size).sum();
        long t0 = System.nanoTime();
        SyntaxModel model = train(sentences, repeats, settings,
                provenance(files, trainFiles, settings, sentences.size(), tokens));
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.err.printf(Locale.ROOT, "trained in %.1f s: %s%n", seconds, model.describe());
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (OutputStream os = Files.newOutputStream(out)) {
            model.write(os);
        }
        System.err.println("wrote " + out + " (" + Files.size(out) + " bytes)");
        return new Result(model, out, Files.size(out), sha256(out), seconds);
    }

    /**
     * Trains the model on {@link #TRAIN_FILES} and writes it; with {@code --eval}, then scores it on the test
     * files ({@link UdParseEvaluation}).
     */
    public static void main(String[] args) throws IOException {
        Path ud = Path.of("../shared/data/ud");
        Path out = Path.of(MODEL_PATH);
        boolean eval = false;
        Settings settings = Settings.standard();
        List<TrainFile> trainFiles = TRAIN_FILES;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--train" -> trainFiles = Arrays.stream(args[++i].split(",")).map(TrainFile::parse).toList();
                case "--ud" -> ud = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--eval" -> eval = true;
                case "--tag-epochs" -> settings = settings.withEpochs(Integer.parseInt(args[++i]), settings.parseEpochs());
                case "--parse-epochs" -> settings = settings.withEpochs(settings.tagEpochs(), Integer.parseInt(args[++i]));
                case "--folds" -> settings = settings.withFolds(Integer.parseInt(args[++i]));
                default -> throw new IllegalArgumentException("Unknown argument '" + args[i]
                        + "'. Known: --ud DIR, --out FILE, --eval, --train FILE[:REPEAT],..., --tag-epochs N, --parse-epochs N, --folds N");
            }
        }
        Result r = trainAndWrite(ud, trainFiles, settings, out);
        if (eval) {
            UdParseEvaluation.report(r.model(), ud, UdParseEvaluation.FILES, true, System.out);
        }
    }
}
