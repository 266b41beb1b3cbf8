package veille.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code veille talking-points}: over invented pages of four outlets, a passage copied by two later pages is one
 * reuse cluster, first seen on the earliest page, in the scorer's row format; the same from analyze JSON Lines;
 * {@code --from} leaves out the earlier pages.
 */
class TalkingPointsCommandTest {
    @TempDir
    Path dir;

    private static final String PASSAGE = "Le gouvernement a présenté mercredi un plan de modernisation des chemins de "
            + "fer régionaux doté de quatre milliards d'euros sur dix ans. Les premières lignes rénovées devraient "
            + "rouvrir aux voyageurs avant la fin de l'année prochaine, selon le ministère des Transports.";

    private void pages() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Logo AFP\n\nUn plan pour le rail\n\nPublié le 02/03/2024 à 09h00\n\n"
                + "Le maire a inauguré la nouvelle médiathèque du quartier nord samedi matin.\n\n" + PASSAGE + "\n");
        Files.writeString(dir.resolve("b.txt"), "Logo RFI\n\nLe rail régional relancé\n\nPublié le 05/03/2024 à 10h00\n\n"
                + "Les pêcheurs du port ont débarqué une quantité record de sardines.\n\n" + PASSAGE.replace("mercredi",
                "ce mercredi") + "\n");
        Files.writeString(dir.resolve("c.txt"), "Logo TASS\n\nFrance : des milliards pour les trains\n\n"
                + "Publié le 09/03/2024 à 11h00\n\n" + PASSAGE + "\n\nUne exposition sur les vitraux ouvre au musée.\n");
        Files.writeString(dir.resolve("d.txt"), "Logo Xinhua\n\nUn festival de jazz\n\nPublié le 10/03/2024 à 12h00\n\n"
                + "Le festival de jazz accueillera une trentaine de groupes sur quatre scènes cet été.\n");
    }

    private static List<JsonNode> rows(String out) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                rows.add(new ObjectMapper().readTree(line));
            }
        }
        return rows;
    }

    @Test
    void theStoreGivesTheSameClustersAsTheFiles() throws Exception {
        pages();
        Path store = Files.createDirectories(dir.resolve("..").resolve(dir.getFileName() + "-store"));
        assertThat(CliRun.of("ingest", "--no-progress", "--store", store.toString(), dir.toString()).status()).isZero();
        CliRun fromStore = CliRun.of("talking-points", "--format", "jsonl", "--store", store.toString());
        assertThat(fromStore.status()).isZero();
        List<JsonNode> rows = rows(fromStore.out());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).at("/first/published").asText()).isEqualTo("2024-03-02");
        assertThat(rows.get(0).get("members")).hasSize(3);
        assertThat(CliRun.of("talking-points", "--store", store.toString(), dir.toString()).status())
                .isEqualTo(Main.USAGE);
    }

    @Test
    void aCopiedPassageIsOneClusterFirstSeenOnTheEarliestPage() throws Exception {
        pages();
        CliRun run = CliRun.of("talking-points", "--format", "jsonl", dir.toString());
        assertThat(run.status()).isZero();
        List<JsonNode> rows = rows(run.out());
        assertThat(rows).hasSize(1);
        JsonNode c = rows.get(0);
        assertThat(c.get("kind").asText()).isEqualTo("reuse");
        assertThat(Path.of(c.at("/first/source").asText()).getFileName().toString()).isEqualTo("a.txt");
        assertThat(c.at("/first/published").asText()).isEqualTo("2024-03-02");
        assertThat(c.get("members").findValuesAsText("outlet")).containsExactly("AFP", "RFI", "TASS");
        assertThat(c.get("members").get(0).get("text").asText()).isEqualTo(PASSAGE);
        assertThat(c.get("spread").size()).isEqualTo(3);

        Path rowsFile = dir.resolve("analysed.jsonl");
        CliRun analysed = CliRun.of("analyze", dir.toString());
        Files.writeString(rowsFile, analysed.out());
        CliRun fromRows = CliRun.of("talking-points", "--format", "jsonl", rowsFile.toString());
        assertThat(rows(fromRows.out())).hasSize(1).first()
                .satisfies(r -> assertThat(r.get("members")).hasSize(3));

        CliRun later = CliRun.of("talking-points", "--from", "2024-03-04", dir.toString());
        assertThat(later.out()).contains("RFI").contains("TASS").endsWith("1 cluster\n");
    }
}
