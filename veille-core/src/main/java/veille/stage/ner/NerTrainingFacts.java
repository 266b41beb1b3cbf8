package veille.stage.ner;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a training run tells the name finder's features about each training sentence, which at run time they learn
 * otherwise: the facts of the article the sentence comes from (at run time {@link NerStage} gives them, article by
 * article) and the training names the sentence may see (at run time, the shipped {@link TrainNames}).
 *
 * <p>Handed to {@link NerFinderFactory#NerFinderFactory(opennlp.tools.util.SequenceCodec, NerFeatureSet,
 * NerTrainingFacts) the training factory}, so that a training run passes what it knows explicitly and no runtime
 * class holds state that training wrote. Sentences are looked up by their tokens (OpenNLP copies the token arrays,
 * and the sequence trainer asks for features again long after reading). Thread-safe: immutable.
 */
public final class NerTrainingFacts {
    /** Nothing known: the document features see no facts and the names features no names. */
    public static final NerTrainingFacts NONE = new NerTrainingFacts(Map.of(), Map.of(), null, null);

    private final Map<List<String>, DocumentFacts> documents;
    private final Map<List<String>, TrainNames> names;
    private final TrainNames allNames;
    private final String allNamesSha256;

    private NerTrainingFacts(Map<List<String>, DocumentFacts> documents, Map<List<String>, TrainNames> names,
                             TrainNames allNames, String allNamesSha256) {
        this.documents = documents;
        this.names = names;
        this.allNames = allNames;
        this.allNamesSha256 = allNamesSha256;
    }

    /**
     * The facts of a training run.
     *
     * @param documents the training documents, each as its sentences' tokens in order (empty when the document
     *     features are off); a sentence met again keeps the facts of its first document
     * @param namesBySentence the training names each training sentence may see, by its tokens
     * @param allNames the names every other sentence sees: those the model reads at run time (null when the names
     *     features are off)
     * @param allNamesSha256 the SHA-256 of the names file, recorded in the model (null when the names features are
     *     off)
     */
    public static NerTrainingFacts of(List<List<String[]>> documents, Map<List<String>, TrainNames> namesBySentence,
                                      TrainNames allNames, String allNamesSha256) {
        Map<List<String>, DocumentFacts> facts = new HashMap<>();
        for (List<String[]> doc : documents) {
            DocumentFacts f = DocumentFacts.of(doc);
            for (String[] tokens : doc) {
                facts.putIfAbsent(List.of(tokens), f);
            }
        }
        if ((allNames == null) != (allNamesSha256 == null)) {
            throw new IllegalArgumentException("allNames and allNamesSha256 go together");
        }
        return new NerTrainingFacts(Map.copyOf(facts), Map.copyOf(namesBySentence), allNames, allNamesSha256);
    }

    /** The facts of the article a training sentence comes from; {@link DocumentFacts#NONE} for an unknown one. */
    DocumentFacts documentOf(String[] tokens) {
        return documents.getOrDefault(Arrays.asList(tokens), DocumentFacts.NONE);
    }

    /** The training names a training sentence may see; {@link #allNames} for a sentence without names of its own. */
    TrainNames namesOf(String[] tokens) {
        TrainNames n = names.get(Arrays.asList(tokens));
        return n != null ? n : Objects.requireNonNull(allNames, "training names features without training names");
    }

    /** The SHA-256 recorded in the model for the run-time names, or null when there are none. */
    String allNamesSha256() {
        return allNamesSha256;
    }
}
