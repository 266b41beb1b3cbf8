package veille.stage.syntax;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained French syntax model: tagger, lemmatizer and dependency parser, with their vocabularies and the
 * record of what they were trained on ({@link #provenance()}).
 *
 * <p>The shipped model is {@value #RESOURCE}, read once per JVM by {@link #standard()}. The file is a gzip'd
 * stream of sorted tables (no timestamps, no hash-order iteration), so training twice on the same data gives the
 * same bytes. Immutable and thread-safe: one instance serves every thread.
 *
 * <p>The trainer (package {@code veille.train.syntax}, in {@code veille-train}) builds models with the public
 * constructor and {@link #parserTag}; it shares the feature extraction ({@link TokenFeatures}, {@link PosTagger},
 * {@link DependencyParser#features}), the transition system ({@link ArcEager}) and the tables ({@link WeightTable},
 * {@link LongIntMap}, {@link Lemmatizer}'s keys) with the runtime, which is why those are public too.
 */
public final class SyntaxModel {
    /** The shipped model's class-path resource. */
    public static final String RESOURCE = "/veille/models/syntax-fr.bin";

    private static final int MAGIC = 0x5653594E; // "VSYN"
    private static final int VERSION = 1;

    private final String provenance;
    private final String[] uposNames;
    private final String[] featsNames;
    private final String[] labelNames;
    private final long[] tagDictionaryKeys;
    private final int[] tagDictionaryMasks;
    private final LongIntMap tagDictionary;
    private final int[][] allowedFeats;
    private final LemmaTables lemmaTables;
    private final WeightTable uposWeights;
    private final WeightTable featsWeights;
    private final WeightTable parserWeights;

    private final PosTagger tagger;
    private final Lemmatizer lemmatizer;
    private final DependencyParser parser;
    private final int[] featsTagCode;
    private final boolean[] uposKeepsForm;
    private final int punctUpos;

    /**
     * The lemma tables as stored: every lookup list sorted by key ({@link Lemmatizer#formAndTagKey},
     * {@link Lemmatizer#formKey}, {@link Lemmatizer#ruleKey}).
     *
     * @param lemmas the distinct lemmas, which the other tables point into
     * @param formTagKeys (lower-cased form, UPOS) keys, sorted
     * @param formTagLemmas the lemma of each (form, UPOS) key
     * @param formKeys lower-cased form keys, sorted
     * @param formLemmas the lemma of each form key
     * @param ruleKeys (UPOS, suffix) keys of the suffix rules, sorted
     * @param ruleCut how many characters each rule removes
     * @param ruleAppend what each rule then appends
     */
    public record LemmaTables(String[] lemmas, long[] formTagKeys, int[] formTagLemmas, long[] formKeys, int[] formLemmas,
            long[] ruleKeys, int[] ruleCut, String[] ruleAppend) {
    }

    /**
     * A model from its parts, as the trainer builds it.
     *
     * @param allowedFeats for each UPOS, the feature-set classes seen with it in training
     * @param tagDictionaryKeys lower-cased form hashes ({@link FeatureHash#string}), sorted
     * @param tagDictionaryMasks the UPOS bit mask of each form
     */
    public SyntaxModel(String provenance, String[] uposNames, String[] featsNames, String[] labelNames,
            long[] tagDictionaryKeys, int[] tagDictionaryMasks, int[][] allowedFeats, LemmaTables lemmaTables,
            WeightTable uposWeights, WeightTable featsWeights, WeightTable parserWeights) {
        this.provenance = provenance;
        this.uposNames = uposNames;
        this.featsNames = featsNames;
        this.labelNames = labelNames;
        this.tagDictionaryKeys = tagDictionaryKeys;
        this.tagDictionaryMasks = tagDictionaryMasks;
        this.allowedFeats = allowedFeats;
        this.lemmaTables = lemmaTables;
        this.uposWeights = uposWeights;
        this.featsWeights = featsWeights;
        this.parserWeights = parserWeights;
        this.tagDictionary = map(tagDictionaryKeys, tagDictionaryMasks);
        this.tagger = new PosTagger(uposWeights, featsWeights, uposNames.length, featsNames.length, allowedFeats);
        this.lemmatizer = new Lemmatizer(lemmaTables.lemmas(), map(lemmaTables.formTagKeys(), lemmaTables.formTagLemmas()),
                map(lemmaTables.formKeys(), lemmaTables.formLemmas()), map(lemmaTables.ruleKeys(), null),
                lemmaTables.ruleCut(), lemmaTables.ruleAppend());
        this.parser = new DependencyParser(parserWeights, labelNames.length, expectIndex(labelNames, "root"),
                expectIndex(labelNames, "punct"), expectIndex(labelNames, "dep"));
        this.featsTagCode = new int[featsNames.length];
        for (int f = 0; f < featsNames.length; f++) {
            featsTagCode[f] = parserTagCode(featsNames[f]);
        }
        this.uposKeepsForm = new boolean[uposNames.length];
        for (int u = 0; u < uposNames.length; u++) {
            uposKeepsForm[u] = List.of("PROPN", "NUM", "PUNCT", "SYM").contains(uposNames[u]);
        }
        this.punctUpos = expectIndex(uposNames, "PUNCT");
    }

    private static final class Holder {
        static final SyntaxModel INSTANCE = fromResource(RESOURCE);
    }

    /** The shipped model, read on first use. */
    public static SyntaxModel standard() {
        return Holder.INSTANCE;
    }

    private static SyntaxModel fromResource(String resource) {
        try (InputStream in = SyntaxModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No syntax model at " + resource + " on the class path: train one with "
                        + "bin/veille train syntax (see docs/syntax.md)");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the syntax model " + resource, e);
        }
    }

    private static LongIntMap map(long[] keys, int[] values) {
        LongIntMap m = new LongIntMap(keys.length);
        for (int i = 0; i < keys.length; i++) {
            m.put(keys[i], values == null ? i : values[i]);
        }
        return m;
    }

    private static int expectIndex(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("The syntax model has no '" + name + "' among " + List.of(names));
    }

    /**
     * What the parser adds to the UPOS from the features: the verb form (finite, infinitive, participle, gerund)
     * and relative pronouns, which French attachment decisions hinge on.
     */
    static int parserTagCode(String feats) {
        if (feats.contains("PronType=Rel")) {
            return 5;
        }
        if (feats.contains("VerbForm=Fin")) {
            return 1;
        }
        if (feats.contains("VerbForm=Inf")) {
            return 2;
        }
        if (feats.contains("VerbForm=Part")) {
            return 3;
        }
        if (feats.contains("VerbForm=Ger")) {
            return 4;
        }
        return 0;
    }

    /** The parser's tag of a word: its UPOS refined by {@link #parserTagCode}. */
    public int parserTag(int upos, int feats) {
        return upos * 8 + featsTagCode[feats];
    }

    /** What the model was trained on, with the data's licences and the training settings. */
    public String provenance() {
        return provenance;
    }

    String[] uposNames() {
        return uposNames;
    }

    String[] featsNames() {
        return featsNames;
    }

    String[] labelNames() {
        return labelNames;
    }

    LongIntMap tagDictionary() {
        return tagDictionary;
    }

    /**
     * A copy whose parser and tagger weights below {@code threshold} in magnitude are dropped (to try a pruning
     * threshold on a trained model without training again).
     */
    public SyntaxModel pruned(double threshold) {
        return pruned(threshold, threshold, provenance);
    }

    /** A copy with the tagger's and the parser's small weights dropped and another provenance. */
    SyntaxModel pruned(double tagThreshold, double parseThreshold, String newProvenance) {
        return new SyntaxModel(newProvenance, uposNames, featsNames, labelNames, tagDictionaryKeys, tagDictionaryMasks,
                allowedFeats, lemmaTables, uposWeights.pruned(tagThreshold), featsWeights.pruned(tagThreshold),
                parserWeights.pruned(parseThreshold));
    }

    /** A one-line summary of the model's size. */
    public String describe() {
        return uposNames.length + " UPOS, " + featsNames.length + " feature sets, " + labelNames.length
                + " relations, " + lemmaTables.lemmas().length + " lemmas, " + lemmaTables.ruleKeys().length
                + " lemma rules; weights: tagger " + uposWeights.weightCount() + ", morphology "
                + featsWeights.weightCount() + ", parser " + parserWeights.weightCount() + " ("
                + parserWeights.featureCount() + " features)";
    }

    /**
     * Analyses one sentence.
     *
     * @param words the sentence's tokens, folded ({@link veille.doc.TextNormalizer})
     */
    public Analysis analyze(String[] words) {
        Objects.requireNonNull(words, "words");
        int n = words.length;
        TokenFeatures tf = new TokenFeatures(words, tagDictionary);
        int[] upos = new int[n];
        int[] feats = new int[n];
        tagger.tag(tf, upos, feats);
        int[] tags = new int[n];
        boolean[] punct = new boolean[n];
        String[] lemmas = new String[n];
        long[] lemmaHashes = new long[n];
        for (int i = 0; i < n; i++) {
            tags[i] = parserTag(upos[i], feats[i]);
            punct[i] = upos[i] == punctUpos;
            lemmas[i] = lemmatizer.lemma(words[i], tf.lower[i], upos[i], uposKeepsForm[upos[i]]);
            lemmaHashes[i] = FeatureHash.string(lemmas[i], false);
        }
        ArcEager c = parser.parse(tf, tags, lemmaHashes, feats, punct);
        int[] head = new int[n];
        int[] label = new int[n];
        for (int i = 0; i < n; i++) {
            head[i] = c.head[i + 1] - 1;
            label[i] = c.label[i + 1];
        }
        return new Analysis(this, lemmas, upos, feats, head, label);
    }

    /**
     * The analysis of one sentence: per word, the lemma, UPOS, features, head (word index, {@code -1} for the
     * root) and relation.
     */
    public static final class Analysis {
        private final SyntaxModel model;
        private final String[] lemmas;
        private final int[] upos;
        private final int[] feats;
        private final int[] head;
        private final int[] label;

        Analysis(SyntaxModel model, String[] lemmas, int[] upos, int[] feats, int[] head, int[] label) {
            this.model = model;
            this.lemmas = lemmas;
            this.upos = upos;
            this.feats = feats;
            this.head = head;
            this.label = label;
        }

        public int size() {
            return lemmas.length;
        }

        public String lemma(int i) {
            return lemmas[i];
        }

        public String upos(int i) {
            return model.uposNames[upos[i]];
        }

        /** The UD features, empty for none. */
        public String feats(int i) {
            return model.featsNames[feats[i]];
        }

        /** The head word's index in the sentence, {@code -1} for the root. */
        public int head(int i) {
            return head[i];
        }

        public String relation(int i) {
            return model.labelNames[label[i]];
        }
    }

    // ---- file form ----

    /** Reads a model written by {@link #write}. */
    public static SyntaxModel read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw), 1 << 16));
        if (in.readInt() != MAGIC) {
            throw new IOException("Not a Veille syntax model (bad magic number)");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("Syntax model version " + version + "; this Veille reads version " + VERSION);
        }
        String provenance = in.readUTF();
        String[] upos = readStrings(in);
        String[] feats = readStrings(in);
        String[] labels = readStrings(in);
        int dictSize = in.readInt();
        long[] dictKeys = new long[dictSize];
        int[] dictMasks = new int[dictSize];
        for (int i = 0; i < dictSize; i++) {
            dictKeys[i] = in.readLong();
            dictMasks[i] = in.readInt();
        }
        int[][] allowed = new int[upos.length][];
        for (int u = 0; u < upos.length; u++) {
            allowed[u] = new int[in.readInt()];
            for (int j = 0; j < allowed[u].length; j++) {
                allowed[u][j] = in.readInt();
            }
        }
        String[] lemmas = readStrings(in);
        int formTagCount = in.readInt();
        long[] formTagKeys = new long[formTagCount];
        int[] formTagLemmas = new int[formTagCount];
        for (int i = 0; i < formTagCount; i++) {
            formTagKeys[i] = in.readLong();
            formTagLemmas[i] = in.readInt();
        }
        int formCount = in.readInt();
        long[] formKeys = new long[formCount];
        int[] formLemmas = new int[formCount];
        for (int i = 0; i < formCount; i++) {
            formKeys[i] = in.readLong();
            formLemmas[i] = in.readInt();
        }
        int ruleCount = in.readInt();
        long[] ruleKeys = new long[ruleCount];
        int[] ruleCut = new int[ruleCount];
        String[] ruleAppend = new String[ruleCount];
        for (int i = 0; i < ruleCount; i++) {
            ruleKeys[i] = in.readLong();
            ruleCut[i] = in.readByte();
            ruleAppend[i] = in.readUTF();
        }
        WeightTable uposWeights = WeightTable.read(in);
        WeightTable featsWeights = WeightTable.read(in);
        WeightTable parserWeights = WeightTable.read(in);
        return new SyntaxModel(provenance, upos, feats, labels, dictKeys, dictMasks, allowed,
                new LemmaTables(lemmas, formTagKeys, formTagLemmas, formKeys, formLemmas, ruleKeys, ruleCut, ruleAppend),
                uposWeights, featsWeights, parserWeights);
    }

    /** Writes the model; the same model always gives the same bytes. */
    public void write(OutputStream raw) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeUTF(provenance);
        writeStrings(out, uposNames);
        writeStrings(out, featsNames);
        writeStrings(out, labelNames);
        out.writeInt(tagDictionaryKeys.length);
        for (int i = 0; i < tagDictionaryKeys.length; i++) {
            out.writeLong(tagDictionaryKeys[i]);
            out.writeInt(tagDictionaryMasks[i]);
        }
        for (int[] allowed : allowedFeats) {
            out.writeInt(allowed.length);
            for (int f : allowed) {
                out.writeInt(f);
            }
        }
        LemmaTables t = lemmaTables;
        writeStrings(out, t.lemmas());
        out.writeInt(t.formTagKeys().length);
        for (int i = 0; i < t.formTagKeys().length; i++) {
            out.writeLong(t.formTagKeys()[i]);
            out.writeInt(t.formTagLemmas()[i]);
        }
        out.writeInt(t.formKeys().length);
        for (int i = 0; i < t.formKeys().length; i++) {
            out.writeLong(t.formKeys()[i]);
            out.writeInt(t.formLemmas()[i]);
        }
        out.writeInt(t.ruleKeys().length);
        for (int i = 0; i < t.ruleKeys().length; i++) {
            out.writeLong(t.ruleKeys()[i]);
            out.writeByte(t.ruleCut()[i]);
            out.writeUTF(t.ruleAppend()[i]);
        }
        uposWeights.write(out);
        featsWeights.write(out);
        parserWeights.write(out);
        out.flush();
        gz.finish();
        raw.flush();
    }

    private static String[] readStrings(DataInputStream in) throws IOException {
        String[] s = new String[in.readInt()];
        for (int i = 0; i < s.length; i++) {
            s[i] = in.readUTF();
        }
        return s;
    }

    private static void writeStrings(DataOutputStream out, String[] strings) throws IOException {
        out.writeInt(strings.length);
        for (String s : strings) {
            out.writeUTF(s);
        }
    }
}
