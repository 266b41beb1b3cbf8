package veille.stage.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading word classes (veille-train's WordClustersBuilderTest builds them). */
class WordClustersTest {
    @Test
    void keysFoldDigitsAndApostrophesButKeepCase() {
        assertThat(WordClusters.key("G20")).isEqualTo("G00");
        assertThat(WordClusters.key("l’")).isEqualTo("l'");
        assertThat(WordClusters.key("Paris")).isEqualTo("Paris");
    }

    @Test
    void aCapitalisedWordUnknownAsWrittenIsLookedUpInLowerCase() {
        WordClusters c = WordClusters.parse("word\tc2\nles\t1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(c.classesOf("Les")).containsExactly("0:1");
    }
}
