package veille.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The snippet method's rules, as score_snippets.py applies them. */
class SnippetScoreTest {
    @Test
    void whiteSpaceIsNormalisedAsPythonSplitsIt() {
        assertThat(SnippetScore.whiteSpace("  a\u00A0\u00A0b\n\tc\u2009 ")).isEqualTo("a b c");
        assertThat(SnippetScore.whiteSpace("")).isEmpty();
        assertThat(SnippetScore.whiteSpace("a\u200Bb")).isEqualTo("a\u200Bb"); // a zero-width space is no space
    }

    @Test
    void passagesFoundOrMissingAreCountedMicroAveraged() {
        SnippetSet.Page page = new SnippetSet.Page("https://x", "x.html", null,
                List.of("la  réforme des retraites", "absent"), List.of("Lire aussi", "Partager"));
        SnippetScore.Tally t = SnippetScore.page(page, "Titre\n\nLa suite : la réforme\ndes retraites.\n\nLire aussi");
        assertThat(t).isEqualTo(new SnippetScore.Tally(1, 1, 1, 1));
        SnippetScore score = new SnippetScore();
        score.add(page, "la réforme des retraites absent");
        score.add(page, null);
        assertThat(score.all()).isEqualTo(new SnippetScore.Tally(2, 0, 2, 4));
        assertThat(score.all().f1()).isEqualTo(2 * 1.0 * 0.5 / 1.5);
    }

    @Test
    void theFrenchSubsetIsChosenByStopWords() {
        assertThat(SnippetScore.isFrench(List.of("le gouvernement a présenté la réforme des retraites"))).isTrue();
        assertThat(SnippetScore.isFrench(List.of("the government and the reform of the pensions in the"))).isFalse();
        assertThat(SnippetScore.isFrench(List.of("la casa de familia"))).isFalse(); // two stop words only
        assertThat(SnippetScore.isFrench(List.of("la casa de la familia"))).isTrue(); // Spanish passes, as in the tool
    }
}
