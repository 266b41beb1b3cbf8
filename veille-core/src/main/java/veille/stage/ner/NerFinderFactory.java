package veille.stage.ner;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Plugs {@link NerFeatures} into OpenNLP's name finder, at training time and when a model is loaded.
 *
 * <p>OpenNLP records this class's name in the model and instantiates it by reflection when the model is read
 * (hence the public no-argument constructor); whether the gazetteer features are on, and the lexicon's hash, are
 * recorded as manifest entries ({@value #FEATURES}, {@value #LEXICON_SHA}). A training run builds one with
 * {@link #NerFinderFactory(SequenceCodec, NerFeatureSet, NerTrainingFacts)}, handing over what it knows of each
 * training sentence. Instances are confined to the thread that trains or loads.
 */
public final class NerFinderFactory extends TokenNameFinderFactory {
    /** Manifest entry: the feature set ({@code base} or {@code base+gazetteer}). */
    static final String FEATURES = "veille-features";
    /** Manifest entry: SHA-256 of the gazetteer and title files the model was trained with. */
    static final String LEXICON_SHA = "veille-lexicon-sha256";

    /** Manifest entry: SHA-256 of the word-cluster file the model was trained with, when clusters are on. */
    static final String CLUSTERS_SHA = "veille-clusters-sha256";
    /** Manifest entry: SHA-256 of the training names the model reads at run time, when names are on. */
    static final String NAMES_SHA = "veille-names-sha256";

    /** Set when built for training; null when OpenNLP built it to read a model. */
    private NerFeatureSet trainingFeatures;
    /** What the training run knows of each training sentence; null when OpenNLP built it to read a model. */
    private NerTrainingFacts trainingFacts;
    /** The names a read model's features use instead of the shipped ones; null: the shipped ones. */
    private TrainNames names;

    /** The factory OpenNLP instantiates when it reads a model. */
    public NerFinderFactory() {
        super();
    }

    /**
     * A factory for training with the given codec and feature groups.
     *
     * @param codec the outcome codec, BIO when null
     * @param facts what the training run knows of each training sentence; with the names features on, it must hold
     *     the run-time names and their hash
     */
    public NerFinderFactory(SequenceCodec<String> codec, NerFeatureSet features, NerTrainingFacts facts) {
        super(null, new TreeMap<>(), codec == null ? new BioCodec() : codec);
        this.trainingFeatures = Objects.requireNonNull(features, "features");
        this.trainingFacts = Objects.requireNonNull(facts, "facts");
        if (features.names() && facts.allNamesSha256() == null) {
            throw new IllegalArgumentException("the names features need the training names");
        }
    }

    /** Makes a read model's features use these names instead of the shipped ones; called right after reading. */
    void useNames(TrainNames names) {
        this.names = Objects.requireNonNull(names, "names");
    }

    private NerFeatureSet features() {
        if (trainingFeatures != null) {
            return trainingFeatures;
        }
        if (artifactProvider != null) {
            return NerFeatureSet.parse(artifactProvider.getManifestProperty(FEATURES));
        }
        return NerFeatureSet.BASE;
    }

    @Override
    public AdaptiveFeatureGenerator createFeatureGenerators() {
        NerFeatureSet f = features();
        TrainNames n = !f.names() || trainingFacts != null ? null : names != null ? names : TrainNames.standard();
        return new NerFeatures(NerLexicon.standard(), f, f.clusters() ? WordClusters.standard() : null, n,
                trainingFacts);
    }

    /** The manifest entries of a model being trained (OpenNLP asks only then). */
    @Override
    public Map<String, String> createManifestEntries() {
        if (trainingFacts == null) {
            throw new IllegalStateException("manifest entries are written by a training factory only");
        }
        Map<String, String> m = new TreeMap<>(super.createManifestEntries());
        NerFeatureSet f = features();
        m.put(FEATURES, f.toString());
        m.put(LEXICON_SHA, NerLexicon.standard().sha256());
        if (f.clusters()) {
            m.put(CLUSTERS_SHA, WordClusters.standard().sha256());
        }
        if (f.names()) {
            m.put(NAMES_SHA, trainingFacts.allNamesSha256());
        }
        return m;
    }
}
