package veille.train.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import veille.eval.ner.WinerCorpus;
import veille.stage.ner.WordClusters;

class WordClustersBuilderTest {
    private static final WordClustersBuilder.Options TINY =
            new WordClustersBuilder.Options(null, WinerCorpus.Split.TRAIN, null, new int[] {2, 4}, 2, 10);

    /** An invented corpus where people and cities fill the same slots. */
    private static List<String[]> corpus() {
        List<String[]> s = new ArrayList<>();
        for (String who : List.of("Macron", "Poutine", "Merkel", "Xi")) {
            for (String where : List.of("Paris", "Moscou", "Berlin", "Pékin")) {
                s.add(("le président " + who + " est arrivé à " + where + " .").split(" "));
                s.add(("M. " + who + " a quitté " + where + " mardi .").split(" "));
            }
        }
        return s;
    }

    @Test
    void wordsInTheSameSlotsShareAClass() {
        WordClusters c = WordClusters.parse(
                WordClustersBuilder.build(corpus(), TINY, List.of("test")).getBytes(StandardCharsets.UTF_8));
        assertThat(c.granularities()).isEqualTo(2);
        assertThat(c.classesOf("Poutine")).isEqualTo(c.classesOf("Merkel"));
        assertThat(c.classesOf("Moscou")).isEqualTo(c.classesOf("Berlin"));
        assertThat(c.classesOf("Inconnu")).isNull();
    }

    @Test
    void theSameTextGivesTheSameFileByteForByte() {
        String a = WordClustersBuilder.build(corpus(), TINY, List.of("test"));
        String b = WordClustersBuilder.build(corpus(), TINY, List.of("test"));
        assertThat(a).isEqualTo(b).startsWith("# test\nword\tc2\tc4\n");
    }
}
