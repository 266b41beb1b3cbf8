package veille.stage.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import veille.doc.EntityType;

/**
 * The names annotated in the training data, with their types: a gazetteer the name finder reads like
 * {@link NerLexicon}'s, so that a name seen in earlier news ("Forces démocratiques syriennes", ORG) is recognised
 * whole and with its usual type when it comes back.
 *
 * <p>At run time the names of all training months are read from {@value #RESOURCE}, which {@code bin/veille train
 * ner} writes next to the model (module veille-train, {@code veille.train.ner.TrainNamesFile}); a training run gives
 * each training sentence the names of the <em>other</em> months only, through {@link NerTrainingFacts}. The file
 * form: {@code #} comment lines, then {@code TYPE<TAB>phrase} rows, the phrase as {@link NerLexicon#key match keys}
 * joined by one space. The system property {@value #OVERRIDE_PROPERTY} names another file (experiments).
 * Thread-safe: immutable.
 */
public final class TrainNames {
    /** Classpath location of the shipped names. */
    public static final String RESOURCE = "/veille/models/ner-train-names.tsv";
    /** System property naming a names file to read instead of the shipped one. */
    public static final String OVERRIDE_PROPERTY = "veille.ner.trainnames";

    private final Map<String, Integer> phrases;

    private TrainNames(Map<String, Integer> phrases) {
        this.phrases = Map.copyOf(phrases);
    }

    private static final class Standard {
        static final TrainNames INSTANCE = loadStandard();
    }

    /** The shipped names (or the override file), read on first use. */
    static TrainNames standard() {
        return Standard.INSTANCE;
    }

    private static TrainNames loadStandard() {
        String override = System.getProperty(OVERRIDE_PROPERTY);
        try {
            if (override != null && !override.isBlank()) {
                return parse(Files.readAllBytes(Path.of(override)));
            }
            try (InputStream in = TrainNames.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("NER training names " + RESOURCE + " are not on the classpath; "
                            + "train the model with 'bin/veille train ner' (see docs/ner.md)");
                }
                return parse(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read NER training names", e);
        }
    }

    /**
     * Reads the file form (see the class comment); rows of a type the name finder does not mark ({@code MISC}) are
     * skipped.
     *
     * @throws IllegalArgumentException when a row's type is not an {@link EntityType} label
     */
    public static TrainNames parse(byte[] bytes) {
        Map<String, Integer> phrases = new HashMap<>();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            int tab = line.indexOf('\t');
            if (line.startsWith("#") || tab < 0) {
                continue;
            }
            int bit = NerLexicon.PHRASE_TYPES.indexOf(EntityType.parse(line.substring(0, tab)));
            if (bit >= 0) {
                phrases.merge(line.substring(tab + 1), 1 << bit, (a, b) -> a | b);
            }
        }
        return new TrainNames(phrases);
    }

    /** The type bits ({@link NerLexicon#PHRASE_TYPES}) of a phrase of match keys, 0 when unknown. */
    int phraseTypes(String phrase) {
        Integer t = phrases.get(phrase);
        return t == null ? 0 : t;
    }

    int size() {
        return phrases.size();
    }
}
