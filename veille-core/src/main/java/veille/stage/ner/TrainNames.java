package veille.stage.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import veille.doc.Token;
import veille.stage.tokenize.FrenchTokenizer;

/**
 * The names annotated in the training data, with their types: a gazetteer the name finder reads like
 * {@link NerLexicon}'s, so that a name seen in earlier news ("Forces démocratiques syriennes", ORG) is recognised
 * whole and with its usual type when it comes back.
 *
 * <p>A model trained with the names of its own training sentences would learn to trust them blindly, so
 * {@link NerTrainer} gives each training sentence the names of the <em>other</em> months only (jackknife over
 * blocks of four months); at run time the names of all training months are used ({@value #RESOURCE}, written by
 * {@code bin/veille train ner} next to the model). Phrases are stored as {@link NerLexicon#key match keys} joined by
 * one space. The system property {@value #OVERRIDE_PROPERTY} names another file (experiments). Thread-safe:
 * immutable.
 */
final class TrainNames {
    /** Classpath location of the shipped names. */
    static final String RESOURCE = "/veille/models/ner-train-names.tsv";
    /** System property naming a names file to read instead of the shipped one. */
    static final String OVERRIDE_PROPERTY = "veille.ner.trainnames";

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

    /** The names of the gold spans of some documents. */
    static TrainNames of(List<WinerCorpus.Doc> docs) {
        Map<String, Integer> phrases = new HashMap<>();
        for (WinerCorpus.Doc d : docs) {
            for (WinerCorpus.Gold g : d.gold()) {
                String phrase = phraseKey(d.text().substring(g.start(), g.end()));
                int bit = List.of(NerLexicon.PHRASE_TYPES).indexOf(g.type());
                if (!phrase.isEmpty() && bit >= 0) {
                    phrases.merge(phrase, 1 << bit, (a, b) -> a | b);
                }
            }
        }
        return new TrainNames(phrases);
    }

    /** A name's tokens as match keys joined by one space, or "" when it has more than {@link NerLexicon#MAX_PHRASE}. */
    static String phraseKey(String name) {
        List<Token> tokens = FrenchTokenizer.standard().tokenize(name);
        if (tokens.isEmpty() || tokens.size() > NerLexicon.MAX_PHRASE) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(NerLexicon.key(name.substring(t.start(), t.end())));
        }
        return b.toString();
    }

    static TrainNames parse(byte[] bytes) {
        Map<String, Integer> phrases = new HashMap<>();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            int tab = line.indexOf('\t');
            if (line.startsWith("#") || tab < 0) {
                continue;
            }
            int bit = List.of(NerLexicon.PHRASE_TYPES).indexOf(line.substring(0, tab));
            if (bit >= 0) {
                phrases.merge(line.substring(tab + 1), 1 << bit, (a, b) -> a | b);
            }
        }
        return new TrainNames(phrases);
    }

    /** The file text: a header, then {@code TYPE<TAB>phrase} rows sorted by phrase then type. */
    String write(String source) {
        StringBuilder b = new StringBuilder();
        b.append("# Veille NER training names: TYPE<TAB>phrase (match keys joined by spaces), the PER/ORG/LOC spans\n");
        b.append("# annotated in ").append(source).append(".\n");
        b.append("# Derived from WiNER-fr annotations (CC BY 4.0, see ../shared/data/winer-fr/license.txt).\n");
        b.append("# Written by 'bin/veille train ner' with the model; do not edit.\n");
        for (var e : new TreeMap<>(phrases).entrySet()) {
            for (int bit = 0; bit < NerLexicon.PHRASE_TYPES.length; bit++) {
                if ((e.getValue() & (1 << bit)) != 0) {
                    b.append(NerLexicon.PHRASE_TYPES[bit]).append('\t').append(e.getKey()).append('\n');
                }
            }
        }
        return b.toString();
    }

    /** The type bits ({@link NerLexicon#PHRASE_TYPES}) of a phrase of match keys, 0 when unknown. */
    int phraseTypes(String phrase) {
        Integer t = phrases.get(phrase);
        return t == null ? 0 : t;
    }

    /** SHA-256 of the file form, recorded in the model. */
    String sha256() {
        return WordClusters.sha256(write("").getBytes(StandardCharsets.UTF_8));
    }

    int size() {
        return phrases.size();
    }
}
