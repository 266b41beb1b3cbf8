package veille.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import veille.testing.Shared;
import veille.stage.ner.NerStage;

/** Regression floor for the shipped model on WiNER-fr dev (issue 3, item 3); figures in docs/ner.md. */
class NerDevRegressionTest {
    /** A little under the measured dev micro F1 of the shipped model (see docs/ner.md). */
    private static final double MICRO_F1_FLOOR = 0.79;

    @Test
    void shippedModelKeepsItsDevMicroF1() {
        String root = System.getProperty("veille.root");
        Path winer = (root != null ? Path.of(root) : Shared.root()).resolve("../shared/data/winer-fr").normalize();
        Assumptions.assumeTrue(Files.isDirectory(winer.resolve("2017")), "no WiNER-fr at " + winer);
        NerEvaluation.Report r = NerEvaluation.run(new NerStage(),
                WinerCorpus.read(winer, WinerCorpus.Split.DEV).docs());
        assertThat(r.micro().gold()).isEqualTo(591);
        assertThat(r.micro().f1()).as(r.table()).isGreaterThanOrEqualTo(MICRO_F1_FLOOR);
    }
}
