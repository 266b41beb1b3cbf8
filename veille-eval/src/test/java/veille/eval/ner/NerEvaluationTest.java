package veille.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import veille.doc.EntityMention;
import veille.doc.EntityType;

class NerEvaluationTest {
    @Test
    void countsExactSpanAndTypeMatchesPerTypeAndMicro() {
        WinerCorpus.Doc doc = new WinerCorpus.Doc("a.txt", "Marie Curie est née à Varsovie.",
                List.of(new WinerCorpus.Gold(0, 11, EntityType.PER), new WinerCorpus.Gold(22, 30, EntityType.LOC)));
        Map<String, List<EntityMention>> sys = Map.of("a.txt", List.of(
                new EntityMention(0, 11, EntityType.PER, 0.9, "model"),
                new EntityMention(0, 11, EntityType.PER, 0.9, "model"),
                new EntityMention(22, 30, EntityType.ORG, 0.9, "model")));
        NerEvaluation.Report r = NerEvaluation.score(List.of(doc), sys);
        assertThat(r.perType().get("PER")).isEqualTo(new NerEvaluation.Counts(1, 1, 1));
        assertThat(r.perType().get("ORG")).isEqualTo(new NerEvaluation.Counts(0, 1, 0));
        assertThat(r.perType().get("LOC")).isEqualTo(new NerEvaluation.Counts(0, 0, 1));
        assertThat(r.micro()).isEqualTo(new NerEvaluation.Counts(1, 2, 2));
        assertThat(r.micro().f1()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void aDocumentWithoutOutputCountsAsAllMissed() {
        WinerCorpus.Doc doc = new WinerCorpus.Doc("b.txt", "Lyon", List.of(new WinerCorpus.Gold(0, 4, EntityType.LOC)));
        NerEvaluation.Report r = NerEvaluation.score(List.of(doc), Map.of());
        assertThat(r.micro()).isEqualTo(new NerEvaluation.Counts(0, 0, 1));
        assertThat(r.micro().f1()).isZero();
    }
}
