package veille.train.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import veille.eval.ner.WinerCorpus;

/**
 * Reads the Europeana Newspapers French NER file ({@code ../shared/data/europeana-fr/enp_FR.bnf.bio}: OCR of
 * 1906–1939 newspapers, one {@code word LABEL} a line, labels {@code O}, {@code I-PER}, {@code I-ORG},
 * {@code I-LOC}, no sentence breaks) as extra training sentences.
 *
 * <p>A sentence ends after ".", "!" or "?"; a run of tokens with the same {@code I-} label is one name (the format
 * cannot tell two adjacent names of one type apart). Every {@value #SENTENCES_PER_DOCUMENT} sentences start a
 * pseudo-document, so the document features never span the whole file. Thread-safe: holds nothing.
 */
final class EuropeanaCorpus {
    /** Sentences per pseudo-document. */
    static final int SENTENCES_PER_DOCUMENT = 20;

    private EuropeanaCorpus() {
    }

    /** The training sentences of the file, in order. */
    static List<WinerCorpus.TrainingSentence> read(Path file) throws IOException {
        List<WinerCorpus.TrainingSentence> out = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int sp = line.lastIndexOf(' ');
            if (sp <= 0) {
                continue;
            }
            String w = line.substring(0, sp);
            words.add(w);
            labels.add(line.substring(sp + 1).strip());
            if (w.equals(".") || w.equals("!") || w.equals("?")) {
                out.add(sentence(words, labels, out.size() % SENTENCES_PER_DOCUMENT == 0));
                words.clear();
                labels.clear();
            }
        }
        if (!words.isEmpty()) {
            out.add(sentence(words, labels, out.size() % SENTENCES_PER_DOCUMENT == 0));
        }
        return out;
    }

    private static WinerCorpus.TrainingSentence sentence(List<String> words, List<String> labels, boolean docStart) {
        List<int[]> names = new ArrayList<>();
        List<String> types = new ArrayList<>();
        int i = 0;
        while (i < labels.size()) {
            String l = labels.get(i);
            if (!l.startsWith("I-")) {
                i++;
                continue;
            }
            int from = i;
            while (i < labels.size() && labels.get(i).equals(l)) {
                i++;
            }
            names.add(new int[] {from, i});
            types.add(l.substring(2));
        }
        return new WinerCorpus.TrainingSentence(words.toArray(String[]::new), names, types, docStart);
    }
}
