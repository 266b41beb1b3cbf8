package veille.stage.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * Which optional feature groups the name finder uses on top of the base features, as recorded in a model's
 * manifest ({@code base}, {@code base+gazetteer}, {@code base+clusters+document}, ...).
 *
 * @param gazetteer phrase matches in the gazetteer ({@code veille/kb/ner-gazetteer.tsv}), first and family names
 * @param clusters word classes of w-1, w and w+1 ({@link WordClusters})
 * @param document what the rest of the article says about a capitalised word ({@link DocumentFacts})
 * @param names phrase matches in the names annotated in the training data ({@link TrainNames})
 */
public record NerFeatureSet(boolean gazetteer, boolean clusters, boolean document, boolean names) {
    /** The base features only. */
    public static final NerFeatureSet BASE = new NerFeatureSet(false, false, false, false);

    /** Reads the manifest form; unknown parts are ignored, null gives {@link #BASE}. */
    public static NerFeatureSet parse(String manifest) {
        if (manifest == null) {
            return BASE;
        }
        List<String> parts = List.of(manifest.split("\\+"));
        return new NerFeatureSet(parts.contains("gazetteer"), parts.contains("clusters"), parts.contains("document"),
                parts.contains("names"));
    }

    /** The manifest form: "base" followed by "+group" for each group on. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>(List.of("base"));
        if (gazetteer) {
            parts.add("gazetteer");
        }
        if (clusters) {
            parts.add("clusters");
        }
        if (document) {
            parts.add("document");
        }
        if (names) {
            parts.add("names");
        }
        return String.join("+", parts);
    }
}
