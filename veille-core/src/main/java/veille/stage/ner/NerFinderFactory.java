package veille.stage.ner;

import java.util.Map;
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
 * recorded as manifest entries ({@value #FEATURES}, {@value #LEXICON_SHA}). Instances are confined to the thread
 * that trains or loads.
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

    /** The factory OpenNLP instantiates when it reads a model. */
    public NerFinderFactory() {
        super();
    }

    /** A factory for training with the given codec and feature groups. */
    NerFinderFactory(SequenceCodec<String> codec, NerFeatureSet features) {
        super(null, new TreeMap<>(), codec == null ? new BioCodec() : codec);
        this.trainingFeatures = features;
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
        return new NerFeatures(NerLexicon.standard(), f, f.clusters() ? WordClusters.standard() : null);
    }

    @Override
    public Map<String, String> createManifestEntries() {
        Map<String, String> m = new TreeMap<>(super.createManifestEntries());
        NerFeatureSet f = features();
        m.put(FEATURES, f.toString());
        m.put(LEXICON_SHA, NerLexicon.standard().sha256());
        if (f.clusters()) {
            m.put(CLUSTERS_SHA, WordClusters.standard().sha256());
        }
        if (f.names()) {
            m.put(NAMES_SHA, TrainNames.standard().sha256());
        }
        return m;
    }
}
