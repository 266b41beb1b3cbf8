package veille.train.ner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import veille.doc.Token;
import veille.eval.ner.WinerCorpus;
import veille.stage.ner.NerLexicon;
import veille.stage.ner.TrainNames;
import veille.stage.tokenize.FrenchTokenizer;

/**
 * The training-names file the model ships with ({@link TrainNames#RESOURCE}): the PER/ORG/LOC names annotated in
 * some WiNER-fr documents, as the run time reads them ({@link TrainNames#parse}). The trainer writes it beside the
 * model for all training months, and builds one per block of four months for the jackknife. Thread-safe: immutable.
 */
final class TrainNamesFile {
    private final Map<String, Integer> phrases;

    private TrainNamesFile(Map<String, Integer> phrases) {
        this.phrases = Map.copyOf(phrases);
    }

    /** The names of the gold spans of some documents. */
    static TrainNamesFile of(List<WinerCorpus.Doc> docs) {
        Map<String, Integer> phrases = new HashMap<>();
        for (WinerCorpus.Doc d : docs) {
            for (WinerCorpus.Gold g : d.gold()) {
                String phrase = phraseKey(d.text().substring(g.start(), g.end()));
                int bit = NerLexicon.PHRASE_TYPES.indexOf(g.type());
                if (!phrase.isEmpty() && bit >= 0) {
                    phrases.merge(phrase, 1 << bit, (a, b) -> a | b);
                }
            }
        }
        return new TrainNamesFile(phrases);
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

    /** The file text: a header, then {@code TYPE<TAB>phrase} rows sorted by phrase then type. */
    String write(String source) {
        StringBuilder b = new StringBuilder();
        b.append("# Veille NER training names: TYPE<TAB>phrase (match keys joined by spaces), the PER/ORG/LOC spans\n");
        b.append("# annotated in ").append(source).append(".\n");
        b.append("# Derived from WiNER-fr annotations (CC BY 4.0, see WiNER-fr's license.txt).\n");
        b.append("# Written by 'bin/veille train ner' with the model; do not edit.\n");
        for (var e : new TreeMap<>(phrases).entrySet()) {
            for (int bit = 0; bit < NerLexicon.PHRASE_TYPES.size(); bit++) {
                if ((e.getValue() & (1 << bit)) != 0) {
                    b.append(NerLexicon.PHRASE_TYPES.get(bit).label()).append('\t').append(e.getKey()).append('\n');
                }
            }
        }
        return b.toString();
    }

    /** The names as the run time reads them. */
    TrainNames names() {
        return TrainNames.parse(write("").getBytes(StandardCharsets.UTF_8));
    }

    /** SHA-256 of the file form without its source, recorded in the model ({@code veille-names-sha256}). */
    String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(write("").getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    int size() {
        return phrases.size();
    }
}
