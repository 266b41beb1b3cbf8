package veille.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veille.kb.KnowledgeBase;
import veille.store.CorpusStore;
import veille.store.Params;
import veille.store.StoreSearch;

/** {@code veille ingest} and {@code veille search}: idempotence, bad inputs, and a run killed with SIGKILL. */
class IngestCommandTest {
    @TempDir
    Path tmp;

    private static final String[] PLACES = {"Valrose", "Montclair", "Bellefontaine", "Rochebrune", "Clairval",
            "Vertmont", "Hautepierre", "Beaulieu", "Sainte-Aude", "Pont-Romain"};
    private static final String[] THINGS = {"une bibliothèque", "un pont", "une école", "un marché couvert",
            "un jardin partagé", "une piscine", "un musée", "une gare", "un stade", "une crèche"};

    /** Invented short articles, each with its own title and text. */
    static void writeArticles(Path dir, int n) throws Exception {
        Files.createDirectories(dir);
        for (int i = 0; i < n; i++) {
            String place = PLACES[i % PLACES.length] + "-" + (i / PLACES.length);
            String thing = THINGS[(i / 7) % THINGS.length];
            String text = "La commune de " + place + " inaugure " + thing + "\n\n"
                    + "Les habitants de " + place + " ont découvert samedi " + thing + " construit en " + (10 + i % 20)
                    + " mois. Le maire a remercié les " + (i % 90 + 10) + " ouvriers du chantier.\n\n"
                    + "Le conseil municipal prévoit une seconde tranche de travaux pour l'année prochaine, "
                    + "avec un budget de " + (i % 40 + 1) + " millions d'euros.\n";
            Files.writeString(dir.resolve(String.format("article-%04d.txt", i)), text, StandardCharsets.UTF_8);
        }
    }

    @Test
    void ingestIsIdempotentReportsBadInputsAndSearchFindsTheArticles() throws Exception {
        Path in = tmp.resolve("in");
        writeArticles(in, 12);
        Path store = tmp.resolve("store");
        CliRun first = CliRun.of("ingest", "--store", store.toString(), in.toString(), tmp.resolve("missing.txt").toString());
        assertThat(first.status()).isEqualTo(Main.SOME_FAILED);
        assertThat(first.err()).contains("missing.txt").contains("12 added");
        assertThat(first.err().lines().filter(l -> l.contains("missing.txt")).count()).isEqualTo(1);
        CliRun again = CliRun.of("ingest", "--store", store.toString(), in.toString());
        assertThat(again.status()).isEqualTo(Main.OK);
        assertThat(again.err()).contains("0 added, 0 replaced, 12 unchanged");
        // An edited article replaces its old version.
        Path one = in.resolve("article-0003.txt");
        Files.writeString(one, Files.readString(one) + "\nUn paragraphe ajouté après coup par la rédaction.\n");
        assertThat(CliRun.of("ingest", "--store", store.toString(), in.toString()).err())
                .contains("0 added, 1 replaced, 11 unchanged").contains("holds 12");

        CliRun search = CliRun.of("search", "--store", store.toString(), "Rochebrune", "--format", "jsonl");
        assertThat(search.status()).isEqualTo(Main.OK);
        assertThat(search.out().lines().count()).isEqualTo(1); // article 3, Rochebrune-0
        CliRun table = CliRun.of("search", "--store", store.toString(), "bibliotheque");
        assertThat(table.out()).contains("inaugure une bibliothèque");
        assertThat(CliRun.of("search", "--store", store.toString(), "title:(").status()).isEqualTo(Main.USAGE);
        assertThat(CliRun.of("ingest", "--store", store.toString(), "--max-size", "0", in.toString()).status())
                .isEqualTo(Main.USAGE);
    }

    @Test
    void aRunKilledWithSigkillLosesNothingCommittedAndTheNextRunCompletesWithoutDuplicates() throws Exception {
        int n = 900;
        Path in = tmp.resolve("in");
        writeArticles(in, n);
        Path store = tmp.resolve("store");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                "-Dveille.store.commitMillis=150", "veille.cli.Main", "ingest", "--no-progress", "--store",
                store.toString(), in.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        int committed = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(50);
        while (System.nanoTime() < deadline && child.isAlive()) {
            committed = committedCount(store);
            if (committed > 0) {
                break;
            }
            Thread.sleep(20);
        }
        child.destroyForcibly(); // SIGKILL on Unix
        assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        int afterKill = committedCount(store);
        assertThat(afterKill).as("killed mid-way (log: %s)", Files.readString(tmp.resolve("child.log")))
                .isBetween(1, n - 1);

        CliRun rerun = CliRun.of("ingest", "--no-progress", "--store", store.toString(), in.toString());
        assertThat(rerun.status()).as(rerun.err()).isEqualTo(Main.OK);
        assertThat(rerun.err()).contains((n - afterKill) + " added").contains(afterKill + " unchanged");

        try (CorpusStore s = CorpusStore.openReadOnly(store, KnowledgeBase.builtIn())) {
            assertThat(s.count()).isEqualTo(n);
            StoreSearch search = new StoreSearch(s);
            Set<String> ids = new HashSet<>();
            Set<String> sources = new HashSet<>();
            ObjectMapper json = new ObjectMapper();
            search.forEachMatch(new Params(Map.of()), (id, row) -> {
                ids.add(id);
                try {
                    sources.add(json.readTree(row).path("source").asText());
                } catch (Exception e) {
                    throw new AssertionError("unreadable row " + id, e);
                }
            });
            assertThat(ids).hasSize(n);
            assertThat(sources).hasSize(n);
            for (String id : ids) {
                String row = search.article(id).orElseThrow();
                assertThat(json.readTree(row).path("text").asText()).startsWith("La commune de ");
            }
            assertThat(search.search(Params.of(Map.of("q", "bibliotheque"))).get("total")).isEqualTo(
                    (int) java.util.stream.IntStream.range(0, n).filter(i -> (i / 7) % 10 == 0).count());
        }
    }

    private static int committedCount(Path store) {
        try (FSDirectory d = FSDirectory.open(store)) {
            if (!DirectoryReader.indexExists(d)) {
                return 0;
            }
            try (DirectoryReader r = DirectoryReader.open(d)) {
                return r.numDocs();
            }
        } catch (Exception e) {
            return 0; // a commit being written: look again
        }
    }

}
