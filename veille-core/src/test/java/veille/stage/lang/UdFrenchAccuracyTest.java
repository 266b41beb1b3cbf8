package veille.stage.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Measures how often French sentences and paragraphs of the Universal Dependencies French treebanks
 * (GSD, Sequoia, ParisStories, in {@code ../shared/data/ud}) are identified as French.
 *
 * <p>Skipped when the data is absent. The floors sit a little below the figures measured when the
 * profiles were written (see docs/language.md); the measured figures are printed on every run.
 */
class UdFrenchAccuracyTest {
    private static final LanguageIdentifier ID = LanguageIdentifier.standard();

    /** Measured 97.80% when the profiles were last changed. */
    private static final double SENTENCE_FLOOR = 0.97;

    /** Measured 99.87% (2 of 1,553 wrong: English reference lists). */
    private static final double PARAGRAPH_FLOOR = 0.995;

    /** Sentences per paragraph in the paragraph measure. */
    private static final int PARAGRAPH = 5;

    @Test
    void frenchTreebankSentencesAndParagraphsAreFrench() throws IOException {
        Path dir = udDir();
        Assumptions.assumeTrue(dir != null, "no ../shared/data/ud: set -Dveille.root to the checkout");
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".conllu")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.startsWith("# text = ")) {
                        sentences.add(line.substring("# text = ".length()));
                    }
                }
            }
        }
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i + PARAGRAPH <= sentences.size(); i += PARAGRAPH) {
            paragraphs.add(String.join(" ", sentences.subList(i, i + PARAGRAPH)));
        }
        double sentenceAccuracy = accuracy("sentences", sentences);
        double paragraphAccuracy = accuracy("paragraphs", paragraphs);
        assertThat(sentenceAccuracy).isGreaterThanOrEqualTo(SENTENCE_FLOOR);
        assertThat(paragraphAccuracy).isGreaterThanOrEqualTo(PARAGRAPH_FLOOR);
    }

    private static double accuracy(String what, List<String> texts) {
        Map<String, Integer> byCode = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        int fr = 0;
        for (String t : texts) {
            String code = ID.identify(t).code();
            byCode.merge(code, 1, Integer::sum);
            if (code.equals("fr")) {
                fr++;
            } else if (wrong.size() < Integer.getInteger("veille.lang.showErrors", 0)) {
                wrong.add(code + "\t" + t);
            }
        }
        double acc = (double) fr / texts.size();
        System.out.printf("UD French %s: %d, identified fr %d (%.2f%%); by code %s%n",
                what, texts.size(), fr, 100 * acc, byCode);
        wrong.forEach(w -> System.out.println("  " + w));
        return acc;
    }

    /** The UD folder: {@code veille.root}/../shared/data/ud, else relative to the working directory. */
    static Path udDir() {
        List<Path> tries = new ArrayList<>();
        String root = System.getProperty("veille.root");
        if (root != null) {
            tries.add(Path.of(root, "..", "shared", "data", "ud"));
        }
        tries.add(Path.of("..", "shared", "data", "ud"));
        tries.add(Path.of("..", "..", "shared", "data", "ud"));
        return tries.stream().filter(Files::isDirectory).findFirst().orElse(null);
    }
}
