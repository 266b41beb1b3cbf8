package veille.train.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veille.eval.ner.WinerCorpus;

class EuropeanaCorpusTest {
    @Test
    void cutsSentencesAtFullStopsAndJoinsRunsOfOneLabel(@TempDir Path dir) throws Exception {
        // Invented lines in the file's layout: "word LABEL", I- labels only, no sentence breaks.
        Path f = dir.resolve("x.bio");
        Files.writeString(f, String.join("\n", "Jean I-PER", "Dupont I-PER", "arrive O", "à O", "Rennes I-LOC",
                ". O", "La O", "Société I-ORG", "Générale I-ORG", "paie O", ". O", "fin O") + "\n",
                StandardCharsets.UTF_8);
        List<WinerCorpus.TrainingSentence> s = EuropeanaCorpus.read(f);
        assertThat(s).hasSize(3);
        assertThat(s.get(0).tokens()).containsExactly("Jean", "Dupont", "arrive", "à", "Rennes", ".");
        assertThat(s.get(0).names()).containsExactly(new int[] {0, 2}, new int[] {4, 5});
        assertThat(s.get(0).types()).containsExactly("PER", "LOC");
        assertThat(s.get(0).docStart()).isTrue();
        assertThat(s.get(1).types()).containsExactly("ORG");
        assertThat(s.get(1).docStart()).isFalse();
        assertThat(s.get(2).names()).isEmpty();
    }
}
