package veille.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code veille quotes}: one speaker's quotes across articles, found by any spelling of the name. */
class QuotesCommandTest {
    @TempDir
    Path dir;

    @Test
    void aSpeakerIsFoundByAnySpellingAndQuotesAreListedOldestFirst() throws Exception {
        Files.writeString(dir.resolve("a.txt"), String.join("\n",
                "Publié le 20/09/2023",
                "Moscou et Pékin veulent renforcer leur coordination",
                "« Nous sommes prêts à travailler avec la Chine », a déclaré mardi Sergueï Lavrov lors d'une conférence de presse.",
                "Wang Yi a pour sa part indiqué que la Chine était disposée à approfondir la coopération."));
        Files.writeString(dir.resolve("b.txt"), String.join("\n",
                "Publié le 14/03/2022",
                "Lavrov à Pékin pour des entretiens",
                "« La coopération entre nos deux pays n'est dirigée contre personne », a affirmé le ministre russe Sergey Lavrov."));
        CliRun run = CliRun.of("quotes", "--speaker", "Лавров", dir.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out().lines().toList()).hasSize(3);
        assertThat(run.out().lines().toList().get(0)).startsWith("2022-03-14").contains("n'est dirigée contre personne");
        assertThat(run.out().lines().toList().get(1)).startsWith("2023-09-20").contains("Nous sommes prêts");
        assertThat(run.out()).endsWith("2 quotes by Sergey Lavrov\n");
    }

    @Test
    void jsonLinesCarryTheSpeakerIdAndTheSource() throws Exception {
        Files.writeString(dir.resolve("c.txt"), "Un titre d'article\n« La coopération progresse », a déclaré M. Wang Yi.");
        CliRun run = CliRun.of("quotes", "--format", "jsonl", dir.toString());
        assertThat(run.out()).contains("\"speaker\":{\"id\":\"wang-yi\",\"name\":\"Wang Yi\"}").contains("c.txt");
    }
}
