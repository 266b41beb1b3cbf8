package veille.stage.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import veille.eval.GoldScore;
import veille.eval.WikinewsDev;

/**
 * Regression floors for the publication date and the amounts on real articles (issue 13, item 5): the 40 Wikinews
 * dev articles of {@code ../shared/gold/wikinews-dev} (skipped when {@code ../shared} is absent), read as page text
 * and scored with score.py's rules. Measured at writing: published 40/40, amounts F1 0.970 (P 0.983, R 0.958).
 */
class WikinewsMetaAmountFloorTest {
    @Test
    void devPublishedDatesAndAmountsStayAboveTheirFloors() throws Exception {
        GoldScore s = WikinewsDev.score().orElse(null);
        assumeTrue(s != null, "../shared or the Wikinews dev set is absent");
        int[] published = s.accuracy("published");
        System.out.printf("wikinews dev published %d/%d, amounts F1 %.3f%n", published[0], published[1], s.f1("amounts"));
        assertThat(published[1]).isEqualTo(40);
        assertThat(published[0]).isGreaterThanOrEqualTo(39);
        assertThat(s.f1("amounts")).isGreaterThanOrEqualTo(0.94);
    }
}
