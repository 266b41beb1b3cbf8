package veille.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code veille analyze} on hostile HTML in one batch: a gzip bomb, binary data named .html, a page over the size
 * limit, 10,000-deep nesting, malformed markup and a wrong charset declaration. Each bad file gets one clear line on
 * stderr; every other page is analysed.
 */
class HostileHtmlCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PARAGRAPH = "La Chine et la Russie ont convenu mardi de renforcer leur coopération dans "
            + "le domaine de l'énergie, a annoncé le ministère chinois des Affaires étrangères dans un communiqué.";
    private static final String PAGE = "<html><head><meta charset=\"iso-8859-1\"><title>Coopération énergétique</title>"
            + "</head><body><nav><a href=\"/\">Accueil</a></nav><article><h1>Pékin et Moscou renforcent leur "
            + "coopération</h1><p>" + PARAGRAPH + "</p><p>« Nos deux pays sont des partenaires fiables », a déclaré M. "
            + "Wang, ajoutant que les échanges avaient atteint un niveau record.</p></article></body></html>";

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeInputs() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                out.write(zeros); // 64 MiB of zeros, about 64 KiB compressed
            }
        }
        Files.write(dir.resolve("01-bomb.html.gz"), gz.toByteArray());
        Files.write(dir.resolve("02-binary.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2, 3, 0, 0});
        try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("03-huge.html").toFile(), "rw")) {
            huge.setLength(50L << 20); // 50 MB, sparse: refused by its size before it is read
        }
        Files.writeString(dir.resolve("04-deep.html"), "<div>".repeat(10_000) + "<p>" + PARAGRAPH + "</p>"
                + "</div>".repeat(10_000));
        Files.writeString(dir.resolve("05-malformed.html"), "<html><body><article><h1>Titre <b>gras</h1><p>" + PARAGRAPH
                + "<p></div></span><table><p>Fin.</td><<<>>> <a href=\"x\" <p>&bogus;</html></html>");
        Files.write(dir.resolve("06-wrong-charset.html"), PAGE.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void eachHostileFileGetsOneLineAndTheOthersAreAnalysed() throws IOException {
        CliRun run = CliRun.of("analyze", "--no-progress", dir.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines().toList()).containsExactly(
                "veille: " + dir.resolve("01-bomb.html.gz")
                        + ": gzip content expands past the 32.0 MiB limit (a zip bomb, or raise it with --max-size)",
                "veille: " + dir.resolve("02-binary.html") + ": binary file (NUL byte at offset 4), not text",
                "veille: " + dir.resolve("03-huge.html")
                        + ": file is 50.0 MiB, over the 32.0 MiB limit (raise it with --max-size)");
        List<JsonNode> rows = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            if (!line.isBlank()) {
                rows.add(JSON.readTree(line));
            }
        }
        assertThat(rows).extracting(r -> Path.of(r.get("source").asText()).getFileName().toString())
                .containsExactly("04-deep.html", "05-malformed.html", "06-wrong-charset.html");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("input").asText()).isEqualTo("html"));
        assertThat(rows.get(0).get("text").asText()).isEqualTo(PARAGRAPH);
        assertThat(rows.get(1).get("text").asText()).contains(PARAGRAPH);
        JsonNode page = rows.get(2);
        assertThat(page.get("title").asText()).isEqualTo("Pékin et Moscou renforcent leur coopération");
        assertThat(page.get("text").asText()).contains(PARAGRAPH).doesNotContain("Accueil");
        assertThat(page.at("/decoding/how").asText()).isEqualTo("valid-utf8");
        for (JsonNode b : page.get("blocks")) {
            assertThat(b.get("path").asText()).startsWith("html>");
        }
    }

    @Test
    void thePeerExtractorsAreNotOnTheProductsClassPath() {
        // Readability4J and boilerpipe are benchmark peers: loaded only by 'bench extract', from veille-bench.
        for (String peer : List.of("net.dankito.readability4j.Readability4J", "de.l3s.boilerpipe.extractors.ArticleExtractor",
                "veille.bench.peers.Readability4jPeer")) {
            assertThat(classExists(peer)).as(peer).isFalse();
        }
    }

    private static boolean classExists(String name) {
        try {
            Class.forName(name, false, HostileHtmlCommandTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
