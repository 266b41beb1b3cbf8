package veille.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import veille.kb.TsvFile;

/** The tense of a clause, read with the tense words table. */
class TensesTest {
    private static final Tenses TENSES = Tenses.builtIn();

    private static TimeExpressions.Tense tenseOf(String clause, String word) {
        int at = clause.indexOf(word);
        return TENSES.tenseAt(clause, at, at + word.length());
    }

    @Test
    void aFutureOrConditionalVerbPointsForward() {
        assertThat(tenseOf("les deux ministres se rencontreront mercredi", "mercredi")).isEqualTo(TimeExpressions.Tense.FUTURE);
        assertThat(tenseOf("la visite est prévue mercredi", "mercredi")).isEqualTo(TimeExpressions.Tense.FUTURE);
    }

    @Test
    void aCompoundPastOrAnImparfaitPointsBack() {
        assertThat(tenseOf("les deux ministres ont signé mercredi un accord", "mercredi")).isEqualTo(TimeExpressions.Tense.PAST);
        assertThat(tenseOf("il signait mercredi un accord", "mercredi")).isEqualTo(TimeExpressions.Tense.PAST);
    }

    @Test
    void wordsWithAFutureLookingEndingAreNoVerbs() {
        assertThat(tenseOf("mercredi à ankara", "mercredi")).isEqualTo(TimeExpressions.Tense.UNKNOWN);
        assertThat(tenseOf("la caméra de mercredi", "mercredi")).isEqualTo(TimeExpressions.Tense.UNKNOWN);
    }

    @Test
    void anUnknownKindIsRefusedWithTheKnownOnes() {
        TsvFile t = TsvFile.parse("t.tsv", "kind\tword\nsoon\tbientôt\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Tenses.of(t)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("t.tsv: unknown kind 'soon'").hasMessageContaining("future-ending");
    }
}
