package veille.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import veille.doc.EntityType;

class WinerCorpusTest {
    @Test
    void keepsOutermostPersonOrganisationAndPlaceSpansAsScoreNerDoes() {
        String text = "Université de Lyon : Marie Curie à Lyon.";
        List<String> ann = List.of(
                "T1\tOrganization 0 18\tUniversité de Lyon",
                "T2\tLocation 14 18\tLyon",
                "T3\tPerson 21 32\tMarie Curie",
                "T4\tDate 0 4\tUniv",
                "T5\tLocation 35 39\tLyon",
                "T6\tLocation 35 37;38 39\tLy n",
                "#1\tAnnotatorNotes T1\tnote");
        assertThat(WinerCorpus.gold(text, ann)).containsExactly(
                new WinerCorpus.Gold(0, 18, EntityType.ORG),
                new WinerCorpus.Gold(21, 32, EntityType.PER),
                new WinerCorpus.Gold(35, 39, EntityType.LOC));
    }

    @Test
    void oneSpanUnderTwoTypesDropsBothLikeScoreNerDoes() {
        String text = "Paris";
        assertThat(WinerCorpus.gold(text, List.of("T1\tLocation 0 5\tParis", "T2\tOrganization 0 5\tParis")))
                .isEmpty();
    }

    @Test
    void convertsCodePointOffsetsToUtf16() {
        String text = "\uD83D\uDE00 Lyon";
        assertThat(WinerCorpus.gold(text, List.of("T1\tLocation 2 6\tLyon")))
                .containsExactly(new WinerCorpus.Gold(3, 7, EntityType.LOC));
    }

    @Test
    void foldsCutTrainIntoFiveBlocksOfFourMonthsAndFourIsValidation() {
        for (int year : new int[] {2016, 2017}) {
            for (int month = 1; month <= 12; month++) {
                int holding = 0;
                for (int k = 0; k < 5; k++) {
                    holding += WinerCorpus.Months.fold(k, true).holds(year, month) ? 1 : 0;
                    assertThat(WinerCorpus.Months.fold(k, true).holds(year, month)
                            && WinerCorpus.Months.fold(k, false).holds(year, month)).isFalse();
                }
                assertThat(holding).isEqualTo(WinerCorpus.Split.TRAIN.holds(year, month) ? 1 : 0);
                assertThat(WinerCorpus.Months.fold(4, true).holds(year, month))
                        .isEqualTo(WinerCorpus.Split.VALIDATION.holds(year, month));
                assertThat(WinerCorpus.Months.fold(4, false).holds(year, month))
                        .isEqualTo(WinerCorpus.Split.FIT.holds(year, month));
            }
        }
    }
}
