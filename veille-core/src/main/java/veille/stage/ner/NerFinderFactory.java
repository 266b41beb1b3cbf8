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

    /** Set when built for training; null when OpenNLP built it to read a model. */
    private Boolean trainingGazetteer;

    /** The factory OpenNLP instantiates when it reads a model. */
    public NerFinderFactory() {
        super();
    }

    /** A factory for training with the given codec, with or without the gazetteer features. */
    NerFinderFactory(SequenceCodec<String> codec, boolean gazetteer) {
        super(null, new TreeMap<>(), codec == null ? new BioCodec() : codec);
        this.trainingGazetteer = gazetteer;
    }

    private boolean gazetteer() {
        if (trainingGazetteer != null) {
            return trainingGazetteer;
        }
        if (artifactProvider != null) {
            String f = artifactProvider.getManifestProperty(FEATURES);
            return f != null && f.contains("gazetteer");
        }
        return false;
    }

    @Override
    public AdaptiveFeatureGenerator createFeatureGenerators() {
        return new NerFeatures(NerLexicon.standard(), gazetteer());
    }

    @Override
    public Map<String, String> createManifestEntries() {
        Map<String, String> m = new TreeMap<>(super.createManifestEntries());
        m.put(FEATURES, gazetteer() ? "base+gazetteer" : "base");
        m.put(LEXICON_SHA, NerLexicon.standard().sha256());
        return m;
    }
}
