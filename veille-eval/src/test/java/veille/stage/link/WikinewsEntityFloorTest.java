package veille.stage.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import veille.eval.GoldScore;
import veille.eval.WikinewsDev;

/**
 * Regression floors for the entities on real articles (issue 13, item 4): the 40 Wikinews dev articles of
 * {@code ../shared/gold/wikinews-dev} (skipped when {@code ../shared} is absent), read as page text and scored with
 * score.py's rules. Measured at writing: entities F1 0.886, ORG F1 0.808 (before issue 13: 0.841 / 0.713).
 */
class WikinewsEntityFloorTest {
    @Test
    void devEntitiesStayAboveTheirFloors() throws Exception {
        GoldScore s = WikinewsDev.score().orElse(null);
        assumeTrue(s != null, "../shared or the Wikinews dev set is absent");
        System.out.printf("wikinews dev entities F1 %.3f, ORG %.3f, PER %.3f, LOC %.3f%n", s.f1("entities"),
                s.f1("entities.ORG"), s.f1("entities.PER"), s.f1("entities.LOC"));
        assertThat(s.f1("entities")).isGreaterThanOrEqualTo(0.87);
        assertThat(s.f1("entities.ORG")).isGreaterThanOrEqualTo(0.78);
    }
}
