package veille.stage.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import veille.kb.TsvFile;

/** The event words table, compiled to the patterns the events stage runs. */
class EventWordsTest {
    private static final EventWords WORDS = EventWords.builtIn();

    @Test
    void cancelledAndPlannedWordsAreWholeWords() {
        assertThat(WORDS.cancelled.matcher("la visite a été reportée sine die").find()).isTrue();
        assertThat(WORDS.cancelled.matcher("le reporter a parlé").find()).isFalse();
        assertThat(WORDS.planned.matcher("la réunion se tiendra à genève").find()).isTrue();
        assertThat(WORDS.planned.matcher("l'imprévu").find()).isFalse();
    }

    @Test
    void aStarStandsForAnyEnding() {
        assertThat(WORDS.modalBefore.matcher("nous espérons le ").find()).isTrue();
        assertThat(WORDS.visit.matcher("il se rendra à pékin").find()).isTrue();
    }

    @Test
    void theMarginWordsEndBeforeTheOccasion() {
        var m = WORDS.margin.matcher("en marge de la réunion du g20");
        assertThat(m.find()).isTrue();
        assertThat("en marge de la réunion du g20".substring(m.end())).isEqualTo("réunion du g20");
    }

    @Test
    void theNounAfterLesDeuxSaysWhoTakesPart() {
        assertThat(WORDS.pairOfPersons("ministres")).isTrue();
        assertThat(WORDS.pairOfCountries("ministres")).isFalse();
        assertThat(WORDS.pairOfPersons("pays")).isFalse();
        assertThat(WORDS.pairOfCountries("pays")).isTrue();
        assertThat(WORDS.pairOfPersons("parties")).isTrue();
        assertThat(WORDS.pairOfCountries("parties")).isTrue();
    }

    @Test
    void anUnknownKindIsRefusedWithTheKnownOnes() {
        TsvFile t = TsvFile.parse("t.tsv", "kind\tword\nsoon\tbientôt\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> EventWords.of(t)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("t.tsv: unknown kind 'soon'").hasMessageContaining("cancelled");
    }
}
