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
 * {@code veille events}: three differently worded articles on one meeting (dated, dated by a dispatch, undated) are
 * one event with three sources; a fourth article on another meeting stays apart. The articles are invented.
 */
class EventsCommandTest {
    @TempDir
    Path dir;

    @Test
    void threeReportsOfOneMeetingAreOneEventAndAnotherMeetingStaysApart() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Publié le 15/05/2024\nWang Yi et Sergueï Lavrov se rencontrent à Moscou\n"
                + "Le ministre chinois des Affaires étrangères Wang Yi s'est entretenu mardi à Moscou avec son homologue "
                + "russe Sergueï Lavrov sur la coopération bilatérale.\n");
        Files.writeString(dir.resolve("b.txt"), "Xinhua | 14.05.2024 18h20\nEntretiens sino-russes à Moscou\n"
                + "MOSCOU, 14 mai (Xinhua) -- Sergey Lavrov a reçu mardi Wang Yi à Moscou pour des entretiens consacrés "
                + "aux relations entre les deux pays.\n");
        Files.writeString(dir.resolve("c.txt"), "Lavrov et Wang Yi à Moscou\nLe chef de la diplomatie russe Sergueï "
                + "Lavrov a rencontré à Moscou le ministre chinois Wang Yi, a indiqué le ministère russe.\n");
        Files.writeString(dir.resolve("d.txt"), "Publié le 21/06/2024\nWang Yi reçoit le ministre algérien\nWang Yi a "
                + "rencontré jeudi à Pékin son homologue algérien Ahmed Attaf pour des entretiens sur le commerce.\n");
        CliRun run = CliRun.of("events", "--format", "jsonl", dir.toString());
        assertThat(run.status()).isZero();
        List<JsonNode> events = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            events.add(new ObjectMapper().readTree(line));
        }
        assertThat(events).hasSize(2);
        JsonNode moscow = events.get(0);
        assertThat(moscow.get("type").asText()).isEqualTo("CONSULT");
        assertThat(moscow.get("date").asText()).isEqualTo("2024-05-14");
        assertThat(moscow.at("/place/id").asText()).isEqualTo("moscow");
        assertThat(moscow.get("participants").findValuesAsText("id")).containsExactlyInAnyOrder("wang-yi", "sergey-lavrov");
        assertThat(moscow.get("sources").findValuesAsText("source")).extracting(s -> Path.of(s).getFileName().toString())
                .containsExactly("a.txt", "b.txt", "c.txt");
        JsonNode beijing = events.get(1);
        assertThat(beijing.get("participants").findValuesAsText("id")).contains("ahmed-attaf");
        assertThat(beijing.get("sources")).hasSize(1);
    }

    @Test
    void theTableIsOneLinePerEventSortedByDate() throws Exception {
        Files.writeString(dir.resolve("x.txt"), "Publié le 21/06/2024\nWang Yi reçoit le ministre algérien\nWang Yi a "
                + "rencontré jeudi à Pékin son homologue algérien Ahmed Attaf pour des entretiens sur le commerce.\n");
        CliRun run = CliRun.of("events", dir.toString());
        assertThat(run.out().lines().toList()).hasSize(2);
        assertThat(run.out()).startsWith("2024-06-20").endsWith("1 event\n");
    }
}
