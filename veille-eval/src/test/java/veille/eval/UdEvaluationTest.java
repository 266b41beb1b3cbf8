package veille.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class UdEvaluationTest {
    /** The UD folder under ../shared, from the repository root Maven gives, else relative to the module. */
    private static Path udFolder() {
        String root = System.getProperty("veille.root");
        return Stream.of(root == null ? null : root + "/../shared", "../shared", "../../shared")
                .filter(s -> s != null)
                .map(s -> Path.of(s, "data", "ud"))
                .filter(Files::isDirectory)
                .findFirst().orElse(null);
    }

    private static UdEvaluation.Result result(List<UdEvaluation.Result> all, String prefix) {
        return all.stream().filter(r -> r.file().startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void scoresOnTheDevTreebanksStayAboveTheirFloors() throws Exception {
        Path ud = udFolder();
        assumeTrue(ud != null, "UD French treebanks not found under ../shared/data/ud");
        List<UdEvaluation.Result> results = UdEvaluation.evaluate(ud, "dev");
        assumeTrue(!results.isEmpty(), "no *-dev.conllu file in " + ud);
        // Floors a little under the figures in docs/tokenization.md.
        for (UdEvaluation.Result r : results) {
            assertThat(r.rules().precision()).as("%s sentence precision", r.file()).isGreaterThan(0.97);
            assertThat(r.tokens().f1()).as("%s token F1", r.file()).isGreaterThan(0.985);
        }
        if (results.stream().anyMatch(r -> r.file().startsWith("fr_gsd"))) {
            assertThat(result(results, "fr_gsd").rules().f1()).isGreaterThan(0.965);
        }
        if (results.stream().anyMatch(r -> r.file().startsWith("fr_sequoia"))) {
            assertThat(result(results, "fr_sequoia").rules().f1()).isGreaterThan(0.89);
        }
        if (results.stream().anyMatch(r -> r.file().startsWith("fr_parisstories"))) {
            assertThat(result(results, "fr_parisstories").rules().f1()).isGreaterThan(0.955);
        }
    }

    @Test
    void multiwordTokensCountAsOneSurfaceToken() throws Exception {
        Path f = Files.createTempFile("ud", ".conllu");
        Files.writeString(f, """
                # text = Il parle du film.
                1\tIl\til\tPRON\t_\t_\t2\tnsubj\t_\t_
                2\tparle\tparler\tVERB\t_\t_\t0\troot\t_\t_
                3-4\tdu\t_\t_\t_\t_\t_\t_\t_\t_
                3\tde\tde\tADP\t_\t_\t5\tcase\t_\t_
                4\tle\tle\tDET\t_\t_\t5\tdet\t_\t_
                5\tfilm\tfilm\tNOUN\t_\t_\t2\tobl\t_\tSpaceAfter=No
                6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

                """);
        try {
            UdEvaluation.Result r = UdEvaluation.evaluate(f, UdEvaluation.openNlpModel());
            assertThat(r.tokens().gold()).isEqualTo(5);
            assertThat(r.tokens().f1()).isEqualTo(1.0);
        } finally {
            Files.delete(f);
        }
    }
}
